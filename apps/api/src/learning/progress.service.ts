import { Injectable } from '@nestjs/common';
import { gradeQuiz } from '@lantoa/domain';
import type { LocalizedText, QuizQuestion } from '@lantoa/course-format';
import { DataSource, type EntityManager } from 'typeorm';
import { pgPool } from '../database/pg-pool.js';
import { DomainError } from '../errors/domain-error.js';
import { message, type MessageKey } from '../errors/messages.js';
import type { Viewer } from '../identity/viewer.js';
import { TOUCH_ENROLLMENT_SQL } from './completion.sql.js';
import { QuizRoundsService } from './quiz-rounds.service.js';
import type { LessonCompletionModel, QuestionReviewModel, QuizResultModel } from './models/progress.models.js';

export interface LessonEvent {
  clientEventId: string;
  lessonId: string;
  occurredAt: Date;
}

export interface QuizEvent {
  clientEventId: string;
  quizId: string;
  answers: { questionSlug: string; optionIds: string[] }[];
  occurredAt: Date;
}

export type Outcome<T> =
  | { status: 'APPLIED' | 'DUPLICATE'; value: T }
  | { status: 'REJECTED'; reason: MessageKey; params?: Record<string, string | number>; extra?: Record<string, unknown> };

const CLIENT_ID = /^[A-Za-z0-9_.:-]{8,100}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface StoredLessonResult {
  lessonId: string;
  completedAt: string;
  completedModuleIds: string[];
  courseCompleted: boolean;
}

interface QuizRow {
  id: string;
  module_id: string;
  course_id: string;
  passing_score: number;
  max_attempts: number | null;
  questions: QuizQuestion[];
  archived_at: Date | null;
}

/**
 * Every progress write. Each event carries the client's id and is stored once (primary key on learner + id),
 * so retries, double taps and offline replays are answered the same and counted once. Lesson events are applied
 * set-wise, a batch in a handful of statements.
 */
@Injectable()
export class ProgressService {
  private readonly lessonCourse = new Map<string, string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: QuizRoundsService,
  ) {}

  async completeLessons(viewer: Viewer, events: LessonEvent[]): Promise<Outcome<LessonCompletionModel>[]> {
    // Events are normalised copies (clamped times); outcomes are keyed by the copy and read back by position.
    const normalised = events.map((e) => ({ ...e, occurredAt: clampToNow(e.occurredAt) }));
    const outcomes = new Map<LessonEvent, Outcome<LessonCompletionModel>>();
    const first = new Map<string, LessonEvent>();
    const repeats = new Map<LessonEvent, LessonEvent>();
    const valid: LessonEvent[] = [];
    for (const e of normalised) {
      const earlier = first.get(e.clientEventId);
      if (!CLIENT_ID.test(e.clientEventId)) outcomes.set(e, { status: 'REJECTED', reason: 'progress.badClientEventId' });
      else if (!UUID.test(e.lessonId)) outcomes.set(e, { status: 'REJECTED', reason: 'progress.unknownLesson' });
      else if (earlier && earlier.lessonId !== e.lessonId) outcomes.set(e, { status: 'REJECTED', reason: 'progress.clientEventIdReused' });
      // The same event twice in one batch (a device queue can hold it twice) is answered as its first copy is.
      else if (earlier) repeats.set(e, earlier);
      else {
        first.set(e.clientEventId, e);
        valid.push(e);
      }
    }
    const courseOf = await this.coursesOfLessons(valid.map((e) => e.lessonId));
    const byCourse = new Map<string, LessonEvent[]>();
    for (const e of valid) {
      const course = courseOf.get(e.lessonId);
      if (!course) outcomes.set(e, { status: 'REJECTED', reason: 'progress.unknownLesson' });
      else byCourse.set(course, [...(byCourse.get(course) ?? []), e]);
    }
    for (const [courseId, courseEvents] of byCourse) {
      const applied = await this.applyLessonEvents(viewer, courseId, courseEvents);
      for (const [event, outcome] of applied) outcomes.set(event, outcome);
    }
    for (const [repeat, original] of repeats) {
      const outcome = outcomes.get(original)!;
      outcomes.set(repeat, outcome.status === 'APPLIED' ? { ...outcome, status: 'DUPLICATE' } : outcome);
    }
    return normalised.map((e) => outcomes.get(e)!);
  }

  /** A lesson never changes course (its id is its identity), so the answer is kept for the life of the process. */
  private async coursesOfLessons(lessonIds: string[]): Promise<Map<string, string>> {
    const missing = [...new Set(lessonIds.filter((id) => !this.lessonCourse.has(id)))];
    if (missing.length > 0) {
      const { rows } = await pgPool(this.dataSource).query<{ id: string; course_id: string }>(
        `SELECT id, course_id FROM lessons WHERE id = ANY($1::uuid[])`,
        [missing],
      );
      for (const r of rows) this.lessonCourse.set(r.id, r.course_id);
    }
    return this.lessonCourse;
  }

  /** One call of record_lesson_completions (see its migration): one round trip, one commit. */
  private async applyLessonEvents(
    viewer: Viewer,
    courseId: string,
    events: LessonEvent[],
  ): Promise<Map<LessonEvent, Outcome<LessonCompletionModel>>> {
    const { rows } = await pgPool(this.dataSource).query<{
      out_event_id: string;
      out_status: string;
      out_result: StoredLessonResult | null;
    }>(
      'SELECT out_event_id, out_status, out_result FROM record_lesson_completions($1::uuid, $2::uuid, $3::text[], $4::uuid[], $5::timestamptz[])',
      [viewer.userId, courseId, events.map((e) => e.clientEventId), events.map((e) => e.lessonId), events.map((e) => e.occurredAt)],
    );
    const byId = new Map(rows.map((r) => [r.out_event_id, r]));
    const result = new Map<LessonEvent, Outcome<LessonCompletionModel>>();
    for (const e of events) {
      const row = byId.get(e.clientEventId);
      if (!row?.out_result || row.out_status === 'REUSED') {
        result.set(e, { status: 'REJECTED', reason: 'progress.clientEventIdReused' });
      } else {
        const value = { ...row.out_result, completedAt: new Date(row.out_result.completedAt) };
        result.set(e, { status: row.out_status === 'APPLIED' ? 'APPLIED' : 'DUPLICATE', value });
      }
    }
    return result;
  }

  /** Grades on the server, stores the attempt with its answers, and answers a replay with the stored result. */
  async submitQuiz(viewer: Viewer, event: QuizEvent): Promise<Outcome<QuizResultModel>> {
    if (!CLIENT_ID.test(event.clientEventId)) return { status: 'REJECTED', reason: 'progress.badClientEventId' };
    const quiz = UUID.test(event.quizId)
      ? (
          await this.dataSource.query<QuizRow[]>(
            `SELECT q.id, q.module_id, m.course_id, q.passing_score, q.max_attempts, q.questions, q.archived_at
               FROM quizzes q JOIN course_modules m ON m.id = q.module_id WHERE q.id = $1`,
            [event.quizId],
          )
        )[0]
      : undefined;
    if (!quiz) return { status: 'REJECTED', reason: 'progress.unknownQuiz' };
    const occurredAt = clampToNow(event.occurredAt);

    return this.dataSource.transaction(async (em): Promise<Outcome<QuizResultModel>> => {
      await em.query(TOUCH_ENROLLMENT_SQL, [viewer.userId, quiz.course_id, occurredAt, occurredAt]);
      const [existing] = await em.query<{ kind: string; quiz_attempt_id: string | null }[]>(
        `SELECT kind, quiz_attempt_id FROM progress_events WHERE user_id = $1 AND client_event_id = $2`,
        [viewer.userId, event.clientEventId],
      );
      if (existing) {
        if (existing.kind !== 'quiz_submitted' || !existing.quiz_attempt_id)
          return { status: 'REJECTED', reason: 'progress.clientEventIdReused' };
        return { status: 'DUPLICATE', value: await this.attemptResult(em, viewer.userId, existing.quiz_attempt_id) };
      }
      if (quiz.archived_at) return { status: 'REJECTED', reason: 'progress.quizArchived' };
      // Rounds instead of a lock (issue 19): the attempts of a round, then a wait or a helper's new round.
      const round = await this.rounds.state(em, viewer.userId, quiz.id);
      if (round.attemptsLeft === 0)
        return {
          status: 'REJECTED',
          reason: 'progress.noAttemptsLeft',
          params: { time: formatVietnamTime(round.nextRoundAt!) },
          extra: { nextRoundAt: round.nextRoundAt!.toISOString() },
        };
      const [numbered] = await em.query<{ used: number }[]>(
        `SELECT coalesce(max(attempt_number), 0)::int AS used FROM quiz_attempts WHERE user_id = $1 AND quiz_id = $2`,
        [viewer.userId, quiz.id],
      );
      const used = numbered?.used ?? 0;

      const answers = Object.fromEntries(event.answers.map((a) => [a.questionSlug, a.optionIds]));
      const grade = gradeQuiz(quiz.questions, answers, quiz.passing_score);
      const [attempt] = await em.query<{ id: string }[]>(
        `INSERT INTO quiz_attempts (user_id, quiz_id, attempt_number, round_number, answers, correct_count, question_count, score, passed, submitted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          viewer.userId,
          quiz.id,
          used + 1,
          round.round,
          answers,
          grade.correctCount,
          grade.questionCount,
          grade.score,
          grade.passed,
          occurredAt,
        ],
      );
      let completed = { moduleIds: [] as string[], courseCompleted: false };
      if (grade.passed) completed = await this.completeModules(em, viewer, quiz.course_id, [quiz.module_id], occurredAt);
      const extra = { moduleCompleted: completed.moduleIds.length > 0, courseCompleted: completed.courseCompleted };
      await em.query(
        `INSERT INTO progress_events (user_id, client_event_id, kind, quiz_attempt_id, occurred_at, result) VALUES ($1, $2, 'quiz_submitted', $3, $4, $5)`,
        [viewer.userId, event.clientEventId, attempt!.id, occurredAt, extra],
      );
      return { status: 'APPLIED', value: await this.attemptResult(em, viewer.userId, attempt!.id) };
    });
  }

  /** The result of a stored attempt, rebuilt the same way every time it is asked for. */
  async attemptResult(em: EntityManager, userId: string, attemptId: string): Promise<QuizResultModel> {
    const [row] = await em.query<
      (QuizRow & {
        attempt_number: number;
        answers: Record<string, string[]>;
        correct_count: number;
        question_count: number;
        score: number;
        passed: boolean;
        used: number;
        round_number: number;
        retry_after_hours: number;
        created_at: Date;
        result: { moduleCompleted: boolean; courseCompleted: boolean } | null;
      })[]
    >(
      `SELECT q.id, q.passing_score, q.max_attempts, q.retry_after_hours, q.questions, a.attempt_number, a.round_number, a.created_at,
              a.answers, a.correct_count, a.question_count, a.score, a.passed,
              (SELECT count(*)::int FROM quiz_attempts x WHERE x.user_id = a.user_id AND x.quiz_id = a.quiz_id
                  AND x.round_number = a.round_number AND x.attempt_number <= a.attempt_number) AS used,
              (SELECT e.result FROM progress_events e WHERE e.user_id = a.user_id AND e.quiz_attempt_id = a.id) AS result
         FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id
        WHERE a.id = $1 AND a.user_id = $2`,
      [attemptId, userId],
    );
    const r = row!;
    const attemptsLeft = r.max_attempts === null ? null : Math.max(0, r.max_attempts - r.used);
    // Correct answers are shown once the quiz is passed; before that only right / wrong and the explanations, because
    // a new round always comes (issue 19) and the answers would make it a formality.
    const reveal = r.passed;
    const nextRoundAt = attemptsLeft === 0 ? new Date(new Date(r.created_at).getTime() + r.retry_after_hours * 3_600_000) : null;
    const grade = gradeQuiz(r.questions, r.answers, r.passing_score);
    const questions: QuestionReviewModel[] = r.questions.map((q, i) => ({
      slug: q.slug,
      prompt: q.prompt as LocalizedText,
      correct: grade.questions[i]!.correct,
      options: q.options.map((o) => ({
        id: o.id,
        text: o.text as LocalizedText,
        explanation: o.explanation as LocalizedText,
        selected: grade.questions[i]!.selected.includes(o.id),
        correct: reveal ? o.correct : null,
      })),
    }));
    return {
      attemptId,
      quizId: r.id,
      attemptNumber: r.attempt_number,
      correctCount: r.correct_count,
      questionCount: r.question_count,
      score: r.score,
      passed: r.passed,
      attemptsLeft,
      round: r.round_number,
      nextRoundAt,
      questions,
      moduleCompleted: r.result?.moduleCompleted ?? false,
      courseCompleted: r.result?.courseCompleted ?? false,
    };
  }

  /** The completion rules (SQL functions of migration 1763856400000), inside the caller's transaction. */
  private async completeModules(em: EntityManager, viewer: Viewer, courseId: string, moduleIds: string[], at: Date) {
    const done = await em.query<{ m: string }[]>('SELECT m FROM complete_modules($1::uuid, $2::uuid[], $3::timestamptz) AS m', [
      viewer.userId,
      moduleIds,
      at,
    ]);
    const [course] = done.length
      ? await em.query<{ done: boolean }[]>('SELECT complete_course($1::uuid, $2::uuid, $3::timestamptz) AS done', [
          viewer.userId,
          courseId,
          at,
        ])
      : [];
    return { moduleIds: done.map((d) => d.m), courseCompleted: course?.done === true };
  }
}

/** A device clock ahead of ours cannot put progress in the future. */
function clampToNow(at: Date | null | undefined): Date {
  const now = new Date();
  return !at || Number.isNaN(at.getTime()) || at > now ? now : at;
}

export function rejection(reason: MessageKey) {
  return message(reason);
}

export function toDomainError(outcome: Outcome<unknown>): DomainError | null {
  return outcome.status === 'REJECTED'
    ? new DomainError(
        outcome.reason === 'progress.noAttemptsLeft' ? 'CONFLICT' : 'BAD_USER_INPUT',
        outcome.reason,
        outcome.params,
        [],
        outcome.extra,
      )
    : null;
}

/** "10:30 ngày 2/12/2026", in Vietnam's time, for messages that say when something opens. */
export function formatVietnamTime(at: Date): string {
  const parts = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('hour')}:${get('minute')} ngày ${get('day')}/${get('month')}/${get('year')}`;
}
