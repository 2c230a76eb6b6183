import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface QueryStateProps {
  isPending: boolean;
  error: Error | null;
  onRetry: () => void;
  children: ReactNode;
}

/** The loading and error states every query shows: announced to screen readers, with a retry. */
export function QueryState({ isPending, error, onRetry, children }: QueryStateProps) {
  const { t } = useTranslation();
  if (isPending) {
    return (
      <p className="state state--loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" /> {t('state.loading')}
      </p>
    );
  }
  if (error) {
    const offline = typeof navigator !== 'undefined' && !navigator.onLine;
    return (
      <div className="state state--error" role="alert">
        <p>{offline ? t('state.offline') : t('state.error')}</p>
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      </div>
    );
  }
  return <>{children}</>;
}
