import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { AuthProvider } from '../shared/auth/AuthProvider.js';
import { DisplaySettingsProvider } from './display-settings.js';
import i18n from './i18n.js';
import { Layout } from './Layout.js';
import { AppRoutes } from './routes.js';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Weak rural networks: keep data a while and retry a few times before showing an error. Without a network a
      // query still runs (networkMode 'always'): readContent answers from what was downloaded, or says OFFLINE at once,
      // which is not retried, so the page shows its message instead of waiting for ever.
      queries: {
        staleTime: 60_000,
        networkMode: 'always',
        retry: (count, error) => count < 2 && (error as { code?: string }).code !== 'OFFLINE' && navigator.onLine,
        refetchOnWindowFocus: false,
      },
    },
  });
}

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <AuthProvider>
          <DisplaySettingsProvider>
            <Layout>
              <AppRoutes />
            </Layout>
          </DisplaySettingsProvider>
        </AuthProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
