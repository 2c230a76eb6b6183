/**
 * The facts of one learner's rounds at one quiz ($1 user, $2 quiz): the last round with an attempt, the attempts
 * in it and when the last one reached the server, the highest round a helper gave, and the quiz's own rules.
 */
export const QUIZ_ROUND_FACTS_SQL = `
  WITH last AS (SELECT coalesce(max(round_number), 0) AS r FROM quiz_attempts WHERE user_id = $1 AND quiz_id = $2)
  SELECT q.max_attempts, q.retry_after_hours, last.r AS last_round,
         (SELECT count(*)::int FROM quiz_attempts a WHERE a.user_id = $1 AND a.quiz_id = $2 AND a.round_number = last.r) AS used_in_last_round,
         (SELECT max(a.created_at) FROM quiz_attempts a WHERE a.user_id = $1 AND a.quiz_id = $2 AND a.round_number = last.r) AS last_attempt_at,
         (SELECT coalesce(max(g.round_number), 0) FROM quiz_round_grants g WHERE g.user_id = $1 AND g.quiz_id = $2) AS granted_round
    FROM quizzes q, last WHERE q.id = $2`;

/** The same facts for many learners and every quiz of a course ($1 users, $2 course), for progress pages. */
export const QUIZ_ATTEMPTS_BY_LEARNER_SQL = `
  WITH x AS (
    SELECT a.user_id, a.quiz_id, a.score, a.passed, a.round_number, a.created_at,
           max(a.round_number) OVER (PARTITION BY a.user_id, a.quiz_id) AS last_round
      FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id JOIN course_modules m ON m.id = q.module_id
     WHERE a.user_id = ANY($1::uuid[]) AND m.course_id = $2)
  SELECT x.user_id, x.quiz_id, count(*)::int AS attempts, max(x.score) AS best, bool_or(x.passed) AS passed,
         max(x.last_round)::int AS last_round,
         (count(*) FILTER (WHERE x.round_number = x.last_round))::int AS used_in_last_round,
         max(x.created_at) FILTER (WHERE x.round_number = x.last_round) AS last_attempt_at,
         (SELECT coalesce(max(g.round_number), 0) FROM quiz_round_grants g WHERE g.user_id = x.user_id AND g.quiz_id = x.quiz_id)::int AS granted_round
    FROM x GROUP BY x.user_id, x.quiz_id`;

export interface QuizRoundFactsRow {
  max_attempts: number | null;
  retry_after_hours: number;
  last_round: number;
  used_in_last_round: number;
  last_attempt_at: Date | null;
  granted_round: number;
}
