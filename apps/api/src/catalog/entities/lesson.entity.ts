import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { LocalizedText } from '@lantoa/course-format';

@Entity('lessons')
@Unique('uq_lessons_course_slug', ['courseId', 'slug'])
@Index('ix_lessons_module', ['moduleId'])
export class Lesson {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @Column({ name: 'module_id', type: 'uuid' })
  moduleId!: string;

  @ManyToOne('Course', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'lessons_course_id_fkey' })
  private readonly courseRef?: unknown;

  @ManyToOne('CourseModule', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'lessons_module_id_fkey' })
  private readonly moduleRef?: unknown;

  @Column({ type: 'text' })
  slug!: string;

  /** Null for the national content; a province code for that province's variant of the module. */
  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true })
  provinceCode!: string | null;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Column({ type: 'int' })
  minutes!: number;

  @Column({ type: 'jsonb' })
  objectives!: LocalizedText[];

  /** Markdown; rendered by the web without raw HTML. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'word_count', type: 'int' })
  wordCount!: number;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
