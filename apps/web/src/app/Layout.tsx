import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ProgressStatus } from '../shared/progress/ProgressStatus.js';
import { AccountNav } from './AccountNav.js';
import { DisplaySettingsBar } from './DisplaySettingsBar.js';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
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
          <span className="app-header__tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('app.mainNav')}>
          <Link href="/">{t('app.home')}</Link>
          <AccountNav />
        </nav>
        <DisplaySettingsBar />
      </header>
      <main id="main" tabIndex={-1}>
        <ProgressStatus />
        {children}
      </main>
    </>
  );
}
