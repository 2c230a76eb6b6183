import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error.js';
import { message, type LocalizedMessage, type MessageKey } from './messages.js';

const logger = new Logger('GraphQLError');
const GRAPHQL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** Refusals that are part of normal use: logged at info, without a stack, so real faults stand out. */
const EXPECTED_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_CREDENTIALS', 'CONFLICT']);

/** graphql-js' own messages name the place of a bad variable or argument: `at "input.occurredAt"`, `Argument "slug"`. */
const PLACES = [/at "([^"]+)"/, /Argument "([^"]+)"/, /[Vv]ariable "\$([^"]+)"/];

/**
 * The one place errors become GraphQL errors: domain errors keep their code, Vietnamese message, English message
 * and per-field messages; query-limit refusals become QUERY_TOO_COMPLEX; graphql's own request errors pass through
 * (with a Vietnamese message for bad values); anything unexpected is logged with its stack and answered with a
 * generic message, never a stack trace or SQL.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (original instanceof DomainError) {
    const level = EXPECTED_CODES.has(original.code) ? 'log' : 'warn';
    logger[level](`${original.code} ${original.messageKey}${formatted.path ? ` at ${formatted.path.join('.')}` : ''}`);
    return {
      message: original.message,
      path: formatted.path,
      extensions: {
        code: original.code,
        messageKey: original.messageKey,
        messages: original.messages,
        ...(original.fields.length ? { fields: original.fields } : {}),
        ...original.extra,
      },
    };
  }
  const limit = queryLimitOf(formatted, original);
  if (limit) return queryTooComplex(limit);
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && GRAPHQL_CODES.has(code)) {
    logger.log(`${code} ${formatted.message.slice(0, 200)}`);
    if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED') {
      const field = PLACES.map((p) => p.exec(formatted.message)?.[1]).find(Boolean);
      if (field) {
        const key: MessageKey = /DateTime/.test(formatted.message) ? 'input.invalidDate' : 'input.invalidValue';
        const text = message(key, { field });
        return {
          message: text.vi,
          locations: formatted.locations,
          path: formatted.path,
          extensions: { code, messages: text, detail: formatted.message, fields: [{ field, messageKey: key, message: text }] },
        };
      }
    }
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  // Tests run the app with its logger off; LANTOA_TEST_LOG=1 shows unexpected errors there.
  if (process.env.LANTOA_TEST_LOG) process.stderr.write(`${original instanceof Error ? original.stack : String(original)}\n`);
  const text = message('internal');
  return { message: text.vi, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', messages: text } };
}

/** The answer to a request refused by a query limit (here, or before GraphQL by http/query-length.ts). */
export function queryTooComplex(limit: Record<string, unknown>): GraphQLFormattedError {
  logger.warn(`QUERY_TOO_COMPLEX ${JSON.stringify(limit)}`);
  return localized('QUERY_TOO_COMPLEX', 'query.tooComplex', {}, { limit });
}

/** The limit that refused the request: ours (query-limits.ts), graphql-armor's, or graphql's own token limit. */
function queryLimitOf(formatted: GraphQLFormattedError, original: unknown): Record<string, unknown> | null {
  const ours = (original as { extensions?: { queryLimit?: Record<string, unknown> } })?.extensions?.queryLimit;
  if (ours) return ours;
  const text = formatted.message;
  if (/Document contains more th\w+ \d+ tokens/i.test(text)) return { limit: 'tokens' };
  if (/Query depth limit of \d+ exceeded/i.test(text)) return { limit: 'depth' };
  if (/Aliases limit of \d+ exceeded/i.test(text)) return { limit: 'aliases' };
  return null;
}

function localized(
  code: string,
  key: MessageKey,
  params: Record<string, string | number>,
  extra: Record<string, unknown> = {},
): GraphQLFormattedError & { extensions: { messages: LocalizedMessage } } {
  const text = message(key, params);
  return { message: text.vi, extensions: { code, messageKey: key, messages: text, ...extra } };
}
