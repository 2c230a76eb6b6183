import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { LocalizedText } from '@lantoa/course-format';
import type { Course } from './course.entity.js';

/** Title and summary a province gives its variant of a module (module 6: "nội dung theo định hướng của địa phương"). */
export type ModuleVariantTexts = Record<string, { title: LocalizedText | null; summary: LocalizedText | null }>;

@Entity('course_modules')
@Unique('uq_course_modules_course_slug', ['courseId', 'slug'])
export class CourseModule {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @ManyToOne('Course', (c: Course) => c.modules, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'course_modules_course_id_fkey' })
  course?: Course;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Column({ type: 'jsonb' })
  summary!: LocalizedText;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  variants!: ModuleVariantTexts;

  /** Set when the module left the files; kept so learners' progress on it is never lost. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
