import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CourseModel } from './models/course.model.js';

@Injectable()
export class CatalogService {
  constructor(private readonly dataSource: DataSource) {}

  /** Courses with their live module and lesson counts, in one query. */
  async listCourses(): Promise<CourseModel[]> {
    const rows: Array<Omit<CourseModel, 'moduleCount' | 'lessonCount' | 'totalMinutes'> & Record<string, unknown>> =
      await this.dataSource.query(`
        SELECT c.id, c.slug, c.language, c.title, c.summary, c.issuer,
               (SELECT count(*) FROM course_modules m WHERE m.course_id = c.id AND m.archived_at IS NULL)::int AS module_count,
               count(l.id)::int AS lesson_count,
               coalesce(sum(l.minutes), 0)::int AS total_minutes
          FROM courses c
          LEFT JOIN course_modules m ON m.course_id = c.id AND m.archived_at IS NULL
          LEFT JOIN lessons l ON l.module_id = m.id AND l.archived_at IS NULL AND l.province_code IS NULL
         GROUP BY c.id
         ORDER BY c.slug`);
    return rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      language: r.language,
      title: r.title,
      summary: r.summary,
      issuer: r.issuer,
      moduleCount: r.module_count as number,
      lessonCount: r.lesson_count as number,
      totalMinutes: r.total_minutes as number,
    }));
  }
}
