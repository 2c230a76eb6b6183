import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
// Types only: queue.ts stays in the first page's chunk, this module in its own.
import type { ProgressSnapshot, QueuedEvent, Rejection } from './queue.js';

/**
 * Where the progress queue is kept (loaded after the first page, through queue.ts): IndexedDB, one record per event
 * under its client id, so two tabs writing at once add and delete single records instead of overwriting each other's
 * list. A queue that an earlier release left in localStorage is moved over once, under the send lock, and an event
 * moved is noted in the same transaction, so it is never moved (or sent) twice. One tab sends at a time: Web Locks
 * where the browser has them, otherwise a lease in the database (a tab that dies lets go after LEASE_MS). The tabs
 * tell each other about changes through a BroadcastChannel (or, without one, a storage event).
 * Without IndexedDB (blocked, very old browser) the queue stays in localStorage as before.
 */
export type QueueOp =
  | { type: 'add'; event: QueuedEvent }
  | { type: 'remove'; ids: string[] }
  | { type: 'claim'; userId: string }
  | { type: 'localDone'; lessonId: string }
  | { type: 'reject'; rejections: Rejection[] }
  | { type: 'dismiss'; ids: string[] };

export interface QueueStore {
  /** false: no IndexedDB here; the page keeps the queue in localStorage (queue.ts) and uses only the lock and the channel. */
  indexedDB: boolean;
  /** Moves what localStorage holds into IndexedDB, under the send lock. */
  moveFromLocalStorage(): Promise<void>;
  read(): Promise<ProgressSnapshot>;
  /** Writes one change in one transaction, then tells the other tabs. */
  apply(op: QueueOp): Promise<void>;
  /** Runs `task` while no other tab (and no other call here) runs one. Not re-entrant. */
  withSendLock<T>(task: () => Promise<T>): Promise<T>;
  /** Another tab changed the queue (or an older release's tab wrote to localStorage and it was moved over). */
  onChange(listener: () => void): () => void;
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): () => void;
  close(): void;
}

export interface StoreOptions {
  /** Tests give each "device" its own database and channel; two tabs of one device share them. */
  dbName?: string;
  channelName?: string;
  /** false: as a browser without IndexedDB (the queue stays in localStorage). */
  useIndexedDB?: boolean;
  locks?: LockManager | null;
  storage?: Storage | null;
  Channel?: typeof BroadcastChannel | null;
}

export const LEGACY_KEYS = {
  events: 'lantoa.progress.queue',
  localDone: 'lantoa.progress.localDone',
  rejections: 'lantoa.progress.rejected',
} as const;
const LOCK_NAME = 'lantoa.progress.send';
const PING_KEY = 'lantoa.progress.changed';
export const LEASE_MS = 10_000;
const LEASE_POLL_MS = 200;

interface ProgressDB extends DBSchema {
  events: { key: string; value: QueuedEvent };
  localDone: { key: string; value: string };
  rejections: { key: string; value: Rejection };
  /** Ids moved from localStorage (events, and rejections as `rejection:<id>`). */
  moved: { key: string; value: true };
  meta: { key: string; value: { owner: string; until: number } };
}

type Message = { type: 'changed' } | { type: 'message'; message: unknown };

function parseList<T>(raw: string | null | undefined): T[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

function readLegacy(storage: Storage | null): ProgressSnapshot {
  const get = (key: string) => {
    try {
      return storage?.getItem(key);
    } catch {
      return null;
    }
  };
  return {
    events: parseList<QueuedEvent>(get(LEGACY_KEYS.events)).filter((e) => e && typeof e.clientEventId === 'string'),
    localDone: parseList<string>(get(LEGACY_KEYS.localDone)).filter((id) => typeof id === 'string'),
    rejections: parseList<Rejection>(get(LEGACY_KEYS.rejections)).filter((r) => r && typeof r.clientEventId === 'string'),
  };
}

function writeLegacy(storage: Storage | null, data: ProgressSnapshot): void {
  const entries: [string, readonly unknown[]][] = [
    [LEGACY_KEYS.events, data.events],
    [LEGACY_KEYS.localDone, data.localDone],
    [LEGACY_KEYS.rejections, data.rejections],
  ];
  for (const [key, list] of entries) {
    if (list.length > 0) storage?.setItem(key, JSON.stringify(list));
    else storage?.removeItem(key);
  }
}

const isEmpty = (d: ProgressSnapshot) => d.events.length === 0 && d.localDone.length === 0 && d.rejections.length === 0;

const byTime = (a: QueuedEvent, b: QueuedEvent) =>
  a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.clientEventId < b.clientEventId ? -1 : 1;

/** Moves a localStorage queue into the database; only what was moved leaves localStorage (an older tab may add more). */
async function moveLegacy(db: IDBPDatabase<ProgressDB>, storage: Storage | null): Promise<boolean> {
  const legacy = readLegacy(storage);
  if (isEmpty(legacy)) return false;
  const tx = db.transaction(['events', 'localDone', 'rejections', 'moved'], 'readwrite');
  const moved = tx.objectStore('moved');
  for (const event of legacy.events) {
    if (await moved.getKey(event.clientEventId)) continue; // moved before, perhaps sent since: not again
    await moved.put(true, event.clientEventId);
    const events = tx.objectStore('events');
    if (!(await events.getKey(event.clientEventId))) await events.put(event);
  }
  for (const lessonId of legacy.localDone) await tx.objectStore('localDone').put(lessonId, lessonId);
  for (const rejection of legacy.rejections) {
    const key = `rejection:${rejection.clientEventId}`;
    if (await moved.getKey(key)) continue;
    await moved.put(true, key);
    await tx.objectStore('rejections').put(rejection);
  }
  await tx.done;
  const now = readLegacy(storage);
  const events = new Set(legacy.events.map((e) => e.clientEventId));
  const done = new Set(legacy.localDone);
  const rejections = new Set(legacy.rejections.map((r) => r.clientEventId));
  writeLegacy(storage, {
    events: now.events.filter((e) => !events.has(e.clientEventId)),
    localDone: now.localDone.filter((id) => !done.has(id)),
    rejections: now.rejections.filter((r) => !rejections.has(r.clientEventId)),
  });
  return true;
}

function defaults(options: StoreOptions) {
  const g = globalThis as typeof globalThis & { indexedDB?: IDBFactory };
  let storage: Storage | null = null;
  try {
    storage = options.storage !== undefined ? options.storage : typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // localStorage itself can throw (blocked storage).
  }
  return {
    dbName: options.dbName ?? 'lantoa-progress',
    channelName: options.channelName ?? 'lantoa.progress',
    idb: options.useIndexedDB !== false && Boolean(g.indexedDB),
    locks: options.locks !== undefined ? options.locks : typeof navigator !== 'undefined' ? (navigator.locks ?? null) : null,
    storage,
    Channel: options.Channel !== undefined ? options.Channel : typeof BroadcastChannel === 'undefined' ? null : BroadcastChannel,
  };
}

export async function openQueueStore(options: StoreOptions = {}): Promise<QueueStore> {
  const { dbName, channelName, idb, locks, storage, Channel } = defaults(options);

  let db: IDBPDatabase<ProgressDB> | null = null;
  if (idb) {
    try {
      db = await openDB<ProgressDB>(dbName, 1, {
        upgrade(database) {
          database.createObjectStore('events', { keyPath: 'clientEventId' });
          database.createObjectStore('localDone');
          database.createObjectStore('rejections', { keyPath: 'clientEventId' });
          database.createObjectStore('moved');
          database.createObjectStore('meta');
        },
      });
    } catch {
      db = null; // e.g. IndexedDB refused in a private window: localStorage as before
    }
  }

  // Telling the other tabs.
  const changeListeners = new Set<() => void>();
  const messageListeners = new Set<(message: unknown) => void>();
  const receive = (m: Message | null | undefined) => {
    if (m?.type === 'changed') for (const l of changeListeners) l();
    else if (m?.type === 'message') for (const l of messageListeners) l(m.message);
  };
  const channel = Channel ? new Channel(channelName) : null;
  if (channel) channel.onmessage = (e: MessageEvent<Message>) => receive(e.data);
  const send = (m: Message) => {
    if (channel) channel.postMessage(m);
    else {
      try {
        storage?.setItem(PING_KEY, JSON.stringify({ ...m, n: Math.random() }));
      } catch {
        // No way to tell the other tabs: they read the queue again when they next send.
      }
    }
  };

  // One sender at a time.
  let local: Promise<unknown> = Promise.resolve();
  const inThisTab = <T>(task: () => Promise<T>): Promise<T> => {
    const run = local.then(task, task);
    local = run.catch(() => undefined);
    return run;
  };
  const lease = async <T>(database: IDBPDatabase<ProgressDB>, task: () => Promise<T>): Promise<T> => {
    const owner = `${Date.now()}-${Math.random()}`;
    const take = async () => {
      const tx = database.transaction('meta', 'readwrite');
      const held = await tx.store.get('sender');
      const free = !held || held.owner === owner || held.until < Date.now();
      if (free) await tx.store.put({ owner, until: Date.now() + LEASE_MS }, 'sender');
      await tx.done;
      return free;
    };
    while (!(await take())) await new Promise((resolve) => setTimeout(resolve, LEASE_POLL_MS));
    const renew = setInterval(() => void take().catch(() => undefined), LEASE_MS / 3);
    try {
      return await task();
    } finally {
      clearInterval(renew);
      const tx = database.transaction('meta', 'readwrite');
      if ((await tx.store.get('sender'))?.owner === owner) await tx.store.delete('sender');
      await tx.done;
    }
  };
  const withSendLock = <T>(task: () => Promise<T>): Promise<T> => {
    if (locks) return locks.request(LOCK_NAME, () => task()) as Promise<T>;
    return inThisTab(() => (db ? lease(db, task) : task()));
  };

  // The move from localStorage: now, and whenever a tab of an older release writes its queue there.
  const move = async () => {
    if (!db || isEmpty(readLegacy(storage))) return;
    if (await withSendLock(() => moveLegacy(db!, storage))) {
      send({ type: 'changed' });
      for (const l of changeListeners) l();
    }
  };
  const onStorage = (e: StorageEvent) => {
    if (e.key === PING_KEY && e.newValue) receive(JSON.parse(e.newValue) as Message);
    else if (db && (e.key === null || e.key === LEGACY_KEYS.events) && e.newValue !== null) void move().catch(() => undefined);
    else if (!db && (e.key === null || Object.values<string>(LEGACY_KEYS).includes(e.key))) receive({ type: 'changed' });
  };
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);

  async function read(): Promise<ProgressSnapshot> {
    if (!db) return readLegacy(storage);
    const tx = db.transaction(['events', 'localDone', 'rejections']);
    const [events, localDone, rejections] = await Promise.all([
      tx.objectStore('events').getAll(),
      tx.objectStore('localDone').getAll(),
      tx.objectStore('rejections').getAll(),
    ]);
    await tx.done;
    return { events: events.sort(byTime), localDone, rejections };
  }

  async function write(database: IDBPDatabase<ProgressDB>, op: QueueOp): Promise<void> {
    switch (op.type) {
      case 'add': {
        const tx = database.transaction('events', 'readwrite');
        if (!(await tx.store.getKey(op.event.clientEventId))) await tx.store.put(op.event);
        return tx.done;
      }
      case 'remove':
      case 'dismiss': {
        const tx = database.transaction(op.type === 'remove' ? 'events' : 'rejections', 'readwrite');
        await Promise.all(op.ids.map((id) => tx.store.delete(id)));
        return tx.done;
      }
      case 'claim': {
        const tx = database.transaction(['events', 'localDone'], 'readwrite');
        for (let cursor = await tx.objectStore('events').openCursor(); cursor; cursor = await cursor.continue()) {
          if (cursor.value.userId === null) await cursor.update({ ...cursor.value, userId: op.userId });
        }
        await tx.objectStore('localDone').clear();
        return tx.done;
      }
      case 'localDone':
        await database.put('localDone', op.lessonId, op.lessonId);
        return;
      case 'reject': {
        const tx = database.transaction('rejections', 'readwrite');
        await Promise.all(op.rejections.map((r) => tx.store.put(r)));
        return tx.done;
      }
    }
  }

  return {
    indexedDB: db !== null,
    moveFromLocalStorage: move,
    read,
    async apply(op) {
      if (!db) throw new Error('No IndexedDB: queue.ts writes to localStorage itself');
      await write(db, op);
      send({ type: 'changed' });
    },
    withSendLock,
    onChange(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    post(message) {
      send({ type: 'message', message });
    },
    onMessage(listener) {
      messageListeners.add(listener);
      return () => messageListeners.delete(listener);
    },
    close() {
      if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      channel?.close();
      db?.close();
    },
  };
}
