import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error.js';
import { message } from './messages.js';

const logger = new Logger('GraphQLError');
const GRAPHQL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * The one place errors become GraphQL errors: domain errors keep their code, Vietnamese message, English message
 * and per-field messages; GraphQL's own request errors pass through; anything unexpected is logged and answered
 * with a generic message, never a stack trace.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (original instanceof DomainError) {
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
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && GRAPHQL_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  // Tests run the app with its logger off; LANTOA_TEST_LOG=1 shows unexpected errors there.
  if (process.env.LANTOA_TEST_LOG) process.stderr.write(`${original instanceof Error ? original.stack : String(original)}\n`);
  const text = message('internal');
  return { message: text.vi, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', messages: text } };
}
