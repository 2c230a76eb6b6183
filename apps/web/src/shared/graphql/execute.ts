import type { TypedDocumentString } from '../../gql/graphql.js';
import { sessionStore } from '../auth/session-store.js';

export interface FieldError {
  field: string;
  messageKey: string;
  message: { vi: string; en: string };
}

/** A GraphQL error with its stable code (extensions.code), messages in both languages and per-field errors. */
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

  get messages(): { vi: string; en: string } | undefined {
    return this.extensions.messages as { vi: string; en: string } | undefined;
  }

  get fields(): FieldError[] {
    return (this.extensions.fields as FieldError[] | undefined) ?? [];
  }
}

const REFRESH = `mutation RefreshSession { refreshSession { accessToken user { id fullName phone } } }`;

interface Payload<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post<T>(query: string, variables: unknown): Promise<{ payload: Payload<T>; status: number }> {
  const token = sessionStore.get()?.accessToken;
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  try {
    return { payload: (await response.json()) as Payload<T>, status: response.status };
  } catch {
    throw new GraphQLRequestError(`HTTP ${response.status}`, 'NETWORK_ERROR', response.status);
  }
}

/**
 * Content (courses, an outline, a lesson) is the same for everyone, so it is read by GET without credentials: the
 * browser keeps it, revalidates it with the ETag the API gives (304, no body) and a proxy may share it. The
 * operation-name header satisfies the API's CSRF rule for GET. Nothing personal may be read this way: the API
 * answers any non-content field `private, no-store` anyway.
 */
async function getContent<T>(query: string, variables: unknown): Promise<{ payload: Payload<T>; status: number }> {
  const compact = query.replace(/\s+/g, ' ').trim();
  const name = /^(?:query)\s+(\w+)/.exec(compact)?.[1] ?? 'Content';
  const params = new URLSearchParams({ query: compact, variables: JSON.stringify(variables ?? {}) });
  const response = await fetch(`/graphql?${params}`, {
    method: 'GET',
    credentials: 'omit',
    headers: { Accept: 'application/graphql-response+json, application/json', 'x-apollo-operation-name': name },
  });
  try {
    return { payload: (await response.json()) as Payload<T>, status: response.status };
  } catch {
    throw new GraphQLRequestError(`HTTP ${response.status}`, 'NETWORK_ERROR', response.status);
  }
}

let refreshing: Promise<boolean> | null = null;

/** Trades the refresh cookie for a new access token; one request at a time, shared by every caller. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= post<{ refreshSession: { accessToken: string; user: { id: string; fullName: string; phone: string } } }>(REFRESH, {})
    .then(({ payload }) => {
      const data = payload.data?.refreshSession;
      sessionStore.set(data ? { accessToken: data.accessToken, user: data.user } : null);
      return Boolean(data);
    })
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/**
 * Sends a typed operation to /graphql; the result and variables are typed by the generated document.
 * An expired access token is refreshed once and the operation retried, so a learner never sees it happen.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const query = document.toString();
  let { payload, status } = await post<TResult>(query, variables);
  const first = payload.errors?.[0];
  if (first?.extensions?.code === 'UNAUTHENTICATED' && sessionStore.get() && (await refreshSession())) {
    ({ payload, status } = await post<TResult>(query, variables));
  }
  const error = payload.errors?.[0];
  if (error) throw new GraphQLRequestError(error.message, error.extensions?.code as string | undefined, status, error.extensions);
  if (!payload.data) throw new GraphQLRequestError(`HTTP ${status}`, 'NETWORK_ERROR', status);
  return payload.data;
}

/** Reads a content query (see getContent): cacheable by the browser and proxies, never sent with the session. */
export async function readContent<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const { payload, status } = await getContent<TResult>(document.toString(), variables);
  const error = payload.errors?.[0];
  if (error) throw new GraphQLRequestError(error.message, error.extensions?.code as string | undefined, status, error.extensions);
  if (!payload.data) throw new GraphQLRequestError(`HTTP ${status}`, 'NETWORK_ERROR', status);
  return payload.data;
}
