import { Injectable, Logger } from '@nestjs/common';
import {
  loadCourses,
  loadCourseTree,
  formatProblem,
  treeHash,
  type CourseSource,
  type CourseProblem,
  type CourseTree,
  type QuizSource,
} from '@lantoa/course-format';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { CatalogReadModel } from './catalog-read-model.service.js';
import { ContentVersion, Course, CourseAsset, CourseModule, Lesson, Quiz } from './entities/index.js';
import type { ContentChanges, ContentVersionKind } from './entities/content-version.entity.js';
import { mergeTrees } from './merge-trees.js';

/**
 * Bump when the importer changes what it writes for the same files (e.g. how image URLs are rewritten), so that
 * existing databases import again instead of skipping on an unchanged content hash.
 */
// 3: a province's quiz holds the national questions too (province lessons are added to the national ones).
// 4: every version keeps the course folder (`tree`), so an existing database imports once more to record it.
const IMPORTER_VERSION = 4;

export interface CourseImportResult {
  slug: string;
  changed: boolean;
  changes: ContentChanges;
  /** The version this import made (null when nothing changed). */
  version: { id: string; number: number } | null;
  /**
   * Files changed both in the course folder and in the browser since the last import of the files: the browser's
   * published text was kept (see docs/course-format.md "Files and the browser").
   */
  keptBrowserEdits: string[];
}

/** Who and what made a version (a publish or restore from the browser; a files import when absent). */
export interface VersionMeta {
  kind: ContentVersionKind;
  authorId?: string | null;
  reviewerId?: string | null;
  note?: string | null;
  restoredFrom?: number | null;
  /** Files imports: the folder as read, when it differs from what is published. */
  fileTree?: CourseTree | null;
  /**
   * Files imports: write a version even when the published content stays the same, because the folder as read
   * (the base of the next comparison) moved, e.g. the files caught up with a browser edit.
   */
  recordFiles?: boolean;
}

/**
 * Imports course folders into PostgreSQL. Identities are slugs, so a re-import updates in place; items that left
 * the files are archived (never deleted) so progress on them is kept. One transaction per course.
 */
@Injectable()
export class CourseImportService {
  private readonly logger = new Logger(CourseImportService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly readModel: CatalogReadModel,
  ) {}

  /** Loads every course under `dir`; courses with problems are reported and left as they were in the database. */
  async importDirectory(dir: string): Promise<{ results: CourseImportResult[]; problems: CourseProblem[] }> {
    const { courses, problems } = loadCourses(dir);
    for (const problem of problems) this.logger.error(`course content: ${formatProblem(problem)}`);
    const results: CourseImportResult[] = [];
    for (const course of courses) {
      const result = await this.importFiles(course);
      problems.push(...result.problems);
      if (result.result) results.push(result.result);
    }
    return { results, problems };
  }

  /**
   * Imports a course folder read from the files, without overwriting what was published in the browser since the
   * files were last imported: a three-way comparison per file with the folder as last imported. A file changed
   * only in the folder is taken from the folder; changed only in the browser, the browser's stays; changed on both
   * sides (differently), the browser's stays and the file is reported (`keptBrowserEdits`, and in the log) on every
   * import until the two agree again. With no browser edits this is a plain import of the folder.
   */
  async importFiles(source: CourseSource): Promise<{ result: CourseImportResult | null; problems: CourseProblem[] }> {
    const [latest, lastFiles] = await Promise.all([this.latestVersion(source.slug), this.latestVersion(source.slug, 'files')]);
    if (!latest?.tree || !lastFiles?.tree) return { result: await this.importCourse(source), problems: [] };
    const unchanged = (): CourseImportResult => ({
      slug: source.slug,
      changed: false,
      changes: { added: [], updated: [], archived: [], restored: [] },
      version: null,
      keptBrowserEdits: [],
    });
    if (lastFiles.fileTreeHash === treeHash(source.tree)) return { result: unchanged(), problems: [] };
    const { tree, conflicts, fileTree } = mergeTrees(lastFiles.fileTree ?? lastFiles.tree, latest.tree, source.tree);
    for (const path of conflicts) {
      this.logger.warn(
        `course ${source.slug}: ${path} đã được sửa cả trên trình duyệt và trong tệp; giữ bản đã xuất bản trên trình duyệt ` +
          `(xuất bản hiện hành bằng "lantoa courses:export", gộp thay đổi vào tệp rồi nhập lại)`,
      );
    }
    const loaded = loadCourseTree(tree);
    if (!loaded.course) {
      for (const problem of loaded.problems) this.logger.error(`course content (merged with browser edits): ${formatProblem(problem)}`);
      return { result: null, problems: loaded.problems };
    }
    const result = await this.importCourse(loaded.course, {
      kind: 'files',
      fileTree,
      recordFiles: treeHash(fileTree) !== lastFiles.fileTreeHash,
    });
    return { result: { ...result, keptBrowserEdits: conflicts }, problems: [] };
  }

  /**
   * Imports one course. With `em`, inside the caller's transaction (publishing writes its audit entry with it); the
   * caller then invalidates the read model after commit.
   */
  async importCourse(source: CourseSource, meta: VersionMeta = { kind: 'files' }, em?: EntityManager): Promise<CourseImportResult> {
    if (em) return this.importWith(em, source, meta);
    const result = await this.dataSource.transaction((tx) => this.importWith(tx, source, meta));
    // Other API processes hear of it by NOTIFY (the content triggers); this one serves the change at once.
    if (result.changed) this.readModel.invalidate();
    return result;
  }

  private async latestVersion(slug: string, kind?: ContentVersionKind): Promise<ContentVersion | null> {
    const query = this.dataSource
      .getRepository(ContentVersion)
      .createQueryBuilder('v')
      .innerJoin(Course, 'c', 'c.id = v.course_id')
      .where('c.slug = :slug', { slug })
      .orderBy('v.number', 'DESC')
      .limit(1);
    if (kind) query.andWhere('v.kind = :kind', { kind });
    return query.getOne();
  }

  private async importWith(em: EntityManager, source: CourseSource, meta: VersionMeta): Promise<CourseImportResult> {
    // Two API processes starting together must not import the same course twice.
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`course-import:${source.slug}`]);
    const existing = await em.findOne(Course, { where: { slug: source.slug } });
    const changes: ContentChanges = { added: [], updated: [], archived: [], restored: [] };
    const contentHash = `${IMPORTER_VERSION}:${source.contentHash}`;
    if (existing?.contentHash === contentHash) {
      const version = meta.recordFiles ? await this.insertVersion(em, existing.id, source, contentHash, changes, meta) : null;
      return { slug: source.slug, changed: false, changes, version, keptBrowserEdits: [] };
    }

    const course = await this.saveCourse(em, { ...source, contentHash }, existing, changes);
    const moduleIds = await this.saveModules(em, course.id, source, changes);
    await this.saveLessons(em, course.id, source, moduleIds, changes);
    await this.saveQuizzes(em, source, moduleIds, changes);
    await em.delete(CourseAsset, { courseId: course.id });
    if (source.assets.length > 0) {
      await em.insert(
        CourseAsset,
        source.assets.map((a) => ({ courseId: course.id, path: a.path, contentType: a.contentType, data: a.data })),
      );
    }
    this.logger.log(
      `imported course ${source.slug} (${meta.kind}): ${changes.added.length} added, ${changes.updated.length} updated, ${changes.archived.length} archived`,
    );
    const version = await this.insertVersion(em, course.id, source, contentHash, changes, meta);
    return { slug: source.slug, changed: true, changes, version, keptBrowserEdits: [] };
  }

  private async insertVersion(
    em: EntityManager,
    courseId: string,
    source: CourseSource,
    contentHash: string,
    changes: ContentChanges,
    meta: VersionMeta,
  ): Promise<{ id: string; number: number }> {
    const [next] = await em.query<{ number: number }[]>(
      'SELECT coalesce(max(number), 0)::int + 1 AS number FROM content_versions WHERE course_id = $1',
      [courseId],
    );
    const number = next!.number;
    const isFiles = meta.kind === 'files';
    const publishedHash = treeHash(source.tree);
    const filesHash = meta.fileTree ? treeHash(meta.fileTree) : publishedHash;
    const inserted = await em.insert(ContentVersion, {
      courseId: courseId,
      number,
      kind: meta.kind,
      contentHash,
      changes,
      tree: source.tree,
      fileTree: isFiles && filesHash !== publishedHash ? meta.fileTree! : null,
      fileTreeHash: isFiles ? filesHash : null,
      authorId: meta.authorId ?? null,
      reviewerId: meta.reviewerId ?? null,
      note: meta.note ?? null,
      restoredFrom: meta.restoredFrom ?? null,
    });
    return { id: (inserted.identifiers[0] as { id: string }).id, number };
  }

  private async saveCourse(em: EntityManager, source: CourseSource, existing: Course | null, changes: ContentChanges): Promise<Course> {
    const fields = {
      language: source.language,
      title: source.title,
      summary: source.summary,
      issuer: source.issuer,
      quizPassingScore: source.quizPassingScore,
      contentHash: source.contentHash,
    };
    if (!existing) {
      changes.added.push(`course:${source.slug}`);
      return em.save(Course, em.create(Course, { slug: source.slug, ...fields }));
    }
    if (differs(existing, fields, ['language', 'title', 'summary', 'issuer', 'quizPassingScore']))
      changes.updated.push(`course:${source.slug}`);
    await em.update(Course, existing.id, fields);
    return { ...existing, ...fields };
  }

  private async saveModules(
    em: EntityManager,
    courseId: string,
    source: CourseSource,
    changes: ContentChanges,
  ): Promise<Map<string, string>> {
    const current = new Map((await em.find(CourseModule, { where: { courseId } })).map((m) => [m.slug, m]));
    const ids = new Map<string, string>();
    for (const m of source.modules) {
      const fields = {
        position: m.position,
        title: m.title,
        summary: m.summary,
        variants: Object.fromEntries(m.variants.map((v) => [v.provinceCode, { title: v.title, summary: v.summary, issuer: v.issuer }])),
        archivedAt: null,
      };
      const row = current.get(m.slug);
      if (!row) {
        const saved = await em.save(CourseModule, em.create(CourseModule, { courseId, slug: m.slug, ...fields }));
        changes.added.push(`module:${m.slug}`);
        ids.set(m.slug, saved.id);
        continue;
      }
      track(changes, `module:${m.slug}`, row, fields, ['position', 'title', 'summary', 'variants']);
      await em.update(CourseModule, row.id, fields);
      ids.set(m.slug, row.id);
      current.delete(m.slug);
    }
    await this.archive(em, CourseModule, [...current.values()], 'module', changes);
    return ids;
  }

  private async saveLessons(
    em: EntityManager,
    courseId: string,
    source: CourseSource,
    moduleIds: Map<string, string>,
    changes: ContentChanges,
  ): Promise<void> {
    const current = new Map((await em.find(Lesson, { where: { courseId } })).map((l) => [l.slug, l]));
    for (const m of source.modules) {
      const groups = [{ provinceCode: null as string | null, lessons: m.lessons }, ...m.variants];
      for (const group of groups) {
        for (const l of group.lessons) {
          const fields = {
            moduleId: moduleIds.get(m.slug)!,
            provinceCode: group.provinceCode,
            position: l.position,
            title: l.title,
            minutes: l.minutes,
            objectives: l.objectives,
            body: withAssetUrls(l.body, l.images, source.slug),
            wordCount: l.wordCount,
            archivedAt: null,
          };
          const row = current.get(l.slug);
          if (!row) {
            await em.insert(Lesson, { courseId, slug: l.slug, ...fields });
            changes.added.push(`lesson:${l.slug}`);
            continue;
          }
          track(changes, `lesson:${l.slug}`, row, fields, [
            'moduleId',
            'provinceCode',
            'position',
            'title',
            'minutes',
            'objectives',
            'body',
          ]);
          await em.update(Lesson, row.id, fields);
          current.delete(l.slug);
        }
      }
    }
    await this.archive(em, Lesson, [...current.values()], 'lesson', changes);
  }

  private async saveQuizzes(
    em: EntityManager,
    source: CourseSource,
    moduleIds: Map<string, string>,
    changes: ContentChanges,
  ): Promise<void> {
    const all = [...moduleIds.values()];
    const rows = all.length ? await em.createQueryBuilder(Quiz, 'q').where('q.module_id IN (:...all)', { all }).getMany() : [];
    const key = (moduleId: string, province: string | null) => `${moduleId}/${province ?? ''}`;
    const current = new Map(rows.map((q) => [key(q.moduleId, q.provinceCode), q]));
    for (const m of source.modules) {
      const moduleId = moduleIds.get(m.slug)!;
      const groups: { provinceCode: string | null; quiz: QuizSource | null }[] = [{ provinceCode: null, quiz: m.quiz }, ...m.variants];
      for (const { provinceCode, quiz } of groups) {
        if (!quiz) continue;
        const label = `quiz:${m.slug}${provinceCode ? `/${provinceCode}` : ''}`;
        const fields = {
          title: quiz.title,
          passingScore: quiz.passingScore,
          maxAttempts: quiz.maxAttempts,
          retryAfterHours: quiz.retryAfterHours,
          questions: quiz.questions,
          archivedAt: null,
        };
        const row = current.get(key(moduleId, provinceCode));
        if (!row) {
          await em.insert(Quiz, { moduleId, provinceCode, ...fields });
          changes.added.push(label);
          continue;
        }
        track(changes, label, row, fields, ['title', 'passingScore', 'maxAttempts', 'retryAfterHours', 'questions']);
        await em.update(Quiz, row.id, fields);
        current.delete(key(moduleId, provinceCode));
      }
    }
    await this.archive(em, Quiz, [...current.values()], 'quiz', changes);
  }

  private async archive<T extends { id: string; archivedAt: Date | null; slug?: string }>(
    em: EntityManager,
    entity: new () => T,
    rows: T[],
    kind: string,
    changes: ContentChanges,
  ): Promise<void> {
    const live = rows.filter((r) => r.archivedAt === null);
    if (live.length === 0) return;
    await em
      .createQueryBuilder()
      .update(entity)
      .set({ archivedAt: () => 'now()' } as never)
      .whereInIds(live.map((r) => r.id))
      .andWhere({ archivedAt: IsNull() })
      .execute();
    for (const r of live) changes.archived.push(`${kind}:${r.slug ?? r.id}`);
  }
}

/** Points lesson images at the API's asset route, since the web reads the body far from the course folder. */
export function withAssetUrls(body: string, images: { src: string; path: string }[], courseSlug: string): string {
  let result = body;
  for (const image of images) {
    const url = `/assets/course/${courseSlug}/${image.path.split('/').map(encodeURIComponent).join('/')}`;
    result = result.split(`](${image.src}`).join(`](${url}`);
  }
  return result;
}

function differs<T extends object>(row: T, fields: Partial<T>, keys: (keyof T)[]): boolean {
  return keys.some((k) => canonical(row[k]) !== canonical(fields[k]));
}

/** JSON with sorted keys: jsonb does not keep key order, so plain JSON.stringify would see false changes. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

function track<T extends { archivedAt: Date | null }>(
  changes: ContentChanges,
  label: string,
  row: T,
  fields: Partial<T>,
  keys: (keyof T)[],
): void {
  if (row.archivedAt !== null) changes.restored.push(label);
  else if (differs(row, fields, keys)) changes.updated.push(label);
}
