import { render } from '@testing-library/react';
import { App, createQueryClient } from '../app/App.js';

/** Renders the whole app with a query client that does not retry, so error states show at once. */
export function renderApp() {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, staleTime: 0 } });
  return render(<App queryClient={client} />);
}

const ANONYMOUS = { errors: [{ message: 'Phiên đăng nhập đã hết hạn.', extensions: { code: 'UNAUTHENTICATED' } }] };

/**
 * Replaces fetch with a GraphQL endpoint that answers each call with the next of `responses` (the last one
 * repeats). Session restores (refreshSession) answer "not signed in" unless `session` is given, and are not counted.
 */
export function stubGraphQL(...responses: Array<{ data?: unknown; errors?: unknown[] } | Error>) {
  return stubGraphQLWithSession(null, ...responses);
}

export function stubGraphQLWithSession(
  session: { accessToken: string; user: { id: string; fullName: string; phone: string } } | null,
  ...responses: Array<{ data?: unknown; errors?: unknown[] } | Error>
) {
  const calls: Array<{ query: string; variables?: Record<string, unknown> }> = [];
  globalThis.fetch = (async (_url: string, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables?: Record<string, unknown> };
    const restore = body.query.includes('refreshSession');
    if (!restore) calls.push(body);
    const next = restore
      ? session
        ? { data: { refreshSession: session } }
        : ANONYMOUS
      : responses.length > 1
        ? responses.shift()!
        : responses[0]!;
    if (next instanceof Error) throw next;
    // jsdom has no Response: hand back the part of it that execute() reads.
    return { ok: true, status: 200, json: async () => JSON.parse(JSON.stringify(next)) as unknown } as Response;
  }) as typeof fetch;
  return calls;
}
