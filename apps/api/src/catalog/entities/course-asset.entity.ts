import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** An image that sits beside a lesson, stored with the content so the API can serve it without the files. */
@Entity('course_assets')
export class CourseAsset {
  @PrimaryColumn({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @ManyToOne('Course', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'course_assets_course_id_fkey' })
  private readonly courseRef?: unknown;

  @PrimaryColumn({ type: 'text' })
  path!: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: string;

  @Column({ type: 'bytea' })
  data!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
