import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { makeTeam, makeUser, randomPhone, type TestUser } from '../testing/factories.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { AdminUnitsLoaderService } from './admin-units-loader.service.js';

const ADD = `mutation ($i: AddTeamMemberInput!) { addTeamMember(input: $i) { role user { id phone fullName status } } }`;
const IMPORT = `mutation ($i: ImportTeamMembersInput!) { importTeamMembers(input: $i) { imported failed rows { line phone fullName ok error { vi en } } } }`;
const TEAM = `query ($id: ID!) { team(id: $id) { name village memberCount commune { code } members { role user { phone fullName status } } } }`;

interface Report {
  imported: number;
  failed: number;
  rows: { line: number; phone: string; fullName: string; ok: boolean; error: { vi: string } | null }[];
}

describe('teams', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(AdminUnitsLoaderService).load();
    admin = await makeUser(t, { grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '01' }] });
  });
  afterAll(() => t.close());

  it('a province admin creates a team in a commune of their province, naming its village', async () => {
    const res = await t.gql<{ createTeam: { id: string; name: string; village: string; commune: { code: string } } }>(
      'mutation ($i: CreateTeamInput!) { createTeam(input: $i) { id name village commune { code } } }',
      { i: { communeCode: '00004', name: ' Tổ công nghệ số  Tổ dân phố 5 ', village: 'Tổ dân phố 5' } },
      admin.headers,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createTeam).toMatchObject({
      name: 'Tổ công nghệ số Tổ dân phố 5',
      village: 'Tổ dân phố 5',
      commune: { code: '00004' },
    });
  });

  it('rejects a team with no name or an unknown commune, field by field', async () => {
    const res = await t.gql(
      'mutation ($i: CreateTeamInput!) { createTeam(input: $i) { id } }',
      { i: { communeCode: '99999', name: ' ' } },
      admin.headers,
    );
    expect((res.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual(['communeCode', 'name']);
    // A code that is not even 5 digits is refused, naming the field.
    const malformed = await t.gql(
      'mutation ($i: CreateTeamInput!) { createTeam(input: $i) { id } }',
      { i: { communeCode: '123', name: 'Tổ' } },
      admin.headers,
    );
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((malformed.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual(['communeCode']);
  });

  it('adds a member by phone, creating a pending account that the person claims when signing up', async () => {
    const team = await makeTeam(t);
    const phone = randomPhone();
    const added = await t.gql<{ addTeamMember: { role: string; user: { status: string; fullName: string } } }>(
      ADD,
      { i: { teamId: team.id, phone, fullName: 'Trần Văn Bình', leader: true } },
      admin.headers,
    );
    expect(added.data?.addTeamMember).toMatchObject({ role: 'leader', user: { status: 'pending', fullName: 'Trần Văn Bình' } });
    const signIn = await t.gql('mutation ($i: SignInInput!) { signIn(input: $i) { accessToken } }', {
      i: { phone, password: 'anything1' },
    });
    expect(signIn.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const claimed = await t.gql<{ signUp: { user: { id: string; status: string; roles: string[] } } }>(
      'mutation ($i: SignUpInput!) { signUp(input: $i) { user { id status roles } } }',
      { i: { phone, password: 'matkhau123', fullName: 'Trần Văn Bình', communeCode: '00004' } },
    );
    expect(claimed.data?.signUp.user).toMatchObject({ status: 'active', roles: expect.arrayContaining(['TEAM_LEADER', 'TEAM_MEMBER']) });
  });

  it('moves a person between teams, keeping the history', async () => {
    const [first, second] = [await makeTeam(t, '00004', 'Tổ A'), await makeTeam(t, '00008', 'Tổ B')];
    const phone = randomPhone();
    const a = await t.gql<{ addTeamMember: { user: { id: string } } }>(
      ADD,
      { i: { teamId: first.id, phone, fullName: 'Lê Thị Cúc' } },
      admin.headers,
    );
    await t.gql(ADD, { i: { teamId: second.id, phone, fullName: 'Lê Thị Cúc' } }, admin.headers);
    const userId = a.data!.addTeamMember.user.id;
    const history = await t.gql<{ user: { teamHistory: { team: { name: string }; leftAt: string | null }[] } }>(
      'query ($id: String!) { user(id: $id) { teamHistory { team { name } leftAt } } }',
      { id: userId },
      admin.headers,
    );
    expect(history.data?.user.teamHistory.map((h) => [h.team.name, h.leftAt === null])).toEqual([
      ['Tổ B', true],
      ['Tổ A', false],
    ]);
    const firstTeam = await t.gql<{ team: { memberCount: number } }>(TEAM, { id: first.id }, admin.headers);
    expect(firstTeam.data?.team.memberCount).toBe(0);
  });

  it('imports members from CSV: a file with bad rows imports nothing and says why, row by row', async () => {
    const team = await makeTeam(t);
    const good = randomPhone();
    const csv = [
      'so_dien_thoai,ho_ten,vai_tro',
      `${good},Phạm Văn Dũng,to_truong`,
      '12345,Người Sai Số,',
      `${randomPhone()},,`,
      `${good.replace(/^0/, '+84')},Trùng Số,`,
    ].join('\n');
    const res = await t.gql<{ importTeamMembers: Report }>(IMPORT, { i: { teamId: team.id, csv } }, admin.headers);
    expect(res.errors).toBeUndefined();
    const report = res.data!.importTeamMembers;
    expect(report.imported).toBe(0);
    expect(report.failed).toBe(3);
    expect(report.rows.map((r) => [r.line, r.ok, r.error?.vi ?? null])).toEqual([
      [2, true, null],
      [3, false, 'Số điện thoại di động chưa đúng. Ví dụ: 0912 345 678.'],
      [4, false, 'Hãy nhập họ và tên.'],
      [5, false, 'Số điện thoại này lặp lại ở dòng 2.'],
    ]);
    const after = await t.gql<{ team: { memberCount: number } }>(TEAM, { id: team.id }, admin.headers);
    expect(after.data?.team.memberCount).toBe(0);
  });

  it('imports a clean file (semicolons, BOM, blank lines) in one go', async () => {
    const team = await makeTeam(t);
    const phones = [randomPhone(), randomPhone(), randomPhone()];
    const csv = `\uFEFFSo_dien_thoai;Ho_ten;Vai_tro\r\n${phones[0]};Nguyễn Văn An;to_truong\r\n\r\n${phones[1]};Đỗ Thị Bé;\r\n${phones[2]};Hoàng Văn Cường;thanh_vien\r\n`;
    const res = await t.gql<{ importTeamMembers: Report }>(IMPORT, { i: { teamId: team.id, csv } }, admin.headers);
    expect(res.data?.importTeamMembers).toMatchObject({ imported: 3, failed: 0 });
    const after = await t.gql<{ team: { members: { role: string; user: { fullName: string } }[] } }>(TEAM, { id: team.id }, admin.headers);
    const members = after.data!.team.members.map((m) => [m.role, m.user.fullName]);
    expect(members[0]).toEqual(['leader', 'Nguyễn Văn An']);
    expect(members.slice(1).sort()).toEqual([
      ['member', 'Hoàng Văn Cường'],
      ['member', 'Đỗ Thị Bé'],
    ]);
  });

  it('rejects a CSV without the needed columns', async () => {
    const team = await makeTeam(t);
    const res = await t.gql(IMPORT, { i: { teamId: team.id, csv: 'ten,tuoi\nAn,60' } }, admin.headers);
    expect((res.errors?.[0]?.extensions?.fields as { messageKey: string }[])[0]?.messageKey).toBe('csv.missingColumns');
  });

  it('appoints and removes a leader', async () => {
    const team = await makeTeam(t);
    const added = await t.gql<{ addTeamMember: { user: { id: string } } }>(
      ADD,
      { i: { teamId: team.id, phone: randomPhone(), fullName: 'Vũ Văn Em' } },
      admin.headers,
    );
    const userId = added.data!.addTeamMember.user.id;
    const lead = await t.gql<{ setTeamLeader: { role: string } }>(
      'mutation ($i: SetTeamLeaderInput!) { setTeamLeader(input: $i) { role } }',
      { i: { teamId: team.id, userId, leader: true } },
      admin.headers,
    );
    expect(lead.data?.setTeamLeader.role).toBe('leader');
    const removed = await t.gql<{ removeTeamMember: boolean }>(
      'mutation ($i: TeamMemberRefInput!) { removeTeamMember(input: $i) }',
      { i: { teamId: team.id, userId } },
      admin.headers,
    );
    expect(removed.data?.removeTeamMember).toBe(true);
    const [{ n }] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM team_memberships WHERE user_id = $1 AND left_at IS NOT NULL`, [userId]);
    expect(n).toBe(1);
  });

  it('a team leader adds and removes the plain members of their own team, by phone and by CSV, and nothing more', async () => {
    const own = await makeTeam(t, '00004', 'Tổ của tổ trưởng');
    const other = await makeTeam(t, '00004', 'Tổ bên cạnh');
    const leader = await makeUser(t, { team: { id: own.id, role: 'leader' } });
    const coLeader = await makeUser(t, { team: { id: own.id, role: 'leader' } });
    const neighbour = await makeUser(t, { team: { id: other.id, role: 'member' } });
    const plain = await makeUser(t, { team: { id: own.id, role: 'member' } });
    const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.messageKey;

    const phone = randomPhone();
    const added = await t.gql<{ addTeamMember: { role: string; user: { id: string } } }>(
      ADD,
      { i: { teamId: own.id, phone, fullName: 'Lò Văn Pả' } },
      leader.headers,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addTeamMember.role).toBe('member');
    // Not a leader, not someone from another team, not into another team; a plain member adds nobody.
    expect(
      code(await t.gql(ADD, { i: { teamId: own.id, phone: randomPhone(), fullName: 'Lò Thị Xuân', leader: true } }, leader.headers)),
    ).toBe('member.leaderByAdminOnly');
    expect(code(await t.gql(ADD, { i: { teamId: own.id, phone: neighbour.phone, fullName: 'Hàng xóm' } }, leader.headers))).toBe(
      'member.inTeamOutsideScope',
    );
    expect(code(await t.gql(ADD, { i: { teamId: other.id, phone: randomPhone(), fullName: 'Người lạ' } }, leader.headers))).toBe(
      'auth.forbidden',
    );
    expect(code(await t.gql(ADD, { i: { teamId: own.id, phone: randomPhone(), fullName: 'Người lạ' } }, plain.headers))).toBe(
      'auth.forbidden',
    );

    const REMOVE = `mutation ($i: TeamMemberRefInput!) { removeTeamMember(input: $i) }`;
    expect(code(await t.gql(REMOVE, { i: { teamId: own.id, userId: coLeader.id } }, leader.headers))).toBe('member.leaderByAdminOnly');
    expect(
      (await t.gql(REMOVE, { i: { teamId: own.id, userId: added.data!.addTeamMember.user.id } }, leader.headers)).errors,
    ).toBeUndefined();

    const csv = `so_dien_thoai,ho_ten,vai_tro\n${randomPhone()},Đinh Thị Nở,\n${randomPhone()},Mùa A Chống,to_truong\n`;
    const report = await t.gql<{ importTeamMembers: Report }>(IMPORT, { i: { teamId: own.id, csv } }, leader.headers);
    expect(report.data?.importTeamMembers).toMatchObject({ imported: 0, failed: 1 });
    expect(report.data?.importTeamMembers.rows[1]).toMatchObject({ ok: false, error: { vi: expect.stringMatching(/Chỉ quản trị/) } });
    const clean = await t.gql<{ importTeamMembers: Report }>(
      IMPORT,
      { i: { teamId: own.id, csv: `so_dien_thoai,ho_ten\n${randomPhone()},Đinh Thị Nở\n` } },
      leader.headers,
    );
    expect(clean.data?.importTeamMembers).toMatchObject({ imported: 1, failed: 0 });
  });

  it('imports the XLSX template filled in Excel: Vietnamese headers, a phone typed as a number, "Tổ trưởng"', async () => {
    const team = await makeTeam(t, '00004', 'Tổ nhập từ Excel');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Thành viên');
    sheet.addRow(['Số điện thoại', 'Họ và tên', 'Vai trò']);
    const phone = randomPhone();
    sheet.addRow([Number(phone), 'Hà Thị Lụa', 'Tổ trưởng']);
    sheet.addRow([randomPhone(), 'Vàng A Páo', '']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const report = await t.gql<{ importTeamMembers: Report }>(IMPORT, { i: { teamId: team.id, xlsx } }, admin.headers);
    expect(report.errors).toBeUndefined();
    expect(report.data?.importTeamMembers).toMatchObject({ imported: 2, failed: 0 });
    const members = await t.gql<{ team: { members: { role: string; user: { fullName: string } }[] } }>(
      TEAM,
      { id: team.id },
      admin.headers,
    );
    expect(members.data?.team.members.find((m) => m.user.fullName === 'Hà Thị Lụa')?.role).toBe('leader');
    const broken = await t.gql(IMPORT, { i: { teamId: team.id, xlsx: Buffer.from('not a workbook').toString('base64') } }, admin.headers);
    expect(broken.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists a page of teams with their communes in a fixed number of queries, however many teams', async () => {
    for (let i = 0; i < 12; i++) await makeTeam(t, i % 2 ? '00004' : '00008', `Tổ số ${i}`);
    const db = t.app.get(DataSource);
    await t.gql('{ me { id } }', {}, admin.headers); // the viewer is then cached: only the list's own queries count
    const query = jest.spyOn(db, 'query');
    const res = await t.gql<{ teams: { items: { name: string; commune: { name: string } }[] } }>(
      '{ teams(filter: { limit: 20 }) { total items { name memberCount commune { code name } } } }',
      {},
      admin.headers,
    );
    const calls = query.mock.calls.length;
    query.mockRestore();
    expect(res.data?.teams.items.length).toBeGreaterThanOrEqual(12);
    expect(res.data?.teams.items.every((i) => i.commune.name.startsWith('Phường'))).toBe(true);
    // One count and one page query; communes come with the teams.
    expect(calls).toBe(2);
  });
});
