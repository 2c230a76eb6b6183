import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

const RELOADED_AT = 'lantoa.chunkReloadAt';

/** A page's code that could not be fetched (no network, or a file gone after a new release). */
export function isChunkLoadError(error: unknown): boolean {
  return /dynamically imported module|Importing a module script failed|Unable to preload|Failed to fetch/i.test(String(error));
}

/**
 * Reloads once for a chunk that failed: a new release may have replaced the file, and the new index.html names the
 * new one. Never twice within a minute (it would loop), and not without a network unless the service worker (which
 * keeps the app shell) controls the page: offline, a reload would show the browser's own error page.
 */
function reloadOnce(): boolean {
  try {
    const canReload = navigator.onLine || Boolean(navigator.serviceWorker?.controller);
    if (!canReload || Date.now() - Number(sessionStorage.getItem(RELOADED_AT) ?? 0) < 60_000) return false;
    sessionStorage.setItem(RELOADED_AT, String(Date.now()));
  } catch {
    return false;
  }
  location.reload();
  return true;
}

interface Props {
  /** The address: a new one clears the error, so the header's links keep working. */
  resetKey: string;
  children: ReactNode;
}

/**
 * Keeps the header and a message on screen when a page fails, instead of React's white page: a page whose code
 * could not be fetched reloads once, or waits for the network and then reloads by itself.
 */
export class PageErrorBoundary extends Component<Props, { error: unknown; key: string }> {
  override state = { error: null as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: unknown; key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: unknown) {
    if (isChunkLoadError(error)) reloadOnce();
  }

  override componentDidMount() {
    window.addEventListener('online', this.onOnline);
  }

  override componentWillUnmount() {
    window.removeEventListener('online', this.onOnline);
  }

  onOnline = () => {
    if (isChunkLoadError(this.state.error)) location.reload();
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const chunk = isChunkLoadError(error);
    return (
      <Translation>
        {(t) => (
          <div className="state state--error" role="alert">
            <p>{chunk ? t('state.pageMissing') : t('state.error')}</p>
            <button type="button" className="button" onClick={() => (chunk ? location.reload() : this.setState({ error: null }))}>
              {t('state.retry')}
            </button>
          </div>
        )}
      </Translation>
    );
  }
}
