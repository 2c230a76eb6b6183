import type { Page } from 'playwright-core';

/**
 * The progress queue as the page keeps it (apps/web/src/shared/progress/queue-store.ts): IndexedDB `lantoa-progress`,
 * one record per event in `events`. Read without creating the database when it is not there yet (an empty one made
 * here would have no stores, and the app's upgrade would never run).
 */
export function queuedEvents(page: Page): Promise<{ clientEventId: string; kind: string; userId: string | null }[]> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'lantoa-progress')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('lantoa-progress');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      if (!db.objectStoreNames.contains('events')) return [];
      return await new Promise((resolve, reject) => {
        const all = db.transaction('events').objectStore('events').getAll();
        all.onsuccess = () => resolve(all.result as { clientEventId: string; kind: string; userId: string | null }[]);
        all.onerror = () => reject(all.error);
      });
    } finally {
      db.close();
    }
  });
}

/** Waits until the queue holds `count` events (a condition, not a sleep). */
export async function waitForQueued(page: Page, count: number, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = -1;
  while (Date.now() < until) {
    last = (await queuedEvents(page)).length;
    if (last === count) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the progress queue holds ${last} events, not ${count}`);
}
