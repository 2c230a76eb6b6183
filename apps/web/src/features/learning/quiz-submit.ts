import { execute, GraphQLRequestError } from '../../shared/graphql/execute.js';
import * as queue from '../../shared/progress/queue.js';
import { isRetryable, markBusy, retryLater } from '../../shared/progress/sync.js';
import { SubmitQuizMutation } from './learning.graphql.js';
import type { QuizResult } from './quiz-session.js';

/** Writes a quiz submission to the queue (before anything is sent), with its own id; returns that id. */
export function queueQuizSubmission(userId: string, quizId: string, answers: Record<string, string[]>): string {
  const clientEventId = queue.newEventId();
  queue.enqueue({
    clientEventId,
    kind: 'QUIZ_SUBMITTED',
    quizId,
    answers: Object.entries(answers)
      .filter(([, optionIds]) => optionIds.length > 0)
      .map(([questionSlug, optionIds]) => ({ questionSlug, optionIds })),
    occurredAt: new Date().toISOString(),
    userId,
    anonymous: false,
  });
  return clientEventId;
}

/**
 * Sends a queued submission and waits for the grade. The same id again is answered with the same attempt, so this
 * is also how a page gets the grade of a submission the background sender already delivered. A failed request
 * leaves it in the queue (sent later); a final answer (no attempt left, quiz replaced) takes it out.
 */
export async function sendQuizSubmission(
  clientEventId: string,
  fallback: { quizId: string; answers: Record<string, string[]> },
): Promise<QuizResult> {
  const queued = queue.snapshot().events.find((e) => e.clientEventId === clientEventId);
  const input = {
    clientEventId,
    quizId: queued?.quizId ?? fallback.quizId,
    answers:
      queued?.answers ??
      Object.entries(fallback.answers)
        .filter(([, optionIds]) => optionIds.length > 0)
        .map(([questionSlug, optionIds]) => ({ questionSlug, optionIds })),
    occurredAt: queued?.occurredAt ?? new Date().toISOString(),
  };
  markBusy(clientEventId, true);
  try {
    const { submitQuiz } = await execute(SubmitQuizMutation, { input });
    queue.remove([clientEventId]);
    return submitQuiz;
  } catch (error) {
    if (isRetryable(error)) retryLater();
    else if (!(error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED')) queue.remove([clientEventId]);
    throw error;
  } finally {
    markBusy(clientEventId, false);
  }
}
