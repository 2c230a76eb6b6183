import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedText } from '@lantoa/course-format';
import type { CourseModule } from './course-module.entity.js';

@Entity('courses')
export class Course {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  slug!: string;

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Column({ type: 'jsonb' })
  summary!: LocalizedText;

  @Column({ type: 'jsonb' })
  issuer!: LocalizedText;

  @Column({ name: 'quiz_passing_score', type: 'double precision' })
  quizPassingScore!: number;

  /** Hash of the files of the last import; equal hash means nothing to do. */
  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @OneToMany('CourseModule', (m: CourseModule) => m.course)
  modules?: CourseModule[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
