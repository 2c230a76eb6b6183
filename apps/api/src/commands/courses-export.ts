import type { INestApplicationContext } from '@nestjs/common';
import { CourseExportService } from '../authoring/course-export.service.js';
import { Viewer } from '../identity/viewer.js';

/**
 * `courses:export <dir>`: writes the published version of every course (or one, or an earlier version) to
 * `<dir>/<course slug>/` in the `courses/` format, as the machine's maintainer (national scope).
 */
export async function exportCourses(
  app: INestApplicationContext,
  dir: string,
  options: { course?: string | null; version?: number | null; replace?: boolean },
): Promise<{ slug: string; number: number; path: string }[]> {
  const exports = app.get(CourseExportService);
  const viewer = Viewer.system();
  const courses = options.course ? [await exports.course(viewer, options.course, options.version ?? null)] : await exports.courses(viewer);
  return courses.map((c) => ({ slug: c.slug, number: c.number, path: exports.write(dir, c, options.replace ?? false) }));
}
