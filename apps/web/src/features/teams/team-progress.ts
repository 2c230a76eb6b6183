import { useQuery } from '@tanstack/react-query';
import type { TeamProgressQuery as TeamProgressResult } from '../../gql/graphql.js';
import { execute } from '../../shared/graphql/execute.js';
import type { LocalizedTextValue } from '../../shared/localized.js';
import { retryUnlessFinal } from './team-errors.js';
import { TeamProgressQuery } from './teams.graphql.js';

/** The course every team follows. */
export const TEAM_COURSE = 'pho-cap-ky-nang-so-cong-dong';

export type MemberProgress = TeamProgressResult['teamProgress'][number];

/** How far each member of the team is: one request, shared by the progress table and the member rows. */
export function useTeamProgress(teamId: string, enabled = true) {
  return useQuery({
    queryKey: ['team-progress', teamId, TEAM_COURSE],
    queryFn: () => execute(TeamProgressQuery, { teamId, courseSlug: TEAM_COURSE }),
    retry: retryUnlessFinal,
    select: (data) => data.teamProgress,
    enabled,
  });
}

/** A module quiz whose round of attempts the member has used up without passing: they wait, or a helper gives a round. */
export interface WaitingQuiz {
  quizId: string;
  moduleNumber: number;
  title: LocalizedTextValue;
  /** When the next round opens by itself. */
  nextRoundAt: string | null;
}

/** The parts of a learner's course progress that say which quizzes they wait for (team progress, /cho-lam-lai). */
interface QuizzesOfProgress {
  modules: readonly {
    title: LocalizedTextValue;
    quizId?: string | null;
    quizPassed: boolean;
    quizAttemptsLeft?: number | null;
    quizNextRoundAt?: unknown;
  }[];
}

export function waitingQuizzes(progress: QuizzesOfProgress | undefined): WaitingQuiz[] {
  if (!progress) return [];
  return progress.modules.flatMap((m, i) =>
    m.quizId && !m.quizPassed && m.quizAttemptsLeft === 0
      ? [{ quizId: m.quizId, moduleNumber: i + 1, title: m.title, nextRoundAt: (m.quizNextRoundAt as string | null) ?? null }]
      : [],
  );
}
