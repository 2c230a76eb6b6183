import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedDemo } from '../commands/seed-demo.js';
import { AdminUnitsLoaderService } from '../org/admin-units-loader.service.js';
import { DataSource } from 'typeorm';
import { makeTeam, makeUser, randomPhone } from '../testing/factories.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { RoleGrantsService } from './role-grants.service.js';
import { ViewerLoaderService } from './viewer-loader.service.js';

describe('granting roles (lantoa users:grant) and the demo data', () => {
  let t: TestApp;
  let grants: RoleGrantsService;
  const rolesOf = async (phone: string) => {
    const [user] = await t.app.get(DataSource).query<{ id: string }[]>('SELECT id FROM users WHERE phone = $1', [phone]);
    return (await t.app.get(ViewerLoaderService).load(user!.id))?.roles;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(AdminUnitsLoaderService).load();
    grants = t.app.get(RoleGrantsService);
  });
  afterAll(() => t.close());

  it('bootstraps a national admin on a phone with no account: a pending account, claimed at sign-up', async () => {
    const phone = randomPhone();
    const result = await grants.grant({ phone, role: 'national_admin' });
    expect(result).toMatchObject({ role: 'NATIONAL_ADMIN', scope: null, createdPendingAccount: true });
    const claimed = await t.gql<{ signUp: { user: { roles: string[] } } }>(
      'mutation ($i: SignUpInput!) { signUp(input: $i) { user { roles } } }',
      {
        i: { phone, password: 'matkhau123', fullName: 'Quản trị', communeCode: '00004' },
      },
    );
    expect(claimed.data?.signUp.user.roles).toEqual(expect.arrayContaining(['CITIZEN', 'NATIONAL_ADMIN']));
  });

  it('scopes a province admin to a province and refuses a bad scope', async () => {
    const phone = randomPhone();
    await grants.grant({ phone, role: 'PROVINCE_ADMIN', scope: '46' });
    await grants.grant({ phone, role: 'PROVINCE_ADMIN', scope: '46' }); // twice is once
    const [{ n }] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM role_grants g JOIN users u ON u.id = g.user_id WHERE u.phone = '+84' || substr($1, 2)`, [
        phone,
      ]);
    expect(n).toBe(1);
    await expect(grants.grant({ phone, role: 'PROVINCE_ADMIN' })).rejects.toThrow(/needs --scope/);
    await expect(grants.grant({ phone, role: 'PROVINCE_ADMIN', scope: '99' })).rejects.toThrow(/not the code of a current province/);
    await expect(grants.grant({ phone, role: 'NATIONAL_ADMIN', scope: '01' })).rejects.toThrow(/national scope/);
    await expect(grants.grant({ phone, role: 'WIZARD' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(grants.grant({ phone: '123', role: 'TRAINER' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('makes a team leader through a team scope', async () => {
    const team = await makeTeam(t);
    const phone = randomPhone();
    await grants.grant({ phone, role: 'TEAM_LEADER', scope: team.id, fullName: 'Tổ trưởng' });
    const users = await t.gql<{ team: { members: { role: string; user: { fullName: string } }[] } }>(
      'query ($id: ID!) { team(id: $id) { members { role user { fullName } } } }',
      { id: team.id },
      (await makeUser(t, { grants: [{ role: 'NATIONAL_ADMIN' }] })).headers,
    );
    expect(users.data?.team.members).toEqual([{ role: 'leader', user: { fullName: 'Tổ trưởng' } }]);
  });

  it('seeds demo data for two provinces, and a second run changes nothing', async () => {
    const first = await seedDemo(t.app);
    const second = await seedDemo(t.app);
    expect(second).toEqual(first);
    expect(first.some((s) => s.who.includes('Hà Nội')) && first.some((s) => s.who.includes('Huế'))).toBe(true);
    const signIn = await t.gql<{ signIn: { user: { fullName: string } } }>(
      'mutation ($i: SignInInput!) { signIn(input: $i) { user { fullName } } }',
      {
        i: { phone: first[0]!.phone, password: 'lantoa2026' },
      },
    );
    expect(signIn.errors).toBeUndefined();
    expect(await rolesOf('+84900000001')).toContain('NATIONAL_ADMIN');
  });
});
