/**
 * Enrols on first progress and keeps the learner's timestamps: first started (earliest event), last active
 * (latest event). Also takes the row lock that serialises one learner's writes to one course, so two devices
 * cannot both miss each other's last step. $1 user, $2 course, $3 earliest event time, $4 latest event time.
 * (record_lesson_completions does the same for lesson batches; the completion rules themselves are the SQL
 * functions complete_modules / complete_course of migration 1763856400000.)
 */
export const TOUCH_ENROLLMENT_SQL = `
  INSERT INTO enrollments (user_id, course_id, started_at, last_active_at) VALUES ($1, $2, $3, $4)
  ON CONFLICT (user_id, course_id) DO UPDATE
     SET started_at = LEAST(coalesce(enrollments.started_at, EXCLUDED.started_at), EXCLUDED.started_at),
         last_active_at = GREATEST(coalesce(enrollments.last_active_at, EXCLUDED.last_active_at), EXCLUDED.last_active_at)`;
