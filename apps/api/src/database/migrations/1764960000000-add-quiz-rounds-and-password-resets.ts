import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quiz rounds instead of a permanent lock, and password resets through a helper's one-time code (issue 19).
 * - quizzes.retry_after_hours: the waiting time between rounds, from the course files.
 * - quiz_attempts.round_number: which round an attempt belongs to (a round has max_attempts attempts).
 * - quiz_round_grants: a new round given at once by a team leader, trainer or admin; the row is the record of who.
 * - password_reset_codes: one-time codes (hash only), who made them, when used; the rows are the audit trail.
 */
export class AddQuizRoundsAndPasswordResets1764960000000 implements MigrationInterface {
  name = 'AddQuizRoundsAndPasswordResets1764960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE quizzes ADD COLUMN retry_after_hours double precision NOT NULL DEFAULT 24`);
    await q.query(`ALTER TABLE quiz_attempts ADD COLUMN round_number int NOT NULL DEFAULT 1`);
    await q.query(`
      CREATE TABLE quiz_round_grants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        quiz_id uuid NOT NULL REFERENCES quizzes(id),
        round_number int NOT NULL,
        granted_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_quiz_round_grants_round UNIQUE (user_id, quiz_id, round_number)
      )`);
    await q.query(`
      CREATE TABLE password_reset_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        created_by uuid REFERENCES users(id),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX ix_password_reset_codes_user ON password_reset_codes (user_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE password_reset_codes');
    await q.query('DROP TABLE quiz_round_grants');
    await q.query('ALTER TABLE quiz_attempts DROP COLUMN round_number');
    await q.query('ALTER TABLE quizzes DROP COLUMN retry_after_hours');
  }
}
