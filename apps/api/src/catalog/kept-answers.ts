import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import Negotiator from 'negotiator';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { CatalogReadModel, type EncodedAnswer } from './catalog-read-model.service.js';
import { CONTENT_CACHE_CONTROL, PRIVATE_CACHE_CONTROL } from './content-cache-control.js';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Variables (as JSON) longer than this are never a real lesson's or outline's: their results are not kept. */
export const MAX_KEPT_VARIABLES = 500;

/** What a content operation's answer is kept under: the request as the client sent it, variables normalised. */
export function keptAnswerKey(query: string, operationName: string | null | undefined, variablesJson: string): string {
  return `${query}\u0000${operationName ?? ''}\u0000${variablesJson}`;
}

/** The ETag of content answers of one revision. */
export const contentEtag = (revision: string) => `W/"content-${revision}"`;

/**
 * The bytes of a kept result, as Apollo would write them (its JSON and a newline), compressed once with the best
 * settings since they are sent many times: brotli 11 makes a 6.6 KB outline about 1.3 KB.
 */
export async function encodeAnswer(result: object): Promise<EncodedAnswer> {
  const { errors, data, extensions } = result as Record<string, unknown>;
  const json = Buffer.from(JSON.stringify({ errors, data, extensions }) + '\n');
  const [br, gz] = await Promise.all([
    brotli(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: json.length } }),
    gzipped(json, { level: 9 }),
  ]);
  return { json, br, gzip: gz };
}

const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';

/** The request's key if it is a plain GraphQL request this path may answer at all; else null (GraphQL decides). */
function keyOf(req: Request): string | null {
  let query: unknown;
  let operationName: unknown;
  let variables: unknown;
  if (req.method === 'GET') {
    // Apollo's CSRF rule for GET: one of these headers (a browser's cross-site GET cannot set them).
    if (!req.headers['apollo-require-preflight'] && !req.headers['x-apollo-operation-name']) return null;
    if (req.query.extensions !== undefined) return null;
    ({ query, operationName } = req.query);
    if (typeof req.query.variables === 'string') {
      try {
        variables = JSON.parse(req.query.variables);
      } catch {
        return null;
      }
    }
  } else if (req.method === 'POST' && req.is('application/json')) {
    const body = req.body as Record<string, unknown> | undefined;
    if (!body || Array.isArray(body) || body.extensions !== undefined) return null;
    ({ query, operationName, variables } = body);
  } else {
    return null;
  }
  if (typeof query !== 'string' || (operationName !== undefined && typeof operationName !== 'string')) return null;
  const variablesJson = JSON.stringify(variables ?? {});
  if (variablesJson.length > MAX_KEPT_VARIABLES) return null;
  return keptAnswerKey(query, operationName as string | undefined, variablesJson);
}

/**
 * Content at the speed of static files. A content query identical (document, operation name, variables) to one
 * GraphQL already answered in the current content revision is answered here, from the bytes kept for it (brotli or
 * gzip as the client accepts), before Nest and Apollo see it: no parse, no validation, no resolvers, no compression
 * per request. Its headers are those of the GraphQL path (ContentCachePlugin): ETag and CONTENT_CACHE_CONTROL by GET,
 * 304 when the ETag is held, PRIVATE_CACHE_CONTROL by POST. Anything else, or anything while the read model cannot
 * vouch for the revision without asking PostgreSQL, goes on to GraphQL.
 */
export function serveKeptAnswers(app: INestApplication): void {
  const readModel = app.get(CatalogReadModel);
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (req.path !== '/') return next();
    const key = keyOf(req);
    const kept = key === null ? undefined : readModel.keptAnswer(key);
    if (!kept) return next();
    const negotiator = new Negotiator(req);
    // The media type as Apollo chooses it (the web client prefers the GraphQL one); none acceptable: Apollo's 406.
    const type = req.headers.accept ? negotiator.mediaType([JSON_TYPE, GRAPHQL_RESPONSE_TYPE]) : JSON_TYPE;
    if (!type) return next();
    res.setHeader('vary', 'Accept-Encoding');
    if (req.method === 'GET') {
      const etag = contentEtag(kept.revision);
      res.setHeader('etag', etag);
      res.setHeader('cache-control', CONTENT_CACHE_CONTROL);
      const held = req.headers['if-none-match'] ?? '';
      if (held.split(',').some((tag) => tag.trim() === etag)) return void res.status(304).end();
    } else {
      res.setHeader('cache-control', PRIVATE_CACHE_CONTROL);
    }
    // Any encoding the client accepts at all; the smallest first.
    const accepted = negotiator.encodings(['br', 'gzip', 'identity']);
    const encoding = ['br', 'gzip'].find((e) => accepted.includes(e));
    const body = encoding === 'br' ? kept.encoded.br : encoding === 'gzip' ? kept.encoded.gzip : kept.encoded.json;
    if (encoding === 'br' || encoding === 'gzip') res.setHeader('content-encoding', encoding);
    res.setHeader('content-type', type);
    res.setHeader('content-length', body.length);
    res.status(200).end(body);
  });
}
