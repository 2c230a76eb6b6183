import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadCourse } from '@lantoa/course-format';
import { lessonText, makeCourseDir, quizText } from '@lantoa/course-format/testing';
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { CourseImportService } from './course-import.service.js';

describe('importing course folders', () => {
  let t: TestApp;
  let importer: CourseImportService;
  let db: DataSource;
  const importDir = (dir: string) => {
    const { course, problems } = loadCourse(dir);
    if (!course) throw new Error(JSON.stringify(problems));
    return importer.importCourse(course);
  };
  const lessons = () =>
    db.query<{ id: string; slug: string; title: { vi: string }; archived_at: Date | null; position: number }[]>(
      `SELECT l.id, l.slug, l.title, l.archived_at, l.position FROM lessons l JOIN courses c ON c.id = l.course_id WHERE c.slug = 'khoa-hoc-thu' ORDER BY l.slug`,
    );

  beforeAll(async () => {
    t = await createTestApp();
    importer = t.app.get(CourseImportService);
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('imports a course, then a second import of the same files changes nothing', async () => {
    const dir = makeCourseDir();
    const first = await importDir(dir);
    expect(first.changed).toBe(true);
    expect(first.changes.added).toEqual(
      expect.arrayContaining(['course:khoa-hoc-thu', 'module:hoc-phan-mot', 'lesson:bai-mot', 'quiz:hoc-phan-hai/01']),
    );
    const before = await lessons();
    const versions = await db.query('SELECT count(*)::int AS n FROM content_versions');

    const second = await importDir(dir);
    expect(second.changed).toBe(false);
    expect(await lessons()).toEqual(before);
    expect(await db.query('SELECT count(*)::int AS n FROM content_versions')).toEqual(versions);
  });

  it("stores a province's lessons beside the national ones, and its quiz with the national questions first", async () => {
    const rows = await db.query<{ slug: string; province_code: string | null }[]>(
      `SELECT l.slug, l.province_code FROM lessons l JOIN course_modules m ON m.id = l.module_id WHERE m.slug = 'hoc-phan-hai' ORDER BY l.slug`,
    );
    expect(rows).toEqual([
      { slug: 'bai-ba', province_code: null },
      { slug: 'bai-ha-noi', province_code: '01' },
    ]);
    const quizzes = await db.query<{ province_code: string | null; slugs: string[] }[]>(
      `SELECT q.province_code, (SELECT array_agg(x->>'slug' ORDER BY n) FROM jsonb_array_elements(q.questions) WITH ORDINALITY AS e(x, n)) AS slugs
         FROM quizzes q JOIN course_modules m ON m.id = q.module_id WHERE m.slug = 'hoc-phan-hai' ORDER BY q.province_code NULLS FIRST`,
    );
    expect(quizzes).toEqual([
      { province_code: null, slugs: ['cau-1', 'cau-2'] },
      { province_code: '01', slugs: ['cau-1', 'cau-2', 'ha-noi-1', 'ha-noi-2'] },
    ]);
  });

  it("never imports the writers' template provinces/_template/", async () => {
    const dir = makeCourseDir({
      '02-hoc-phan-hai/provinces/_template/01-mau-ung-dung-cua-tinh.md': lessonText('Ứng dụng {{tên ứng dụng}}'),
      '02-hoc-phan-hai/provinces/_template/quiz.yaml': quizText(1, 'mau'),
    });
    const result = await importDir(dir);
    expect(result.changed).toBe(true);
    expect(result.changes.added).toEqual([]);
    expect((await lessons()).map((l) => l.slug)).not.toContain('mau-ung-dung-cua-tinh');
    expect(await db.query(`SELECT count(*)::int AS n FROM quizzes WHERE province_code IS NOT NULL`)).toEqual([{ n: 1 }]);
  });

  it('updates a changed lesson in place, keeping its id, and records what changed', async () => {
    const dir = makeCourseDir({ '01-hoc-phan-mot/02-bai-hai.md': lessonText('Bài hai đã sửa') });
    const before = (await lessons()).find((l) => l.slug === 'bai-hai');
    const result = await importDir(dir);
    expect(result.changes).toEqual({ added: [], updated: ['lesson:bai-hai'], archived: [], restored: [] });
    const after = (await lessons()).find((l) => l.slug === 'bai-hai');
    expect(after?.id).toBe(before?.id);
    expect(after?.title.vi).toBe('Bài hai đã sửa');
    const [version] = await db.query<{ changes: unknown }[]>('SELECT changes FROM content_versions ORDER BY created_at DESC LIMIT 1');
    expect(version?.changes).toEqual(result.changes);
  });

  it('archives a lesson removed from the files instead of deleting it, and restores it with the same id', async () => {
    const dir = makeCourseDir();
    rmSync(join(dir, '01-hoc-phan-mot/02-bai-hai.md'));
    const kept = (await lessons()).find((l) => l.slug === 'bai-hai');
    const removed = await importDir(dir);
    expect(removed.changes.archived).toEqual(['lesson:bai-hai']);
    const archived = (await lessons()).find((l) => l.slug === 'bai-hai');
    expect(archived?.id).toBe(kept?.id);
    expect(archived?.archived_at).toBeInstanceOf(Date);

    writeFileSync(join(dir, '01-hoc-phan-mot/02-bai-hai.md'), lessonText('Bài hai'));
    const restored = await importDir(dir);
    expect(restored.changes.restored).toEqual(['lesson:bai-hai']);
    const back = (await lessons()).find((l) => l.slug === 'bai-hai');
    expect(back?.id).toBe(kept?.id);
    expect(back?.archived_at).toBeNull();
  });

  it('keeps the database as it was when a course has problems', async () => {
    const before = await lessons();
    const dir = makeCourseDir({ '01-hoc-phan-mot/quiz.yaml': null, '01-hoc-phan-mot/03-bai-moi.md': lessonText('Mới') });
    const { results, problems } = await importer.importDirectory(join(dir, '..'));
    expect(results).toEqual([]);
    expect(problems[0]?.code).toBe('missing-quiz');
    expect(await lessons()).toEqual(before);
  });

  it('rolls back the whole import when a write fails half-way', async () => {
    const before = await lessons();
    const { course } = loadCourse(makeCourseDir({ '01-hoc-phan-mot/03-bai-moi.md': lessonText('Mới') }));
    // A 20 kB random lesson slug breaks the btree index size limit: the failure comes after other writes.
    const broken = structuredClone(course!);
    broken.contentHash = 'forced';
    broken.modules[1]!.lessons[0]!.slug = randomBytes(10_000).toString('hex');
    await expect(importer.importCourse(broken)).rejects.toThrow();
    expect(await lessons()).toEqual(before);
  });
});
