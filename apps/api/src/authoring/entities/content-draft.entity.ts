import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type DraftStatus = 'DRAFT' | 'IN_REVIEW' | 'CHANGES_REQUESTED' | 'APPROVED' | 'PUBLISHED' | 'DISCARDED';
export const OPEN_STATUSES: DraftStatus[] = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED'];

/**
 * Changes to a course's files not yet published: each changed file's new text (null: removed), and for each the hash
 * of the published text it started from, so publishing can tell when the published file moved meanwhile.
 * A file belongs to at most one open draft at a time (DraftsService, under the course's lock).
 */
@Entity('content_drafts')
@Index('ix_content_drafts_course_status', ['courseId', 'status'])
@Check('content_drafts_status_check', "status IN ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'PUBLISHED', 'DISCARDED')")
export class ContentDraft {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @ManyToOne('Course', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'content_drafts_course_id_fkey' })
  private readonly courseRef?: unknown;

  /** The province whose content it changes (`provinces/<code>/` only), null when it touches national content. */
  @Column({ name: 'province_code', type: 'text', nullable: true })
  provinceCode!: string | null;

  /** What it is about, for lists ("Bài: …", "Bài kiểm tra: …"). */
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: DraftStatus;

  @Column({ type: 'jsonb', default: {} })
  files!: Record<string, string | null>;

  /**
   * Images added (path → WebP bytes as base64; null: removed), published as course assets with the text. A name
   * carries a hash of its bytes, so the same path always means the same image and needs no base to compare.
   */
  @Column({ type: 'jsonb', default: {} })
  blobs!: Record<string, string | null>;

  /** Path → hash of the published text when the draft first changed it (null: the file did not exist). */
  @Column({ type: 'jsonb', default: {} })
  bases!: Record<string, string | null>;

  /** Moves on every save. */
  @Column({ type: 'int', default: 1 })
  revision!: number;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'content_drafts_author_id_fkey' })
  private readonly authorRef?: unknown;

  /** Everyone who saved into it: none of them may approve or publish it (a national admin may). */
  @Column({ name: 'contributor_ids', type: 'uuid', array: true, default: () => "'{}'" })
  contributorIds!: string[];

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'reviewer_id', type: 'uuid', nullable: true })
  reviewerId!: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewer_id', foreignKeyConstraintName: 'content_drafts_reviewer_id_fkey' })
  private readonly reviewerRef?: unknown;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy!: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by', foreignKeyConstraintName: 'content_drafts_published_by_fkey' })
  private readonly publisherRef?: unknown;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'version_id', type: 'uuid', nullable: true })
  versionId!: string | null;

  @ManyToOne('ContentVersion', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'content_drafts_version_id_fkey' })
  private readonly versionRef?: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
