import { Injectable } from '@nestjs/common';
import { compareLessonOrder } from '@lantoa/course-format';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { CourseModule, Lesson, Quiz } from './entities/index.js';
import type { CourseModuleModel } from './models/course-module.model.js';
import type { CourseModel } from './models/course.model.js';
import type { LessonModel, LessonSummaryModel } from './models/lesson.model.js';

@Injectable()
export class CatalogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Courses with their live module and lesson counts, in one query. */
  listCourses(): Promise<CourseModel[]> {
    return this.queryCourses();
  }

  async findCourse(slug: string): Promise<CourseModel | null> {
    return (await this.queryCourses(slug))[0] ?? null;
  }

  /**
   * The modules of a course as a learner of `provinceCode` sees them: a module with a variant for that province
   * shows its national lessons plus the province's (placed by number, see compareLessonOrder) and the province's
   * quiz (national + province questions); every other module its national content. Three queries, whatever the size.
   */
  async outline(courseId: string, provinceCode: string | null): Promise<CourseModuleModel[]> {
    const modules = await this.dataSource
      .getRepository(CourseModule)
      .find({ where: { courseId, archivedAt: IsNull() }, order: { position: 'ASC' } });
    const lessons = await this.dataSource
      .getRepository(Lesson)
      .find({ where: { courseId, archivedAt: IsNull() }, order: { position: 'ASC' } });
    const quizzes = modules.length
      ? await this.dataSource
          .getRepository(Quiz)
          .createQueryBuilder('q')
          .where('q.module_id IN (:...ids) AND q.archived_at IS NULL', { ids: modules.map((m) => m.id) })
          .getMany()
      : [];
    const assetBytes = await this.assetBytes(courseId);
    return modules.map((m) => {
      const variant = provinceCode && m.variants[provinceCode] ? provinceCode : null;
      const own = lessons
        .filter((l) => l.moduleId === m.id && (l.provinceCode === null || l.provinceCode === variant))
        .sort(compareLessonOrder);
      const quiz = quizzes.find((q) => q.moduleId === m.id && q.provinceCode === variant);
      const texts = variant ? m.variants[variant] : undefined;
      return {
        id: m.id,
        slug: m.slug,
        position: m.position,
        title: texts?.title ?? m.title,
        summary: texts?.summary ?? m.summary,
        provinceCode: variant,
        lessons: own.map(toSummary),
        quiz: quiz
          ? {
              id: quiz.id,
              questionCount: quiz.questions.length,
              passingScore: quiz.passingScore,
              maxAttempts: quiz.maxAttempts,
              retryAfterHours: quiz.retryAfterHours,
            }
          : null,
        variants: Object.entries(m.variants).map(([code, v]) => ({ provinceCode: code, title: v.title })),
        totalMinutes: own.reduce((n, l) => n + l.minutes, 0),
        downloadBytes: downloadBytes(own, quiz, assetBytes),
      };
    });
  }

  /** Image path → size, for the download size of a module (the bytes themselves are not read). */
  private async assetBytes(courseId: string): Promise<Map<string, number>> {
    const rows: { path: string; bytes: number }[] = await this.dataSource.query(
      `SELECT path, octet_length(data)::int AS bytes FROM course_assets WHERE course_id = $1`,
      [courseId],
    );
    return new Map(rows.map((r) => [r.path, r.bytes]));
  }

  /** A lesson with its neighbours in the outline of the learner's province (or of the lesson's own variant). */
  async findLesson(courseSlug: string, lessonSlug: string, provinceCode: string | null): Promise<LessonModel | null> {
    const lesson = await this.dataSource
      .getRepository(Lesson)
      .createQueryBuilder('l')
      .innerJoin('courses', 'c', 'c.id = l.course_id')
      .where('c.slug = :courseSlug AND l.slug = :lessonSlug AND l.archived_at IS NULL', { courseSlug, lessonSlug })
      .getOne();
    if (!lesson) return null;
    const outline = await this.outline(lesson.courseId, lesson.provinceCode ?? provinceCode);
    const flat = outline.flatMap((m) => m.lessons.map((l) => ({ ...l, module: m })));
    const index = flat.findIndex((l) => l.id === lesson.id);
    const module = outline.find((m) => m.id === lesson.moduleId);
    return {
      ...toSummary(lesson),
      objectives: lesson.objectives,
      body: lesson.body,
      moduleSlug: module?.slug ?? '',
      moduleTitle: module?.title ?? { vi: '' },
      provinceCode: lesson.provinceCode,
      previous: index > 0 ? toSummary(flat[index - 1]!) : null,
      next: index >= 0 && index < flat.length - 1 ? toSummary(flat[index + 1]!) : null,
    };
  }

  private async queryCourses(slug?: string): Promise<CourseModel[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT c.id, c.slug, c.language, c.title, c.summary, c.issuer,
              (SELECT count(*) FROM course_modules m WHERE m.course_id = c.id AND m.archived_at IS NULL)::int AS module_count,
              count(l.id)::int AS lesson_count,
              coalesce(sum(l.minutes), 0)::int AS total_minutes
         FROM courses c
         LEFT JOIN course_modules m ON m.course_id = c.id AND m.archived_at IS NULL
         LEFT JOIN lessons l ON l.module_id = m.id AND l.archived_at IS NULL AND l.province_code IS NULL
        WHERE $1::text IS NULL OR c.slug = $1
        GROUP BY c.id
        ORDER BY c.slug`,
      [slug ?? null],
    );
    return rows.map((r) => ({
      id: r.id as string,
      slug: r.slug as string,
      language: r.language as string,
      title: r.title as CourseModel['title'],
      summary: r.summary as CourseModel['summary'],
      issuer: r.issuer as CourseModel['issuer'],
      moduleCount: r.module_count as number,
      lessonCount: r.lesson_count as number,
      totalMinutes: r.total_minutes as number,
    }));
  }
}

/** Per lesson answer, beside its body: titles, objectives, neighbours (measured on the course: 0.6–1 KB). */
const LESSON_OVERHEAD = 1024;
const IMAGE_URL = /\/assets\/course\/[^/\s)]+\/([^\s)"']+)/g;

/** What "Tải về" stores for a module: each lesson's answer, each image it shows (once), and the quiz questions. */
function downloadBytes(lessons: Lesson[], quiz: Quiz | undefined, assets: Map<string, number>): number {
  const images = new Set(
    lessons.flatMap((l) => [...l.body.matchAll(IMAGE_URL)].map(([, path]) => path!.split('/').map(decodeURIComponent).join('/'))),
  );
  const text = lessons.reduce((n, l) => n + Buffer.byteLength(l.body) + LESSON_OVERHEAD, 0);
  const pictures = [...images].reduce((n, path) => n + (assets.get(path) ?? 0), 0);
  return text + pictures + (quiz ? Buffer.byteLength(JSON.stringify(quiz.questions)) : 0);
}

function toSummary(l: LessonSummaryModel): LessonSummaryModel {
  return { id: l.id, slug: l.slug, position: l.position, title: l.title, minutes: l.minutes };
}
