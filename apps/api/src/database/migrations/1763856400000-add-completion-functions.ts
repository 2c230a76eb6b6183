import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The completion rules of docs/learning-rules.md, written once, in SQL functions used by every write path:
 *
 * - complete_modules / complete_course record module and course completions (with the learner's commune and team
 *   at that moment) when the rules say so; the quiz path calls them inside its transaction.
 * - record_lesson_completions applies a batch of lesson events in one call. completeLesson and syncProgress are the
 *   hottest writes of the platform (every learner, every lesson, replayed from offline queues); one round trip and
 *   one commit each, instead of ten statements through the driver. Inside a function every statement takes a
 *   fresh snapshot (READ COMMITTED), so once the enrolment row lock is granted it sees what another device of the
 *   same learner committed: the rules hold under concurrency.
 */
export class AddCompletionFunctions1763856400000 implements MigrationInterface {
  name = 'AddCompletionFunctions1763856400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION complete_modules(p_user uuid, p_modules uuid[], p_at timestamptz)
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
         -- A module with a variant for the learner's province is taken in that variant.
         CROSS JOIN LATERAL (SELECT CASE WHEN cm.variants ? coalesce(learner.province, '') THEN learner.province END AS province) v
         WHERE cm.id = ANY(p_modules) AND cm.archived_at IS NULL
           AND EXISTS (SELECT 1 FROM lessons l WHERE l.module_id = cm.id AND l.archived_at IS NULL
                         AND l.province_code IS NOT DISTINCT FROM v.province)
           -- every current lesson done
           AND NOT EXISTS (
                 SELECT 1 FROM lessons l
                  WHERE l.module_id = cm.id AND l.archived_at IS NULL AND l.province_code IS NOT DISTINCT FROM v.province
                    AND NOT EXISTS (SELECT 1 FROM lesson_completions lc WHERE lc.user_id = p_user AND lc.lesson_id = l.id))
           -- and the current quiz passed
           AND NOT EXISTS (
                 SELECT 1 FROM quizzes qz
                  WHERE qz.module_id = cm.id AND qz.archived_at IS NULL AND qz.province_code IS NOT DISTINCT FROM v.province
                    AND NOT EXISTS (SELECT 1 FROM quiz_attempts a WHERE a.user_id = p_user AND a.quiz_id = qz.id AND a.passed))
        ON CONFLICT (user_id, module_id) WHERE module_id IS NOT NULL DO NOTHING
        RETURNING completions.module_id;
      END
      $fn$`);
    await q.query(`
      CREATE FUNCTION complete_course(p_user uuid, p_course uuid, p_at timestamptz)
      RETURNS boolean
      LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO completions (user_id, course_id, module_id, commune_id, team_id, completed_at)
        SELECT p_user, p_course, NULL, u.commune_id, m.team_id, p_at
          FROM users u LEFT JOIN team_memberships m ON m.user_id = u.id AND m.left_at IS NULL
         WHERE u.id = p_user
           AND EXISTS (SELECT 1 FROM course_modules cm WHERE cm.course_id = p_course AND cm.archived_at IS NULL)
           AND NOT EXISTS (
                 SELECT 1 FROM course_modules cm
                  WHERE cm.course_id = p_course AND cm.archived_at IS NULL
                    AND NOT EXISTS (SELECT 1 FROM completions c WHERE c.user_id = p_user AND c.module_id = cm.id))
        ON CONFLICT (user_id, course_id) WHERE module_id IS NULL DO NOTHING;
        IF NOT FOUND THEN
          RETURN false;
        END IF;
        UPDATE enrollments SET completed_at = p_at WHERE user_id = p_user AND course_id = p_course;
        RETURN true;
      END
      $fn$`);
    await q.query(`
      CREATE FUNCTION record_lesson_completions(p_user uuid, p_course uuid, p_event_ids text[], p_lesson_ids uuid[], p_times timestamptz[])
      RETURNS TABLE (out_event_id text, out_status text, out_result jsonb)
      LANGUAGE plpgsql AS $fn$
      DECLARE
        v_first timestamptz;
        v_last timestamptz;
        v_fresh text[];
        v_modules uuid[];
        v_completed uuid[];
        v_course_done boolean := false;
      BEGIN
        SELECT min(t), max(t) INTO v_first, v_last FROM unnest(p_times) AS t;
        -- Enrols on first progress, keeps first-started / last-active, and locks this learner's course row.
        INSERT INTO enrollments (user_id, course_id, started_at, last_active_at) VALUES (p_user, p_course, v_first, v_last)
        ON CONFLICT (user_id, course_id) DO UPDATE
           SET started_at = LEAST(coalesce(enrollments.started_at, EXCLUDED.started_at), EXCLUDED.started_at),
               last_active_at = GREATEST(coalesce(enrollments.last_active_at, EXCLUDED.last_active_at), EXCLUDED.last_active_at);

        -- Events not stored yet. The enrolment lock above serialises this learner's writes to this course, so the
        -- check cannot race with itself; the primary key still guards the insert below.
        SELECT coalesce(array_agg(e.id), '{}') INTO v_fresh
          FROM unnest(p_event_ids) AS e(id)
         WHERE NOT EXISTS (SELECT 1 FROM progress_events pe WHERE pe.user_id = p_user AND pe.client_event_id = e.id);

        IF cardinality(v_fresh) > 0 THEN
          INSERT INTO lesson_completions (user_id, lesson_id, course_id, completed_at)
          SELECT p_user, e.lesson_id, p_course, min(e.at)
            FROM unnest(p_event_ids, p_lesson_ids, p_times) AS e(id, lesson_id, at)
           WHERE e.id = ANY(v_fresh)
           GROUP BY e.lesson_id
          ON CONFLICT (user_id, lesson_id) DO NOTHING;

          SELECT array_agg(DISTINCT l.module_id) INTO v_modules FROM lessons l WHERE l.id = ANY(p_lesson_ids);
          SELECT coalesce(array_agg(m), '{}') INTO v_completed FROM complete_modules(p_user, v_modules, v_last) AS m;
          IF cardinality(v_completed) > 0 THEN
            v_course_done := complete_course(p_user, p_course, v_last);
          END IF;

          -- Each event is stored with the answer it gets, so a replay is answered the same; each completed module
          -- is credited to the first fresh event (in the order sent) that touched it.
          WITH ev AS (
            SELECT e.id, e.lesson_id, e.at, e.ord, l.module_id
              FROM unnest(p_event_ids, p_lesson_ids, p_times) WITH ORDINALITY AS e(id, lesson_id, at, ord)
              JOIN lessons l ON l.id = e.lesson_id
             WHERE e.id = ANY(v_fresh)
          ), credited AS (
            SELECT DISTINCT ON (module_id) id, module_id FROM ev WHERE module_id = ANY(v_completed) ORDER BY module_id, ord
          )
          INSERT INTO progress_events (user_id, client_event_id, kind, lesson_id, occurred_at, result)
          SELECT DISTINCT ON (ev.id) p_user, ev.id, 'lesson_completed', ev.lesson_id, ev.at,
                 jsonb_build_object(
                   'lessonId', ev.lesson_id,
                   'completedAt', (SELECT to_jsonb(lc.completed_at) FROM lesson_completions lc WHERE lc.user_id = p_user AND lc.lesson_id = ev.lesson_id),
                   'completedModuleIds', coalesce((SELECT jsonb_agg(cr.module_id) FROM credited cr WHERE cr.id = ev.id), '[]'::jsonb),
                   'courseCompleted', v_course_done AND EXISTS (SELECT 1 FROM credited cr WHERE cr.id = ev.id)
                 )
            FROM ev
           ORDER BY ev.id, ev.ord
          ON CONFLICT (user_id, client_event_id) DO NOTHING;
        END IF;

        RETURN QUERY
          SELECT pe.client_event_id,
                 CASE WHEN pe.client_event_id = ANY(v_fresh) THEN 'APPLIED'
                      WHEN pe.kind = 'lesson_completed' AND pe.result IS NOT NULL THEN 'DUPLICATE'
                      ELSE 'REUSED' END,
                 pe.result
            FROM progress_events pe
           WHERE pe.user_id = p_user AND pe.client_event_id = ANY(p_event_ids);
      END
      $fn$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION record_lesson_completions(uuid, uuid, text[], uuid[], timestamptz[])');
    await q.query('DROP FUNCTION complete_course(uuid, uuid, timestamptz)');
    await q.query('DROP FUNCTION complete_modules(uuid, uuid[], timestamptz)');
  }
}
