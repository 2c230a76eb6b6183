import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadCourse } from '@lantoa/course-format';
import { makeCourseDir } from '@lantoa/course-format/testing';
import { DataSource } from 'typeorm';
import { CourseImportService } from './catalog/course-import.service.js';
import { AdminUnitsLoaderService } from './org/admin-units-loader.service.js';
import { makeTeam, makeUser, randomPhone, type TestUser } from './testing/factories.js';
import { createTestApp, type TestApp } from './testing/test-app.js';

/**
 * Every GraphQL operation against every role. Hà Nội (01) holds team A, Hồ Chí Minh City (79) team B.
 * "allowed" means the call is not refused (no UNAUTHENTICATED / FORBIDDEN); everyone else must be refused.
 */
type Actor = 'anonymous' | 'citizen' | 'otherCitizen' | 'member' | 'leader' | 'trainer' | 'adminHanoi' | 'adminHcm' | 'national';
const ACTORS: Actor[] = ['anonymous', 'citizen', 'otherCitizen', 'member', 'leader', 'trainer', 'adminHanoi', 'adminHcm', 'national'];

describe('authorization matrix', () => {
  let t: TestApp;
  const who: Partial<Record<Actor, TestUser>> = {};
  let teamA: { id: string };
  let teamB: { id: string };
  let hcmCommune: string;
  let serial: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(AdminUnitsLoaderService).load();
    const [row] = await t.app
      .get(DataSource)
      .query<{ code: string }[]>(`SELECT code FROM admin_units WHERE path <@ 'g2025.p79' AND level = 3 ORDER BY code LIMIT 1`);
    hcmCommune = row!.code;
    teamA = await makeTeam(t, '00004', 'Tổ A');
    teamB = await makeTeam(t, hcmCommune, 'Tổ B');
    who.citizen = await makeUser(t, { communeCode: '00004' });
    who.otherCitizen = await makeUser(t, { communeCode: '00008' });
    who.member = await makeUser(t, { team: { id: teamA.id, role: 'member' } });
    who.leader = await makeUser(t, { team: { id: teamA.id, role: 'leader' } });
    who.trainer = await makeUser(t, { grants: [{ role: 'TRAINER', provinceCode: '01' }] });
    who.adminHanoi = await makeUser(t, { grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '01' }] });
    who.adminHcm = await makeUser(t, { communeCode: hcmCommune, grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '79' }] });
    who.national = await makeUser(t, { grants: [{ role: 'NATIONAL_ADMIN' }] });
    // The citizen's certificate: a course completion issues it (the trigger of migration 1764920000000).
    await t.app.get(CourseImportService).importCourse(loadCourse(makeCourseDir()).course!);
    const db = t.app.get(DataSource);
    await db.query(
      `INSERT INTO completions (user_id, course_id, commune_id, completed_at)
       SELECT u.id, c.id, u.commune_id, now() FROM users u CROSS JOIN courses c WHERE u.id = $1`,
      [who.citizen.id],
    );
    serial = (await db.query<{ serial: string }[]>(`SELECT serial FROM certificates WHERE user_id = $1`, [who.citizen.id]))[0]!.serial;
  });
  afterAll(() => t.close());

  const call = (actor: Actor, query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, who[actor]?.headers ?? {});
  const refused = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    ['UNAUTHENTICATED', 'FORBIDDEN'].includes(String(res.errors?.[0]?.extensions?.code));

  const newMember = async () => {
    const res = await t.gql<{ addTeamMember: { user: { id: string } } }>(
      'mutation ($i: AddTeamMemberInput!) { addTeamMember(input: $i) { user { id } } }',
      { i: { teamId: teamA.id, phone: randomPhone(), fullName: 'Thành viên mới' } },
      who.national!.headers,
    );
    return res.data!.addTeamMember.user.id;
  };

  const cases: {
    operation: string;
    allowed: Actor[];
    run: (actor: Actor) => Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>;
  }[] = [
    { operation: 'courses (public)', allowed: ACTORS, run: (a) => call(a, '{ courses { slug } }') },
    { operation: 'provinces (public)', allowed: ACTORS, run: (a) => call(a, '{ provinces { code } }') },
    { operation: 'me', allowed: ACTORS.filter((a) => a !== 'anonymous'), run: (a) => call(a, '{ me { id } }') },
    {
      operation: 'user: a citizen of Hà Nội',
      allowed: ['citizen', 'adminHanoi', 'national'],
      run: (a) => call(a, 'query ($id: String!) { user(id: $id) { id phone } }', { id: who.citizen!.id }),
    },
    {
      operation: 'user: a member of team A',
      allowed: ['member', 'leader', 'adminHanoi', 'national'],
      run: (a) => call(a, 'query ($id: String!) { user(id: $id) { id } }', { id: who.member!.id }),
    },
    {
      operation: 'user: a citizen of Hồ Chí Minh City (province admin)',
      allowed: ['adminHcm', 'national'],
      run: (a) => call(a, 'query ($id: String!) { user(id: $id) { id } }', { id: who.adminHcm!.id }),
    },
    {
      operation: 'team A (Hà Nội)',
      allowed: ['member', 'leader', 'adminHanoi', 'national'],
      run: (a) => call(a, 'query ($id: ID!) { team(id: $id) { id members { role } } }', { id: teamA.id }),
    },
    {
      operation: 'team B (Hồ Chí Minh City)',
      allowed: ['adminHcm', 'national'],
      run: (a) => call(a, 'query ($id: ID!) { team(id: $id) { id } }', { id: teamB.id }),
    },
    {
      operation: 'verifyCertificate (public)',
      allowed: ACTORS,
      run: (a) => call(a, 'query ($s: String!) { verifyCertificate(serial: $s) { result } }', { s: serial }),
    },
    { operation: 'myCertificates', allowed: ACTORS.filter((a) => a !== 'anonymous'), run: (a) => call(a, '{ myCertificates { serial } }') },
    {
      operation: "certificate: a Hà Nội citizen's",
      allowed: ['citizen', 'adminHanoi', 'national'],
      run: (a) => call(a, 'query ($s: String!) { certificate(serial: $s) { serial holder { id } } }', { s: serial }),
    },
    {
      // Refused before the certificate's state is looked at: once revoked, an allowed admin gets CONFLICT, not FORBIDDEN.
      operation: "revokeCertificate: a Hà Nội citizen's",
      allowed: ['adminHanoi', 'national'],
      run: (a) =>
        call(a, 'mutation ($i: RevokeCertificateInput!) { revokeCertificate(input: $i) { status } }', {
          i: { serial, reason: 'Kiểm tra quyền thu hồi' },
        }),
    },
    { operation: 'teams (list)', allowed: ACTORS.filter((a) => a !== 'anonymous'), run: (a) => call(a, '{ teams { total } }') },
    {
      operation: 'createTeam in Hà Nội',
      allowed: ['adminHanoi', 'national'],
      run: (a) =>
        call(a, 'mutation ($i: CreateTeamInput!) { createTeam(input: $i) { id } }', { i: { communeCode: '00004', name: `Tổ của ${a}` } }),
    },
    {
      operation: 'createTeam in Hồ Chí Minh City',
      allowed: ['adminHcm', 'national'],
      run: (a) =>
        call(a, 'mutation ($i: CreateTeamInput!) { createTeam(input: $i) { id } }', {
          i: { communeCode: hcmCommune, name: `Tổ của ${a}` },
        }),
    },
    {
      operation: 'addTeamMember to team A',
      // Leaders run their own team's plain members (policies.manageMembers).
      allowed: ['leader', 'adminHanoi', 'national'],
      run: (a) =>
        call(a, 'mutation ($i: AddTeamMemberInput!) { addTeamMember(input: $i) { role } }', {
          i: { teamId: teamA.id, phone: randomPhone(), fullName: 'Người mới' },
        }),
    },
    {
      operation: 'importTeamMembers to team A',
      // Leaders run their own team's plain members (policies.manageMembers).
      allowed: ['leader', 'adminHanoi', 'national'],
      run: (a) =>
        call(a, 'mutation ($i: ImportTeamMembersInput!) { importTeamMembers(input: $i) { imported } }', {
          i: { teamId: teamA.id, csv: `so_dien_thoai,ho_ten\n${randomPhone()},Người nhập` },
        }),
    },
    {
      operation: 'setTeamLeader in team A',
      allowed: ['adminHanoi', 'national'],
      run: async (a) =>
        call(a, 'mutation ($i: SetTeamLeaderInput!) { setTeamLeader(input: $i) { role } }', {
          i: { teamId: teamA.id, userId: await newMember(), leader: true },
        }),
    },
    {
      operation: 'removeTeamMember from team A',
      // Leaders run their own team's plain members (policies.manageMembers).
      allowed: ['leader', 'adminHanoi', 'national'],
      run: async (a) =>
        call(a, 'mutation ($i: TeamMemberRefInput!) { removeTeamMember(input: $i) }', {
          i: { teamId: teamA.id, userId: await newMember() },
        }),
    },
    {
      operation: 'addTeamMember to team B (another province)',
      allowed: ['adminHcm', 'national'],
      run: (a) =>
        call(a, 'mutation ($i: AddTeamMemberInput!) { addTeamMember(input: $i) { role } }', {
          i: { teamId: teamB.id, phone: randomPhone(), fullName: 'Người mới' },
        }),
    },
  ];

  for (const c of cases) {
    it(`${c.operation}: allowed for ${c.allowed.join(', ')}; refused for the others`, async () => {
      const outcome: Record<string, 'allowed' | 'refused'> = {};
      for (const actor of ACTORS) outcome[actor] = refused(await c.run(actor)) ? 'refused' : 'allowed';
      const expected = Object.fromEntries(ACTORS.map((a) => [a, c.allowed.includes(a) ? 'allowed' : 'refused']));
      expect(outcome).toEqual(expected);
    });
  }

  it('lists only the teams each role may see', async () => {
    const total = async (a: Actor, provinceCode?: string) =>
      (
        (await call(a, 'query ($f: TeamsFilterInput) { teams(filter: $f) { total items { name } } }', {
          f: provinceCode ? { provinceCode } : null,
        })) as {
          data?: { teams: { total: number; items: { name: string }[] } };
        }
      ).data?.teams;
    expect((await total('leader'))?.items.map((i) => i.name)).toEqual(['Tổ A']);
    expect((await total('citizen'))?.total).toBe(0);
    const hanoi = await total('adminHanoi');
    expect(hanoi?.items.every((i) => !i.name.includes('Tổ B') && !i.name.includes('adminHcm'))).toBe(true);
    expect((await total('adminHanoi', '79'))?.total).toBe(0);
    expect((await total('national', '79'))?.items.map((i) => i.name)).toEqual(expect.arrayContaining(['Tổ B']));
  });
});
