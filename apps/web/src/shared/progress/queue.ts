/**
 * Progress made on this device, kept in localStorage until the API has answered for it: a lesson marked as done
 * or a quiz handed in is written here first, then sent, so a weak network or a closed tab never loses it.
 * Plain functions (no React), so the sender and the pages share one place; `subscribe` tells React about changes.
 */
export type ProgressEventKind = 'LESSON_COMPLETED' | 'QUIZ_SUBMITTED';

export interface QuizAnswer {
  questionSlug: string;
  optionIds: string[];
}

export interface QueuedEvent {
  /** Made here once (a UUID); the API stores each id once, so sending it again is safe. */
  clientEventId: string;
  kind: ProgressEventKind;
  lessonId?: string;
  quizId?: string;
  answers?: QuizAnswer[];
  /** When it happened on the device (ISO 8601). */
  occurredAt: string;
  /** Whose progress it is; null while the visitor is not signed in (sent once they sign in or sign up). */
  userId: string | null;
  /** Made by a visitor who was not signed in. */
  anonymous: boolean;
}

export interface LocalizedReason {
  vi: string;
  en?: string | null;
}

/** An event the API refused, with its reason: shown to the learner until they close the message. */
export interface Rejection {
  clientEventId: string;
  kind: ProgressEventKind;
  userId: string | null;
  /** The API's reason; null if it gave none. */
  reason: LocalizedReason | null;
}

export interface ProgressSnapshot {
  events: readonly QueuedEvent[];
  /** Lessons a visitor who is not signed in marked as done on this device. */
  localDone: readonly string[];
  rejections: readonly Rejection[];
}

const QUEUE_KEY = 'lantoa.progress.queue';
const LOCAL_DONE_KEY = 'lantoa.progress.localDone';
const REJECTED_KEY = 'lantoa.progress.rejected';
const KEYS = [QUEUE_KEY, LOCAL_DONE_KEY, REJECTED_KEY];

// Where localStorage is missing or full, the page keeps the data in memory: the session still loses nothing.
const memory = new Map<string, string>();

function readRaw(key: string): string | null {
  if (memory.has(key)) return memory.get(key)!;
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeRaw(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
    memory.delete(key);
  } catch {
    memory.set(key, value);
  }
}

function parseList<T>(raw: string | null): T[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

let cachedRaw: string | null = null;
let cached: ProgressSnapshot = { events: [], localDone: [], rejections: [] };

/** The current queue; the same object until something changes (what useSyncExternalStore needs). */
export function snapshot(): ProgressSnapshot {
  const raws = KEYS.map(readRaw);
  const raw = JSON.stringify(raws);
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = {
      events: parseList<QueuedEvent>(raws[0]!).filter((e) => e && typeof e.clientEventId === 'string'),
      localDone: parseList<string>(raws[1]!).filter((id) => typeof id === 'string'),
      rejections: parseList<Rejection>(raws[2]!),
    };
  }
  return cached;
}

const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab of the same browser may send or add events.
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || KEYS.includes(e.key)) listener();
  };
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
  };
}

function writeEvents(events: readonly QueuedEvent[]): void {
  writeRaw(QUEUE_KEY, JSON.stringify(events));
  changed();
}

export function newEventId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Old browsers without randomUUID (served over http on a local network): still 8–100 characters, still unique enough.
  return `e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export function enqueue(event: QueuedEvent): void {
  const { events } = snapshot();
  if (events.some((e) => e.clientEventId === event.clientEventId)) return;
  writeEvents([...events, event]);
}

export function remove(clientEventIds: readonly string[]): void {
  if (clientEventIds.length === 0) return;
  const gone = new Set(clientEventIds);
  const { events } = snapshot();
  const kept = events.filter((e) => !gone.has(e.clientEventId));
  if (kept.length !== events.length) writeEvents(kept);
}

/**
 * A visitor who signs in or signs up takes over what they did before: their anonymous events are now theirs, and
 * the device-only list of done lessons is no longer needed (the account will have them).
 */
export function claimAnonymous(userId: string): void {
  const { events, localDone } = snapshot();
  if (events.some((e) => e.userId === null)) writeEvents(events.map((e) => (e.userId === null ? { ...e, userId } : e)));
  if (localDone.length > 0) {
    writeRaw(LOCAL_DONE_KEY, '[]');
    changed();
  }
}

export function addLocalDone(lessonId: string): void {
  const { localDone } = snapshot();
  if (localDone.includes(lessonId)) return;
  writeRaw(LOCAL_DONE_KEY, JSON.stringify([...localDone, lessonId]));
  changed();
}

export function addRejections(rejections: readonly Rejection[]): void {
  if (rejections.length === 0) return;
  writeRaw(REJECTED_KEY, JSON.stringify([...snapshot().rejections, ...rejections]));
  changed();
}

export function dismissRejections(clientEventIds: readonly string[]): void {
  const gone = new Set(clientEventIds);
  writeRaw(REJECTED_KEY, JSON.stringify(snapshot().rejections.filter((r) => !gone.has(r.clientEventId))));
  changed();
}
