import { sessionStore } from '../auth/session-store.js';
import { execute, GraphQLRequestError } from '../graphql/execute.js';
import { SyncProgressMutation } from './progress.graphql.js';
import * as queue from './queue.js';
import type { LocalizedReason, QueuedEvent } from './queue.js';
import { IDLE, setSyncState as setState, syncState } from './sync-state.js';

export { subscribeSyncState, syncState, type SyncState } from './sync-state.js';

/**
 * Sends the queue through `syncProgress`, 20 events at a time. An event leaves the queue once the API has answered
 * for it (APPLIED, DUPLICATE or REJECTED); a failed request (no network, server error) leaves everything where it
 * was and is tried again later, sooner when the phone is back online. Every event carries its own id, so sending
 * one twice is safe.
 */
export const BATCH_SIZE = 20;
const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 5 * 60_000;

export type Outcome = { status: 'APPLIED' | 'DUPLICATE' } | { status: 'REJECTED'; reason: LocalizedReason | null };

/** What the API answered for each event sent since the page loaded, for the page that is waiting on it. */
const outcomes = new Map<string, Outcome>();
/** Events a page is sending itself (a quiz waiting for its grade): the background sender leaves them alone. */
const busy = new Set<string>();
let failures = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> | null = null;
let again = false;
let onApplied: (() => void) | null = null;

export function outcomeOf(clientEventId: string): Outcome | undefined {
  return outcomes.get(clientEventId);
}

/** No network, a timeout or a server error: worth trying again. "Not allowed" or "wrong input" will not change. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof GraphQLRequestError) {
    return (
      error.code === 'NETWORK_ERROR' ||
      error.code === 'INTERNAL_SERVER_ERROR' ||
      error.status >= 500 ||
      [0, 408, 429].includes(error.status)
    );
  }
  return true;
}

function toInput(e: QueuedEvent) {
  return {
    clientEventId: e.clientEventId,
    kind: e.kind,
    occurredAt: e.occurredAt,
    ...(e.lessonId ? { lessonId: e.lessonId } : {}),
    ...(e.quizId ? { quizId: e.quizId } : {}),
    ...(e.answers ? { answers: e.answers } : {}),
  };
}

/** After a failed try: wait 2 s, 4 s, 8 s… up to 5 minutes (a little random, so phones do not all come back at once). */
export function retryLater(): void {
  failures += 1;
  clearTimeout(timer);
  const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (failures - 1)) * (0.8 + Math.random() * 0.4);
  timer = setTimeout(() => void flush(), delay);
  setState({ sending: false, waiting: true });
}

/** What a tab that sent events tells the others, so a page waiting there (a quiz, a lesson) learns the answer too. */
interface SentMessage {
  kind: 'sent';
  userId: string;
  outcomes: [clientEventId: string, outcome: Outcome, lessonId: string | null][];
}

function isSentMessage(message: unknown): message is SentMessage {
  return (message as SentMessage | null)?.kind === 'sent' && Array.isArray((message as SentMessage).outcomes);
}

function heardFromOtherTab(message: unknown): void {
  if (!isSentMessage(message)) return;
  const confirmed = new Set(syncState().confirmedFor === message.userId ? syncState().confirmedLessons : []);
  let applied = false;
  for (const [clientEventId, outcome, lessonId] of message.outcomes) {
    outcomes.set(clientEventId, outcome);
    if (outcome.status !== 'REJECTED') {
      applied = true;
      if (lessonId) confirmed.add(lessonId);
    }
  }
  if (sessionStore.get()?.user.id === message.userId) setState({ confirmedFor: message.userId, confirmedLessons: [...confirmed] });
  if (applied) onApplied?.();
}

/** One tab sends at a time (queue.exclusively), from the queue as stored, so two tabs never send one event twice. */
async function pass(): Promise<boolean> {
  const userId = sessionStore.get()?.user.id;
  if (!userId) return true;
  return queue.exclusively(() => sendQueued(userId));
}

async function sendQueued(userId: string): Promise<boolean> {
  queue.claimAnonymous(userId);
  const events = queue.snapshot().events.filter((e) => e.userId === userId && !busy.has(e.clientEventId));
  if (events.length === 0) {
    failures = 0;
    setState({ sending: false, waiting: false });
    return true;
  }
  setState({ sending: true });
  let applied = false;
  const confirmed = new Set(syncState().confirmedFor === userId ? syncState().confirmedLessons : []);
  try {
    for (let i = 0; i < events.length; i += BATCH_SIZE) {
      const batch = events.slice(i, i + BATCH_SIZE);
      const { syncProgress } = await execute(SyncProgressMutation, { input: { events: batch.map(toInput) } });
      const answered: string[] = [];
      const rejections: queue.Rejection[] = [];
      const told: SentMessage['outcomes'] = [];
      for (const result of syncProgress) {
        const event = batch.find((e) => e.clientEventId === result.clientEventId);
        if (!event) continue;
        answered.push(event.clientEventId);
        let outcome: Outcome;
        if (result.status === 'REJECTED') {
          const reason = result.reason ?? null;
          outcome = { status: 'REJECTED', reason };
          rejections.push({ clientEventId: event.clientEventId, kind: event.kind, userId, reason });
        } else {
          outcome = { status: result.status };
          if (event.lessonId) confirmed.add(event.lessonId);
          applied = true;
        }
        outcomes.set(event.clientEventId, outcome);
        told.push([event.clientEventId, outcome, event.lessonId ?? null]);
      }
      setState({ confirmedFor: userId, confirmedLessons: [...confirmed] });
      // Before the queue changes: the other tabs learn the answers first, then see the events leave.
      queue.tellOtherTabs({ kind: 'sent', userId, outcomes: told } satisfies SentMessage);
      queue.addRejections(rejections);
      queue.remove(answered);
    }
    failures = 0;
    clearTimeout(timer);
    setState({ sending: false, waiting: false });
    return true;
  } catch (error) {
    // Signed out meanwhile, or the session could not be renewed: the events wait for the next sign-in.
    if (sessionStore.get()?.user.id !== userId || (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED')) {
      setState({ sending: false, waiting: true });
    } else {
      retryLater();
    }
    return false;
  } finally {
    if (applied) onApplied?.();
  }
}

/** Sends what the signed-in learner has queued; resolves once the API has answered or the request failed. */
export function flush(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = passes();
  return running;
}

async function passes(): Promise<void> {
  try {
    let ok: boolean;
    do {
      again = false;
      ok = await pass();
    } while (again && ok);
  } finally {
    // In the same step as the last check of `again`: a flush asked for from now on starts a new run.
    running = null;
  }
}

/** A page sends this event itself (and waits for the answer); the background sender skips it meanwhile. */
export function markBusy(clientEventId: string, isBusy: boolean): void {
  if (isBusy) busy.add(clientEventId);
  else busy.delete(clientEventId);
}

function onOnline(): void {
  failures = 0;
  clearTimeout(timer);
  void flush();
}

/**
 * Starts sending: now, whenever someone signs in (their anonymous progress goes with it), and when the phone is
 * back online. `applied` runs after the API took something, so the pages can reload the learner's progress.
 */
export function startProgressSync(applied: () => void): () => void {
  onApplied = applied;
  window.addEventListener('online', onOnline);
  const unsubscribe = sessionStore.subscribe((session) => {
    if (session) void flush();
  });
  const stopListening = queue.listenToOtherTabs(heardFromOtherTab);
  void flush();
  return () => {
    window.removeEventListener('online', onOnline);
    unsubscribe();
    stopListening();
    clearTimeout(timer);
    onApplied = null;
    failures = 0;
    outcomes.clear();
    busy.clear();
    setState(IDLE);
  };
}

/**
 * An event this page queued that has left the (freshly read) queue without an answer here: another tab sent it.
 * Refused, its reason is among the rejections; otherwise the API took it.
 */
function sentElsewhere(clientEventId: string): Outcome | undefined {
  const { events, rejections } = queue.snapshot();
  if (events.some((e) => e.clientEventId === clientEventId)) return undefined;
  const rejection = rejections.find((r) => r.clientEventId === clientEventId);
  return rejection ? { status: 'REJECTED', reason: rejection.reason } : { status: 'APPLIED' };
}

export type SaveResult = { status: 'saved' | 'queued' | 'local' } | { status: 'rejected'; reason: LocalizedReason | null };

/**
 * "Đánh dấu đã học": written to the queue first, then sent. A visitor who is not signed in keeps it on the device
 * (the queue, flagged anonymous, and the list of done lessons) until they sign in.
 */
export async function recordLessonDone(lessonId: string): Promise<SaveResult> {
  const userId = sessionStore.get()?.user.id ?? null;
  const event: QueuedEvent = {
    clientEventId: queue.newEventId(),
    kind: 'LESSON_COMPLETED',
    lessonId,
    occurredAt: new Date().toISOString(),
    userId,
    anonymous: userId === null,
  };
  queue.enqueue(event);
  if (!userId) {
    queue.addLocalDone(lessonId);
    return { status: 'local' };
  }
  await flush();
  const outcome = outcomes.get(event.clientEventId) ?? sentElsewhere(event.clientEventId);
  if (!outcome) return { status: 'queued' };
  return outcome.status === 'REJECTED' ? { status: 'rejected', reason: outcome.reason } : { status: 'saved' };
}
