import type { MigrationInterface, QueryRunner } from 'typeorm';

/** People (by phone), sessions, scoped role grants, teams (tổ công nghệ số cộng đồng) and their membership history. */
export class CreateIdentityAndTeams1763856200000 implements MigrationInterface {
  name = 'CreateIdentityAndTeams1763856200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        phone text NOT NULL CONSTRAINT uq_users_phone UNIQUE,
        password_hash text,
        full_name text NOT NULL,
        commune_id int REFERENCES admin_units(id),
        status text NOT NULL CHECK (status IN ('active', 'pending')),
        last_sign_in_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL CONSTRAINT uq_sessions_token_hash UNIQUE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX ix_sessions_user ON sessions (user_id)');
    await q.query(`
      CREATE TABLE role_grants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('TRAINER', 'PROVINCE_ADMIN', 'NATIONAL_ADMIN')),
        scope_unit_id int REFERENCES admin_units(id),
        granted_by uuid REFERENCES users(id),
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_role_grants_active ON role_grants (user_id, role, coalesce(scope_unit_id, 0)) WHERE revoked_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE teams (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        commune_id int NOT NULL REFERENCES admin_units(id),
        name text NOT NULL,
        village text,
        created_by uuid REFERENCES users(id),
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX ix_teams_commune ON teams (commune_id)');
    await q.query(`
      CREATE TABLE team_memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES teams(id),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('member', 'leader')),
        added_by uuid REFERENCES users(id),
        joined_at timestamptz NOT NULL DEFAULT now(),
        left_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One current team per person; past memberships stay as history.
    await q.query('CREATE UNIQUE INDEX uq_team_memberships_current ON team_memberships (user_id) WHERE left_at IS NULL');
    await q.query('CREATE INDEX ix_team_memberships_team ON team_memberships (team_id) WHERE left_at IS NULL');
    await q.query(`
      CREATE TABLE app_secrets (
        name text PRIMARY KEY,
        value text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Store of rate-limiter-flexible (failed sign-ins per phone and per address); created here, not by the library.
    await q.query(`
      CREATE TABLE rate_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rate_limits, app_secrets, team_memberships, teams, role_grants, sessions, users');
  }
}
