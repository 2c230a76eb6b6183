/**
 * Set-based completion rules (docs/learning-rules.md), shared by single events and batches.
 *
 * A module is complete for a learner when every current lesson of the module as they see it (their province's
 * variant, or the national content) is done and its current quiz has a passed attempt. A completion, once recorded,
 * is never taken back: lessons added later do not reopen it. The course is complete when every current module is.
 *
 * Parameters: $1 user id, $2 province code (or null), $3 module ids to look at, $4 completion time,
 * $5 commune id, $6 team id. Returns the modules completed by this statement.
 */
export const COMPLETE_MODULES_SQL = `
  INSERT INTO completions (user_id, course_id, module_id, commune_id, team_id, completed_at)
  SELECT $1, cm.course_id, cm.id, $5, $6, $4
    FROM course_modules cm
   CROSS JOIN LATERAL (SELECT CASE WHEN cm.variants ? coalesce($2::text, '') THEN $2::text END AS province) v
   WHERE cm.id = ANY($3::uuid[]) AND cm.archived_at IS NULL
     AND EXISTS (SELECT 1 FROM lessons l WHERE l.module_id = cm.id AND l.archived_at IS NULL
                   AND l.province_code IS NOT DISTINCT FROM v.province)
     AND NOT EXISTS (
           SELECT 1 FROM lessons l
            WHERE l.module_id = cm.id AND l.archived_at IS NULL AND l.province_code IS NOT DISTINCT FROM v.province
              AND NOT EXISTS (SELECT 1 FROM lesson_completions lc WHERE lc.user_id = $1 AND lc.lesson_id = l.id))
     AND NOT EXISTS (
           SELECT 1 FROM quizzes q
            WHERE q.module_id = cm.id AND q.archived_at IS NULL AND q.province_code IS NOT DISTINCT FROM v.province
              AND NOT EXISTS (SELECT 1 FROM quiz_attempts a WHERE a.user_id = $1 AND a.quiz_id = q.id AND a.passed))
  ON CONFLICT (user_id, module_id) WHERE module_id IS NOT NULL DO NOTHING
  RETURNING module_id`;

/** $1 user id, $2 course id, $3 completion time, $4 commune id, $5 team id. Returns a row when the course completed now. */
export const COMPLETE_COURSE_SQL = `
  WITH done AS (
    INSERT INTO completions (user_id, course_id, module_id, commune_id, team_id, completed_at)
    SELECT $1, $2, NULL, $4, $5, $3
     WHERE EXISTS (SELECT 1 FROM course_modules cm WHERE cm.course_id = $2 AND cm.archived_at IS NULL)
       AND NOT EXISTS (
             SELECT 1 FROM course_modules cm
              WHERE cm.course_id = $2 AND cm.archived_at IS NULL
                AND NOT EXISTS (SELECT 1 FROM completions c WHERE c.user_id = $1 AND c.module_id = cm.id))
    ON CONFLICT (user_id, course_id) WHERE module_id IS NULL DO NOTHING
    RETURNING completed_at
  )
  UPDATE enrollments e SET completed_at = done.completed_at FROM done
   WHERE e.user_id = $1 AND e.course_id = $2
  RETURNING e.completed_at`;

/**
 * Enrols on first progress and keeps the learner's timestamps: first started (earliest event), last active
 * (latest event). Also takes the row lock that serialises one learner's writes to one course, so two devices
 * cannot both miss each other's last step. $1 user, $2 course, $3 earliest event time, $4 latest event time.
 */
export const TOUCH_ENROLLMENT_SQL = `
  INSERT INTO enrollments (user_id, course_id, started_at, last_active_at) VALUES ($1, $2, $3, $4)
  ON CONFLICT (user_id, course_id) DO UPDATE
     SET started_at = LEAST(coalesce(enrollments.started_at, EXCLUDED.started_at), EXCLUDED.started_at),
         last_active_at = GREATEST(coalesce(enrollments.last_active_at, EXCLUDED.last_active_at), EXCLUDED.last_active_at)`;
