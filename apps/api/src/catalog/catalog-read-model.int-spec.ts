import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadCourse } from '@lantoa/course-format';
import { lessonText, makeCourseDir } from '@lantoa/course-format/testing';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { CatalogReadModel } from './catalog-read-model.service.js';
import { CourseImportService } from './course-import.service.js';

const LESSON = `query ($slug: String!) { lesson(courseSlug: "khoa-hoc-thu", lessonSlug: $slug) { title { vi } body next { slug } } }`;
const OUTLINE = `{ course(slug: "khoa-hoc-thu") { lessonCount modules { slug lessons { slug title { vi } } } } }`;
type Lesson = { lesson: { title: { vi: string }; body: string } | null };

/** Two API processes on one database, as behind a load balancer: `a` imports, both serve. */
describe('the read model of published content', () => {
  let a: TestApp;
  let b: TestApp;
  const importInto = (app: TestApp, files: Record<string, string | null> = {}) =>
    app.app.get(CourseImportService).importCourse(loadCourse(makeCourseDir(files)).course!);
  const title = async (app: TestApp, slug = 'bai-hai') => (await app.gql<Lesson>(LESSON, { slug })).data?.lesson?.title.vi;

  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({ databaseUrl: a.databaseUrl });
    await Promise.all([a.app.get(CatalogReadModel).whenNotified(), b.app.get(CatalogReadModel).whenNotified()]);
    await importInto(a);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('answers repeated reads from memory, without asking PostgreSQL again', async () => {
    expect(await title(b)).toBe('Bài hai');
    await b.gql(OUTLINE);
    // A change that bypasses the content triggers (replica mode) is invisible to a read model that does not ask
    // PostgreSQL: the lesson and the outline keep coming from memory.
    const silently = (text: string) =>
      a.app.get(DataSource).transaction(async (em) => {
        await em.query(`SET LOCAL session_replication_role = replica`);
        await em.query(`UPDATE lessons SET title = jsonb_build_object('vi', $1::text) WHERE slug = 'bai-hai'`, [text]);
      });
    await silently('Không ai báo');
    for (let i = 0; i < 5; i++) expect(await title(b)).toBe('Bài hai');
    const outline = await b.gql<{ course: { modules: { lessons: { title: { vi: string } }[] }[] } }>(OUTLINE);
    expect(outline.data?.course.modules.flatMap((m) => m.lessons.map((l) => l.title.vi))).toContain('Bài hai');
    await silently('Bài hai');
  });

  it('answers a repeated content query from its kept result, without running its resolvers, per variables', async () => {
    const model = b.app.get(CatalogReadModel);
    const lesson = model.lesson.bind(model);
    const asked: string[] = [];
    model.lesson = (courseSlug, lessonSlug, provinceCode) => {
      asked.push(lessonSlug);
      return lesson(courseSlug, lessonSlug, provinceCode);
    };
    try {
      const query = `query Once($slug: String!) { lesson(courseSlug: "khoa-hoc-thu", lessonSlug: $slug) { title { vi } } }`;
      for (let i = 0; i < 3; i++) expect((await b.gql<Lesson>(query, { slug: 'bai-hai' })).data?.lesson?.title.vi).toBe('Bài hai');
      expect((await b.gql<Lesson>(query, { slug: 'bai-mot' })).data?.lesson?.title.vi).toBe('Bài một');
      expect(asked).toEqual(['bai-hai', 'bai-mot']);
      // Not for anything personal: a query that also asks who is signed in runs every time.
      const mixed = `query Mixed($slug: String!) { me { id } lesson(courseSlug: "khoa-hoc-thu", lessonSlug: $slug) { slug } }`;
      await b.gql(mixed, { slug: 'bai-hai' });
      await b.gql(mixed, { slug: 'bai-hai' });
      expect(asked).toEqual(['bai-hai', 'bai-mot', 'bai-hai', 'bai-hai']);
    } finally {
      model.lesson = lesson;
    }
  });

  it('serves a changed lesson at once in the importing process, and in the other one as soon as it commits', async () => {
    expect(await title(a)).toBe('Bài hai');
    expect(await title(b)).toBe('Bài hai');
    const heardByB = b.app.get(CatalogReadModel).nextInvalidation();
    const result = await importInto(a, { '01-hoc-phan-mot/02-bai-hai.md': lessonText('Bài hai đã sửa') });
    expect(result.changed).toBe(true);
    expect(await title(a)).toBe('Bài hai đã sửa');
    await heardByB;
    expect(await title(b)).toBe('Bài hai đã sửa');
    const outline = await b.gql<{ course: { modules: { lessons: { title: { vi: string } }[] }[] } }>(OUTLINE);
    expect(outline.data?.course.modules.flatMap((m) => m.lessons.map((l) => l.title.vi))).toContain('Bài hai đã sửa');
  });

  it('moves the content revision with every write to content, whoever writes it', async () => {
    const model = b.app.get(CatalogReadModel);
    const before = await model.revision();
    const heard = model.nextInvalidation();
    await a.app.get(DataSource).query(`UPDATE lessons SET title = '{"vi":"Sửa tay"}' WHERE slug = 'bai-mot'`);
    await heard;
    expect(Number(await model.revision())).toBeGreaterThan(Number(before));
    expect(await title(b, 'bai-mot')).toBe('Sửa tay');
  });

  it('checks the revision on every read while its notification connection is down, so nothing stale is served', async () => {
    const model = b.app.get(CatalogReadModel);
    expect(await title(b)).toBe('Bài hai đã sửa');
    await a.app.get(DataSource).query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND query = 'LISTEN lantoa_content_changed' AND pid <> pg_backend_pid()`,
    );
    // Both processes lose their listener; wait until b knows (its connection reports the end).
    while (model.notified) await model.nextInvalidation();
    await a.app.get(DataSource).query(`UPDATE lessons SET title = '{"vi":"Khi không nghe"}' WHERE slug = 'bai-hai'`);
    expect(await title(b)).toBe('Khi không nghe');
    await model.whenNotified();
    expect(await title(b)).toBe('Khi không nghe');
  });
});
