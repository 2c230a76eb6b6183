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

/** Where lessons downloaded for offline study are kept, by the URL readContent() asks (features/offline/downloads.ts). */
export const CONTENT_CACHE = 'lantoa-content';

/** The GET address of a content query; the variables in a fixed order, so a page and a download ask the same URL. */
export function contentUrl(query: string, variables: unknown): string {
  const vars = Object.fromEntries(Object.entries((variables ?? {}) as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `/graphql?${new URLSearchParams({ query: query.replace(/\s+/g, ' ').trim(), variables: JSON.stringify(vars) })}`;
}

/**
 * Content (courses, an outline, a lesson) is the same for everyone, so it is read by GET without credentials: the
 * browser keeps it, revalidates it with the ETag the API gives (304, no body) and a proxy may share it. The
 * operation-name header satisfies the API's CSRF rule for GET. Nothing personal may be read this way: the API
 * answers any non-content field `private, no-store` anyway.
 * A downloaded copy (Cache Storage) answers at once without a network, and after 4 s on a network that hangs; a
 * fresh answer replaces it. Nothing downloaded and no network: an OFFLINE error right away, never an endless wait.
 */
async function getContent<T>(query: string, variables: unknown): Promise<{ payload: Payload<T>; status: number }> {
  const name = /^\s*query\s+(\w+)/.exec(query)?.[1] ?? 'Content';
  const url = contentUrl(query, variables);
  const cache = await globalThis.caches?.open(CONTENT_CACHE).catch(() => undefined);
  const saved = await cache?.match(url);
  let response: Response | undefined;
  if (navigator.onLine || !saved) {
    response = await fetch(url, {
      method: 'GET',
      credentials: 'omit',
      headers: { Accept: 'application/graphql-response+json, application/json', 'x-apollo-operation-name': name },
      signal: saved && AbortSignal.timeout ? AbortSignal.timeout(4_000) : undefined,
    }).catch(() => undefined);
    if (response?.ok && saved) void cache!.put(url, response.clone());
  }
  response = response?.ok || !saved ? response : saved;
  if (!response) throw new GraphQLRequestError('offline', 'OFFLINE', 0);
  try {
    return { payload: (await response.json()) as Payload<T>, status: response.status };
  } catch {
    throw new GraphQLRequestError(`HTTP ${response.status}`, 'NETWORK_ERROR', response.status);
  }
}

let refreshing: Promise<boolean> | null = null;

/**
 * Trades the refresh cookie for a new access token; one request at a time, shared by every caller. Without a network
 * the person last signed in here stays signed in with no token (accessToken ''): their progress goes to the queue,
 * and the first request once the network is back renews the session (see execute).
 */
export function refreshSession(): Promise<boolean> {
  if (refreshing) return refreshing;
  const renew = () => post<{ refreshSession: { accessToken: string; user: { id: string; fullName: string; phone: string } } }>(REFRESH, {});
  // The API replaces the refresh cookie at each use: two tabs renewing at once (back online) would spend the same
  // cookie twice and one would be signed out. One tab at a time, each with the cookie the last one left.
  const renewed = (navigator.locks ? navigator.locks.request('lantoa.session.refresh', renew) : renew()) as ReturnType<typeof renew>;
  refreshing = renewed
    .then(({ payload }) => {
      const data = payload.data?.refreshSession;
      sessionStore.set(data ? { accessToken: data.accessToken, user: data.user } : null);
      return Boolean(data);
    })
    .catch(() => {
      const user = sessionStore.get()?.user ?? sessionStore.offlineUser();
      if (user) sessionStore.set({ accessToken: '', user });
      return Boolean(user);
    })
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
