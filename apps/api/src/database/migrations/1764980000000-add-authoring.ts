import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Authoring in the browser (issue 17).
 * - content_versions becomes the history of published content: a number per course, what made it (files import,
 *   publish of a draft, restore of a version), who wrote and who reviewed it, a note, and the whole course folder as
 *   data (`tree`), so any version can be exported or restored. `file_tree_hash` is the hash of the course folder a
 *   files import read, so the next start can tell whether the files changed since.
 * - content_drafts: changes to course files not yet published, with their review state.
 * - content_audit_entries: every submission, review decision, publish and restore.
 */
export class AddAuthoring1764980000000 implements MigrationInterface {
  name = 'AddAuthoring1764980000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE content_versions ADD COLUMN number int`);
    await q.query(`
      UPDATE content_versions v SET number = n.number
        FROM (SELECT id, row_number() OVER (PARTITION BY course_id ORDER BY created_at, id)::int AS number FROM content_versions) n
       WHERE n.id = v.id`);
    await q.query(`ALTER TABLE content_versions ALTER COLUMN number SET NOT NULL`);
    await q.query(`ALTER TABLE content_versions ADD CONSTRAINT uq_content_versions_number UNIQUE (course_id, number)`);
    await q.query(`ALTER TABLE content_versions ADD COLUMN kind text NOT NULL DEFAULT 'files'`);
    await q.query(
      `ALTER TABLE content_versions ADD CONSTRAINT content_versions_kind_check CHECK (kind IN ('files', 'publish', 'restore'))`,
    );
    await q.query(`ALTER TABLE content_versions ADD COLUMN tree jsonb`);
    await q.query(`ALTER TABLE content_versions ADD COLUMN file_tree jsonb`);
    await q.query(`ALTER TABLE content_versions ADD COLUMN file_tree_hash text`);
    await q.query(`ALTER TABLE content_versions ADD COLUMN author_id uuid`);
    await q.query(`ALTER TABLE content_versions ADD COLUMN reviewer_id uuid`);
    await q.query(`ALTER TABLE content_versions ADD COLUMN note text`);
    await q.query(`ALTER TABLE content_versions ADD COLUMN restored_from int`);
    await q.query(
      `ALTER TABLE content_versions ADD CONSTRAINT content_versions_author_id_fkey FOREIGN KEY (author_id) REFERENCES users(id) ON DELETE SET NULL`,
    );
    await q.query(
      `ALTER TABLE content_versions ADD CONSTRAINT content_versions_reviewer_id_fkey FOREIGN KEY (reviewer_id) REFERENCES users(id) ON DELETE SET NULL`,
    );
    await q.query(`
      CREATE TABLE content_drafts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL CONSTRAINT content_drafts_course_id_fkey REFERENCES courses(id) ON DELETE CASCADE,
        province_code text,
        title text NOT NULL,
        status text NOT NULL DEFAULT 'DRAFT'
          CONSTRAINT content_drafts_status_check CHECK (status IN ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'PUBLISHED', 'DISCARDED')),
        files jsonb NOT NULL DEFAULT '{}',
        bases jsonb NOT NULL DEFAULT '{}',
        revision int NOT NULL DEFAULT 1,
        author_id uuid CONSTRAINT content_drafts_author_id_fkey REFERENCES users(id) ON DELETE SET NULL,
        contributor_ids uuid[] NOT NULL DEFAULT '{}',
        submitted_at timestamptz,
        reviewer_id uuid CONSTRAINT content_drafts_reviewer_id_fkey REFERENCES users(id) ON DELETE SET NULL,
        reviewed_at timestamptz,
        review_comment text,
        published_by uuid CONSTRAINT content_drafts_published_by_fkey REFERENCES users(id) ON DELETE SET NULL,
        published_at timestamptz,
        version_id uuid CONSTRAINT content_drafts_version_id_fkey REFERENCES content_versions(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_content_drafts_course_status ON content_drafts (course_id, status)`);
    await q.query(`
      CREATE TABLE content_audit_entries (
        id bigserial PRIMARY KEY,
        course_id uuid NOT NULL CONSTRAINT content_audit_entries_course_id_fkey REFERENCES courses(id) ON DELETE CASCADE,
        action text NOT NULL
          CONSTRAINT content_audit_entries_action_check CHECK (action IN ('SUBMIT', 'APPROVE', 'SEND_BACK', 'PUBLISH', 'RESTORE')),
        actor_id uuid CONSTRAINT content_audit_entries_actor_id_fkey REFERENCES users(id) ON DELETE SET NULL,
        draft_id uuid CONSTRAINT content_audit_entries_draft_id_fkey REFERENCES content_drafts(id) ON DELETE SET NULL,
        version_id uuid CONSTRAINT content_audit_entries_version_id_fkey REFERENCES content_versions(id) ON DELETE SET NULL,
        comment text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_content_audit_entries_course ON content_audit_entries (course_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE content_audit_entries`);
    await q.query(`DROP TABLE content_drafts`);
    for (const c of ['author_id', 'reviewer_id', 'note', 'restored_from', 'tree', 'file_tree', 'file_tree_hash', 'kind', 'number'])
      await q.query(`ALTER TABLE content_versions DROP COLUMN ${c}`);
  }
}
