import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administrative units as a tree that can be reorganised: each unit has validity dates, a parent and an ltree path
 * ("everything under this province" is one indexed query); successions link old units to the ones they became.
 */
export class CreateAdminUnits1763856100000 implements MigrationInterface {
  name = 'CreateAdminUnits1763856100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS ltree');
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await q.query(`
      CREATE TABLE admin_units (
        id serial PRIMARY KEY,
        code text NOT NULL,
        name text NOT NULL,
        type text NOT NULL,
        level smallint NOT NULL CHECK (level IN (1, 2, 3)),
        parent_id int REFERENCES admin_units(id),
        path ltree NOT NULL,
        search_name text NOT NULL,
        valid_from date NOT NULL,
        valid_to date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_admin_units_code_level_from UNIQUE (code, level, valid_from)
      )`);
    await q.query('CREATE INDEX ix_admin_units_path ON admin_units USING gist (path)');
    await q.query('CREATE UNIQUE INDEX uq_admin_units_current_code ON admin_units (code, level) WHERE valid_to IS NULL');
    await q.query('CREATE INDEX ix_admin_units_parent ON admin_units (parent_id)');
    await q.query('CREATE INDEX ix_admin_units_search ON admin_units USING gin (search_name gin_trgm_ops)');
    await q.query(`
      CREATE TABLE admin_unit_successions (
        predecessor_id int NOT NULL REFERENCES admin_units(id),
        successor_id int NOT NULL REFERENCES admin_units(id),
        effective_date date NOT NULL,
        whole boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (predecessor_id, successor_id)
      )`);
    await q.query('CREATE INDEX ix_admin_unit_successions_successor ON admin_unit_successions (successor_id)');
    await q.query(`
      CREATE TABLE admin_unit_datasets (
        name text PRIMARY KEY,
        content_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE admin_unit_datasets, admin_unit_successions, admin_units');
  }
}
