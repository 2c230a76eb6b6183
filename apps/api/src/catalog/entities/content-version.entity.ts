import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface ContentChanges {
  added: string[];
  updated: string[];
  archived: string[];
  restored: string[];
}

/** One row per import that changed a course: its content hash and what changed. */
@Entity('content_versions')
export class ContentVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @Column({ type: 'jsonb' })
  changes!: ContentChanges;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
