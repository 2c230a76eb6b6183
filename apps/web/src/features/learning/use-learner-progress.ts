import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MyProgressQuery as MyProgressResult } from '../../gql/graphql.js';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { execute } from '../../shared/graphql/execute.js';
import { useDeviceProgress, type DeviceProgress } from '../../shared/progress/use-progress.js';
import { MyProgressQuery } from './learning.graphql.js';

export type CourseProgress = MyProgressResult['myProgress'];
export type ModuleProgress = CourseProgress['modules'][number];

export interface LearnerProgress {
  signedIn: boolean;
  /** From the API, for a signed-in learner. */
  progress: CourseProgress | undefined;
  isPending: boolean;
  error: Error | null;
  refetch(): void;
  /** Every lesson shown as done: the API's, plus those waiting on this device (a visitor: the device's only). */
  done: Set<string>;
  device: DeviceProgress;
}

/** What a learner (or a visitor) has done in a course, wherever it is kept right now. */
export function useLearnerProgress(courseSlug: string): LearnerProgress {
  const { status, session } = useAuth();
  const device = useDeviceProgress();
  const signedIn = status === 'signedIn';
  const query = useQuery({
    queryKey: ['my-progress', courseSlug, session?.user.id ?? null],
    queryFn: () => execute(MyProgressQuery, { courseSlug }),
    enabled: signedIn,
    select: (data) => data.myProgress,
  });
  const progress = signedIn ? query.data : undefined;
  const done = useMemo(
    () => new Set([...(progress?.modules.flatMap((m) => m.completedLessonIds) ?? []), ...device.doneHere]),
    [progress, device.doneHere],
  );
  return {
    signedIn,
    progress,
    isPending: status === 'restoring' || (signedIn && query.isPending),
    error: signedIn ? query.error : null,
    refetch: () => void query.refetch(),
    done,
    device,
  };
}

/**
 * Where "continue" goes: in the first unfinished module, its first lesson not done yet, or its quiz once every lesson
 * is done; the API's next lesson otherwise. Lessons come from the outline on screen (the same province variant).
 */
export function continueTarget(
  progress: CourseProgress,
  outline: ReadonlyArray<{ slug: string; lessons: ReadonlyArray<{ id: string; slug: string }> }>,
  done: Set<string>,
): { lessonSlug: string } | { quizId: string } | null {
  for (const m of progress.modules) {
    if (m.completed) continue;
    const lessons = outline.find((o) => o.slug === m.slug)?.lessons;
    const next = lessons ? lessons.find((l) => !done.has(l.id)) : m.nextLesson;
    if (next) return { lessonSlug: next.slug };
    if (m.quizId && !m.quizPassed) return { quizId: m.quizId };
  }
  return progress.nextLesson ? { lessonSlug: progress.nextLesson.slug } : null;
}
