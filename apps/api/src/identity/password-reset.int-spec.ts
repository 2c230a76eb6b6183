import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AdminUnitsLoaderService } from '../org/admin-units-loader.service.js';
import { makeTeam, makeUser, type TestUser } from '../testing/factories.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { MAX_WRONG_CODES_PER_PHONE } from './password-reset.service.js';

const CREATE = `mutation ($i: CreatePasswordResetCodeInput!) { createPasswordResetCode(input: $i) { userId fullName code expiresAt sentBySms } }`;
const RESET = `mutation ($i: ResetPasswordWithCodeInput!) { resetPasswordWithCode(input: $i) }`;
const SIGN_IN = `mutation ($i: SignInInput!) { signIn(input: $i) { user { id } } }`;

describe('password reset through a one-time code from a team leader or admin', () => {
  let t: TestApp;
  let db: DataSource;
  let team: { id: string };
  let leader: TestUser;

  const create = (helper: TestUser, person: TestUser | { id: string }) =>
    t.gql<{ createPasswordResetCode: { code: string; expiresAt: string; fullName: string; sentBySms: boolean } }>(
      CREATE,
      { i: { userId: person.id } },
      helper.headers,
    );
  const reset = (phone: string, code: string, newPassword = 'matkhaumoi123') =>
    t.gql<{ resetPasswordWithCode: boolean }>(RESET, { i: { phone, code, newPassword } });
  const member = () => makeUser(t, { team: { id: team.id, role: 'member' }, fullName: 'Bà Nguyễn Thị Lan' });

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    await t.app.get(AdminUnitsLoaderService).load();
    team = await makeTeam(t);
    leader = await makeUser(t, { team: { id: team.id, role: 'leader' } });
  });
  afterAll(() => t.close());

  it('the leader makes a code; the member sets a new password with it, every session ends, and the code works once', async () => {
    const lan = await member();
    await db.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
      lan.id,
      randomUUID(),
    ]);
    const made = (await create(leader, lan)).data!.createPasswordResetCode;
    expect(made.code).toMatch(/^\d{6}$/);
    expect(made.fullName).toBe('Bà Nguyễn Thị Lan');
    expect(made.sentBySms).toBe(false);
    const minutes = (new Date(made.expiresAt).getTime() - Date.now()) / 60000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);

    const done = await reset(lan.phone, `${made.code.slice(0, 3)} ${made.code.slice(3)}`);
    expect(done.errors).toBeUndefined();
    expect(done.data!.resetPasswordWithCode).toBe(true);
    expect(await db.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [lan.id])).toEqual([
      { n: 0 },
    ]);
    const signedIn = await t.gql<{ signIn: { user: { id: string } } }>(SIGN_IN, { i: { phone: lan.phone, password: 'matkhaumoi123' } });
    expect(signedIn.data!.signIn.user.id).toBe(lan.id);

    const again = await reset(lan.phone, made.code, 'matkhaukhac123');
    expect(again.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'code', messageKey: 'resetCode.invalid' })]);
    // The audit trail: who made it, for whom, when it was used.
    expect(await db.query(`SELECT created_by, used_at IS NOT NULL AS used FROM password_reset_codes WHERE user_id = $1`, [lan.id])).toEqual(
      [{ created_by: leader.id, used: true }],
    );
  });

  it('who may make a code: the leader of the team, an admin in scope, a national admin; nobody else', async () => {
    const lan = await member();
    const otherTeam = await makeTeam(t, '00004', 'Tổ khác');
    const refused = {
      teammate: await makeUser(t, { team: { id: team.id, role: 'member' } }),
      otherLeader: await makeUser(t, { team: { id: otherTeam.id, role: 'leader' } }),
      citizen: await makeUser(t),
      trainer: await makeUser(t, { grants: [{ role: 'TRAINER', provinceCode: '01' }] }),
      otherAdmin: await makeUser(t, { grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '79' }] }),
    };
    for (const [who, u] of Object.entries(refused)) {
      expect([who, (await create(u, lan)).errors?.[0]?.extensions?.code]).toEqual([who, 'FORBIDDEN']);
    }
    expect([(await create(leader, leader)).errors?.[0]?.extensions?.code]).toEqual(['FORBIDDEN']);
    expect((await create(leader, { id: randomUUID() })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await makeUser(t, { grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '01' }] });
    const national = await makeUser(t, { grants: [{ role: 'NATIONAL_ADMIN' }] });
    expect((await create(admin, lan)).data?.createPasswordResetCode.code).toMatch(/^\d{6}$/);
    expect((await create(national, lan)).data?.createPasswordResetCode.code).toMatch(/^\d{6}$/);
  });

  it('a trainer or admin in a team gets a code only from a national admin (a leader cannot take over their account)', async () => {
    const trainer = await makeUser(t, { team: { id: team.id, role: 'member' }, grants: [{ role: 'TRAINER', provinceCode: '01' }] });
    const admin = await makeUser(t, { grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '01' }] });
    const otherAdmin = await makeUser(t, { grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '01' }] });
    const national = await makeUser(t, { grants: [{ role: 'NATIONAL_ADMIN' }] });
    expect((await create(leader, trainer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await create(admin, trainer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await create(admin, otherAdmin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await create(national, trainer)).data?.createPasswordResetCode.code).toMatch(/^\d{6}$/);
  });

  it('a leader is helped by an admin, not by another leader, not even a co-leader of the same team', async () => {
    const coLeader = await makeUser(t, { team: { id: team.id, role: 'leader' } });
    const otherTeam = await makeTeam(t, '00004', 'Tổ bên cạnh');
    const otherLeader = await makeUser(t, { team: { id: otherTeam.id, role: 'leader' } });
    expect((await create(coLeader, leader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await create(leader, coLeader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await create(otherLeader, leader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await create(leader, otherLeader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await makeUser(t, { grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '01' }] });
    expect((await create(admin, coLeader)).data?.createPasswordResetCode.code).toMatch(/^\d{6}$/);
  });

  it("a leader helps only their team's current members: not someone who left, nor a pending member", async () => {
    const gone = await member();
    await db.query(`UPDATE team_memberships SET left_at = now() WHERE user_id = $1`, [gone.id]);
    expect((await create(leader, gone)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Moved to another team: the new team's leader helps them now.
    const otherTeam = await makeTeam(t, '00004', 'Tổ mới');
    const newLeader = await makeUser(t, { team: { id: otherTeam.id, role: 'leader' } });
    await db.query(`INSERT INTO team_memberships (team_id, user_id, role) VALUES ($1, $2, 'member')`, [otherTeam.id, gone.id]);
    expect((await create(leader, gone)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await create(newLeader, gone)).data?.createPasswordResetCode.code).toMatch(/^\d{6}$/);
    // Added by the leader but never signed up: there is no password to reset yet.
    const pending = await member();
    await db.query(`UPDATE users SET status = 'pending' WHERE id = $1`, [pending.id]);
    expect((await create(leader, pending)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("an admin helps by where the person lives or by their team's province, and not across provinces", async () => {
    const [hcm] = await db.query<{ code: string }[]>(
      `SELECT code FROM admin_units WHERE path <@ 'g2025.p79' AND level = 3 AND valid_to IS NULL ORDER BY code LIMIT 1`,
    );
    const hcmTeam = await makeTeam(t, hcm!.code, 'Tổ ở Thành phố Hồ Chí Minh');
    // Lives in Hà Nội, works in a team in Hồ Chí Minh City.
    const commuter = await makeUser(t, { communeCode: '00004', team: { id: hcmTeam.id, role: 'member' } });
    const hcmResident = await makeUser(t, { communeCode: hcm!.code });
    const hanoiAdmin = await makeUser(t, { grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '01' }] });
    const hcmAdmin = await makeUser(t, { communeCode: hcm!.code, grants: [{ role: 'PROVINCE_ADMIN', provinceCode: '79' }] });
    expect((await create(hanoiAdmin, commuter)).data?.createPasswordResetCode.code).toMatch(/^\d{6}$/);
    expect((await create(hcmAdmin, commuter)).data?.createPasswordResetCode.code).toMatch(/^\d{6}$/);
    expect((await create(hanoiAdmin, hcmResident)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await create(hcmAdmin, hcmResident)).data?.createPasswordResetCode.code).toMatch(/^\d{6}$/);
    const lan = await member();
    expect((await create(hcmAdmin, lan)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Nobody signed in at all.
    const anonymous = await t.gql(CREATE, { i: { userId: lan.id } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('only the newest code works, and not after 30 minutes', async () => {
    const lan = await member();
    const first = (await create(leader, lan)).data!.createPasswordResetCode.code;
    const second = (await create(leader, lan)).data!.createPasswordResetCode.code;
    if (first !== second) expect((await reset(lan.phone, first)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await db.query(`UPDATE password_reset_codes SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [lan.id]);
    expect((await reset(lan.phone, second)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const third = (await create(leader, lan)).data!.createPasswordResetCode.code;
    expect((await reset(lan.phone, third)).data?.resetPasswordWithCode).toBe(true);
  });

  it('wrong codes are limited per phone: after five, even the right code waits', async () => {
    const lan = await member();
    const code = (await create(leader, lan)).data!.createPasswordResetCode.code;
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < MAX_WRONG_CODES_PER_PHONE; i++)
      expect((await reset(lan.phone, wrong)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const blocked = await reset(lan.phone, code);
    expect(blocked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(await db.query(`SELECT used_at FROM password_reset_codes WHERE user_id = $1`, [lan.id])).toEqual([{ used_at: null }]);
  });

  it('checks the new password and the phone like sign-up does', async () => {
    const res = await reset('123', '12', 'ngan');
    expect((res.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual(['phone', 'newPassword', 'code']);
  });
});
