import { render } from '@testing-library/react';
import { App, createQueryClient } from '../app/App.js';

/** Renders the whole app with a query client that does not retry, so error states show at once. */
export function renderApp() {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, staleTime: 0 } });
  return render(<App queryClient={client} />);
}

/** Replaces fetch with a GraphQL endpoint that answers each call with the next of `responses`. */
export function stubGraphQL(...responses: Array<{ data?: unknown; errors?: unknown[] } | Error>) {
  const calls: Array<{ query: string }> = [];
  globalThis.fetch = (async (_url: string, init?: RequestInit) => {
    calls.push(JSON.parse(String(init?.body)) as { query: string });
    const next = responses.length > 1 ? responses.shift()! : responses[0]!;
    if (next instanceof Error) throw next;
    // jsdom has no Response: hand back the part of it that execute() reads.
    return { ok: true, status: 200, json: async () => JSON.parse(JSON.stringify(next)) as unknown } as Response;
  }) as typeof fetch;
  return calls;
}
