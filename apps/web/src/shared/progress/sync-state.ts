/**
 * What the sender is doing, for the header and the pages (on the first page). The sender itself (sync.ts) loads
 * after the first paint: nothing is sent before the page shows anyway.
 */
export interface SyncState {
  sending: boolean;
  /** The last try failed; the queue waits for the network (or the next retry). */
  waiting: boolean;
  /** Whose lessons `confirmedLessons` are. */
  confirmedFor: string | null;
  /** Lessons the API took since the page loaded: still shown as done while the learner's progress reloads. */
  confirmedLessons: readonly string[];
}

export const IDLE: SyncState = { sending: false, waiting: false, confirmedFor: null, confirmedLessons: [] };
let state: SyncState = IDLE;
const listeners = new Set<() => void>();

export function setSyncState(next: Partial<SyncState>): void {
  const merged = { ...state, ...next };
  if ((Object.keys(next) as (keyof SyncState)[]).every((k) => merged[k] === state[k])) return;
  state = merged;
  for (const listener of listeners) listener();
}

export function syncState(): SyncState {
  return state;
}

export function subscribeSyncState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
