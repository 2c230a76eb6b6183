import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { message } from '../errors/messages.js';

/**
 * Largest JSON body accepted. Sized for the largest legitimate request, a syncProgress of 100 queued events with
 * quiz answers (a real one is about 1 KB; body-limit.int-spec.ts sends 100 of 30 questions × 6 options, 0.9 MB), with room to spare.
 */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * JSON bodies up to MAX_BODY_BYTES. A larger or unreadable body is answered as GraphQL answers everything else:
 * an error with a code and messages in Vietnamese and English, not Express's English text.
 */
export function limitBodies(app: INestApplication): void {
  (app as NestExpressApplication).useBodyParser('json', { limit: MAX_BODY_BYTES });
  app.use((error: { type?: string; status?: number } | undefined, _req: Request, res: Response, next: NextFunction) => {
    if (!error) return next();
    const tooLarge = error.type === 'entity.too.large' || error.status === 413;
    const status = tooLarge ? 413 : (error.status ?? 400);
    if (status >= 500) return next(error);
    const text = tooLarge ? message('request.tooLarge', { maxKb: MAX_BODY_BYTES / 1024 }) : message('request.malformed');
    const code = tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    res
      .status(status)
      .type('application/json')
      .send(JSON.stringify({ errors: [{ message: text.vi, extensions: { code, messages: text } }] }));
  });
}
