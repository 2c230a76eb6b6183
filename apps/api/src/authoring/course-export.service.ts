import { Injectable } from '@nestjs/common';
import { writeCourseTree, type CourseTree } from '@lantoa/course-format';
import { zipSync } from 'fflate';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { policies } from '../authorization/policies.js';
import { ContentVersionsService } from '../catalog/content-versions.service.js';
import { DomainError } from '../errors/domain-error.js';
import type { Viewer } from '../identity/viewer.js';

export interface ExportedCourse {
  slug: string;
  number: number;
  tree: CourseTree;
}

/**
 * Any published version of a course as files in the `courses/` format: the zip download and
 * `lantoa courses:export`. Importing those files again gives the same content (the same content hash).
 */
@Injectable()
export class CourseExportService {
  constructor(private readonly versions: ContentVersionsService) {}

  /** The course as published now, or as version `number`. Quiz answer keys are in the files: authors only. */
  async course(viewer: Viewer, courseSlug: string, number?: number | null): Promise<ExportedCourse> {
    if (!policies.author(viewer)) throw DomainError.forbidden();
    if (number === undefined || number === null) {
      const published = await this.versions.published(courseSlug);
      if (!published) throw DomainError.notFound('authoring.courseNotFound');
      return { slug: courseSlug, number: published.version.number, tree: published.version.tree };
    }
    const version = (await this.versions.list(courseSlug)).find((v) => v.number === number);
    const full = version ? await this.versions.find(version.id) : null;
    if (!full?.tree) throw DomainError.notFound('authoring.versionNotFound');
    return { slug: courseSlug, number, tree: full.tree };
  }

  async courses(viewer: Viewer): Promise<ExportedCourse[]> {
    const result: ExportedCourse[] = [];
    for (const slug of await this.versions.courseSlugs()) {
      if (await this.versions.published(slug)) result.push(await this.course(viewer, slug));
    }
    return result;
  }

  /** A zip holding `<course slug>/…`, as `courses/` holds it. */
  zip(course: ExportedCourse): Uint8Array {
    const entries: Record<string, Uint8Array> = {};
    for (const [path, text] of Object.entries(course.tree.files)) entries[`${course.slug}/${path}`] = Buffer.from(text, 'utf8');
    for (const [path, data] of Object.entries(course.tree.blobs)) entries[`${course.slug}/${path}`] = Buffer.from(data, 'base64');
    return zipSync(entries, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
  }

  /**
   * Writes `<dir>/<course slug>/`. An existing course folder is replaced only when asked (`replace`): files of
   * lessons renamed or archived since would otherwise stay behind and be imported again.
   */
  write(dir: string, course: ExportedCourse, replace: boolean): string {
    const target = join(dir, course.slug);
    if (existsSync(target) && readdirSync(target).length > 0) {
      if (!replace) throw new Error(`${target} đã có nội dung; thêm --replace để thay thế (the folder is not empty; add --replace)`);
      rmSync(target, { recursive: true, force: true });
    }
    return writeCourseTree(target, course.tree);
  }
}
