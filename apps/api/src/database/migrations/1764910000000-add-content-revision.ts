import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose content the API keeps in memory (catalog/catalog-read-model.service.ts). */
const CONTENT_TABLES = ['courses', 'course_modules', 'lessons', 'quizzes', 'course_assets', 'content_versions'];

/**
 * The content revision: one counter, moved by a statement trigger on every write to a content table, whatever
 * writes it (the importer today, publishing later), and announced with NOTIFY when the transaction commits.
 * Being a row (not a sequence), a new revision is visible exactly when the content it stands for is; repeated
 * notifications of one transaction are folded into one by PostgreSQL.
 */
export class AddContentRevision1764910000000 implements MigrationInterface {
  name = 'AddContentRevision1764910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE content_revisions (
        id smallint PRIMARY KEY DEFAULT 1 CONSTRAINT content_revisions_one_row CHECK (id = 1),
        revision bigint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO content_revisions (id, revision) VALUES (1, 1)`);
    await q.query(`
      CREATE FUNCTION bump_content_revision() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        UPDATE content_revisions SET revision = revision + 1, changed_at = now() WHERE id = 1;
        PERFORM pg_notify('lantoa_content_changed', '');
        RETURN NULL;
      END
      $fn$`);
    for (const table of CONTENT_TABLES) {
      await q.query(
        `CREATE TRIGGER ${table}_bump_content_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION bump_content_revision()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of CONTENT_TABLES) await q.query(`DROP TRIGGER ${table}_bump_content_revision ON ${table}`);
    await q.query(`DROP FUNCTION bump_content_revision()`);
    await q.query(`DROP TABLE content_revisions`);
  }
}
