import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Enrolments, lesson completions, quiz attempts and completions. Idempotency comes from unique keys
 * (one event per learner and client id, one completion per learner and lesson / module / course), never from
 * check-then-insert. Completions keep the learner's commune and team at that moment for reports.
 */
export class CreateLearning1763856300000 implements MigrationInterface {
  name = 'CreateLearning1763856300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE enrollments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        course_id uuid NOT NULL REFERENCES courses(id),
        started_at timestamptz,
        last_active_at timestamptz,
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_enrollments_user_course UNIQUE (user_id, course_id)
      )`);
    await q.query(`
      CREATE TABLE progress_events (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        client_event_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('lesson_completed', 'quiz_submitted')),
        lesson_id uuid REFERENCES lessons(id),
        quiz_attempt_id uuid,
        result jsonb,
        occurred_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, client_event_id)
      )`);
    await q.query(`
      CREATE TABLE lesson_completions (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        lesson_id uuid NOT NULL REFERENCES lessons(id),
        course_id uuid NOT NULL REFERENCES courses(id),
        completed_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, lesson_id)
      )`);
    await q.query('CREATE INDEX ix_lesson_completions_user_course ON lesson_completions (user_id, course_id)');
    await q.query(`
      CREATE TABLE quiz_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        quiz_id uuid NOT NULL REFERENCES quizzes(id),
        attempt_number int NOT NULL,
        answers jsonb NOT NULL,
        correct_count int NOT NULL,
        question_count int NOT NULL,
        score double precision NOT NULL,
        passed boolean NOT NULL,
        submitted_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_quiz_attempts_number UNIQUE (user_id, quiz_id, attempt_number)
      )`);
    await q.query(`
      CREATE TABLE completions (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        course_id uuid NOT NULL REFERENCES courses(id),
        module_id uuid REFERENCES course_modules(id),
        commune_id int REFERENCES admin_units(id),
        team_id uuid REFERENCES teams(id),
        completed_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One completion per learner and module, and one per learner and course (module_id null).
    await q.query('CREATE UNIQUE INDEX uq_completions_module ON completions (user_id, module_id) WHERE module_id IS NOT NULL');
    await q.query('CREATE UNIQUE INDEX uq_completions_course ON completions (user_id, course_id) WHERE module_id IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE completions, quiz_attempts, lesson_completions, progress_events, enrollments');
  }
}
