import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthProvider.js';
import { sessionStore } from '../auth/session-store.js';
import { pickText } from '../localized.js';
import { dismissRejections } from './queue.js';
import { useDeviceProgress } from './use-progress.js';

/**
 * Runs the sender for the whole app and says, on every page, what happened to the learner's progress: kept on the
 * phone while there is no network, and anything the API refused (once, until they close it).
 */
export function ProgressStatus() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { status } = useAuth();
  const { pending, rejections, sync, online } = useDeviceProgress();

  // The sender loads after the first paint (its code and IndexedDB's are not part of the first page), and on a phone
  // where nobody has signed in yet not before someone does: until then there is nobody to send progress for (a
  // visitor's is kept on the phone and goes with them when they sign in, when this runs again).
  const someone = status === 'signedIn' || sessionStore.offlineUser() !== null;
  useEffect(() => {
    if (!someone) return;
    let stop: (() => void) | undefined;
    let stopped = false;
    // Should its code fail to load (offline before the service worker has it), the queue waits for the next page.
    void import('./sync.js')
      .then(({ startProgressSync }) => {
        if (stopped) return;
        stop = startProgressSync(() => {
          for (const key of ['my-progress', 'quiz', 'team-progress']) void queryClient.invalidateQueries({ queryKey: [key] });
        });
      })
      .catch(() => undefined);
    return () => {
      stopped = true;
      stop?.();
    };
  }, [queryClient, someone]);

  const queued = status === 'signedIn' && pending.length > 0 && (sync.waiting || !online);
  return (
    <>
      {/* Always in the page (a live region must exist before its words change); no role, so it is not one more "status". */}
      <div className={queued ? 'progress-status' : 'progress-status progress-status--empty'} aria-live="polite">
        {queued && (
          <>
            <p>
              <span aria-hidden="true">☁ </span>
              {t('progress.queued')} {t('progress.queuedCount', { count: pending.length })}
            </p>
            <button
              type="button"
              className="button"
              onClick={() =>
                void import('./sync.js').then(
                  ({ flush }) => flush(),
                  () => undefined,
                )
              }
              disabled={sync.sending}
            >
              {sync.sending ? t('form.sending') : t('progress.sendNow')}
            </button>
          </>
        )}
      </div>
      {rejections.length > 0 && (
        <div className="progress-rejected" role="alert">
          <ul className="plain-list">
            {rejections.map((r) => (
              <li key={r.clientEventId}>
                {t(r.kind === 'QUIZ_SUBMITTED' ? 'progress.rejectedQuiz' : 'progress.rejectedLesson', {
                  reason: r.reason ? pickText(r.reason, i18n.language) : t('progress.noReason'),
                })}
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => dismissRejections(rejections.map((r) => r.clientEventId))}>
            {t('progress.understood')}
          </button>
        </div>
      )}
    </>
  );
}
