import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadCourse } from '@lantoa/course-format';
import { makeCourseDir } from '@lantoa/course-format/testing';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CourseImportService } from '../catalog/course-import.service.js';
import { AdminUnitsLoaderService } from '../org/admin-units-loader.service.js';
import { makeTeam, makeUser, type TestUser } from '../testing/factories.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

const REPORT = `query ($i: CompletionReportInput!) { completionReport(input: $i) {
  scope { code level name } breadcrumbs { code } modules { id position }
  rows { kind scopeCode name teamMembers { registered enrolled started modulesCompleted courseCompleted certificatesIssued completionRate }
         citizens { registered enrolled started modulesCompleted courseCompleted completionRate } }
  totals { teamMembers { registered enrolled started modulesCompleted courseCompleted } citizens { registered enrolled started modulesCompleted courseCompleted } }
  members { userId fullName phoneMasked role enrolled modulesCompleted courseCompleted lastActiveAt } } }`;
const SERIES = `query ($i: CompletionReportInput!) { completionTimeSeries(input: $i) { weeks { weekStart teamMemberModules citizenModules teamMemberCourses citizenCourses } } }`;
const FUNNEL = `query ($i: CompletionReportInput!) { moduleFunnel(input: $i) { steps { module { position } teamMembersReached citizensReached teamMembersPassedQuiz citizensPassedQuiz teamMembersCompleted citizensCompleted } } }`;
const EXPORTS = `query { reportExports { total items { userId format scopeCode courseSlug from to createdAt } } }`;
const COMPLETE = `mutation ($i: CompleteLessonInput!) { completeLesson(input: $i) { lessonId } }`;
const SUBMIT = `mutation ($i: SubmitQuizInput!) { submitQuiz(input: $i) { passed moduleCompleted } }`;
const MOVE = `mutation ($i: AddTeamMemberInput!) { addTeamMember(input: $i) { role } }`;
const RIGHT = [
  { questionSlug: 'cau-1', optionIds: ['a'] },
  { questionSlug: 'cau-2', optionIds: ['a'] },
];

interface Counts {
  registered: number;
  enrolled: number;
  started: number;
  modulesCompleted: number[];
  courseCompleted: number;
  completionRate?: number | null;
}
interface Row {
  kind: string;
  scopeCode: string | null;
  name: string;
  teamMembers: Counts;
  citizens: Counts;
}
interface Report {
  scope: { code: string; level: string };
  breadcrumbs: { code: string }[];
  rows: Row[];
  totals: { teamMembers: Counts; citizens: Counts };
  members: { userId: string; phoneMasked: string; modulesCompleted: number; enrolled: boolean }[] | null;
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
const vnDay = (iso: string) => new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 10);

describe('completion reports', () => {
  let t: TestApp;
  let db: DataSource;
  const ids: { lessons: Record<string, string>; quizzes: Record<string, string> } = { lessons: {}, quizzes: {} };
  let teamA: { id: string };
  let teamB: { id: string };
  let teamOther: { id: string };
  const people: Record<string, TestUser> = {};

  const report = async (u: TestUser | null, input: Record<string, unknown>) =>
    t.gql<{ completionReport: Report }>(REPORT, { i: { courseSlug: 'khoa-hoc-thu', ...input } }, u?.headers ?? {});
  const complete = (u: TestUser, slug: string, occurredAt?: string) =>
    t.gql(COMPLETE, { i: { lessonId: ids.lessons[slug], clientEventId: randomUUID(), occurredAt } }, u.headers);
  const passQuiz = (u: TestUser, module: string, occurredAt?: string) =>
    t.gql(SUBMIT, { i: { quizId: ids.quizzes[module], answers: RIGHT, clientEventId: randomUUID(), occurredAt } }, u.headers);

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    await t.app.get(AdminUnitsLoaderService).load();
    await t.app.get(CourseImportService).importCourse(loadCourse(makeCourseDir()).course!);
    ids.lessons = Object.fromEntries(
      (await db.query<{ id: string; slug: string }[]>(`SELECT id, slug FROM lessons`)).map((l) => [l.slug, l.id]),
    );
    ids.quizzes = Object.fromEntries(
      (
        await db.query<{ id: string; slug: string }[]>(
          `SELECT q.id, m.slug FROM quizzes q JOIN course_modules m ON m.id = q.module_id WHERE q.province_code IS NULL`,
        )
      ).map((q) => [q.slug, q.id]),
    );
    teamA = await makeTeam(t, '00004', 'Tổ số 1 Ba Đình');
    teamB = await makeTeam(t, '00004', 'Tổ số 2 Ba Đình');
    teamOther = await makeTeam(t, '01273', 'Tổ Thục Phán');
    people.national = await makeUser(t, { grants: [{ role: 'NATIONAL_ADMIN' }] });
    people.hanoi = await makeUser(t, { grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '01' }] });
    people.caobang = await makeUser(t, { communeCode: '01273', grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '04' }] });
    people.trainer = await makeUser(t, { grants: [{ role: 'TRAINER' }] });
    people.leaderA = await makeUser(t, { team: { id: teamA.id, role: 'leader' } });
    people.memberA = await makeUser(t, { team: { id: teamA.id, role: 'member' }, fullName: 'Trần Thị Mai' });
    people.leaderOther = await makeUser(t, { communeCode: '01273', team: { id: teamOther.id, role: 'leader' } });
    people.citizen = await makeUser(t);
  });
  afterAll(() => t.close());

  it('counts team members and citizens per child unit, keeps completions where they happened across a team move, and filters by dates', async () => {
    const member = people.memberA!;
    const citizen = people.citizen!;
    // The member has been in team A for two months (their progress below happened while they were there).
    await db.query(`UPDATE team_memberships SET joined_at = now() - interval '60 days' WHERE user_id = $1`, [member.id]);
    // The member completes module 1 in team A, 40 days ago…
    await complete(member, 'bai-mot', daysAgo(40));
    await complete(member, 'bai-hai', daysAgo(40));
    expect((await passQuiz(member, 'hoc-phan-mot', daysAgo(40))).errors).toBeUndefined();
    // …then moves to team B; a citizen starts today.
    expect(
      (await t.gql(MOVE, { i: { teamId: teamB.id, phone: member.phone, fullName: 'Trần Thị Mai' } }, people.hanoi!.headers)).errors,
    ).toBeUndefined();
    await complete(citizen, 'bai-mot');

    const nation = (await report(people.national!, {})).data!.completionReport;
    expect(nation.scope).toEqual({ code: 'VN', level: 'NATION', name: 'Toàn quốc' });
    expect(nation.rows).toHaveLength(34);
    const hanoi = nation.rows.find((r) => r.scopeCode === '01')!;
    expect(hanoi.teamMembers.modulesCompleted).toEqual([1, 0]);
    expect(hanoi.citizens.started).toBe(1);
    expect(nation.totals.teamMembers.modulesCompleted).toEqual([1, 0]);

    const commune = (await report(people.hanoi!, { scopeCode: '00004' })).data!.completionReport;
    expect(commune.breadcrumbs.map((b) => b.code)).toEqual(['01']);
    const a = commune.rows.find((r) => r.scopeCode === teamA.id)!;
    const b = commune.rows.find((r) => r.scopeCode === teamB.id)!;
    const citizens = commune.rows.find((r) => r.kind === 'CITIZENS')!;
    // Registered: as people are now (the member is in team B). Completions: where they were (team A).
    expect(a.teamMembers).toMatchObject({ registered: 1, enrolled: 1, started: 1, modulesCompleted: [1, 0] });
    expect(b.teamMembers).toMatchObject({ registered: 1, enrolled: 0, started: 0, modulesCompleted: [0, 0] });
    expect(citizens.citizens).toMatchObject({ started: 1, enrolled: 1, modulesCompleted: [0, 0] });
    expect(citizens.citizens.registered).toBeGreaterThanOrEqual(3);

    // Dates filter on when things happened: the last 10 days hold the citizen's start, not the module of 40 days ago.
    const recent = (await report(people.national!, { scopeCode: '00004', from: vnDay(daysAgo(10)), to: vnDay(daysAgo(0)) })).data!
      .completionReport;
    expect(recent.totals.teamMembers.modulesCompleted).toEqual([0, 0]);
    expect(recent.totals.citizens.started).toBe(1);
    const around = (await report(people.national!, { scopeCode: '01', from: vnDay(daysAgo(45)), to: vnDay(daysAgo(35)) })).data!
      .completionReport;
    expect(around.totals.teamMembers.modulesCompleted).toEqual([1, 0]);
    expect(around.totals.citizens.started).toBe(0);

    // Drill-down to a team: its members, phones masked but for the last three digits.
    const team = (await report(people.leaderA!, { scopeCode: teamA.id })).data!.completionReport;
    expect(team.scope.level).toBe('TEAM');
    expect(team.totals.teamMembers.modulesCompleted).toEqual([1, 0]);
    const leaderRow = team.members!.find((m) => m.userId === people.leaderA!.id)!;
    expect(leaderRow.phoneMasked).toBe(`${'•'.repeat(leaderRow.phoneMasked.length - 3)}${people.leaderA!.phone.slice(-3)}`);
    expect(team.members!.map((m) => m.phoneMasked).join()).not.toContain(people.leaderA!.phone.slice(-6, -3));
    const teamB_ = (await report(people.national!, { scopeCode: teamB.id })).data!.completionReport;
    expect(teamB_.members!.find((m) => m.userId === member.id)).toMatchObject({ modulesCompleted: 1, enrolled: true });

    const funnel = await t.gql<{
      moduleFunnel: {
        steps: { teamMembersReached: number; teamMembersPassedQuiz: number; teamMembersCompleted: number; citizensReached: number }[];
      };
    }>(FUNNEL, { i: { courseSlug: 'khoa-hoc-thu', scopeCode: '01' } }, people.hanoi!.headers);
    expect(funnel.data!.moduleFunnel.steps[0]).toMatchObject({
      teamMembersReached: 1,
      teamMembersPassedQuiz: 1,
      teamMembersCompleted: 1,
      citizensReached: 1,
    });

    const series = await t.gql<{ completionTimeSeries: { weeks: { weekStart: string; teamMemberModules: number }[] } }>(
      SERIES,
      { i: { courseSlug: 'khoa-hoc-thu', scopeCode: '01' } },
      people.hanoi!.headers,
    );
    const weeks = series.data!.completionTimeSeries.weeks;
    expect(weeks).toHaveLength(26);
    expect(weeks.reduce((n, w) => n + w.teamMemberModules, 0)).toBe(1);
  });

  it('keeps a dissolved team that has completions as its own row, and leaves out one with none', async () => {
    const gone = await makeTeam(t, '00004', 'Tổ đã giải thể có người học');
    const empty = await makeTeam(t, '00004', 'Tổ đã giải thể không ai học');
    const learner = await makeUser(t, { team: { id: gone.id, role: 'member' } });
    await complete(learner, 'bai-mot');
    await db.query(`UPDATE teams SET archived_at = now() WHERE id = ANY($1)`, [[gone.id, empty.id]]);
    const rows = (await report(people.hanoi!, { scopeCode: '00004' })).data!.completionReport.rows;
    expect(rows.find((r) => r.scopeCode === gone.id)).toMatchObject({ name: 'Tổ đã giải thể có người học (đã giải thể)' });
    expect(rows.find((r) => r.scopeCode === gone.id)!.teamMembers.started).toBe(1);
    expect(rows.find((r) => r.scopeCode === empty.id)).toBeUndefined();
  });

  it('refuses bad input with a clear message', async () => {
    const unknown = await report(people.national!, { scopeCode: '9x' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badDate = await report(people.national!, { from: '2026-02-30' });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const order = await report(people.national!, { from: '2026-03-01', to: '2026-02-01' });
    expect(order.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const course = await report(people.national!, { courseSlug: 'khong-co' });
    expect(course.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  describe('authorization: every report, series, funnel and export for every role', () => {
    const scopes = () => ({ VN: 'VN', hanoi: '01', caobang: '04', commune: '00004', teamA: teamA.id, teamOther: teamOther.id });
    // Which scopes each role may read; everything else is refused.
    const allowed: Record<string, string[]> = {
      national: ['VN', 'hanoi', 'caobang', 'commune', 'teamA', 'teamOther'],
      hanoi: ['hanoi', 'commune', 'teamA'],
      caobang: ['caobang', 'teamOther'],
      leaderA: ['teamA'],
      leaderOther: ['teamOther'],
      memberA: [],
      trainer: [],
      citizen: [],
    };
    const exportStatus = async (u: TestUser | null, format: string, scopeCode: string) =>
      (
        await fetch(`${t.baseUrl}/reports/completion.${format}?courseSlug=khoa-hoc-thu&scopeCode=${scopeCode}`, {
          headers: u ? u.headers : {},
        })
      ).status;

    it.each(Object.keys(allowed))('%s', async (role) => {
      const user = people[role]!;
      for (const [name, code] of Object.entries(scopes())) {
        const ok = allowed[role]!.includes(name);
        for (const query of [REPORT, SERIES, FUNNEL]) {
          const res = await t.gql(query, { i: { courseSlug: 'khoa-hoc-thu', scopeCode: code } }, user.headers);
          expect([role, name, res.errors?.[0]?.extensions?.code ?? 'OK']).toEqual([role, name, ok ? 'OK' : 'FORBIDDEN']);
        }
        for (const format of ['csv', 'xlsx'])
          expect([role, name, format, await exportStatus(user, format, code)]).toEqual([role, name, format, ok ? 200 : 403]);
      }
      const log = await t.gql(EXPORTS, {}, user.headers);
      expect([role, log.errors?.[0]?.extensions?.code ?? 'OK']).toEqual([role, role === 'national' ? 'OK' : 'FORBIDDEN']);
    });

    it('anonymous callers', async () => {
      for (const query of [REPORT, SERIES, FUNNEL, EXPORTS]) {
        const res = await t.gql(query, { i: { courseSlug: 'khoa-hoc-thu' } });
        expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
      expect(await exportStatus(null, 'csv', 'VN')).toBe(401);
      expect(await exportStatus(null, 'xlsx', '01')).toBe(401);
    });
  });

  describe('exports', () => {
    it('CSV starts with a BOM and Vietnamese headers, and holds the rows of the scope and below', async () => {
      const res = await fetch(`${t.baseUrl}/reports/completion.csv?courseSlug=khoa-hoc-thu&scopeCode=01`, {
        headers: people.hanoi!.headers,
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      expect(res.headers.get('content-disposition')).toContain('bao-cao-hoan-thanh-01.csv');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').trim().split('\n');
      expect(lines[0]).toBe(
        'Cấp,Mã tỉnh,Tỉnh/thành phố,Mã xã,Xã/phường,Tổ công nghệ số,Đối tượng,Đã đăng ký,Đã ghi danh,Đã bắt đầu học,Hoàn thành học phần 1,Hoàn thành học phần 2,Hoàn thành khóa học,Chứng chỉ đã cấp,Tỷ lệ hoàn thành (%)',
      );
      expect(
        lines.some((l) => l.startsWith('Tổ công nghệ số,01,Thành phố Hà Nội,00004,Phường Ba Đình,Tổ số 1 Ba Đình,Thành viên tổ,')),
      ).toBe(true);
      expect(lines.some((l) => l.includes('Cao Bằng'))).toBe(false);
    });

    it('XLSX is a workbook that reads back with the same headers and rows', async () => {
      const res = await fetch(`${t.baseUrl}/reports/completion.xlsx?courseSlug=khoa-hoc-thu&scopeCode=VN&from=2020-01-15`, {
        headers: people.national!.headers,
      });
      expect(res.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      const sheet = workbook.getWorksheet('Báo cáo hoàn thành')!;
      expect(sheet.getRow(1).getCell(3).value).toBe('Tỉnh/thành phố');
      expect(sheet.getRow(1).getCell(13).value).toBe('Hoàn thành khóa học');
      const provinces: unknown[] = [];
      sheet.eachRow((row, n) => {
        if (n > 1 && row.getCell(1).value === 'Tỉnh/thành phố') provinces.push(row.getCell(2).value);
      });
      expect(provinces).toContain('01');
      expect(sheet.rowCount).toBeGreaterThan(4);
    });

    it('each export is in the audit log national admins read (who, when, scope, parameters); refused ones are not', async () => {
      const before = (await t.gql<{ reportExports: { total: number } }>(EXPORTS, {}, people.national!.headers)).data!.reportExports.total;
      await fetch(`${t.baseUrl}/reports/completion.csv?courseSlug=khoa-hoc-thu&scopeCode=00004&from=2026-01-01&to=2026-06-30`, {
        headers: people.hanoi!.headers,
      });
      await fetch(`${t.baseUrl}/reports/completion.csv?courseSlug=khoa-hoc-thu&scopeCode=VN`, { headers: people.hanoi!.headers });
      const log = (
        await t.gql<{ reportExports: { total: number; items: Record<string, unknown>[] } }>(EXPORTS, {}, people.national!.headers)
      ).data!.reportExports;
      expect(log.total).toBe(before + 1);
      expect(log.items[0]).toMatchObject({
        userId: people.hanoi!.id,
        format: 'csv',
        scopeCode: '00004',
        courseSlug: 'khoa-hoc-thu',
        from: '2026-01-01',
        to: '2026-06-30',
      });
    });
  });
});
