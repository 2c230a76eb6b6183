import { Injectable } from '@nestjs/common';
import type { LocalizedText } from '@lantoa/course-format';
import { DataSource } from 'typeorm';
import { CatalogService } from '../catalog/catalog.service.js';
import type { CourseModuleModel } from '../catalog/models/course-module.model.js';
import { DomainError } from '../errors/domain-error.js';
import type { CourseProgressModel, LearnerQuizModel, ModuleProgressModel } from './models/progress.models.js';
import { fromFacts } from './quiz-rounds.service.js';
import { QUIZ_ATTEMPTS_BY_LEARNER_SQL, QUIZ_ROUND_FACTS_SQL, type QuizRoundFactsRow } from './quiz-rounds.sql.js';

export interface Learner {
  userId: string;
  provinceCode: string | null;
}

/**
 * Reads progress for one learner or many (a team) with the same few queries: lesson completions, quiz attempts,
 * module completions and enrolments for all of them at once, against the course outline of each province.
 */
@Injectable()
export class ProgressReaderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
  ) {}

  async courseId(courseSlug: string): Promise<string> {
    const course = await this.catalog.findCourse(courseSlug);
    if (!course) throw DomainError.notFound('course.notFound');
    return course.id;
  }

  async progress(courseSlug: string, learners: Learner[]): Promise<Map<string, CourseProgressModel>> {
    const courseId = await this.courseId(courseSlug);
    const ids = learners.map((l) => l.userId);
    const [lessons, attempts, modules, enrollments] = await Promise.all([
      this.dataSource.query<{ user_id: string; lesson_id: string }[]>(
        `SELECT user_id, lesson_id FROM lesson_completions WHERE user_id = ANY($1::uuid[]) AND course_id = $2`,
        [ids, courseId],
      ),
      this.dataSource.query<(QuizRoundFactsRow & { user_id: string; quiz_id: string; attempts: number; best: number; passed: boolean })[]>(
        QUIZ_ATTEMPTS_BY_LEARNER_SQL,
        [ids, courseId],
      ),
      this.dataSource.query<{ user_id: string; module_id: string | null; completed_at: Date }[]>(
        `SELECT user_id, module_id, completed_at FROM completions WHERE user_id = ANY($1::uuid[]) AND course_id = $2`,
        [ids, courseId],
      ),
      this.dataSource.query<{ user_id: string; started_at: Date | null; last_active_at: Date | null; completed_at: Date | null }[]>(
        `SELECT user_id, started_at, last_active_at, completed_at FROM enrollments WHERE user_id = ANY($1::uuid[]) AND course_id = $2`,
        [ids, courseId],
      ),
    ]);
    const outlines = new Map<string, Promise<CourseModuleModel[]>>();
    const outlineFor = (province: string | null) => {
      const key = province ?? '';
      if (!outlines.has(key)) outlines.set(key, this.catalog.outline(courseId, province));
      return outlines.get(key)!;
    };
    const result = new Map<string, CourseProgressModel>();
    const now = new Date();
    for (const learner of learners) {
      const outline = await outlineFor(learner.provinceCode);
      const done = new Set(lessons.filter((l) => l.user_id === learner.userId).map((l) => l.lesson_id));
      const myAttempts = new Map(attempts.filter((a) => a.user_id === learner.userId).map((a) => [a.quiz_id, a]));
      const myCompletions = modules.filter((m) => m.user_id === learner.userId);
      const moduleDone = new Map(myCompletions.filter((m) => m.module_id).map((m) => [m.module_id!, m.completed_at]));
      const enrollment = enrollments.find((e) => e.user_id === learner.userId);
      const moduleProgress: ModuleProgressModel[] = outline.map((m) => {
        const attempt = m.quiz ? myAttempts.get(m.quiz.id) : undefined;
        const round = m.quiz
          ? fromFacts(
              {
                max_attempts: m.quiz.maxAttempts,
                retry_after_hours: m.quiz.retryAfterHours,
                last_round: attempt?.last_round ?? 0,
                used_in_last_round: attempt?.used_in_last_round ?? 0,
                last_attempt_at: attempt?.last_attempt_at ?? null,
                granted_round: attempt?.granted_round ?? 0,
              },
              now,
            )
          : null;
        return {
          moduleId: m.id,
          slug: m.slug,
          title: m.title as LocalizedText,
          lessonsDone: m.lessons.filter((l) => done.has(l.id)).length,
          lessonsTotal: m.lessons.length,
          completedLessonIds: m.lessons.filter((l) => done.has(l.id)).map((l) => l.id),
          quizId: m.quiz?.id ?? null,
          quizBestScore: attempt?.best ?? null,
          quizAttempts: attempt?.attempts ?? 0,
          quizMaxAttempts: m.quiz?.maxAttempts ?? null,
          quizPassed: attempt?.passed ?? false,
          quizRound: round?.round ?? 1,
          quizAttemptsLeft: round?.attemptsLeft ?? null,
          quizNextRoundAt: round?.nextRoundAt ?? null,
          completed: moduleDone.has(m.id),
          completedAt: moduleDone.get(m.id) ?? null,
          nextLesson: m.lessons.find((l) => !done.has(l.id)) ?? null,
        };
      });
      const items = moduleProgress.reduce((n, m) => n + m.lessonsTotal + (m.quizId ? 1 : 0), 0);
      const itemsDone = moduleProgress.reduce((n, m) => n + m.lessonsDone + (m.quizPassed ? 1 : 0), 0);
      const courseCompletion = myCompletions.find((m) => m.module_id === null);
      result.set(learner.userId, {
        courseId,
        courseSlug,
        enrolled: Boolean(enrollment),
        percent: courseCompletion ? 100 : items === 0 ? 0 : Math.floor((itemsDone / items) * 100),
        modules: moduleProgress,
        nextLesson:
          moduleProgress.find((m) => !m.completed && m.nextLesson)?.nextLesson ??
          moduleProgress.find((m) => m.nextLesson)?.nextLesson ??
          null,
        completed: Boolean(courseCompletion),
        startedAt: enrollment?.started_at ?? null,
        lastActiveAt: enrollment?.last_active_at ?? null,
        completedAt: courseCompletion?.completed_at ?? null,
      });
    }
    return result;
  }

  async enroll(userId: string, courseSlug: string): Promise<void> {
    const courseId = await this.courseId(courseSlug);
    await this.dataSource.query(
      `INSERT INTO enrollments (user_id, course_id) VALUES ($1, $2) ON CONFLICT (user_id, course_id) DO NOTHING`,
      [userId, courseId],
    );
  }

  /** A quiz without its answers, with the learner's attempts so far, their round and the lessons to reread. */
  async learnerQuiz(userId: string, quizId: string): Promise<LearnerQuizModel> {
    const [row] = /^[0-9a-f-]{36}$/i.test(quizId)
      ? await this.dataSource.query<
          {
            id: string;
            module_id: string;
            province_code: string | null;
            module_title: LocalizedText;
            passing_score: number;
            max_attempts: number | null;
            retry_after_hours: number;
            questions: LearnerQuizModel['questions'];
            used: number;
            passed: boolean;
          }[]
        >(
          `SELECT q.id, q.module_id, q.province_code, m.title AS module_title, q.passing_score, q.max_attempts, q.retry_after_hours, q.questions,
                  (SELECT count(*)::int FROM quiz_attempts a WHERE a.quiz_id = q.id AND a.user_id = $2) AS used,
                  coalesce((SELECT bool_or(a.passed) FROM quiz_attempts a WHERE a.quiz_id = q.id AND a.user_id = $2), false) AS passed
             FROM quizzes q JOIN course_modules m ON m.id = q.module_id WHERE q.id = $1 AND q.archived_at IS NULL`,
          [quizId, userId],
        )
      : [];
    if (!row) throw DomainError.notFound('progress.unknownQuiz');
    const [[facts], lessons] = await Promise.all([
      this.dataSource.query<QuizRoundFactsRow[]>(QUIZ_ROUND_FACTS_SQL, [userId, quizId]),
      this.dataSource.query<{ id: string; slug: string; position: number; title: LocalizedText; minutes: number }[]>(
        `SELECT id, slug, position, title, minutes FROM lessons
          WHERE module_id = $1 AND province_code IS NOT DISTINCT FROM $2 AND archived_at IS NULL ORDER BY position`,
        [row.module_id, row.province_code],
      ),
    ]);
    const round = fromFacts(facts!, new Date());
    return {
      id: row.id,
      moduleId: row.module_id,
      moduleTitle: row.module_title,
      passingScore: row.passing_score,
      maxAttempts: row.max_attempts,
      attemptsUsed: row.used,
      passed: row.passed,
      round: round.round,
      attemptsLeft: round.attemptsLeft,
      nextRoundAt: round.nextRoundAt,
      retryAfterHours: row.retry_after_hours,
      lessons,
      questions: row.questions.map((q) => ({
        slug: q.slug,
        type: q.type,
        prompt: q.prompt,
        options: q.options.map((o) => ({ id: o.id, text: o.text })),
      })),
    };
  }
}
