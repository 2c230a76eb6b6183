import '../../testing/fake-indexeddb.js';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { waitFor } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { BroadcastChannel as NodeBroadcastChannel } from 'node:worker_threads';
import { SESSION } from '../../features/account/fixtures.js';
import type * as QueueModule from './queue.js';
import type { QueuedEvent } from './queue.js';
import { LEGACY_KEYS, openQueueStore } from './queue-store.js';
import type * as SyncModule from './sync.js';

/*
 * Two tabs of one browser, for real: each "tab" is its own copy of the queue, the sender and the session modules
 * (jest.isolateModulesAsync), sharing what tabs share: IndexedDB, localStorage, the BroadcastChannel, the lock
 * manager and the API (one fetch, which behaves as the API does: each client id taken once, DUPLICATE after).
 */

// jsdom has no BroadcastChannel; Node's delivers between instances of one process (unref'd: no open handle).
class TestChannel extends NodeBroadcastChannel {
  constructor(name: string) {
    super(name);
    this.unref();
  }
}

/** Web Locks as the browser gives them: one holder per name, the others wait in turn. */
function fakeLocks(): LockManager {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request: (name: string, callback: (lock: Lock | null) => Promise<unknown>) => {
      const run = (tails.get(name) ?? Promise.resolve()).then(() => callback({ name, mode: 'exclusive' } as Lock));
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
    query: async () => ({ held: [], pending: [] }),
  } as unknown as LockManager;
}

interface Api {
  online: boolean;
  /** Every syncProgress request, as the ids it carried. */
  requests: string[][];
  /** Ids the API applied (once each, like the unique key on client_event_id). */
  applied: Map<string, number>;
  /** Most requests at the same time. */
  maxInFlight: number;
}

function fakeApi(): Api {
  const api: Api = { online: true, requests: [], applied: new Map(), maxInFlight: 0 };
  let inFlight = 0;
  globalThis.fetch = (async (_url: string, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables: { input: { events: { clientEventId: string }[] } } };
    if (!body.query.includes('SyncProgress')) throw new Error(`unexpected request ${body.query.slice(0, 40)}`);
    inFlight += 1;
    api.maxInFlight = Math.max(api.maxInFlight, inFlight);
    try {
      // A slow network: long enough for the other tab to try sending meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 30));
      if (!api.online) throw new TypeError('Failed to fetch');
      const ids = body.variables.input.events.map((e) => e.clientEventId);
      api.requests.push(ids);
      const syncProgress = ids.map((clientEventId) => {
        const seen = api.applied.has(clientEventId);
        api.applied.set(clientEventId, (api.applied.get(clientEventId) ?? 0) + 1);
        return { clientEventId, status: seen ? 'DUPLICATE' : 'APPLIED', reason: null };
      });
      return { ok: true, status: 200, json: async () => ({ data: { syncProgress } }) } as Response;
    } finally {
      inFlight -= 1;
    }
  }) as typeof fetch;
  return api;
}

type Tab = {
  queue: typeof QueueModule;
  sync: typeof SyncModule;
  stop: () => void;
};

const tabs: Tab[] = [];

async function openTab(): Promise<Tab> {
  let tab: Tab | undefined;
  await jest.isolateModulesAsync(async () => {
    const queue = await import('./queue.js');
    const sync = await import('./sync.js');
    const { sessionStore } = await import('../auth/session-store.js');
    sessionStore.set(SESSION);
    tab = { queue, sync, stop: sync.startProgressSync(() => undefined) };
  });
  tabs.push(tab!);
  return tab!;
}

/** Two tabs, opened one right after the other (their stores open, move and send at the same time). */
async function openTabs(): Promise<[Tab, Tab]> {
  const a = await openTab();
  return [a, await openTab()];
}

function event(i: number, userId: string | null = SESSION.user.id): QueuedEvent {
  return {
    clientEventId: `event-${String(i).padStart(4, '0')}`,
    kind: 'LESSON_COMPLETED',
    lessonId: `lesson-${i}`,
    occurredAt: new Date(Date.UTC(2026, 11, 1, 3, 0, i)).toISOString(),
    userId,
    anonymous: userId === null,
  };
}

const ids = (events: readonly QueuedEvent[]) => events.map((e) => e.clientEventId);

async function storedEvents(): Promise<string[]> {
  const store = await openQueueStore({ Channel: null, locks: null, storage: null });
  try {
    return ids((await store.read()).events);
  } finally {
    store.close();
  }
}

describe('the progress queue in IndexedDB, shared by two tabs', () => {
  let api: Api;

  beforeEach(() => {
    // A fresh browser profile for each test.
    globalThis.indexedDB = new IDBFactory();
    localStorage.clear();
    (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel = TestChannel;
    Object.defineProperty(navigator, 'locks', { value: fakeLocks(), configurable: true });
    api = fakeApi();
  });
  afterEach(() => {
    for (const tab of tabs.splice(0)) tab.stop();
    jest.restoreAllMocks();
  });

  it('moves a queue left in localStorage by the last release into IndexedDB once, with two tabs opening together', async () => {
    const legacy = [event(1), event(2), event(3)];
    localStorage.setItem(LEGACY_KEYS.events, JSON.stringify(legacy));
    localStorage.setItem(
      LEGACY_KEYS.rejections,
      JSON.stringify([{ clientEventId: 'old', kind: 'QUIZ_SUBMITTED', userId: 'u1', reason: null }]),
    );
    api.online = false; // kept, so what was moved can be looked at

    const [a, b] = await openTabs();
    await waitFor(() => expect(a.sync.syncState().waiting && b.sync.syncState().waiting).toBe(true));

    expect(await storedEvents()).toEqual(ids(legacy));
    expect(localStorage.getItem(LEGACY_KEYS.events)).toBeNull();
    expect(localStorage.getItem(LEGACY_KEYS.rejections)).toBeNull();
    // Both tabs show the same three waiting, and the refusal the last release kept.
    expect(ids(a.queue.snapshot().events)).toEqual(ids(legacy));
    expect(ids(b.queue.snapshot().events)).toEqual(ids(legacy));
    expect(a.queue.snapshot().rejections.map((r) => r.clientEventId)).toEqual(['old']);

    api.online = true;
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(a.queue.snapshot().events.length + b.queue.snapshot().events.length).toBe(0));
    expect([...api.applied.entries()].sort()).toEqual(ids(legacy).map((id) => [id, 1]));
    expect(await storedEvents()).toEqual([]);
  });

  it.each([
    ['with Web Locks', true],
    ['without Web Locks (a lease in IndexedDB)', false],
  ])('two tabs back online at once send one at a time, every event once (%s)', async (_name, withLocks) => {
    if (!withLocks) Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });
    api.online = false;
    const [a, b] = await openTabs();
    for (let i = 0; i < 25; i++) (i % 2 ? a : b).queue.enqueue(event(i));
    // Each tab sees what the other one added (the count in the header is the same in both).
    await waitFor(() => expect(a.queue.snapshot().events).toHaveLength(25));
    await waitFor(() => expect(b.queue.snapshot().events).toHaveLength(25));
    expect(a.queue.snapshot().events).toEqual(b.queue.snapshot().events);

    api.online = true;
    window.dispatchEvent(new Event('online'));
    await Promise.all([a.sync.flush(), b.sync.flush()]);
    await waitFor(() => expect(a.queue.snapshot().events.length + b.queue.snapshot().events.length).toBe(0));

    expect(api.maxInFlight).toBe(1);
    // 25 events, in batches of 20: two requests in all, none sent twice.
    expect(api.requests.flat().sort()).toEqual(Array.from({ length: 25 }, (_, i) => event(i).clientEventId).sort());
    expect([...api.applied.values()].every((n) => n === 1)).toBe(true);
    expect(await storedEvents()).toEqual([]);
  });

  it('keeps the events when the send fails, for this tab and for a tab opened later', async () => {
    api.online = false;
    const a = await openTab();
    a.queue.enqueue(event(1));
    a.queue.enqueue(event(2));
    await a.sync.flush();
    expect(a.sync.syncState().waiting).toBe(true);
    expect(ids(a.queue.snapshot().events)).toEqual([event(1).clientEventId, event(2).clientEventId]);
    expect(await storedEvents()).toEqual([event(1).clientEventId, event(2).clientEventId]);
    expect(api.applied.size).toBe(0);

    a.stop();
    const later = await openTab();
    await later.queue.ready();
    expect(ids(later.queue.snapshot().events)).toEqual([event(1).clientEventId, event(2).clientEventId]);
    api.online = true;
    await later.sync.flush();
    expect(later.queue.snapshot().events).toEqual([]);
    expect([...api.applied.keys()].sort()).toEqual([event(1).clientEventId, event(2).clientEventId]);
  });

  it('tells the other tab what the API answered: its "đã học" is saved even when this tab sent it', async () => {
    api.online = false;
    const [a, b] = await openTabs();
    const saving = b.sync.recordLessonDone('lesson-b');
    await waitFor(() => expect(a.queue.snapshot().events).toHaveLength(1));
    const [queued] = a.queue.snapshot().events;
    expect(await saving).toEqual({ status: 'queued' });

    api.online = true;
    await a.sync.flush();
    expect(api.applied.get(queued!.clientEventId)).toBe(1);
    // Tab b learns it through the channel: the answer, the lesson shown as done, the queue empty.
    await waitFor(() => expect(b.sync.outcomeOf(queued!.clientEventId)).toEqual({ status: 'APPLIED' }));
    await waitFor(() => expect(b.queue.snapshot().events).toEqual([]));
    expect(b.sync.syncState().confirmedLessons).toContain('lesson-b');
  });
});

describe('moving the localStorage queue', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    localStorage.clear();
  });

  it('never moves an event twice, even when localStorage kept it (the tab closed between the two steps)', async () => {
    const legacy = JSON.stringify([event(1), event(2)]);
    localStorage.setItem(LEGACY_KEYS.events, legacy);
    const store = await openQueueStore({ Channel: null, locks: null });
    await store.moveFromLocalStorage();
    expect(ids((await store.read()).events)).toEqual([event(1).clientEventId, event(2).clientEventId]);
    // Sent since, then the old copy comes back (as if clearing localStorage had not happened).
    await store.apply({ type: 'remove', ids: [event(1).clientEventId, event(2).clientEventId] });
    localStorage.setItem(LEGACY_KEYS.events, legacy);
    await store.moveFromLocalStorage();
    expect((await store.read()).events).toEqual([]);
    expect(localStorage.getItem(LEGACY_KEYS.events)).toBeNull();
    store.close();
  });

  it('moves what a tab of the older release adds to localStorage later (it says so with a storage event)', async () => {
    const changed = jest.fn();
    const store = await openQueueStore({ Channel: null, locks: null });
    store.onChange(changed);
    await store.apply({ type: 'add', event: event(1) });
    const later = JSON.stringify([event(7, null)]);
    localStorage.setItem(LEGACY_KEYS.events, later);
    localStorage.setItem(LEGACY_KEYS.localDone, JSON.stringify(['lesson-7']));
    window.dispatchEvent(new StorageEvent('storage', { key: LEGACY_KEYS.events, newValue: later }));
    await waitFor(() => expect(changed).toHaveBeenCalled());
    const data = await store.read();
    expect(ids(data.events)).toEqual([event(1).clientEventId, event(7).clientEventId]);
    expect(data.events[1]).toEqual(event(7, null));
    expect(data.localDone).toEqual(['lesson-7']);
    expect(localStorage.getItem(LEGACY_KEYS.events)).toBeNull();
    store.close();
  });

  it('keeps the queue in localStorage where there is no IndexedDB', async () => {
    const store = await openQueueStore({ Channel: null, locks: null, useIndexedDB: false });
    expect(store.indexedDB).toBe(false);
    localStorage.setItem(LEGACY_KEYS.events, JSON.stringify([event(1)]));
    await store.moveFromLocalStorage();
    expect(JSON.parse(localStorage.getItem(LEGACY_KEYS.events)!)).toEqual([event(1)]);
    await expect(store.apply({ type: 'remove', ids: [event(1).clientEventId] })).rejects.toThrow();
    store.close();
  });
});
