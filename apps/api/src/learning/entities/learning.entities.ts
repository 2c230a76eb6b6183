import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Course } from '../../catalog/entities/course.entity.js';
import { CourseModule } from '../../catalog/entities/course-module.entity.js';
import { Lesson } from '../../catalog/entities/lesson.entity.js';
import { Quiz } from '../../catalog/entities/quiz.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { AdminUnit } from '../../org/entities/admin-unit.entity.js';
import { Team } from '../../org/entities/team.entity.js';

// The learning service writes with set-based SQL (learning-writes.ts); these entities describe the tables for
// TypeORM (the migration drift test) and for simple reads.

@Entity('enrollments')
@Unique('uq_enrollments_user_course', ['userId', 'courseId'])
export class Enrollment {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'enrollments_user_id_fkey' })
  user?: User;
  @Column({ name: 'course_id', type: 'uuid' }) courseId!: string;
  @ManyToOne(() => Course) @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'enrollments_course_id_fkey' }) course?: Course;
  /** First progress ever recorded (device time). */
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ name: 'last_active_at', type: 'timestamptz', nullable: true }) lastActiveAt!: Date | null;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** Every progress write, keyed by the id the client made: the same event twice is stored once. */
@Entity('progress_events')
@Check('progress_events_kind_check', "kind IN ('lesson_completed', 'quiz_submitted')")
export class ProgressEvent {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'progress_events_user_id_fkey' })
  user?: User;
  @PrimaryColumn({ name: 'client_event_id', type: 'text' }) clientEventId!: string;
  @Column({ type: 'text' }) kind!: 'lesson_completed' | 'quiz_submitted';
  @Column({ name: 'lesson_id', type: 'uuid', nullable: true }) lessonId!: string | null;
  @ManyToOne(() => Lesson)
  @JoinColumn({ name: 'lesson_id', foreignKeyConstraintName: 'progress_events_lesson_id_fkey' })
  lesson?: Lesson | null;
  @Column({ name: 'quiz_attempt_id', type: 'uuid', nullable: true }) quizAttemptId!: string | null;
  /** What the first submission was answered, so that a replay is answered the same. */
  @Column({ type: 'jsonb', nullable: true }) result!: unknown;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('lesson_completions')
@Index('ix_lesson_completions_user_course', ['userId', 'courseId'])
export class LessonCompletion {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'lesson_completions_user_id_fkey' })
  user?: User;
  @PrimaryColumn({ name: 'lesson_id', type: 'uuid' }) lessonId!: string;
  @ManyToOne(() => Lesson)
  @JoinColumn({ name: 'lesson_id', foreignKeyConstraintName: 'lesson_completions_lesson_id_fkey' })
  lesson?: Lesson;
  @Column({ name: 'course_id', type: 'uuid' }) courseId!: string;
  @ManyToOne(() => Course)
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'lesson_completions_course_id_fkey' })
  course?: Course;
  @Column({ name: 'completed_at', type: 'timestamptz' }) completedAt!: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('quiz_attempts')
@Unique('uq_quiz_attempts_number', ['userId', 'quizId', 'attemptNumber'])
export class QuizAttempt {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'quiz_attempts_user_id_fkey' })
  user?: User;
  @Column({ name: 'quiz_id', type: 'uuid' }) quizId!: string;
  @ManyToOne(() => Quiz) @JoinColumn({ name: 'quiz_id', foreignKeyConstraintName: 'quiz_attempts_quiz_id_fkey' }) quiz?: Quiz;
  @Column({ name: 'attempt_number', type: 'int' }) attemptNumber!: number;
  /** Rounds of max_attempts attempts; a new round opens after the waiting time or when a helper gives one. */
  @Column({ name: 'round_number', type: 'int', default: 1 }) roundNumber!: number;
  /** Question slug → chosen option ids, as submitted. */
  @Column({ type: 'jsonb' }) answers!: Record<string, string[]>;
  @Column({ name: 'correct_count', type: 'int' }) correctCount!: number;
  @Column({ name: 'question_count', type: 'int' }) questionCount!: number;
  @Column({ type: 'double precision' }) score!: number;
  @Column({ type: 'boolean' }) passed!: boolean;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt!: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A module (module_id set) or course (module_id null) completion, with where the learner was at that moment. */
@Entity('completions')
@Index('uq_completions_module', { synchronize: false })
@Index('uq_completions_course', { synchronize: false })
export class Completion {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'completions_user_id_fkey' })
  user?: User;
  @Column({ name: 'course_id', type: 'uuid' }) courseId!: string;
  @ManyToOne(() => Course) @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'completions_course_id_fkey' }) course?: Course;
  @Column({ name: 'module_id', type: 'uuid', nullable: true }) moduleId!: string | null;
  @ManyToOne(() => CourseModule)
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'completions_module_id_fkey' })
  module?: CourseModule | null;
  @Column({ name: 'commune_id', type: 'int', nullable: true }) communeId!: number | null;
  @ManyToOne(() => AdminUnit)
  @JoinColumn({ name: 'commune_id', foreignKeyConstraintName: 'completions_commune_id_fkey' })
  commune?: AdminUnit | null;
  @Column({ name: 'team_id', type: 'uuid', nullable: true }) teamId!: string | null;
  @ManyToOne(() => Team) @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'completions_team_id_fkey' }) team?: Team | null;
  @Column({ name: 'completed_at', type: 'timestamptz' }) completedAt!: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A new round of a quiz given at once by a team leader, trainer or admin: the record of who gave it. */
@Entity('quiz_round_grants')
@Unique('uq_quiz_round_grants_round', ['userId', 'quizId', 'roundNumber'])
export class QuizRoundGrant {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'quiz_round_grants_user_id_fkey' })
  user?: User;
  @Column({ name: 'quiz_id', type: 'uuid' }) quizId!: string;
  @ManyToOne(() => Quiz) @JoinColumn({ name: 'quiz_id', foreignKeyConstraintName: 'quiz_round_grants_quiz_id_fkey' }) quiz?: Quiz;
  @Column({ name: 'round_number', type: 'int' }) roundNumber!: number;
  @Column({ name: 'granted_by', type: 'uuid', nullable: true }) grantedBy!: string | null;
  @ManyToOne(() => User)
  @JoinColumn({ name: 'granted_by', foreignKeyConstraintName: 'quiz_round_grants_granted_by_fkey' })
  granter?: User | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

export const learningEntities = [Enrollment, ProgressEvent, LessonCompletion, QuizAttempt, Completion, QuizRoundGrant];
