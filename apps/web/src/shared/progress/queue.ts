/**
 * Progress made on this device, kept until the API has answered for it: a lesson marked as done or a quiz handed
 * in is written here first, then sent, so a weak network or a closed tab never loses it.
 * This module is the page's copy of the queue (plain functions, no React; `subscribe` tells React about changes),
 * read synchronously by the pages. The queue itself lives in IndexedDB, shared by every tab; the code that keeps it
 * there (queue-store.ts: IndexedDB, the move from localStorage, the lock between tabs) loads after the first page.
 */
import type { QueueOp, QueueStore } from './queue-store.js';

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
  /** Oldest first. */
  events: readonly QueuedEvent[];
  /** Lessons a visitor who is not signed in marked as done on this device. */
  localDone: readonly string[];
  rejections: readonly Rejection[];
}

export type { QueueOp };

/** What one change does to the queue (the page's copy, and the localStorage fallback, apply it the same way). */
export function applyOp(data: ProgressSnapshot, op: QueueOp): ProgressSnapshot {
  switch (op.type) {
    case 'add':
      return data.events.some((e) => e.clientEventId === op.event.clientEventId) ? data : { ...data, events: [...data.events, op.event] };
    case 'remove': {
      const gone = new Set(op.ids);
      return { ...data, events: data.events.filter((e) => !gone.has(e.clientEventId)) };
    }
    case 'claim':
      return { ...data, events: data.events.map((e) => (e.userId === null ? { ...e, userId: op.userId } : e)), localDone: [] };
    case 'localDone':
      return data.localDone.includes(op.lessonId) ? data : { ...data, localDone: [...data.localDone, op.lessonId] };
    case 'reject': {
      const known = new Set(data.rejections.map((r) => r.clientEventId));
      return { ...data, rejections: [...data.rejections, ...op.rejections.filter((r) => !known.has(r.clientEventId))] };
    }
    case 'dismiss': {
      const gone = new Set(op.ids);
      return { ...data, rejections: data.rejections.filter((r) => !gone.has(r.clientEventId)) };
    }
  }
}

const QUEUE_KEY = 'lantoa.progress.queue';
const LOCAL_DONE_KEY = 'lantoa.progress.localDone';
const REJECTED_KEY = 'lantoa.progress.rejected';
const KEYS = [QUEUE_KEY, LOCAL_DONE_KEY, REJECTED_KEY];

/*
 * Until the store has opened (and in a browser without IndexedDB), the queue is read and written in localStorage,
 * as earlier releases did; the store then moves it over. Where localStorage is missing or full too, the page keeps
 * the data in memory: the session still loses nothing.
 */
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
let cachedLocal: ProgressSnapshot = { events: [], localDone: [], rejections: [] };

function localSnapshot(): ProgressSnapshot {
  const raws = KEYS.map(readRaw);
  const raw = JSON.stringify(raws);
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedLocal = {
      events: parseList<QueuedEvent>(raws[0]!).filter((e) => e && typeof e.clientEventId === 'string'),
      localDone: parseList<string>(raws[1]!).filter((id) => typeof id === 'string'),
      rejections: parseList<Rejection>(raws[2]!),
    };
  }
  return cachedLocal;
}

/** The store, once it is IndexedDB; from then on `mirror` is the page's copy of what it holds. */
let idb: QueueStore | null = null;
let mirror: ProgressSnapshot = cachedLocal;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

function setMirror(next: ProgressSnapshot): void {
  if (JSON.stringify(next) === JSON.stringify(mirror)) return;
  mirror = next;
  changed();
}

/** The current queue; the same object until something changes (what useSyncExternalStore needs). */
export function snapshot(): ProgressSnapshot {
  return idb ? mirror : localSnapshot();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void ready();
  // Another tab of the same browser may send or add events (in IndexedDB the store tells: see `store`).
  const onStorage = (e: StorageEvent) => {
    if (!idb && (e.key === null || KEYS.includes(e.key))) listener();
  };
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
  };
}

let opened: Promise<QueueStore | null> | null = null;
/** Changes made on this page and not yet written to IndexedDB (in order). */
const unwritten: QueueOp[] = [];
let chain: Promise<void> = Promise.resolve();
let loaded: Promise<void> | null = null;

function store(): Promise<QueueStore | null> {
  opened ??= import('./queue-store.js')
    .then((m) => m.openQueueStore())
    .then(async (s) => {
      if (!s.indexedDB) return s;
      // From now on the changes go to IndexedDB; what localStorage holds (this page's too) is moved over.
      idb = s;
      mirror = localSnapshot();
      s.onChange(() => void reload());
      await s.moveFromLocalStorage();
      return s;
    })
    .catch(() => {
      opened = null; // the code could not load (offline, not cached yet): localStorage meanwhile, tried again later
      return null;
    });
  return opened;
}

/** Runs after every change asked for before it is written. */
function queued(task: (s: QueueStore) => Promise<void>): Promise<void> {
  const next = chain.then(async () => {
    const s = await store();
    if (!s?.indexedDB) return;
    while (unwritten.length > 0) {
      await s.apply(unwritten[0]!);
      unwritten.shift();
    }
    await task(s);
  });
  // A write that failed stays in `unwritten` (and on the page) and is tried again with the next change.
  chain = next.catch(() => undefined);
  return chain;
}

function change(op: QueueOp): void {
  if (!idb) {
    const before = localSnapshot();
    const after = applyOp(before, op);
    if (after.events !== before.events) writeRaw(QUEUE_KEY, JSON.stringify(after.events));
    if (after.localDone !== before.localDone) writeRaw(LOCAL_DONE_KEY, JSON.stringify(after.localDone));
    if (after.rejections !== before.rejections) writeRaw(REJECTED_KEY, JSON.stringify(after.rejections));
    if (after !== before) changed();
    return;
  }
  setMirror(applyOp(mirror, op));
  unwritten.push(op);
  void queued(async () => undefined);
}

/** Reads the queue again from the store (after this page's own changes are written). */
export function reload(): Promise<void> {
  // Changes made while it was reading stay on top (they are written next).
  return queued(async (s) => {
    const stored = await s.read();
    setMirror(unwritten.reduce(applyOp, stored));
  });
}

/** Resolves once the page's copy has been read from the store (the first time), for pages that read it at once. */
export function ready(): Promise<void> {
  loaded ??= reload();
  return loaded;
}

/** Resolves once every change made on this page so far is written. */
export function written(): Promise<void> {
  return queued(async () => undefined);
}

/**
 * Runs `task` while no other tab runs one (the sender: one tab sends at a time, so an event is not sent by two
 * tabs at once), with the queue freshly read; the changes it makes are written before the next tab's turn.
 */
export async function exclusively<T>(task: () => Promise<T>): Promise<T> {
  const s = await store();
  if (!s) return task();
  return s.withSendLock(async () => {
    await reload();
    try {
      return await task();
    } finally {
      await written();
    }
  });
}

/** Tells the other tabs something this tab learnt (what the API answered for events it sent). */
export function tellOtherTabs(message: unknown): void {
  void store().then((s) => s?.post(message));
}

/** What other tabs tell this one (see `tellOtherTabs`). */
export function listenToOtherTabs(listener: (message: unknown) => void): () => void {
  let stop = () => {};
  let stopped = false;
  void store().then((s) => {
    if (s && !stopped) stop = s.onMessage(listener);
  });
  return () => {
    stopped = true;
    stop();
  };
}

export function newEventId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Old browsers without randomUUID (served over http on a local network): still 8–100 characters, still unique enough.
  return `e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export function enqueue(event: QueuedEvent): void {
  change({ type: 'add', event });
}

export function remove(clientEventIds: readonly string[]): void {
  if (clientEventIds.length > 0) change({ type: 'remove', ids: [...clientEventIds] });
}

/**
 * A visitor who signs in or signs up takes over what they did before: their anonymous events are now theirs, and
 * the device-only list of done lessons is no longer needed (the account will have them).
 */
export function claimAnonymous(userId: string): void {
  const { events, localDone } = snapshot();
  if (events.some((e) => e.userId === null) || localDone.length > 0) change({ type: 'claim', userId });
}

export function addLocalDone(lessonId: string): void {
  change({ type: 'localDone', lessonId });
}

export function addRejections(rejections: readonly Rejection[]): void {
  if (rejections.length > 0) change({ type: 'reject', rejections: [...rejections] });
}

export function dismissRejections(clientEventIds: readonly string[]): void {
  if (clientEventIds.length > 0) change({ type: 'dismiss', ids: [...clientEventIds] });
}
