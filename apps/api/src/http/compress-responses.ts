import compression from 'compression';
import type { RequestHandler } from 'express';
import { constants } from 'node:zlib';

/**
 * Compresses answers made at request time (GraphQL, JSON, index.html) above about 1 KB, with brotli or gzip as the
 * client asks. Brotli at quality 4 costs about what gzip does and is still smaller: every lesson is a few KB of text
 * that a phone on 400 kbit/s would otherwise wait for. Files precompressed at build time (the web's hashed assets)
 * already carry a Content-Encoding, which this middleware leaves alone.
 */
export function compressResponses(): RequestHandler {
  return compression({
    threshold: 1024,
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  }) as RequestHandler;
}
