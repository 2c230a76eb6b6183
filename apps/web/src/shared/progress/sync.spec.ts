import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { waitFor } from '@testing-library/react';
import { SESSION } from '../../features/account/fixtures.js';
import { syncAnswer } from '../../features/learning/fixtures.js';
import { stubOperations } from '../../testing/render-app.js';
import { sessionStore } from '../auth/session-store.js';
import * as queue from './queue.js';
import { flush, recordLessonDone, startProgressSync, syncState } from './sync.js';

const LESSON = '11111111-1111-4111-8111-000000000001';

function queued(n: number, userId: string | null = SESSION.user.id): queue.QueuedEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    clientEventId: `event-${String(i).padStart(4, '0')}`,
    kind: 'LESSON_COMPLETED' as const,
    lessonId: `lesson-${i}`,
    occurredAt: '2025-09-02T03:00:00.000Z',
    userId,
    anonymous: userId === null,
  }));
}

const sentIds = (calls: ReturnType<typeof stubOperations>) =>
  calls
    .filter((c) => c.operation === 'SyncProgress')
    .map((c) => (c.variables.input as { events: { clientEventId: string }[] }).events.map((e) => e.clientEventId));

describe('the progress queue', () => {
  let stop: () => void = () => undefined;

  beforeEach(() => {
    localStorage.clear();
    sessionStore.set(null);
  });
  afterEach(() => {
    stop();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('keeps an event whose request failed, and sends it when the phone is back online', async () => {
    let online = false;
    const calls = stubOperations({ SyncProgress: (v) => (online ? syncAnswer('APPLIED')(v) : new TypeError('Failed to fetch')) });
    sessionStore.set(SESSION);
    stop = startProgressSync(() => undefined);

    expect(await recordLessonDone(LESSON)).toEqual({ status: 'queued' });
    const [event] = queue.snapshot().events;
    expect(event).toMatchObject({ kind: 'LESSON_COMPLETED', lessonId: LESSON, userId: SESSION.user.id, anonymous: false });
    expect(event!.clientEventId.length).toBeGreaterThanOrEqual(8);
    expect(Number.isNaN(Date.parse(event!.occurredAt))).toBe(false);
    expect(JSON.parse(localStorage.getItem('lantoa.progress.queue')!)).toHaveLength(1);
    expect(syncState().waiting).toBe(true);

    online = true;
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(queue.snapshot().events).toEqual([]));
    // The same event, with the same id, went the second time.
    expect(sentIds(calls)).toEqual([[event!.clientEventId], [event!.clientEventId]]);
    expect(syncState().waiting).toBe(false);
  });

  it('retries a server error with a growing wait, and keeps the events meanwhile', async () => {
    jest.useFakeTimers();
    jest.spyOn(Math, 'random').mockReturnValue(0.5); // no jitter: 2 s, then 4 s
    let answers = 0;
    const calls = stubOperations({
      SyncProgress: (v) =>
        ++answers < 3
          ? { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }
          : syncAnswer('APPLIED')(v),
    });
    localStorage.setItem('lantoa.progress.queue', JSON.stringify(queued(2)));
    sessionStore.set(SESSION);
    stop = startProgressSync(() => undefined);
    await jest.advanceTimersByTimeAsync(0);
    expect(sentIds(calls)).toHaveLength(1);
    expect(queue.snapshot().events).toHaveLength(2);

    await jest.advanceTimersByTimeAsync(1_000);
    expect(sentIds(calls)).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(2_000); // first wait: about 2 s
    expect(sentIds(calls)).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(2_500);
    expect(sentIds(calls)).toHaveLength(2); // second wait: 4 s
    await jest.advanceTimersByTimeAsync(1_500);
    expect(sentIds(calls)).toHaveLength(3);
    expect(queue.snapshot().events).toEqual([]);
  });

  it('takes an event out of the queue when the API answers DUPLICATE (it had it already)', async () => {
    stubOperations({ SyncProgress: syncAnswer('DUPLICATE') });
    const events = queued(1);
    localStorage.setItem('lantoa.progress.queue', JSON.stringify(events));
    sessionStore.set(SESSION);
    stop = startProgressSync(() => undefined);
    await flush();
    expect(queue.snapshot().events).toEqual([]);
    expect(queue.snapshot().rejections).toEqual([]);
  });

  it('takes a REJECTED event out, and keeps its reason to show the learner', async () => {
    const reason = { vi: 'Không tìm thấy bài học này.', en: 'This lesson was not found.' };
    stubOperations({ SyncProgress: syncAnswer('REJECTED', reason) });
    localStorage.setItem('lantoa.progress.queue', JSON.stringify(queued(1)));
    sessionStore.set(SESSION);
    stop = startProgressSync(() => undefined);
    await flush();
    expect(queue.snapshot().events).toEqual([]);
    expect(queue.snapshot().rejections).toEqual([
      { clientEventId: 'event-0000', kind: 'LESSON_COMPLETED', userId: SESSION.user.id, reason },
    ]);
  });

  it('sends in batches of at most 20, only the signed-in learner’s events', async () => {
    const calls = stubOperations({ SyncProgress: syncAnswer('APPLIED') });
    const someoneElse = { ...queued(1, 'u-other')[0]!, clientEventId: 'other-person-event' };
    localStorage.setItem('lantoa.progress.queue', JSON.stringify([...queued(45), someoneElse]));
    sessionStore.set(SESSION);
    stop = startProgressSync(() => undefined);
    await flush();
    expect(sentIds(calls).map((batch) => batch.length)).toEqual([20, 20, 5]);
    expect(queue.snapshot().events).toEqual([someoneElse]);
  });

  it('keeps a visitor’s progress on the device, then sends it through syncProgress once they sign in', async () => {
    const applied = jest.fn();
    const calls = stubOperations({ SyncProgress: syncAnswer('APPLIED') });
    stop = startProgressSync(applied);
    expect(await recordLessonDone(LESSON)).toEqual({ status: 'local' });
    expect(queue.snapshot().events[0]).toMatchObject({ userId: null, anonymous: true, lessonId: LESSON });
    expect(queue.snapshot().localDone).toEqual([LESSON]);
    expect(calls).toEqual([]);

    sessionStore.set(SESSION);
    await waitFor(() => expect(queue.snapshot().events).toEqual([]));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.variables).toEqual({
      input: {
        events: [{ clientEventId: expect.any(String), kind: 'LESSON_COMPLETED', lessonId: LESSON, occurredAt: expect.any(String) }],
      },
    });
    expect(queue.snapshot().localDone).toEqual([]);
    expect(applied).toHaveBeenCalled();
  });
});
