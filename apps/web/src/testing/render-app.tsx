import { fireEvent, render, screen } from '@testing-library/react';
import { App, createQueryClient } from '../app/App.js';

/** Renders the whole app with a query client that does not retry, so error states show at once. */
export function renderApp() {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, staleTime: 0 } });
  return render(<App queryClient={client} />);
}

/** The operation a fetch carries: the JSON body of a POST, or the query string of a content GET (readContent). */
function graphQLRequest(url: string, init?: RequestInit): { query: string; variables?: Record<string, unknown> } {
  if ((init?.method ?? 'GET') === 'GET') {
    const params = new URL(url, 'http://localhost').searchParams;
    return { query: params.get('query') ?? '', variables: JSON.parse(params.get('variables') ?? '{}') as Record<string, unknown> };
  }
  return JSON.parse(String(init?.body)) as { query: string; variables?: Record<string, unknown> };
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
  globalThis.fetch = (async (url: string, init?: RequestInit) => {
    const body = graphQLRequest(url, init);
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

type Answer = { data?: unknown; errors?: unknown[] } | Error;
type Handler = Answer | ((variables: Record<string, unknown>) => Answer | Promise<Answer>);

/**
 * Replaces fetch with a GraphQL endpoint that answers by operation name (`query Me`, `mutation SignUp`…), so
 * queries made at the same time by the header and the page cannot take each other's answer. An operation
 * without a handler fails the test loudly. Returns every call made (restores excluded), in order.
 */
export function stubOperations(
  handlers: Record<string, Handler>,
  session: { accessToken: string; user: { id: string; fullName: string; phone: string } } | null = null,
) {
  const calls: Array<{ operation: string; query: string; variables: Record<string, unknown> }> = [];
  globalThis.fetch = (async (url: string, init?: RequestInit) => {
    const body = graphQLRequest(url, init);
    const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    let answer: Answer;
    if (operation === 'RefreshSession') {
      answer = session ? { data: { refreshSession: session } } : ANONYMOUS;
    } else {
      calls.push({ operation, query: body.query, variables: body.variables ?? {} });
      const handler = handlers[operation];
      if (!handler) throw new Error(`no stub for GraphQL operation ${operation}`);
      answer = typeof handler === 'function' ? await handler(body.variables ?? {}) : handler;
    }
    if (answer instanceof Error) throw answer;
    return { ok: true, status: 200, json: async () => JSON.parse(JSON.stringify(answer)) as unknown } as Response;
  }) as typeof fetch;
  return calls;
}

/** A GraphQL error as the API formats it (errors/format-error.ts). */
export function apiError(code: string, vi: string, en: string, fields: Array<{ field: string; vi: string; en: string }> = []) {
  return {
    errors: [
      {
        message: vi,
        extensions: {
          code,
          messages: { vi, en },
          ...(fields.length
            ? { fields: fields.map((f) => ({ field: f.field, messageKey: `test.${f.field}`, message: { vi: f.vi, en: f.en } })) }
            : {}),
        },
      },
    ],
  };
}

/** Opens the header's "Menu" (pages and display settings) if it is closed, and returns its list of pages. */
export function openMenu(): HTMLElement {
  const button = screen.getByRole('button', { name: 'Menu' });
  if (button.getAttribute('aria-expanded') !== 'true') fireEvent.click(button);
  return screen.getByRole('navigation', { name: 'Các trang' });
}
