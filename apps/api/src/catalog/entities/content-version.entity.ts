import type { CourseTree } from '@lantoa/course-format';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

export interface ContentChanges {
  added: string[];
  updated: string[];
  archived: string[];
  restored: string[];
}

/** What made a version: an import of the course files, the publish of a browser draft, or the restore of a version. */
export type ContentVersionKind = 'files' | 'publish' | 'restore';

/**
 * One row per change of a course's published content (an import of the files, a publish, a restore), numbered per
 * course, with the whole course folder as data so any version can be exported or restored.
 */
@Entity('content_versions')
@Index('ix_content_versions_course', ['courseId', 'createdAt'])
@Unique('uq_content_versions_number', ['courseId', 'number'])
@Check('content_versions_kind_check', "kind IN ('files', 'publish', 'restore')")
export class ContentVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @ManyToOne('Course', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'content_versions_course_id_fkey' })
  private readonly courseRef?: unknown;

  /** 1, 2, 3… per course. */
  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'text', default: 'files' })
  kind!: ContentVersionKind;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @Column({ type: 'jsonb' })
  changes!: ContentChanges;

  /** The course folder as published by this version (null for versions made before issue 17). */
  @Column({ type: 'jsonb', nullable: true })
  tree!: CourseTree | null;

  /**
   * For a files import: the course folder as the files said, where it differs from `tree` (a browser edit kept over
   * a file that changed too); the base of the next import's comparison. Null when equal to `tree`.
   */
  @Column({ name: 'file_tree', type: 'jsonb', nullable: true })
  fileTree!: CourseTree | null;

  /** For a files import: treeHash of the course folder that was read. */
  @Column({ name: 'file_tree_hash', type: 'text', nullable: true })
  fileTreeHash!: string | null;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'content_versions_author_id_fkey' })
  private readonly authorRef?: unknown;

  @Column({ name: 'reviewer_id', type: 'uuid', nullable: true })
  reviewerId!: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewer_id', foreignKeyConstraintName: 'content_versions_reviewer_id_fkey' })
  private readonly reviewerRef?: unknown;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** For a restore: the number of the version restored. */
  @Column({ name: 'restored_from', type: 'int', nullable: true })
  restoredFrom!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
