import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceProgress } from '../../shared/progress/use-progress.js';
import { NS } from './texts.js';
import { applyUpdate, startServiceWorker, subscribeUpdate, updateWaiting } from './register-service-worker.js';

/** What the header shows about the network: offline, sending (how many), everything sent. */
export interface ExtrasProps {
  signedIn: boolean;
  progress: DeviceProgress;
}

export function ConnectionIndicator({ signedIn, progress }: ExtrasProps) {
  const { t } = useTranslation(NS);
  const { pending, sync, online } = progress;
  const count = signedIn ? pending.length : 0;
  let text: string;
  let kind: 'offline' | 'sending' | 'sent';
  if (!online) {
    kind = 'offline';
    text = count > 0 ? `${t('connection.offline')} · ${t('connection.waiting', { count })}` : t('connection.offline');
  } else if (count > 0) {
    kind = 'sending';
    text = sync.sending ? t('connection.sending', { count }) : t('connection.waiting', { count });
  } else {
    kind = 'sent';
    text = signedIn ? t('connection.sent') : t('connection.online');
  }
  return (
    <p className={`connection connection--${kind}`} role="status" data-connection={kind}>
      <span className="connection__dot" aria-hidden="true" />
      {text}
    </p>
  );
}

/** "Có bản mới – Cập nhật": shown once a new release has installed and waits for the learner. */
export function UpdatePrompt() {
  const { t } = useTranslation(NS);
  const waiting = useSyncExternalStore(subscribeUpdate, updateWaiting, () => false);
  if (!waiting) return null;
  return (
    <div className="update-prompt" role="alert">
      <p>{t('update.ready')}</p>
      <button type="button" className="button button--primary" onClick={applyUpdate}>
        {t('update.apply')}
      </button>
    </div>
  );
}

/**
 * Loaded after the first page has painted (see app/Layout.tsx): the service worker and the
 * connection line. What it shows comes from the layout (props), so this chunk imports nothing of the first page's.
 */
export function OfflineExtras(props: ExtrasProps) {
  useEffect(() => startServiceWorker(), []);
  return (
    <>
      <ConnectionIndicator {...props} />
      <UpdatePrompt />
    </>
  );
}
