import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadCourse } from '@lantoa/course-format';
import { lessonText, makeCourseDir } from '@lantoa/course-format/testing';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { CourseImportService } from '../catalog/course-import.service.js';
import { AdminUnitsLoaderService } from '../org/admin-units-loader.service.js';
import { makeTeam, makeUser, type TestUser } from '../testing/factories.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

const QUIZ_ONE = `passingScore: 0.8
maxAttempts: 3
questions:
  - slug: mot-lua-chon
    type: single
    prompt: Chọn một
    options:
      - { id: a, text: Đúng, correct: true, explanation: Vì a đúng. }
      - { id: b, text: Sai, correct: false, explanation: Vì b sai. }
  - slug: nhieu-lua-chon
    type: multiple
    prompt: Chọn các ý đúng
    options:
      - { id: a, text: A, correct: true, explanation: A đúng. }
      - { id: b, text: B, correct: true, explanation: B đúng. }
      - { id: c, text: C, correct: false, explanation: C sai. }
  - slug: dung-sai
    type: true_false
    prompt: Câu này sai?
    options:
      - { id: dung, text: Đúng, correct: false, explanation: Không phải. }
      - { id: sai, text: Sai, correct: true, explanation: Đúng là sai. }
`;
const RIGHT = [
  { questionSlug: 'mot-lua-chon', optionIds: ['a'] },
  { questionSlug: 'nhieu-lua-chon', optionIds: ['a', 'b'] },
  { questionSlug: 'dung-sai', optionIds: ['sai'] },
];
const PARTIAL = [RIGHT[0]!, { questionSlug: 'nhieu-lua-chon', optionIds: ['a'] }, RIGHT[2]!];
const PASS_TWO = [
  { questionSlug: 'cau-1', optionIds: ['a'] },
  { questionSlug: 'cau-2', optionIds: ['a'] },
];
// The Hà Nội quiz of module 2: the national questions, then Hà Nội's own.
const PASS_HANOI = [...PASS_TWO, { questionSlug: 'ha-noi-1', optionIds: ['a'] }, { questionSlug: 'ha-noi-2', optionIds: ['a'] }];

const COMPLETE = `mutation ($i: CompleteLessonInput!) { completeLesson(input: $i) { lessonId completedAt completedModuleIds courseCompleted } }`;
const SUBMIT = `mutation ($i: SubmitQuizInput!) { submitQuiz(input: $i) {
  attemptId attemptNumber correctCount questionCount score passed attemptsLeft moduleCompleted courseCompleted
  questions { slug correct options { id selected correct explanation { vi } } } } }`;
const SYNC = `mutation ($i: SyncProgressInput!) { syncProgress(input: $i) { clientEventId status reason { vi } lesson { lessonId completedModuleIds } quiz { passed attemptNumber } } }`;
const PROGRESS = `query { myProgress(courseSlug: "khoa-hoc-thu") { enrolled percent completed startedAt lastActiveAt completedAt
  nextLesson { slug } modules { slug lessonsDone lessonsTotal quizAttempts quizBestScore quizPassed completed nextLesson { slug } } } }`;

interface QuizResult {
  attemptNumber: number;
  score: number;
  passed: boolean;
  attemptsLeft: number | null;
  moduleCompleted: boolean;
  courseCompleted: boolean;
  questions: {
    slug: string;
    correct: boolean;
    options: { id: string; selected: boolean; correct: boolean | null; explanation: { vi: string } }[];
  }[];
}
interface Progress {
  enrolled: boolean;
  percent: number;
  completed: boolean;
  startedAt: string | null;
  lastActiveAt: string | null;
  nextLesson: { slug: string } | null;
  modules: {
    slug: string;
    lessonsDone: number;
    lessonsTotal: number;
    quizAttempts: number;
    quizPassed: boolean;
    completed: boolean;
    nextLesson: { slug: string } | null;
  }[];
}

describe('learning: progress, quizzes and completion', () => {
  let t: TestApp;
  let db: DataSource;
  let courseDir: string;
  const ids: { lessons: Record<string, string>; quizzes: Record<string, string> } = { lessons: {}, quizzes: {} };

  const reimport = async () => {
    await t.app.get(CourseImportService).importCourse(loadCourse(courseDir).course!);
    const lessons = await db.query<{ id: string; slug: string }[]>(`SELECT id, slug FROM lessons`);
    ids.lessons = Object.fromEntries(lessons.map((l) => [l.slug, l.id]));
    const quizzes = await db.query<{ id: string; slug: string; province_code: string | null }[]>(
      `SELECT q.id, m.slug, q.province_code FROM quizzes q JOIN course_modules m ON m.id = q.module_id`,
    );
    ids.quizzes = Object.fromEntries(quizzes.map((q) => [q.province_code ? `${q.slug}/${q.province_code}` : q.slug, q.id]));
  };
  const complete = (u: TestUser, slug: string, clientEventId = randomUUID(), occurredAt?: string) =>
    t.gql<{ completeLesson: { completedModuleIds: string[]; courseCompleted: boolean } }>(
      COMPLETE,
      { i: { lessonId: ids.lessons[slug], clientEventId, occurredAt } },
      u.headers,
    );
  const submit = (u: TestUser, quiz: string, answers: unknown, clientEventId = randomUUID()) =>
    t.gql<{ submitQuiz: QuizResult }>(SUBMIT, { i: { quizId: ids.quizzes[quiz], answers, clientEventId } }, u.headers);
  const progress = async (u: TestUser) => (await t.gql<{ myProgress: Progress }>(PROGRESS, {}, u.headers)).data!.myProgress;
  const count = async (sql: string, params: unknown[]) => (await db.query<{ n: number }[]>(sql, params))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    await t.app.get(AdminUnitsLoaderService).load();
    courseDir = makeCourseDir({ '01-hoc-phan-mot/quiz.yaml': QUIZ_ONE });
    await reimport();
  });
  afterAll(() => t.close());

  it('grades on the server: every question type, a partial multiple-choice answer is wrong, explanations returned', async () => {
    const learner = await makeUser(t);
    const partial = (await submit(learner, 'hoc-phan-mot', PARTIAL)).data!.submitQuiz;
    expect(partial).toMatchObject({ attemptNumber: 1, score: 2 / 3, passed: false, attemptsLeft: 2 });
    expect(partial.questions.map((q) => q.correct)).toEqual([true, false, true]);
    const multiple = partial.questions[1]!;
    expect(multiple.options.map((o) => [o.id, o.selected, o.explanation.vi])).toEqual([
      ['a', true, 'A đúng.'],
      ['b', false, 'B đúng.'],
      ['c', false, 'C sai.'],
    ]);
    // Which options are right stays hidden while attempts are left and the quiz is not passed.
    expect(multiple.options.every((o) => o.correct === null)).toBe(true);

    const right = (await submit(learner, 'hoc-phan-mot', RIGHT)).data!.submitQuiz;
    expect(right).toMatchObject({ attemptNumber: 2, score: 1, passed: true, attemptsLeft: 1 });
    expect(right.questions[1]!.options.map((o) => o.correct)).toEqual([true, true, false]);
  });

  it('enforces the attempts of a round from the course files, and keeps the answers hidden until passed', async () => {
    const learner = await makeUser(t);
    await submit(learner, 'hoc-phan-mot', PARTIAL);
    await submit(learner, 'hoc-phan-mot', PARTIAL);
    const last = (await submit(learner, 'hoc-phan-mot', PARTIAL)).data!.submitQuiz;
    expect(last).toMatchObject({ attemptNumber: 3, attemptsLeft: 0, passed: false });
    // A new round always comes (issue 19), so the correct options stay hidden; the explanations are there.
    expect(last.questions[1]!.options.map((o) => o.correct)).toEqual([null, null, null]);
    const fourth = await submit(learner, 'hoc-phan-mot', RIGHT);
    expect(fourth.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(fourth.errors?.[0]?.message).toMatch(/^Bạn đã làm hết các lần của lượt này\. Bạn có thể làm lại từ \d\d:\d\d ngày /);
    expect(fourth.errors?.[0]?.extensions?.nextRoundAt).toEqual(expect.any(String));
    expect(await count(`SELECT count(*)::int AS n FROM quiz_attempts WHERE user_id = $1`, [learner.id])).toBe(3);
  });

  it('stores the same lesson event sent three times once, and answers it the same each time', async () => {
    const learner = await makeUser(t);
    const id = randomUUID();
    const answers = [
      await complete(learner, 'bai-mot', id),
      await complete(learner, 'bai-mot', id),
      await complete(learner, 'bai-mot', id),
    ];
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined, undefined]);
    expect(answers[1]!.data).toEqual(answers[0]!.data);
    expect(answers[2]!.data).toEqual(answers[0]!.data);
    expect(await count(`SELECT count(*)::int AS n FROM lesson_completions WHERE user_id = $1`, [learner.id])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM progress_events WHERE user_id = $1`, [learner.id])).toBe(1);
  });

  it('stores the same quiz submission sent three times as one attempt with one answer', async () => {
    const learner = await makeUser(t);
    const id = randomUUID();
    const answers = await Promise.all([
      submit(learner, 'hoc-phan-mot', PARTIAL, id),
      submit(learner, 'hoc-phan-mot', PARTIAL, id),
      submit(learner, 'hoc-phan-mot', PARTIAL, id),
    ]);
    expect(answers[1]!.data).toEqual(answers[0]!.data);
    expect(answers[2]!.data).toEqual(answers[0]!.data);
    expect(await count(`SELECT count(*)::int AS n FROM quiz_attempts WHERE user_id = $1`, [learner.id])).toBe(1);
  });

  it('syncs a batch with duplicates and out-of-order events, reports each, and never goes backwards', async () => {
    const learner = await makeUser(t);
    const [e1, e2, e3] = [randomUUID(), randomUUID(), randomUUID()];
    const batch = [
      { kind: 'LESSON_COMPLETED', clientEventId: e2, lessonId: ids.lessons['bai-hai'], occurredAt: '2026-11-20T09:00:00Z' },
      {
        kind: 'QUIZ_SUBMITTED',
        clientEventId: e3,
        quizId: ids.quizzes['hoc-phan-mot'],
        answers: RIGHT,
        occurredAt: '2026-11-20T10:00:00Z',
      },
      { kind: 'LESSON_COMPLETED', clientEventId: e1, lessonId: ids.lessons['bai-mot'], occurredAt: '2026-11-20T08:00:00Z' },
      { kind: 'LESSON_COMPLETED', clientEventId: e1, lessonId: ids.lessons['bai-mot'], occurredAt: '2026-11-20T08:00:00Z' },
      { kind: 'LESSON_COMPLETED', clientEventId: randomUUID(), lessonId: randomUUID(), occurredAt: '2026-11-20T08:30:00Z' },
      { kind: 'LESSON_COMPLETED', clientEventId: 'short', lessonId: ids.lessons['bai-mot'], occurredAt: '2026-11-20T08:30:00Z' },
    ];
    const res = await t.gql<{
      syncProgress: {
        clientEventId: string;
        status: string;
        reason: { vi: string } | null;
        lesson: unknown;
        quiz: { passed: boolean } | null;
      }[];
    }>(SYNC, { i: { events: batch } }, learner.headers);
    expect(res.errors).toBeUndefined();
    expect(res.data!.syncProgress[3]!.lesson).toEqual(res.data!.syncProgress[2]!.lesson);
    expect(res.data!.syncProgress.map((r) => r.status)).toEqual(['APPLIED', 'APPLIED', 'APPLIED', 'DUPLICATE', 'REJECTED', 'REJECTED']);
    // The same event twice in one batch: the repeat is a DUPLICATE with the first one's answer, so the device drops it.
    expect(res.data!.syncProgress[3]!.reason).toBeNull();
    expect(res.data!.syncProgress[3]!.clientEventId).toBe(e1);
    expect(res.data!.syncProgress[4]!.reason?.vi).toBe('Không tìm thấy bài học này.');
    expect(res.data!.syncProgress[1]!.quiz?.passed).toBe(true);

    const after = await progress(learner);
    expect(after.modules[0]).toMatchObject({ lessonsDone: 2, lessonsTotal: 2, quizPassed: true, completed: true });
    expect(after.startedAt).toBe('2026-11-20T08:00:00.000Z');
    expect(after.lastActiveAt).toBe('2026-11-20T10:00:00.000Z');

    // The same batch again (a replay after a lost answer): everything is a duplicate, nothing changes.
    const again = await t.gql<{ syncProgress: { status: string }[] }>(SYNC, { i: { events: batch.slice(0, 3) } }, learner.headers);
    expect(again.data!.syncProgress.map((r) => r.status)).toEqual(['DUPLICATE', 'DUPLICATE', 'DUPLICATE']);
    // A late event from long ago does not move "last active" back, nor undo a completion.
    await t.gql(
      SYNC,
      {
        i: {
          events: [
            {
              kind: 'QUIZ_SUBMITTED',
              clientEventId: randomUUID(),
              quizId: ids.quizzes['hoc-phan-mot'],
              answers: PARTIAL,
              occurredAt: '2026-11-01T08:00:00Z',
            },
          ],
        },
      },
      learner.headers,
    );
    const later = await progress(learner);
    expect(later.lastActiveAt).toBe('2026-11-20T10:00:00.000Z');
    expect(later.startedAt).toBe('2026-11-01T08:00:00.000Z');
    expect(later.modules[0]!.completed).toBe(true);
    expect(await count(`SELECT count(*)::int AS n FROM completions WHERE user_id = $1`, [learner.id])).toBe(1);
  });

  it('completes a module once when two devices send its last steps at the same moment', async () => {
    for (let i = 0; i < 8; i++) {
      const learner = await makeUser(t);
      await complete(learner, 'bai-mot');
      // Device A reads the last lesson while device B passes the quiz: each alone would miss the other's step.
      const [lesson, quiz] = await Promise.all([complete(learner, 'bai-hai'), submit(learner, 'hoc-phan-mot', RIGHT)]);
      expect(lesson.errors).toBeUndefined();
      expect(quiz.errors).toBeUndefined();
      expect(await count(`SELECT count(*)::int AS n FROM completions WHERE user_id = $1 AND module_id IS NOT NULL`, [learner.id])).toBe(1);
      const credited = Number(lesson.data!.completeLesson.completedModuleIds.length > 0) + Number(quiz.data!.submitQuiz.moduleCompleted);
      expect(credited).toBe(1);
    }
  });

  it('never numbers two concurrent attempts the same, nor goes past the limit', async () => {
    const learner = await makeUser(t);
    const results = await Promise.all(Array.from({ length: 5 }, () => submit(learner, 'hoc-phan-mot', PARTIAL)));
    expect(results.filter((r) => !r.errors).length).toBe(3);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(2);
    expect(
      (await db.query(`SELECT attempt_number FROM quiz_attempts WHERE user_id = $1 ORDER BY 1`, [learner.id])).map(
        (r: { attempt_number: number }) => r.attempt_number,
      ),
    ).toEqual([1, 2, 3]);
  });

  it('completes modules and the course, recording the commune and team at that moment', async () => {
    const team = await makeTeam(t, '00004');
    const learner = await makeUser(t, { communeCode: '00008', team: { id: team.id, role: 'member' } });
    await complete(learner, 'bai-mot');
    await complete(learner, 'bai-hai');
    expect((await submit(learner, 'hoc-phan-mot', RIGHT)).data!.submitQuiz).toMatchObject({
      moduleCompleted: true,
      courseCompleted: false,
    });
    const mid = await progress(learner);
    expect(mid.nextLesson?.slug).toBe('bai-ba');
    expect(mid.modules[1]).toMatchObject({ lessonsTotal: 2, nextLesson: { slug: 'bai-ba' } });
    // A learner of Hà Nội needs the national lesson of module 2 and Hà Nội's lesson added to it, and the Hà Nội quiz.
    await complete(learner, 'bai-ba');
    expect((await progress(learner)).modules[1]!.nextLesson?.slug).toBe('bai-ha-noi');
    const early = (await submit(learner, 'hoc-phan-hai/01', PASS_HANOI)).data!.submitQuiz;
    expect(early).toMatchObject({ passed: true, moduleCompleted: false });
    const lastLesson = (await complete(learner, 'bai-ha-noi')).data!.completeLesson;
    expect(lastLesson.completedModuleIds).toHaveLength(1);
    expect(lastLesson.courseCompleted).toBe(true);
    const last = (await submit(learner, 'hoc-phan-hai/01', PASS_HANOI)).data!.submitQuiz;
    // Already complete: a second pass records nothing new.
    expect(last).toMatchObject({ passed: true, moduleCompleted: false, courseCompleted: false });
    const done = await progress(learner);
    expect(done).toMatchObject({ percent: 100, completed: true, nextLesson: null });
    const rows = await db.query<{ module_id: string | null; commune: string; team_id: string }[]>(
      `SELECT c.module_id, u.code AS commune, c.team_id FROM completions c JOIN admin_units u ON u.id = c.commune_id WHERE c.user_id = $1 ORDER BY c.id`,
      [learner.id],
    );
    expect(rows.map((r) => [r.module_id === null ? 'course' : 'module', r.commune, r.team_id])).toEqual([
      ['module', '00008', team.id],
      ['module', '00008', team.id],
      ['course', '00008', team.id],
    ]);
    expect(await count(`SELECT count(*)::int AS n FROM enrollments WHERE user_id = $1 AND completed_at IS NOT NULL`, [learner.id])).toBe(1);
  });

  it("keeps module 6 complete for a learner who completed a province's old (replacing) variant", async () => {
    // What the old rule recorded for a Hà Nội learner: the Hà Nội lesson and quiz only, module and course complete.
    const learner = await makeUser(t, { communeCode: '00008' });
    await complete(learner, 'bai-mot');
    await complete(learner, 'bai-hai');
    await submit(learner, 'hoc-phan-mot', RIGHT);
    await complete(learner, 'bai-ha-noi');
    const quizId = ids.quizzes['hoc-phan-hai/01'];
    await db.query(
      `INSERT INTO quiz_attempts (user_id, quiz_id, attempt_number, answers, correct_count, question_count, score, passed, submitted_at)
       VALUES ($1, $2, 1, '[]', 2, 2, 1, true, now())`,
      [learner.id, quizId],
    );
    const moduleId = (await db.query<{ id: string }[]>(`SELECT id FROM course_modules WHERE slug = 'hoc-phan-hai'`))[0]!.id;
    const courseId = (await db.query<{ id: string }[]>(`SELECT id FROM courses WHERE slug = 'khoa-hoc-thu'`))[0]!.id;
    await db.query(
      `INSERT INTO completions (user_id, course_id, module_id, completed_at) VALUES ($1, $2, $3, now()), ($1, $2, NULL, now())`,
      [learner.id, courseId, moduleId],
    );

    const kept = await progress(learner);
    // The national lesson shows as new and not done; nothing that was completed is taken back.
    expect(kept.modules[1]).toMatchObject({
      lessonsDone: 1,
      lessonsTotal: 2,
      quizPassed: true,
      completed: true,
      nextLesson: { slug: 'bai-ba' },
    });
    expect(kept).toMatchObject({ completed: true, percent: 100 });
    await complete(learner, 'bai-ba');
    expect(await count(`SELECT count(*)::int AS n FROM completions WHERE user_id = $1`, [learner.id])).toBe(3);
  });

  it('keeps a completed module complete when a lesson is added, while new learners need the new lesson', async () => {
    const before = await makeUser(t);
    await complete(before, 'bai-mot');
    await complete(before, 'bai-hai');
    await submit(before, 'hoc-phan-mot', RIGHT);
    writeFileSync(join(courseDir, '01-hoc-phan-mot/03-bai-moi-them.md'), lessonText('Bài mới thêm'));
    await reimport();
    const old = await progress(before);
    expect(old.modules[0]).toMatchObject({ lessonsDone: 2, lessonsTotal: 3, completed: true, nextLesson: { slug: 'bai-moi-them' } });

    const after = await makeUser(t);
    await complete(after, 'bai-mot');
    await complete(after, 'bai-hai');
    await submit(after, 'hoc-phan-mot', RIGHT);
    expect((await progress(after)).modules[0]!.completed).toBe(false);
    expect((await complete(after, 'bai-moi-them')).data!.completeLesson.completedModuleIds).toHaveLength(1);
  });

  it('keeps progress on a lesson that was archived, and restores it when the lesson returns', async () => {
    const learner = await makeUser(t);
    await complete(learner, 'bai-moi-them');
    const { rmSync } = await import('node:fs');
    rmSync(join(courseDir, '01-hoc-phan-mot/03-bai-moi-them.md'));
    await reimport();
    expect(await count(`SELECT count(*)::int AS n FROM lesson_completions WHERE user_id = $1`, [learner.id])).toBe(1);
    writeFileSync(join(courseDir, '01-hoc-phan-mot/03-bai-moi-them.md'), lessonText('Bài mới thêm'));
    await reimport();
    expect((await progress(learner)).modules[0]!.lessonsDone).toBe(1);
  });

  it('enrols team members when they join a team, and lets a leader (only) see the team progress', async () => {
    const team = await makeTeam(t, '00004');
    const admin = await makeUser(t, { grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '01' }] });
    const leader = await makeUser(t, { team: { id: team.id, role: 'leader' } });
    const added = await t.gql<{ addTeamMember: { user: { id: string } } }>(
      'mutation ($i: AddTeamMemberInput!) { addTeamMember(input: $i) { user { id } } }',
      { i: { teamId: team.id, phone: `09${Date.now().toString().slice(-8)}`, fullName: 'Thành viên' } },
      admin.headers,
    );
    const memberId = added.data!.addTeamMember.user.id;
    expect(await count(`SELECT count(*)::int AS n FROM enrollments WHERE user_id = $1`, [memberId])).toBe(1);
    const member = await makeUser(t, { team: { id: team.id, role: 'member' } });
    await complete(member, 'bai-mot');

    const QUERY =
      'query ($id: ID!) { teamProgress(teamId: $id, courseSlug: "khoa-hoc-thu") { role user { id } progress { enrolled percent modules { lessonsDone } } } }';
    const seen = await t.gql<{ teamProgress: { user: { id: string }; progress: { modules: { lessonsDone: number }[] } }[] }>(
      QUERY,
      { id: team.id },
      leader.headers,
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.teamProgress.find((m) => m.user.id === member.id)?.progress.modules[0]?.lessonsDone).toBe(1);
    expect(seen.data!.teamProgress).toHaveLength(3);
    expect((await t.gql(QUERY, { id: team.id }, member.headers)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(QUERY, { id: team.id }, admin.headers)).errors).toBeUndefined();
  });

  it('needs an account for quizzes and progress, and hides the answers from the quiz a learner takes', async () => {
    expect((await t.gql(PROGRESS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const learner = await makeUser(t);
    const quiz = await t.gql<{ quiz: unknown }>(
      'query ($id: ID!) { quiz(id: $id) { questions { slug type options { id text { vi } } } maxAttempts attemptsUsed } }',
      { id: ids.quizzes['hoc-phan-mot'] },
      learner.headers,
    );
    expect(quiz.errors).toBeUndefined();
    expect(JSON.stringify(quiz.data)).not.toMatch(/correct|explanation/);
    const bad = await t.gql('query { quiz(id: "not-a-quiz") { id } }', {}, learner.headers);
    expect(bad.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
