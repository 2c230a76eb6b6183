import { GraphQLRequestError } from '../../shared/graphql/execute.js';

const FINAL = new Set(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED', 'BAD_USER_INPUT']);

/** Retry a weak network, but not an answer that will not change ("not allowed", "not found"). */
export function retryUnlessFinal(failures: number, error: Error): boolean {
  if (error instanceof GraphQLRequestError && error.code && FINAL.has(error.code)) return false;
  return failures < 2;
}

export function errorCode(error: unknown): string | undefined {
  return error instanceof GraphQLRequestError ? error.code : undefined;
}
