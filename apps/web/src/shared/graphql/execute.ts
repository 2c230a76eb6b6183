import type { TypedDocumentString } from '../../gql/graphql.js';

/** A GraphQL error with its stable code (extensions.code) and, for bad input, the fields concerned. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

/** Sends a typed operation to /graphql; the result and variables are typed by the generated document. */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  let payload: { data?: TResult; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  try {
    payload = (await response.json()) as typeof payload;
  } catch {
    throw new GraphQLRequestError(`HTTP ${response.status}`, 'NETWORK_ERROR', response.status);
  }
  const first = payload.errors?.[0];
  if (first) {
    throw new GraphQLRequestError(first.message, first.extensions?.code as string | undefined, response.status, first.extensions);
  }
  if (!payload.data) throw new GraphQLRequestError(`HTTP ${response.status}`, 'NETWORK_ERROR', response.status);
  return payload.data;
}
