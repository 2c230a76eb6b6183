import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export interface ContentChanges {
  added: string[];
  updated: string[];
  archived: string[];
  restored: string[];
}

/** One row per import that changed a course: its content hash and what changed. */
@Entity('content_versions')
@Index('ix_content_versions_course', ['courseId', 'createdAt'])
export class ContentVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @ManyToOne('Course', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'content_versions_course_id_fkey' })
  private readonly courseRef?: unknown;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @Column({ type: 'jsonb' })
  changes!: ContentChanges;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
