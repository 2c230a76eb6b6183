import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Province content is ADDED to a module's national lessons instead of replacing them (issue 18, section 4):
 * a learner whose province has a variant of a module needs the national lessons AND the province's lessons, and
 * passes the province's quiz (which holds the national questions too, composed by libs/course-format).
 *
 * Replaces complete_modules of migration 1763856400000 (CREATE OR REPLACE, same signature, so
 * record_lesson_completions and the quiz path keep calling it). Only the lesson condition changes:
 * `l.province_code IS NOT DISTINCT FROM v.province` became `(l.province_code IS NULL OR l.province_code = v.province)`.
 * Completions already recorded under the old rule are never touched, so learners who completed a province's old
 * variant keep their module (and course) completion; the national lessons show to them as new, not-done lessons.
 */
export class ProvinceLessonsAddToNational1764950000000 implements MigrationInterface {
  name = 'ProvinceLessonsAddToNational1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(completeModules('(l.province_code IS NULL OR l.province_code = v.province)'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(completeModules('l.province_code IS NOT DISTINCT FROM v.province'));
  }
}

function completeModules(lessonRule: string): string {
  return `
      CREATE OR REPLACE FUNCTION complete_modules(p_user uuid, p_modules uuid[], p_at timestamptz)
      RETURNS SETOF uuid
      -- PL/pgSQL rather than SQL: its statement plans are cached per connection, an SQL function is planned per call.
      LANGUAGE plpgsql AS $fn$
      BEGIN
        RETURN QUERY
        WITH learner AS (
          SELECT u.commune_id, substring(c.path::text from '^g2025\\.p(\\d{2})') AS province, m.team_id
            FROM users u
            LEFT JOIN admin_units c ON c.id = u.commune_id
            LEFT JOIN team_memberships m ON m.user_id = u.id AND m.left_at IS NULL
           WHERE u.id = p_user
        )
        INSERT INTO completions (user_id, course_id, module_id, commune_id, team_id, completed_at)
        SELECT p_user, cm.course_id, cm.id, learner.commune_id, learner.team_id, p_at
          FROM course_modules cm
         CROSS JOIN learner
         -- A module with a variant for the learner's province: its national lessons plus the province's, and the
         -- province's quiz.
         CROSS JOIN LATERAL (SELECT CASE WHEN cm.variants ? coalesce(learner.province, '') THEN learner.province END AS province) v
         WHERE cm.id = ANY(p_modules) AND cm.archived_at IS NULL
           AND EXISTS (SELECT 1 FROM lessons l WHERE l.module_id = cm.id AND l.archived_at IS NULL
                         AND ${lessonRule})
           -- every current lesson done
           AND NOT EXISTS (
                 SELECT 1 FROM lessons l
                  WHERE l.module_id = cm.id AND l.archived_at IS NULL AND ${lessonRule}
                    AND NOT EXISTS (SELECT 1 FROM lesson_completions lc WHERE lc.user_id = p_user AND lc.lesson_id = l.id))
           -- and the current quiz passed
           AND NOT EXISTS (
                 SELECT 1 FROM quizzes qz
                  WHERE qz.module_id = cm.id AND qz.archived_at IS NULL AND qz.province_code IS NOT DISTINCT FROM v.province
                    AND NOT EXISTS (SELECT 1 FROM quiz_attempts a WHERE a.user_id = p_user AND a.quiz_id = qz.id AND a.passed))
        ON CONFLICT (user_id, module_id) WHERE module_id IS NOT NULL DO NOTHING
        RETURNING completions.module_id;
      END
      $fn$`;
}
