import { useMemo, useSyncExternalStore } from 'react';
import { useAuth } from '../auth/AuthProvider.js';
import * as queue from './queue.js';
import type { QueuedEvent, Rejection } from './queue.js';
import { subscribeSyncState, syncState, type SyncState } from './sync-state.js';

export interface DeviceProgress {
  /** Events of the person using the page (signed in: theirs; not signed in: the anonymous ones), not sent yet. */
  pending: QueuedEvent[];
  /** Lessons done on this device that the learner's progress from the API may not show yet (a visitor: all of them). */
  doneHere: Set<string>;
  rejections: Rejection[];
  sync: SyncState;
  online: boolean;
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** The device-side progress of whoever is using the page, kept in step with the queue and the network. */
export function useDeviceProgress(): DeviceProgress {
  const { status, session } = useAuth();
  const snap = useSyncExternalStore(queue.subscribe, queue.snapshot, queue.snapshot);
  const sync = useSyncExternalStore(subscribeSyncState, syncState, syncState);
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  const userId = status === 'signedIn' ? (session?.user.id ?? null) : null;
  const restoring = status === 'restoring';

  return useMemo(() => {
    if (restoring) return { pending: [], doneHere: new Set<string>(), rejections: [], sync, online };
    const pending = snap.events.filter((e) => e.userId === userId || (userId === null && e.anonymous && e.userId === null));
    const doneHere = new Set(pending.flatMap((e) => (e.kind === 'LESSON_COMPLETED' && e.lessonId ? [e.lessonId] : [])));
    if (userId === null) for (const id of snap.localDone) doneHere.add(id);
    else if (sync.confirmedFor === userId) for (const id of sync.confirmedLessons) doneHere.add(id);
    const rejections = snap.rejections.filter((r) => r.userId === userId);
    return { pending, doneHere, rejections, sync, online };
  }, [snap, sync, online, userId, restoring]);
}
