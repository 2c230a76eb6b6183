import type { INestApplication } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import { compressResponses } from './compress-responses.js';
import { limitBodies } from './body-limit.js';
import { limitQueryLength } from './query-length.js';
import { serveKeptAnswers } from '../catalog/kept-answers.js';

/** HTTP set-up shared by main.ts and the tests, so tests run the same pipeline as production. */
export function configureApp(app: INestApplication): void {
  const express = app.getHttpAdapter().getInstance() as { disable(name: string): void; set(name: string, value: unknown): void };
  express.disable('x-powered-by');
  // Behind a local reverse proxy, req.ip is the client's address (sign-in limits count per address).
  express.set('trust proxy', 'loopback');
  app.use(compressResponses());
  limitBodies(app);
  limitQueryLength(app);
  // After the limits, before cookies and GraphQL: a repeated content read needs neither.
  serveKeptAnswers(app);
  app.use(cookieParser());
}
