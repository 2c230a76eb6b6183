import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { ExtrasProps } from '../features/offline/OfflineExtras.js';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useAuth } from '../shared/auth/AuthProvider.js';
import { ProgressStatus } from '../shared/progress/ProgressStatus.js';
import { useDeviceProgress } from '../shared/progress/use-progress.js';
import { AccountNav } from './AccountNav.js';
import { DisplaySettingsBar } from './DisplaySettingsBar.js';

/**
 * The service worker and the connection line come after the first paint (when the phone is idle), so the first
 * page's script stays within its budget (docs/benchmarks.md). Without a network and without a service worker the
 * import fails: then the app simply goes without them.
 */
const OfflineExtras = lazy(() =>
  new Promise<void>((resolve) =>
    // Old Android browsers have no requestIdleCallback.
    'requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 500),
  )
    // A browser without service workers cannot work offline at all: it goes without them (so do the unit tests).
    .then(() => ('serviceWorker' in navigator ? import('../features/offline/OfflineExtras.js') : Promise.reject(new Error('no SW'))))
    .then(
      (m) => ({ default: m.OfflineExtras as ComponentType<ExtrasProps> }),
      () => ({ default: (() => null) as ComponentType<ExtrasProps> }),
    ),
);

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const progress = useDeviceProgress();
  const signedIn = useAuth().status === 'signedIn';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <Link href="/" className="brand">
            {t('app.name')}
          </Link>
        </div>
        <nav aria-label={t('app.mainNav')}>
          <AccountNav />
        </nav>
        <DisplaySettingsBar />
        <Suspense fallback={null}>
          <OfflineExtras signedIn={signedIn} progress={progress} />
        </Suspense>
      </header>
      <main id="main" tabIndex={-1}>
        <ProgressStatus />
        {children}
      </main>
    </>
  );
}
