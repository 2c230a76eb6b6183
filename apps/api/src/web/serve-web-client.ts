import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

// Routes the API answers itself (Nest controllers), which must never fall through to index.html.
const API_PREFIXES = [
  '/graphql',
  '/health',
  '/assets/course/',
  '/reports/',
  '/certificates/',
  '/credentials/',
  '/.well-known/',
  '/authoring/',
];

/**
 * Serves the built web client, with index.html for every other GET so client-side routes survive a reload.
 * The build writes a brotli and a gzip copy beside each asset (vite.config.ts); the one the browser accepts is sent,
 * so nothing is compressed at request time. Hashed files under /assets are cached for a year (immutable); the rest
 * (index.html, the service worker sw.js, manifest.webmanifest, robots.txt, the icons) are revalidated, so a new
 * release is picked up at once and the service worker's own update check always reaches the server.
 */
export function serveWebClient(app: NestExpressApplication, dir: string): void {
  const index = join(dir, 'index.html');
  const files = expressStaticGzip(dir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    },
  });
  const isApi = (req: Request) => API_PREFIXES.some((p) => req.path.startsWith(p));
  // Only a GET or HEAD outside the API looks on disk: a flood of POST /graphql must not cost a file lookup each.
  app.use((req: Request, res: Response, next: NextFunction) =>
    (req.method === 'GET' || req.method === 'HEAD') && !isApi(req) ? files(req, res, next) : next(),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    // A missing file (favicon.png, an old hashed chunk) is a 404, not the page: only app routes have no extension.
    if (req.method !== 'GET' || isApi(req) || /\.[A-Za-z0-9]+$/.test(req.path) || !req.accepts('html')) return next();
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The web client is not built yet: run `npm run build`.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
