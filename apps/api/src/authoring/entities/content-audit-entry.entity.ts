import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction = 'SUBMIT' | 'APPROVE' | 'SEND_BACK' | 'PUBLISH' | 'RESTORE';

/** Who did what to a course's content and when: submissions, review decisions, publishes, restores. */
@Entity('content_audit_entries')
@Index('ix_content_audit_entries_course', ['courseId', 'createdAt'])
@Check('content_audit_entries_action_check', "action IN ('SUBMIT', 'APPROVE', 'SEND_BACK', 'PUBLISH', 'RESTORE')")
export class ContentAuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @ManyToOne('Course', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'content_audit_entries_course_id_fkey' })
  private readonly courseRef?: unknown;

  @Column({ type: 'text' })
  action!: AuditAction;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'content_audit_entries_actor_id_fkey' })
  private readonly actorRef?: unknown;

  @Column({ name: 'draft_id', type: 'uuid', nullable: true })
  draftId!: string | null;

  @ManyToOne('ContentDraft', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'content_audit_entries_draft_id_fkey' })
  private readonly draftRef?: unknown;

  @Column({ name: 'version_id', type: 'uuid', nullable: true })
  versionId!: string | null;

  @ManyToOne('ContentVersion', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'content_audit_entries_version_id_fkey' })
  private readonly versionRef?: unknown;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
