import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedText, QuizQuestion } from '@lantoa/course-format';

/** One quiz per module and variant; unique on (module_id, coalesce(province_code, '')) in the migration. */
@Entity('quizzes')
@Index('uq_quizzes_module_variant', { synchronize: false })
export class Quiz {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'module_id', type: 'uuid' })
  moduleId!: string;

  @ManyToOne('CourseModule', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'quizzes_module_id_fkey' })
  private readonly moduleRef?: unknown;

  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true })
  provinceCode!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  title!: LocalizedText | null;

  @Column({ name: 'passing_score', type: 'double precision' })
  passingScore!: number;

  @Column({ name: 'max_attempts', type: 'int', nullable: true })
  maxAttempts!: number | null;

  /** Hours between the last attempt of a round and the next round (course files; 24 by default). */
  @Column({ name: 'retry_after_hours', type: 'double precision', default: 24 })
  retryAfterHours!: number;

  /** Questions with options, correct flags and explanations; only the server grades. */
  @Column({ type: 'jsonb' })
  questions!: QuizQuestion[];

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
