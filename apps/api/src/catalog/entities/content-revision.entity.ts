import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * One row: a counter that every write to the content tables moves (statement triggers, migration 1764910000000),
 * in the writing transaction, with a NOTIFY on `lantoa_content_changed` at commit. The API's in-memory read model of
 * published content and the ETags of content answers are keyed by it, so an import or a publish in any API process
 * invalidates them in every process.
 */
@Entity('content_revisions')
@Check('content_revisions_one_row', '"id" = 1')
export class ContentRevision {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id!: number;

  @Column({ type: 'bigint' })
  revision!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
