import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { queryTooComplex } from '../errors/format-error.js';
import { QUERY_LIMITS } from '../graphql/query-limits.js';

/** The document of a GraphQL request: the JSON body's `query` (POST) or the `query` parameter (GET). */
function documentOf(req: Request): unknown {
  if (req.method === 'GET') return req.query.query;
  return (req.body as { query?: unknown } | undefined)?.query;
}

/**
 * Refuses a GraphQL document longer than QUERY_LIMITS.characters before it is parsed, in microseconds: a 100 kB
 * document of aliases otherwise costs a parse up to the token limit and an error that locates itself in the text,
 * and a flood of them slows everyone else. The answer is the same QUERY_TOO_COMPLEX as the other limits give.
 */
export function limitQueryLength(app: INestApplication): void {
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    const document = documentOf(req);
    const length = typeof document === 'string' ? document.length : 0;
    if (length <= QUERY_LIMITS.characters) return next();
    const error = queryTooComplex({ limit: 'characters', max: QUERY_LIMITS.characters, actual: length });
    res
      .status(400)
      .type('application/json')
      .send(JSON.stringify({ errors: [error] }));
  });
}
