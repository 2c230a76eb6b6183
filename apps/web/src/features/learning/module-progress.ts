import type { TFunction } from 'i18next';
import type { ModuleProgress } from './use-learner-progress.js';

export interface ModuleBar {
  now: number;
  max: number;
  text: string;
  completed: boolean;
}

/**
 * A module's bar: its lessons (the API's count, plus lessons waiting on this device) and its quiz, as one number out
 * of all of them, and in words: "3/5 bài, bài kiểm tra: đạt". Without an account, the lessons done on this device.
 */
export function moduleBar(
  t: TFunction,
  lessons: ReadonlyArray<{ id: string }>,
  done: Set<string>,
  progress: ModuleProgress | undefined,
): ModuleBar {
  if (!progress) {
    const lessonsDone = lessons.filter((l) => done.has(l.id)).length;
    return {
      now: lessonsDone,
      max: lessons.length,
      text: `${t('progress.lessonsDone', { done: lessonsDone, total: lessons.length })} ${t('progress.onThisDevice')}`,
      completed: false,
    };
  }
  const confirmed = new Set(progress.completedLessonIds);
  const waiting = lessons.filter((l) => done.has(l.id) && !confirmed.has(l.id)).length;
  const lessonsDone = Math.min(progress.lessonsTotal, progress.lessonsDone + waiting);
  const hasQuiz = Boolean(progress.quizId);
  const quiz = !hasQuiz
    ? ''
    : progress.quizPassed
      ? t('progress.quizPassed')
      : progress.quizAttempts > 0
        ? t('progress.quizFailed')
        : t('progress.quizNotTaken');
  return {
    now: lessonsDone + (progress.quizPassed ? 1 : 0),
    max: progress.lessonsTotal + (hasQuiz ? 1 : 0),
    text: [t('progress.lessonsDone', { done: lessonsDone, total: progress.lessonsTotal }), quiz].filter(Boolean).join(', '),
    completed: progress.completed,
  };
}
