import type { SubmitQuizMutation } from '../../gql/graphql.js';
import { snapshot } from '../../shared/progress/queue.js';

export type QuizResult = SubmitQuizMutation['submitQuiz'];

/** One person's work on one quiz in this tab: kept in sessionStorage so a reload (or a dropped page) loses nothing. */
export interface QuizSession {
  /** Question slug → chosen option ids. */
  answers: Record<string, string[]>;
  /** The question on screen. */
  index: number;
  /** A submission made and not graded yet: it is in the progress queue until the API answers. */
  pendingEventId?: string;
  /** The graded attempt being reviewed. */
  result?: QuizResult;
}

const EMPTY: QuizSession = { answers: {}, index: 0 };

const key = (userId: string, quizId: string) => `lantoa.quiz.${userId}.${quizId}`;

export function loadQuizSession(userId: string, quizId: string): QuizSession {
  let session = EMPTY;
  try {
    const raw = sessionStorage.getItem(key(userId, quizId));
    if (raw) session = { ...EMPTY, ...(JSON.parse(raw) as QuizSession) };
  } catch {
    // A broken or blocked storage starts the quiz afresh.
  }
  // A submission still in the queue (this tab was closed before it was graded) comes back with its answers.
  if (!session.pendingEventId && !session.result) {
    const queued = snapshot().events.find((e) => e.kind === 'QUIZ_SUBMITTED' && e.quizId === quizId && e.userId === userId);
    if (queued) {
      const answers = Object.fromEntries((queued.answers ?? []).map((a) => [a.questionSlug, a.optionIds]));
      session = { ...session, answers, pendingEventId: queued.clientEventId };
    }
  }
  return session;
}

export function saveQuizSession(userId: string, quizId: string, session: QuizSession): void {
  try {
    sessionStorage.setItem(key(userId, quizId), JSON.stringify(session));
  } catch {
    // Without storage the answers still live on screen (and a submission in the queue).
  }
}
