import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadCourse } from '@lantoa/course-format';
import { makeCourseDir } from '@lantoa/course-format/testing';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CourseImportService } from '../catalog/course-import.service.js';
import { Viewer } from '../identity/viewer.js';
import { ViewerLoaderService } from '../identity/viewer-loader.service.js';
import { ProgressService } from '../learning/progress.service.js';
import { AdminUnitsLoaderService } from '../org/admin-units-loader.service.js';
import { TeamsService } from '../org/teams.service.js';
import { makeTeam, makeUser, type TestUser } from '../testing/factories.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { NIL_UUID, RECOUNT_DAYS, ROLLUP_COUNTS } from './reports.sql.js';
import { RollupsService } from './rollups.service.js';

const DAY = 86_400_000;
const RIGHT = [
  { questionSlug: 'cau-1', optionIds: ['a'] },
  { questionSlug: 'cau-2', optionIds: ['a'] },
];
const WRONG = [
  { questionSlug: 'cau-1', optionIds: ['b'] },
  { questionSlug: 'cau-2', optionIds: ['a'] },
];

type Op =
  | { kind: 'lesson'; learner: number; lesson: number; daysAgo: number }
  | { kind: 'quiz'; learner: number; quiz: number; pass: boolean; daysAgo: number }
  | { kind: 'move'; learner: number; team: number | null }
  | { kind: 'enroll'; learner: number }
  | { kind: 'module'; learner: number; daysAgo: number }
  | { kind: 'content'; change: 'addLesson' | 'archiveLesson' | 'restoreLessons' };

const LEARNERS = 5;
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('lesson' as const), learner: fc.nat(LEARNERS - 1), lesson: fc.nat(5), daysAgo: fc.nat(60) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('quiz' as const),
      learner: fc.nat(LEARNERS - 1),
      quiz: fc.nat(2),
      pass: fc.boolean(),
      daysAgo: fc.nat(60),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('move' as const), learner: fc.nat(LEARNERS - 1), team: fc.option(fc.nat(2), { nil: null }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('enroll' as const), learner: fc.nat(LEARNERS - 1) }) },
  // Every current lesson of the first module and its quiz, in one go (a module completion, often the course's first).
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('module' as const), learner: fc.nat(LEARNERS - 1), daysAgo: fc.nat(60) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('content' as const),
      change: fc.constantFrom('addLesson' as const, 'archiveLesson' as const, 'restoreLessons' as const),
    }),
  },
);

describe('report roll-ups', () => {
  let t: TestApp;
  let db: DataSource;
  let courseId: string;
  let teams: { id: string }[];
  let added = 0;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    await t.app.get(AdminUnitsLoaderService).load();
    await t.app.get(CourseImportService).importCourse(loadCourse(makeCourseDir()).course!);
    courseId = (await db.query<{ id: string }[]>(`SELECT id FROM courses`))[0]!.id;
    // Two teams in a Hà Nội commune (module variants apply), one in another province.
    const other = (
      await db.query<{ code: string }[]>(
        `SELECT code FROM admin_units WHERE level = 3 AND valid_to IS NULL AND path <@ 'g2025' AND NOT path <@ 'g2025.p01' ORDER BY code LIMIT 1`,
      )
    )[0]!.code;
    teams = [await makeTeam(t, '00004', 'Tổ 1'), await makeTeam(t, '00004', 'Tổ 2'), await makeTeam(t, other, 'Tổ 3')];
  });
  afterAll(() => t.close());

  const lessons = async () =>
    (
      await db.query<{ id: string }[]>(
        `SELECT l.id FROM lessons l JOIN course_modules m ON m.id = l.module_id ORDER BY m.position, l.position, l.slug`,
      )
    ).map((r) => r.id);
  const quizzes = async () =>
    (
      await db.query<{ id: string }[]>(
        `SELECT q.id FROM quizzes q JOIN course_modules m ON m.id = q.module_id ORDER BY m.position, q.province_code NULLS FIRST`,
      )
    ).map((r) => r.id);

  async function apply(ops: Op[], learners: TestUser[]): Promise<void> {
    const progress = t.app.get(ProgressService);
    const teamsService = t.app.get(TeamsService);
    const viewers = t.app.get(ViewerLoaderService);
    for (const o of ops) {
      const learner = 'learner' in o ? learners[o.learner]! : null;
      const viewer = learner ? (await viewers.load(learner.id))! : null;
      if (o.kind === 'lesson') {
        const ids = await lessons();
        await progress.completeLessons(viewer!, [
          { clientEventId: randomUUID(), lessonId: ids[o.lesson % ids.length]!, occurredAt: new Date(Date.now() - o.daysAgo * DAY) },
        ]);
      } else if (o.kind === 'quiz') {
        const ids = await quizzes();
        await progress.submitQuiz(viewer!, {
          clientEventId: randomUUID(),
          quizId: ids[o.quiz % ids.length]!,
          answers: o.pass ? RIGHT : WRONG,
          occurredAt: new Date(Date.now() - o.daysAgo * DAY),
        });
      } else if (o.kind === 'move') {
        const current = viewer!.membership?.teamId;
        if (o.team === null) {
          if (current) await teamsService.removeMember(Viewer.system(), current, learner!.id);
        } else {
          await teamsService.addMember(Viewer.system(), {
            teamId: teams[o.team]!.id,
            phone: learner!.phone,
            fullName: 'Nguyễn Văn Test',
            leader: false,
          });
        }
        viewers.forget(learner!.id);
      } else if (o.kind === 'module') {
        const at = new Date(Date.now() - o.daysAgo * DAY);
        const first = await db.query<{ id: string }[]>(
          `SELECT l.id FROM lessons l JOIN course_modules m ON m.id = l.module_id WHERE m.position = 1 AND l.archived_at IS NULL AND l.province_code IS NULL`,
        );
        await progress.completeLessons(
          viewer!,
          first.map((l) => ({ clientEventId: randomUUID(), lessonId: l.id, occurredAt: at })),
        );
        const [quiz] = await db.query<{ id: string }[]>(
          `SELECT q.id FROM quizzes q JOIN course_modules m ON m.id = q.module_id WHERE m.position = 1`,
        );
        await progress.submitQuiz(viewer!, { clientEventId: randomUUID(), quizId: quiz!.id, answers: RIGHT, occurredAt: at });
      } else if (o.kind === 'enroll') {
        await db.query(`INSERT INTO enrollments (user_id, course_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [learner!.id, courseId]);
      } else if (o.change === 'addLesson') {
        added += 1;
        await db.query(
          `INSERT INTO lessons (course_id, module_id, slug, position, title, minutes, objectives, body, word_count)
           SELECT $1, id, $2, 99, '{"vi":"Bài mới"}', 5, '[]', 'Nội dung', 2 FROM course_modules WHERE course_id = $1 ORDER BY position LIMIT 1`,
          [courseId, `bai-moi-${added}`],
        );
      } else if (o.change === 'archiveLesson') {
        await db.query(
          `UPDATE lessons SET archived_at = now() WHERE id = (SELECT id FROM lessons WHERE archived_at IS NULL ORDER BY slug DESC LIMIT 1)`,
        );
      } else {
        await db.query(`UPDATE lessons SET archived_at = NULL`);
      }
    }
  }

  /** Vietnam's date `daysAgo` days ago. */
  const vnDay = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY + 7 * 3600_000).toISOString().slice(0, 10);
  type Count = { unit_id: number; team_id: string; member: boolean; metric: number; module_id: string; n: number };
  const sorted = (rows: Count[]) =>
    rows
      .filter((r) => r.n !== 0)
      .map((r) => `${r.unit_id}:${r.team_id}:${r.member}:${r.metric}:${r.module_id}=${r.n}`)
      .sort();

  /** What every report reads for the days from..to (ROLLUP_COUNTS) is what the raw rows of those days count. */
  async function expectRangeReads(from: string, to: string): Promise<void> {
    const parents = await db.query<{ level: number; parent_id: number }[]>(
      `SELECT DISTINCT level, parent_id FROM report_totals WHERE course_id = $1`,
      [courseId],
    );
    expect(parents.length).toBeGreaterThan(0);
    for (const { level, parent_id } of parents) {
      const read = await db.query<Count[]>(ROLLUP_COUNTS, [courseId, level, parent_id, false, from, to, null, null, null]);
      const recount = await db.query<Count[]>(
        `SELECT unit_id, team_id, member, metric, module_id, sum(n)::int AS n FROM (${RECOUNT_DAYS}) r
          WHERE course_id = $1 AND level = $2 AND parent_id = $3 AND day >= $4 AND day <= $5 GROUP BY 1, 2, 3, 4, 5`,
        [courseId, level, parent_id, from, to],
      );
      expect({ level, parent_id, from, to, counts: sorted(read) }).toEqual({ level, parent_id, from, to, counts: sorted(recount) });
    }
  }

  it('equal a recount from the raw rows after any sequence of progress, quizzes, team moves and content updates', async () => {
    const rollups = t.app.get(RollupsService);
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 30 }),
        fc.array(fc.option(fc.nat(2), { nil: null }), { minLength: LEARNERS, maxLength: LEARNERS }),
        fc.tuple(fc.nat(65), fc.nat(65)),
        async (ops, startTeams, [a, b]) => {
          const learners: TestUser[] = [];
          for (const [i, team] of startTeams.entries()) {
            learners.push(
              await makeUser(t, {
                communeCode: i % 2 ? '00004' : '00008',
                team: team === null ? undefined : { id: teams[team]!.id, role: 'member' },
              }),
            );
          }
          await apply(ops, learners);
          expect(await rollups.differences()).toEqual([]);
          // A from/to report: two cumulative counts per row, kept by the triggers (late events move later days).
          await expectRangeReads(vnDay(Math.max(a, b)), vnDay(Math.min(a, b)));
        },
      ),
      { numRuns: 25 },
    );
    // The runs did count something (an empty roll-up would equal an empty recount).
    const [counted] = await db.query<{ n: number; days: number }[]>(
      `SELECT count(*)::int AS n, (SELECT count(DISTINCT day)::int FROM report_days WHERE metric = 5) AS days
         FROM report_totals WHERE metric = 5 AND n > 0`,
    );
    expect(counted!.n).toBeGreaterThan(0);
    expect(counted!.days).toBeGreaterThan(1);
  });

  it('progress only appends to the outbox; its rows are applied exactly once, however many appliers run at once', async () => {
    const rollups = t.app.get(RollupsService);
    await rollups.flush();
    const [key] = await db.query<{ unit_id: number; metric: number; module_id: string; day: string }[]>(
      `SELECT t.unit_id, t.metric, t.module_id, (SELECT max(day)::text FROM report_days d WHERE d.unit_id = t.unit_id) AS day
         FROM report_totals t WHERE t.course_id = $1 AND t.level = 3 AND t.member = false AND t.n > 0 LIMIT 1`,
      [courseId],
    );
    const counts = () =>
      db.query<{ level: number; n: number }[]>(
        `SELECT level, sum(n)::int AS n FROM report_totals
          WHERE course_id = $1 AND metric = $2 AND module_id = $3 AND member = false AND team_id = '${NIL_UUID}'
            AND (level = 1 OR unit_id = $4 OR unit_id = (SELECT parent_id FROM admin_units WHERE id = $4))
          GROUP BY level ORDER BY level`,
        [courseId, key!.metric, key!.module_id, key!.unit_id],
      );
    const add = (n: number, times: number) =>
      db.query(
        `SELECT report_add(array_fill($1::uuid, ARRAY[$6::int]), array_fill($2::int, ARRAY[$6::int]), array_fill(NULL::uuid, ARRAY[$6::int]),
                           array_fill($3::date, ARRAY[$6::int]), array_fill($4::smallint, ARRAY[$6::int]),
                           array_fill($5::uuid, ARRAY[$6::int]), array_fill($7::int, ARRAY[$6::int]))`,
        [courseId, key!.unit_id, key!.day, key!.metric, key!.module_id, times, n],
      );
    const before = await counts();
    expect(before).toHaveLength(3);
    await add(1, 6000);
    // Nothing of it is in the roll-ups yet: the writer touched no shared row.
    const pending = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM report_outbox`);
    expect(pending[0]!.n).toBeGreaterThanOrEqual(6000);
    await Promise.all([rollups.flush(), rollups.flush(), rollups.flush(), rollups.flush()]);
    expect(await db.query(`SELECT count(*)::int AS n FROM report_outbox`)).toEqual([{ n: 0 }]);
    expect(await counts()).toEqual(before.map((c) => ({ ...c, n: c.n + 6000 })));
    await add(-6000, 1);
    await rollups.flush();
    expect(await counts()).toEqual(before);
    expect(await rollups.differences()).toEqual([]);
  });

  it('reports:rebuild finds a tampered row and puts it right', async () => {
    const rollups = t.app.get(RollupsService);
    await db.query(`UPDATE report_totals SET n = n + 3 WHERE ctid = (SELECT ctid FROM report_totals WHERE n > 0 LIMIT 1)`);
    await db.query(`UPDATE report_days SET n_cum = n_cum + 2 WHERE ctid = (SELECT ctid FROM report_days WHERE n > 0 LIMIT 1)`);
    await db.query(`UPDATE report_registrations SET n = n - 1 WHERE ctid = (SELECT ctid FROM report_registrations LIMIT 1)`);
    const found = await rollups.differences();
    expect(found).toHaveLength(3);
    expect(found.map((d) => `${d.table}:${d.actual - d.expected}`).sort()).toEqual([
      'report_days:2',
      'report_registrations:-1',
      'report_totals:3',
    ]);
    await rollups.rebuild();
    expect(await rollups.differences()).toEqual([]);
  });
});
