import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Images uploaded into a draft (issue 17): WebP bytes by path, published with the draft's text as course assets. */
export class AddDraftImages1765000000000 implements MigrationInterface {
  name = 'AddDraftImages1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE content_drafts ADD COLUMN blobs jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE content_drafts DROP COLUMN blobs`);
  }
}
