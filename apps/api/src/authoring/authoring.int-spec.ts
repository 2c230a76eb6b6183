import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadCourse } from '@lantoa/course-format';
import { lessonText, makeCourseDir, quizText } from '@lantoa/course-format/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CourseImportService } from '../catalog/course-import.service.js';
import { AdminUnitsLoaderService } from '../org/admin-units-loader.service.js';
import { makeUser, type TestUser } from '../testing/factories.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

const COURSE = 'khoa-hoc-thu';
const LESSON_FIELDS = `courseSlug lessonSlug moduleSlug provinceCode position path title minutes objectives body archived revision text
  publishedText problems { path field code message } draft { id status title mine canReview provinceCode files { path change before after } }`;
const LESSON_DRAFT = `query ($lesson: String!) { lessonDraft(courseSlug: "${COURSE}", lessonSlug: $lesson) { ${LESSON_FIELDS} } }`;
const SAVE_LESSON = `mutation ($i: SaveLessonDraftInput!) { saveLessonDraft(input: $i) { lesson { ${LESSON_FIELDS} } conflict { message yours theirs revision } } }`;
const SAVE_QUIZ = `mutation ($i: SaveQuizDraftInput!) { saveQuizDraft(input: $i) {
  quiz { path revision questions { slug prompt } problems { field code message } draft { id files { path change } } } conflict { message } } }`;
const QUIZ_DRAFT = `query ($module: String!, $province: String) { quizDraft(courseSlug: "${COURSE}", moduleSlug: $module, provinceCode: $province) {
  path revision passingScore maxAttempts questions { slug type situation prompt options { id text correct explanation } } } }`;
const DRAFT_FIELDS = `id status reviewComment authorName reviewerName canReview mine problems { field code }`;
const SUBMIT = `mutation ($id: ID!) { submitDraft(input: { draftId: $id }) { ${DRAFT_FIELDS} } }`;
const REVIEW = `mutation ($id: ID!, $d: ReviewDecision!, $c: String) { reviewDraft(input: { draftId: $id, decision: $d, comment: $c }) { ${DRAFT_FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!, $note: String) { publishDraft(input: { draftId: $id, note: $note }) { ${DRAFT_FIELDS} } }`;
const VERSIONS = `query { contentVersions(courseSlug: "${COURSE}") { id number kind authorName reviewerName note restoredFrom changed } }`;
const RESTORE = `mutation ($id: ID!) { restoreContentVersion(input: { versionId: $id, note: "Trả lại" }) { id number kind restoredFrom changed } }`;
const LESSON = `query ($slug: String!, $p: String) { lesson(courseSlug: "${COURSE}", lessonSlug: $slug, provinceCode: $p) { id title { vi } body } }`;

interface LessonView {
  lessonSlug: string;
  path: string;
  title: string;
  minutes: number;
  objectives: string[];
  body: string;
  revision: string;
  text: string;
  publishedText: string | null;
  problems: { path: string; field: string | null; code: string; message: string }[];
  draft: {
    id: string;
    status: string;
    mine: boolean;
    canReview: boolean;
    provinceCode: string | null;
    files: { path: string; change: string }[];
  } | null;
}
interface SaveResult {
  saveLessonDraft: { lesson: LessonView; conflict: { message: string; yours: string; theirs: string; revision: string } | null };
}

describe('authoring: drafts, review, publishing and versions (issue 17)', () => {
  let t: TestApp;
  let db: DataSource;
  let trainerA: TestUser;
  let trainerB: TestUser;
  let hanoi: TestUser;
  let hanoi2: TestUser;
  let hue: TestUser;
  let admin: TestUser;
  let learner: TestUser;

  const open = async (u: TestUser, lesson: string) => {
    const res = await t.gql<{ lessonDraft: LessonView }>(LESSON_DRAFT, { lesson }, u.headers);
    expect(res.errors).toBeUndefined();
    return res.data!.lessonDraft;
  };
  const save = (u: TestUser, view: Pick<LessonView, 'lessonSlug' | 'revision' | 'title' | 'minutes' | 'objectives' | 'body'>, extra = {}) =>
    t.gql<SaveResult>(
      SAVE_LESSON,
      {
        i: {
          courseSlug: COURSE,
          lessonSlug: view.lessonSlug,
          revision: view.revision,
          title: view.title,
          minutes: view.minutes,
          objectives: view.objectives,
          body: view.body,
          ...extra,
        },
      },
      u.headers,
    );
  const edit = async (u: TestUser, lesson: string, body: string) => {
    const res = await save(u, { ...(await open(u, lesson)), body });
    expect(res.errors).toBeUndefined();
    expect(res.data!.saveLessonDraft.conflict).toBeNull();
    return res.data!.saveLessonDraft.lesson;
  };
  const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
  const published = async (slug: string, p: string | null = null) =>
    (await t.gql<{ lesson: { id: string; body: string } }>(LESSON, { slug, p })).data!.lesson;
  /** Edited by A, approved and published by B. */
  const publishEdit = async (lesson: string, body: string) => {
    const draft = (await edit(trainerA, lesson, body)).draft!;
    expect((await t.gql(SUBMIT, { id: draft.id }, trainerA.headers)).errors).toBeUndefined();
    expect((await t.gql(REVIEW, { id: draft.id, d: 'APPROVE' }, trainerB.headers)).errors).toBeUndefined();
    const res = await t.gql<{ publishDraft: { status: string } }>(PUBLISH, { id: draft.id, note: 'Sửa bài' }, trainerB.headers);
    expect(res.errors).toBeUndefined();
    return draft.id;
  };

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    await t.app.get(AdminUnitsLoaderService).load();
    const dir = makeCourseDir({
      '02-hoc-phan-hai/provinces/_template/module.yaml': 'title: "Học phần của {{tên tỉnh}}"\n',
      '02-hoc-phan-hai/provinces/_template/01-mau-bai.md': lessonText('Bài mẫu {{tên tỉnh}}'),
      '02-hoc-phan-hai/provinces/_template/quiz.yaml': quizText(2, 'mau').replace('Câu hỏi mau-1?', 'Câu hỏi về {{tên ứng dụng}}?'),
    });
    const { course, problems } = loadCourse(dir);
    expect(problems).toEqual([]);
    await t.app.get(CourseImportService).importCourse(course!);
    trainerA = await makeUser(t, { fullName: 'Giảng viên A', grants: [{ role: 'TRAINER' }] });
    trainerB = await makeUser(t, { fullName: 'Giảng viên B', grants: [{ role: 'TRAINER' }] });
    hanoi = await makeUser(t, { fullName: 'Giảng viên Hà Nội', grants: [{ role: 'TRAINER', provinceCode: '01' }] });
    hanoi2 = await makeUser(t, { fullName: 'Giảng viên Hà Nội 2', grants: [{ role: 'TRAINER', provinceCode: '01' }] });
    hue = await makeUser(t, { fullName: 'Giảng viên Huế', grants: [{ role: 'TRAINER', provinceCode: '46' }] });
    admin = await makeUser(t, { fullName: 'Quản trị', grants: [{ role: 'NATIONAL_ADMIN' }] });
    learner = await makeUser(t);
  });
  afterAll(() => t.close());

  it('takes a lesson from draft through review to published, and learners read the change at once', async () => {
    const before = await published('bai-hai');
    const opened = await open(trainerA, 'bai-hai');
    expect(opened).toMatchObject({
      title: 'Bài hai',
      minutes: 5,
      objectives: ['Hiểu bài'],
      draft: null,
      path: '01-hoc-phan-mot/02-bai-hai.md',
    });
    const saved = await edit(trainerA, 'bai-hai', 'Nội dung mới của bài hai.\n');
    expect(saved.draft).toMatchObject({ status: 'DRAFT', mine: true, canReview: false });
    expect(saved.draft!.files).toEqual([
      { path: '01-hoc-phan-mot/02-bai-hai.md', change: 'CHANGED', before: opened.text, after: saved.text },
    ]);
    expect(saved.text).toContain('en: Bài hai (en)'); // translations are kept
    expect((await published('bai-hai')).body).toBe(before.body); // a draft is not published

    const id = saved.draft!.id;
    expect(code(await t.gql(REVIEW, { id, d: 'APPROVE' }, trainerB.headers))).toBe('CONFLICT'); // not submitted yet
    const submitted = await t.gql<{ submitDraft: { status: string } }>(SUBMIT, { id }, trainerA.headers);
    expect(submitted.data?.submitDraft.status).toBe('IN_REVIEW');
    const self = await t.gql(REVIEW, { id, d: 'APPROVE' }, trainerA.headers);
    expect(code(self)).toBe('FORBIDDEN');
    expect(self.errors![0]!.message).toContain('không thể tự duyệt');
    expect(code(await t.gql(PUBLISH, { id }, trainerB.headers))).toBe('CONFLICT'); // not approved yet
    const approved = await t.gql<{ reviewDraft: { status: string; reviewerName: string } }>(REVIEW, { id, d: 'APPROVE' }, trainerB.headers);
    expect(approved.data?.reviewDraft).toMatchObject({ status: 'APPROVED', reviewerName: 'Giảng viên B' });
    expect(code(await t.gql(PUBLISH, { id }, trainerA.headers))).toBe('FORBIDDEN'); // nor publish it alone
    const done = await t.gql<{ publishDraft: { status: string } }>(PUBLISH, { id, note: 'Viết lại bài hai' }, trainerB.headers);
    expect(done.errors).toBeUndefined();
    expect(done.data!.publishDraft.status).toBe('PUBLISHED');

    const after = await published('bai-hai');
    expect(after.id).toBe(before.id);
    expect(after.body.trim()).toBe('Nội dung mới của bài hai.');
    const versions = (
      await t.gql<{ contentVersions: { kind: string; authorName: string; reviewerName: string; note: string; changed: string[] }[] }>(
        VERSIONS,
        {},
        trainerA.headers,
      )
    ).data!.contentVersions;
    expect(versions[0]).toMatchObject({
      kind: 'publish',
      authorName: 'Giảng viên A',
      reviewerName: 'Giảng viên B',
      note: 'Viết lại bài hai',
      changed: ['lesson:bai-hai'],
    });
    const audit = await db.query<{ action: string; actor_id: string }[]>(
      `SELECT action, actor_id FROM content_audit_entries WHERE draft_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit).toEqual([
      { action: 'SUBMIT', actor_id: trainerA.id },
      { action: 'APPROVE', actor_id: trainerB.id },
      { action: 'PUBLISH', actor_id: trainerB.id },
    ]);
  });

  it("keeps learners' progress across a publish", async () => {
    const lesson = await published('bai-mot');
    const done = await t.gql(
      `mutation ($i: CompleteLessonInput!) { completeLesson(input: $i) { lessonId } }`,
      { i: { lessonId: lesson.id, clientEventId: randomUUID() } },
      learner.headers,
    );
    expect(done.errors).toBeUndefined();
    await publishEdit('bai-mot', 'Nội dung.\n\n![Sơ đồ các bước](images/so-do.svg)\n\nThêm một đoạn.\n');
    expect((await published('bai-mot')).body).toContain('Thêm một đoạn.');
    const rows = await db.query(`SELECT lesson_id FROM lesson_completions WHERE user_id = $1`, [learner.id]);
    expect(rows).toEqual([{ lesson_id: lesson.id }]);
  });

  it('refuses a stale save and returns both texts', async () => {
    const a = await open(trainerA, 'bai-ba');
    const b = await open(trainerB, 'bai-ba');
    expect(b.revision).toBe(a.revision);
    const first = await save(trainerA, { ...a, body: 'Bản của A.\n' });
    expect(first.data!.saveLessonDraft.conflict).toBeNull();
    const second = await save(trainerB, { ...b, body: 'Bản của B.\n' });
    const result = second.data!.saveLessonDraft;
    expect(result.conflict).toMatchObject({ message: expect.stringContaining('đã được người khác thay đổi') });
    expect(result.conflict!.yours).toContain('Bản của B.');
    expect(result.conflict!.theirs).toContain('Bản của A.');
    expect(result.lesson.body).toBe('Bản của A.\n');
    // Merged and saved again with the revision the conflict gave: accepted, in the same draft.
    const merged = await save(trainerB, { ...b, revision: result.conflict!.revision, body: 'Bản của A và B.\n' });
    expect(merged.data!.saveLessonDraft.conflict).toBeNull();
    expect(merged.data!.saveLessonDraft.lesson.draft!.id).toBe(first.data!.saveLessonDraft.lesson.draft!.id);
    // Both wrote it: neither may approve it.
    const id = merged.data!.saveLessonDraft.lesson.draft!.id;
    await t.gql(SUBMIT, { id }, trainerB.headers);
    expect(code(await t.gql(REVIEW, { id, d: 'APPROVE' }, trainerA.headers))).toBe('FORBIDDEN');
    expect(code(await t.gql(REVIEW, { id, d: 'APPROVE' }, trainerB.headers))).toBe('FORBIDDEN');
    // A send-back needs a comment; it comes back to the authors with it.
    expect(code(await t.gql(REVIEW, { id, d: 'SEND_BACK' }, admin.headers))).toBe('BAD_USER_INPUT');
    const back = await t.gql<{ reviewDraft: { status: string; reviewComment: string } }>(
      REVIEW,
      { id, d: 'SEND_BACK', c: 'Thêm ví dụ.' },
      admin.headers,
    );
    expect(back.data!.reviewDraft).toEqual(expect.objectContaining({ status: 'CHANGES_REQUESTED', reviewComment: 'Thêm ví dụ.' }));
  });

  it('shows validation errors per field, in Vietnamese, and refuses to submit them', async () => {
    const opened = await open(trainerA, 'bai-hai');
    const res = await save(trainerA, { ...opened, minutes: 500, objectives: [] });
    const lesson = res.data!.saveLessonDraft.lesson;
    expect(lesson.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'minutes', message: expect.stringContaining('"minutes" phải nhỏ hơn') }),
        expect.objectContaining({ field: 'objectives', message: expect.stringContaining('cần ít nhất 1 mục') }),
      ]),
    );
    const submit = await t.gql(SUBMIT, { id: lesson.draft!.id }, trainerA.headers);
    expect(code(submit)).toBe('BAD_USER_INPUT');
    expect(submit.errors![0]!.message).toContain('lỗi cần sửa');
    // Fixed: the problems are gone.
    const fixed = await save(trainerA, { ...lesson, minutes: 5, objectives: ['Hiểu bài'] });
    expect(fixed.data!.saveLessonDraft.lesson.problems).toEqual([]);
  });

  it('keeps a province trainer to their province: no national lessons, no other province, and starts a new province from the template', async () => {
    const national = await open(trainerA, 'bai-mot');
    expect(code(await t.gql(LESSON_DRAFT, { lesson: 'bai-mot' }, hanoi.headers))).toBe('FORBIDDEN');
    expect(code(await save(hanoi, { ...national, body: 'Không được.\n' }))).toBe('FORBIDDEN');
    expect(code(await t.gql(LESSON_DRAFT, { lesson: 'bai-ha-noi' }, hue.headers))).toBe('FORBIDDEN');
    expect(code(await t.gql(`query { authoringCourse(courseSlug: "${COURSE}") { national } }`, {}, learner.headers))).toBe('FORBIDDEN');

    // Hà Nội's own lesson: edited by one Hà Nội trainer, approved by the other; Huế may not review it.
    const draft = (await edit(hanoi, 'bai-ha-noi', 'Nội dung riêng của Hà Nội.\n')).draft!;
    expect(draft.provinceCode).toBe('01');
    await t.gql(SUBMIT, { id: draft.id }, hanoi.headers);
    expect(code(await t.gql(REVIEW, { id: draft.id, d: 'APPROVE' }, hue.headers))).toBe('FORBIDDEN');
    expect((await t.gql(REVIEW, { id: draft.id, d: 'APPROVE' }, hanoi2.headers)).errors).toBeUndefined();
    expect((await t.gql(PUBLISH, { id: draft.id }, hanoi2.headers)).errors).toBeUndefined();
    expect((await published('bai-ha-noi', '01')).body.trim()).toBe('Nội dung riêng của Hà Nội.');

    // Huế has no content yet: a new lesson starts its folder from the template; the template's blanks must be filled.
    const newLesson = {
      lessonSlug: 'bai-hue',
      revision: 'new',
      title: 'Bài Huế',
      minutes: 5,
      objectives: ['Biết ứng dụng của Huế'],
      body: 'Nội dung.\n',
    };
    expect(code(await save(hue, newLesson, { moduleSlug: 'hoc-phan-hai', provinceCode: '01' }))).toBe('FORBIDDEN');
    expect(code(await save(hue, newLesson, { moduleSlug: 'hoc-phan-mot' }))).toBe('FORBIDDEN');
    const created = await save(hue, newLesson, { moduleSlug: 'hoc-phan-hai', provinceCode: '46' });
    expect(created.errors).toBeUndefined();
    const hueDraft = created.data!.saveLessonDraft.lesson.draft!;
    expect(hueDraft.files.map((f) => [f.path, f.change])).toEqual([
      ['02-hoc-phan-hai/provinces/46/01-bai-hue.md', 'ADDED'],
      ['02-hoc-phan-hai/provinces/46/module.yaml', 'ADDED'],
      ['02-hoc-phan-hai/provinces/46/quiz.yaml', 'ADDED'],
    ]);
    const withBlanks = await t.gql<{ submitDraft: unknown }>(SUBMIT, { id: hueDraft.id }, hue.headers);
    expect(code(withBlanks)).toBe('BAD_USER_INPUT'); // the quiz still has a {{…}} blank
    const quiz = (
      await t.gql<{ quizDraft: { revision: string; questions: { slug: string }[] } }>(
        QUIZ_DRAFT,
        { module: 'hoc-phan-hai', province: '46' },
        hue.headers,
      )
    ).data!.quizDraft;
    expect(quiz.questions.map((q) => q.slug)).toEqual(['mau-1', 'mau-2']);
    const savedQuiz = await t.gql<{ saveQuizDraft: { quiz: { draft: { id: string } } } }>(
      SAVE_QUIZ,
      {
        i: {
          courseSlug: COURSE,
          moduleSlug: 'hoc-phan-hai',
          provinceCode: '46',
          revision: quiz.revision,
          questions: [
            {
              slug: 'hue-1',
              type: 'true_false',
              prompt: 'Hue-S là ứng dụng của Huế?',
              options: [
                { id: 'dung', text: 'Đúng', correct: true, explanation: 'Đúng vậy.' },
                { id: 'sai', text: 'Sai', correct: false, explanation: 'Có, đó là ứng dụng của Huế.' },
              ],
            },
          ],
        },
      },
      hue.headers,
    );
    expect(savedQuiz.errors).toBeUndefined();
    expect(savedQuiz.data!.saveQuizDraft.quiz.draft.id).toBe(hueDraft.id);
    const ready = await t.gql<{ submitDraft: { status: string } }>(SUBMIT, { id: hueDraft.id }, hue.headers);
    expect(ready.errors).toBeUndefined();
    expect(ready.data!.submitDraft.status).toBe('IN_REVIEW');
  });

  it('refuses a quiz with broken rules next to the question', async () => {
    const quiz = (
      await t.gql<{ quizDraft: { revision: string; questions: { slug: string; type: string; prompt: string; options: object[] }[] } }>(
        QUIZ_DRAFT,
        { module: 'hoc-phan-mot' },
        trainerA.headers,
      )
    ).data!.quizDraft;
    const questions = quiz.questions.map((q, i) => ({
      ...q,
      situation: false,
      options: (q.options as { id: string; text: string; correct: boolean; explanation: string }[]).map((o) => ({
        ...o,
        correct: i === 1 ? false : o.correct,
      })),
    }));
    const res = await t.gql<{ saveQuizDraft: { quiz: { problems: { field: string; code: string }[] } } }>(
      SAVE_QUIZ,
      { i: { courseSlug: COURSE, moduleSlug: 'hoc-phan-mot', revision: quiz.revision, passingScore: 0.8, maxAttempts: 3, questions } },
      trainerA.headers,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.saveQuizDraft.quiz.problems).toEqual([expect.objectContaining({ field: 'questions.1', code: 'no-correct-answer' })]);
  });

  it('adds, moves and archives lessons in one draft; an archived lesson keeps its progress', async () => {
    const outline = `query { course(slug: "${COURSE}") { modules { slug lessons { slug position } } } }`;
    const lessonsOfModule1 = async () =>
      (
        await t.gql<{ course: { modules: { slug: string; lessons: { slug: string; position: number }[] }[] } }>(outline)
      ).data!.course.modules[0]!.lessons.map((l) => l.slug);
    const added = await save(
      trainerA,
      { lessonSlug: 'bai-moi', revision: 'new', title: 'Bài mới', minutes: 5, objectives: ['Biết bài mới'], body: 'Nội dung bài mới.\n' },
      { moduleSlug: 'hoc-phan-mot', position: 1 },
    );
    expect(added.errors).toBeUndefined();
    const draft = added.data!.saveLessonDraft.lesson.draft!;
    // Alone, the new lesson 01 clashes with bai-mot's number: the draft says so and cannot be submitted.
    expect(added.data!.saveLessonDraft.lesson.problems).toEqual([]);
    expect(code(await t.gql(SUBMIT, { id: draft.id }, trainerA.headers))).toBe('BAD_USER_INPUT');
    // bai-mot moves to 3 and bai-hai is archived, in the same draft, so they are checked and published together.
    const moved = await save(trainerA, await open(trainerA, 'bai-mot'), { position: 3, draftId: draft.id });
    expect(moved.errors).toBeUndefined();
    const archived = await save(trainerA, await open(trainerA, 'bai-hai'), { archived: true, draftId: draft.id });
    expect(archived.data!.saveLessonDraft.lesson).toMatchObject({ archived: true, revision: 'archived' });
    expect(archived.data!.saveLessonDraft.lesson.draft!.id).toBe(draft.id);
    expect(archived.data!.saveLessonDraft.lesson.draft!.files.map((f) => [f.path, f.change])).toEqual([
      ['01-hoc-phan-mot/01-bai-moi.md', 'ADDED'],
      ['01-hoc-phan-mot/01-bai-mot.md', 'REMOVED'],
      ['01-hoc-phan-mot/02-bai-hai.md', 'REMOVED'],
      ['01-hoc-phan-mot/03-bai-mot.md', 'ADDED'],
    ]);
    expect((await t.gql(SUBMIT, { id: draft.id }, trainerA.headers)).errors).toBeUndefined();
    expect((await t.gql(REVIEW, { id: draft.id, d: 'APPROVE' }, trainerB.headers)).errors).toBeUndefined();
    expect((await t.gql(PUBLISH, { id: draft.id }, trainerB.headers)).errors).toBeUndefined();
    expect(await lessonsOfModule1()).toEqual(['bai-moi', 'bai-mot']);
    const [row] = await db.query<{ archived_at: Date | null }[]>(`SELECT archived_at FROM lessons WHERE slug = 'bai-hai'`);
    expect(row!.archived_at).not.toBeNull();
    expect(await db.query(`SELECT count(*)::int AS n FROM lesson_completions WHERE user_id = $1`, [learner.id])).toEqual([{ n: 1 }]);
  });

  it("previews a module as a chosen province's learners would see it, with a draft applied", async () => {
    const PREVIEW = `query ($m: String!, $p: String, $d: ID) { modulePreview(courseSlug: "${COURSE}", moduleSlug: $m, provinceCode: $p, draftId: $d) {
      title provinceCode draftId quizQuestionCount provinceQuestionCount lessons { slug title position provinceCode changed } } }`;
    type Preview = {
      title: string;
      provinceCode: string | null;
      draftId: string | null;
      quizQuestionCount: number | null;
      provinceQuestionCount: number;
      lessons: { slug: string; title: string; position: number; provinceCode: string | null; changed: boolean }[];
    };
    const preview = (u: TestUser, vars: Record<string, unknown>) => t.gql<{ modulePreview: Preview }>(PREVIEW, vars, u.headers);
    const added = await save(
      hanoi2,
      {
        lessonSlug: 'bai-ha-noi-hai',
        revision: 'new',
        title: 'Bài Hà Nội hai',
        minutes: 7,
        objectives: ['Biết thêm'],
        body: 'Nội dung.\n',
      },
      { moduleSlug: 'hoc-phan-hai', provinceCode: '01', position: 2 },
    );
    expect(added.errors).toBeUndefined();
    const draftId = added.data!.saveLessonDraft.lesson.draft!.id;
    const nationalLesson = { slug: 'bai-ba', title: 'Bài ba', position: 1, provinceCode: null, changed: false };

    // Hà Nội's learners: the national lesson, then Hà Nội's (01 after the national 01), then the draft's new 02.
    const hanoiView = await preview(hanoi2, { m: 'hoc-phan-hai', p: '01', d: draftId });
    expect(hanoiView.errors).toBeUndefined();
    expect(hanoiView.data!.modulePreview).toEqual({
      title: 'Hà Nội',
      provinceCode: '01',
      draftId,
      quizQuestionCount: 4,
      provinceQuestionCount: 2,
      lessons: [
        nationalLesson,
        { slug: 'bai-ha-noi', title: 'Bài Hà Nội', position: 1, provinceCode: '01', changed: false },
        { slug: 'bai-ha-noi-hai', title: 'Bài Hà Nội hai', position: 2, provinceCode: '01', changed: true },
      ],
    });
    // As published (no draft), the new lesson is not there; elsewhere only the national lesson and title.
    const published01 = (await preview(hanoi2, { m: 'hoc-phan-hai', p: '01' })).data!.modulePreview;
    expect(published01.lessons.map((l) => l.slug)).toEqual(['bai-ba', 'bai-ha-noi']);
    expect((await preview(trainerA, { m: 'hoc-phan-hai', p: null, d: draftId })).data!.modulePreview).toEqual({
      title: 'Học phần hai',
      provinceCode: null,
      draftId,
      quizQuestionCount: 2,
      provinceQuestionCount: 0,
      lessons: [nationalLesson],
    });
    expect((await preview(hue, { m: 'hoc-phan-hai', p: '79' })).data!.modulePreview.lessons).toEqual([nationalLesson]);

    // Authors only; a draft only for those whose scope covers it; real province codes only.
    expect(code(await preview(learner, { m: 'hoc-phan-hai', p: '01' }))).toBe('FORBIDDEN');
    expect(code(await preview(hue, { m: 'hoc-phan-hai', p: '01', d: draftId }))).toBe('FORBIDDEN');
    expect(code(await preview(trainerA, { m: 'hoc-phan-hai', p: '99' }))).toBe('BAD_USER_INPUT');
    expect(code(await preview(trainerA, { m: 'khong-co', p: null }))).toBe('NOT_FOUND');
  });

  it('restores an earlier version as a new version (national scope only)', async () => {
    const versions = (await t.gql<{ contentVersions: { id: string; number: number; kind: string }[] }>(VERSIONS, {}, trainerA.headers))
      .data!.contentVersions;
    const first = versions.find((v) => v.number === 1)!;
    expect(first.kind).toBe('files');
    expect(code(await t.gql(RESTORE, { id: first.id }, hanoi.headers))).toBe('FORBIDDEN');
    const res = await t.gql<{ restoreContentVersion: { number: number; kind: string; restoredFrom: number; changed: string[] } }>(
      RESTORE,
      { id: first.id },
      trainerA.headers,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.restoreContentVersion).toMatchObject({ number: versions[0]!.number + 1, kind: 'restore', restoredFrom: 1 });
    expect(res.data!.restoreContentVersion.changed).toEqual(
      expect.arrayContaining(['lesson:bai-hai', 'lesson:bai-mot', 'lesson:bai-ha-noi']),
    );
    expect((await published('bai-hai')).body.trim()).toBe('Nội dung bài học.');
    const audit = await db.query(`SELECT action, actor_id FROM content_audit_entries WHERE action = 'RESTORE'`);
    expect(audit).toEqual([{ action: 'RESTORE', actor_id: trainerA.id }]);
  });
});
