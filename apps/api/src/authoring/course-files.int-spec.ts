import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadCourse, readCourseTree } from '@lantoa/course-format';
import { lessonText, makeCourseDir } from '@lantoa/course-format/testing';
import { unzipSync } from 'fflate';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { CourseImportService } from '../catalog/course-import.service.js';
import { exportCourses } from '../commands/courses-export.js';
import { ViewerLoaderService } from '../identity/viewer-loader.service.js';
import type { Viewer } from '../identity/viewer.js';
import { makeUser, type TestUser } from '../testing/factories.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { DraftsService } from './drafts.service.js';
import { ReviewDecision } from './dto/authoring.inputs.js';
import { PublishingService } from './publishing.service.js';

const COURSE = 'khoa-hoc-thu';

describe('course files and the browser: export, import again, and edits on both sides (issue 17)', () => {
  let t: TestApp;
  let dir: string;
  let importer: CourseImportService;
  let a: Viewer;
  let b: Viewer;
  let trainer: TestUser;
  let learner: TestUser;

  /** Trainer A edits a lesson's body, trainer B approves and publishes it. */
  const publishBody = async (lessonSlug: string, body: string) => {
    const drafts = t.app.get(DraftsService);
    const publishing = t.app.get(PublishingService);
    const opened = await drafts.lessonDraft(a, COURSE, lessonSlug);
    const { lesson } = await drafts.saveLesson(a, {
      courseSlug: COURSE,
      lessonSlug,
      revision: opened.revision,
      title: opened.title,
      minutes: opened.minutes,
      objectives: opened.objectives,
      body,
    });
    await publishing.submit(a, lesson.draft!.id);
    await publishing.review(b, lesson.draft!.id, ReviewDecision.APPROVE, null);
    await publishing.publish(b, lesson.draft!.id, null);
  };
  const body = async (slug: string) =>
    (await t.app.get(DataSource).query<{ body: string }[]>('SELECT body FROM lessons WHERE slug = $1', [slug]))[0]!.body.trim();
  const importDir = async () => {
    const { course, problems } = loadCourse(dir);
    expect(problems).toEqual([]);
    return (await importer.importFiles(course!)).result!;
  };

  beforeAll(async () => {
    t = await createTestApp();
    importer = t.app.get(CourseImportService);
    dir = makeCourseDir({ 'REVIEW.md': '# Ghi chú của người duyệt\n' });
    const first = await importDir();
    expect(first.version?.number).toBe(1);
    trainer = await makeUser(t, { fullName: 'Giảng viên A', grants: [{ role: 'TRAINER' }] });
    const other = await makeUser(t, { fullName: 'Giảng viên B', grants: [{ role: 'TRAINER' }] });
    learner = await makeUser(t);
    a = (await t.app.get(ViewerLoaderService).load(trainer.id))!;
    b = (await t.app.get(ViewerLoaderService).load(other.id))!;
    await publishBody('bai-hai', 'Bài hai, viết lại trên trình duyệt.\n');
  });
  afterAll(() => t.close());

  it('exports the published content, and importing the exported files gives the same content', async () => {
    const out = mkdtempSync(join(tmpdir(), 'lantoa-export-'));
    const written = await exportCourses(t.app, out, {});
    expect(written).toEqual([{ slug: COURSE, number: 2, path: join(out, COURSE) }]);
    expect(readFileSync(join(out, COURSE, '01-hoc-phan-mot/02-bai-hai.md'), 'utf8')).toContain('Bài hai, viết lại trên trình duyệt.');
    expect(readFileSync(join(out, COURSE, 'REVIEW.md'), 'utf8')).toBe('# Ghi chú của người duyệt\n');
    const { course } = loadCourse(join(out, COURSE));
    const [row] = await t.app
      .get(DataSource)
      .query<{ content_hash: string }[]>('SELECT content_hash FROM courses WHERE slug = $1', [COURSE]);
    expect(row!.content_hash).toBe(`4:${course!.contentHash}`);
    expect((await importer.importCourse(course!)).changed).toBe(false);
    // An earlier version too, and an existing folder is only replaced when asked.
    await expect(exportCourses(t.app, out, { course: COURSE, version: 1 })).rejects.toThrow('--replace');
    await exportCourses(t.app, out, { course: COURSE, version: 1, replace: true });
    expect(readCourseTree(join(out, COURSE))).toEqual(readCourseTree(dir));
  });

  it('downloads a version as a zip, for authors only', async () => {
    const res = await fetch(`${t.baseUrl}/authoring/export/${COURSE}`, { headers: trainer.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${COURSE}-v2.zip"`);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const tree = readCourseTree(dir);
    expect(Object.keys(files).sort()).toEqual([...Object.keys(tree.files), ...Object.keys(tree.blobs)].map((p) => `${COURSE}/${p}`).sort());
    expect(Buffer.from(files[`${COURSE}/01-hoc-phan-mot/images/so-do.svg`]!).toString('base64')).toBe(
      tree.blobs['01-hoc-phan-mot/images/so-do.svg'],
    );
    expect(Buffer.from(files[`${COURSE}/01-hoc-phan-mot/02-bai-hai.md`]!).toString()).toContain('viết lại trên trình duyệt');

    expect((await fetch(`${t.baseUrl}/authoring/export/${COURSE}`, { headers: learner.headers })).status).toBe(403);
    expect((await fetch(`${t.baseUrl}/authoring/export/${COURSE}`)).status).toBe(401);
    const old = await fetch(`${t.baseUrl}/authoring/export/${COURSE}?version=1`, { headers: trainer.headers });
    expect(Buffer.from(unzipSync(new Uint8Array(await old.arrayBuffer()))[`${COURSE}/01-hoc-phan-mot/02-bai-hai.md`]!).toString()).toBe(
      tree.files['01-hoc-phan-mot/02-bai-hai.md'],
    );
  });

  it('an import of the files keeps a browser edit, takes the files elsewhere, and says so when both changed a lesson', async () => {
    // Nothing changed in the files since they were imported: the browser's version stays, nothing is written.
    const quiet = await importDir();
    expect(quiet).toMatchObject({ changed: false, keptBrowserEdits: [] });
    expect(await body('bai-hai')).toBe('Bài hai, viết lại trên trình duyệt.');

    writeFileSync(join(dir, '01-hoc-phan-mot/02-bai-hai.md'), lessonText('Bài hai', 'Bài hai, sửa trong tệp.\n'));
    writeFileSync(join(dir, '02-hoc-phan-hai/01-bai-ba.md'), lessonText('Bài ba', 'Bài ba, sửa trong tệp.\n'));
    const both = await importDir();
    expect(both.keptBrowserEdits).toEqual(['01-hoc-phan-mot/02-bai-hai.md']);
    expect(both.changes.updated).toEqual(['lesson:bai-ba']);
    expect(await body('bai-hai')).toBe('Bài hai, viết lại trên trình duyệt.');
    expect(await body('bai-ba')).toBe('Bài ba, sửa trong tệp.');
    // Said again on the next import, until the files and the browser agree.
    expect((await importDir()).keptBrowserEdits).toEqual(['01-hoc-phan-mot/02-bai-hai.md']);

    // The files catch up with the browser (export into the folder): no more conflict, nothing to change.
    await exportCourses(t.app, join(dir, '..'), { course: COURSE, replace: true });
    const agreed = await importDir();
    expect(agreed).toMatchObject({ changed: false, keptBrowserEdits: [] });
    // From there a change in the files is taken as usual.
    writeFileSync(join(dir, '01-hoc-phan-mot/02-bai-hai.md'), lessonText('Bài hai', 'Bài hai, bản tệp mới.\n'));
    const next = await importDir();
    expect(next).toMatchObject({ changed: true, keptBrowserEdits: [] });
    expect(await body('bai-hai')).toBe('Bài hai, bản tệp mới.');
  });
});
