import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { AdminUnitsLoaderService } from '../org/admin-units-loader.service.js';
import { randomPhone } from '../testing/factories.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { MAX_FAILURES_PER_PAIR } from './sign-in-limiter.service.js';
import { TokensService } from './tokens.service.js';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken accessTokenExpiresAt user { id phone fullName status commune { code name } roles } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { accessToken user { id phone } } }`;
const ME = `{ me { id phone fullName roles } }`;

interface Auth {
  accessToken: string;
  user: { id: string; phone: string; fullName: string; status: string; commune: { code: string; name: string }; roles: string[] };
}
type Fields = { field: string; messageKey: string; message: { vi: string; en: string } }[];

describe('sign-up and sign-in by phone', () => {
  let t: TestApp;
  const cookieOf = (headers: Headers) => headers.get('set-cookie')?.split(';')[0] ?? '';

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(AdminUnitsLoaderService).load();
  });
  afterAll(() => t.close());

  it('signs up with a phone in any usual form, stores it normalised, and returns a token and the user', async () => {
    const national = randomPhone();
    const spaced = `+84 ${national.slice(1, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
    const res = await t.gql<{ signUp: Auth }>(SIGN_UP, {
      input: { phone: spaced, password: 'matkhau123', fullName: '  Nguyễn   Thị Hoa ', communeCode: '00004' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.signUp.user).toMatchObject({
      phone: `+84${national.slice(1)}`,
      fullName: 'Nguyễn Thị Hoa',
      status: 'active',
      commune: { code: '00004', name: 'Phường Ba Đình' },
      roles: ['CITIZEN'],
    });
    expect(res.headers.get('set-cookie')).toMatch(/lantoa_refresh=.+; Max-Age=\d+; Path=\/graphql; Expires=.+; HttpOnly; SameSite=Strict/);
    const me = await t.gql<{ me: { phone: string } }>(ME, {}, { authorization: `Bearer ${res.data?.signUp.accessToken}` });
    expect(me.data?.me.phone).toBe(`+84${national.slice(1)}`);
    const [{ hash }] = await t.app
      .get(DataSource)
      .query(`SELECT password_hash AS hash FROM users WHERE phone = $1`, [`+84${national.slice(1)}`]);
    expect(hash).toMatch(/^\$argon2id\$/);
  });

  it('reports every bad field at once, in Vietnamese and English, never a 500', async () => {
    const res = await t.gql<unknown>(SIGN_UP, { input: { phone: '12345', password: 'short', fullName: '   ', communeCode: '99999' } });
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toBe('Thông tin chưa đúng. Hãy xem lại các ô được đánh dấu.');
    const fields = res.errors?.[0]?.extensions?.fields as Fields;
    expect(fields.map((f) => [f.field, f.messageKey])).toEqual([
      ['phone', 'phone.invalid'],
      ['password', 'password.tooShort'],
      ['fullName', 'fullName.required'],
      ['communeCode', 'commune.unknown'],
    ]);
    expect(fields[1]?.message).toEqual({ vi: 'Mật khẩu cần ít nhất 8 ký tự.', en: 'The password needs at least 8 characters.' });
  });

  it('refuses a second account for the same phone, whatever its form', async () => {
    const phone = randomPhone();
    await t.gql(SIGN_UP, { input: { phone, password: 'matkhau123', fullName: 'A', communeCode: '00004' } });
    const again = await t.gql(SIGN_UP, {
      input: { phone: `+84${phone.slice(1)}`, password: 'matkhau456', fullName: 'B', communeCode: '00004' },
    });
    expect((again.errors?.[0]?.extensions?.fields as Fields)[0]).toMatchObject({ field: 'phone', messageKey: 'phone.taken' });
  });

  it('signs in, and says the same thing for a wrong password and an unknown phone', async () => {
    const phone = randomPhone();
    await t.gql(SIGN_UP, { input: { phone, password: 'matkhau123', fullName: 'A', communeCode: '00004' } });
    const ok = await t.gql<{ signIn: Auth }>(SIGN_IN, { input: { phone, password: 'matkhau123' } });
    expect(ok.data?.signIn.user.phone).toBe(`+84${phone.slice(1)}`);
    const wrong = await t.gql(SIGN_IN, { input: { phone, password: 'sai-mat-khau' } });
    const unknown = await t.gql(SIGN_IN, { input: { phone: randomPhone(), password: 'sai-mat-khau' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
  });

  it(`holds a phone at one address after ${MAX_FAILURES_PER_PAIR} failed sign-ins there, even with the right password`, async () => {
    const phone = randomPhone();
    await t.gql(SIGN_UP, { input: { phone, password: 'matkhau123', fullName: 'A', communeCode: '00004' } });
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) await t.gql(SIGN_IN, { input: { phone, password: `sai-${i}-matkhau` } });
    const blocked = await t.gql(SIGN_IN, { input: { phone, password: 'matkhau123' } });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.errors?.[0]?.message).toMatch(/Hãy thử lại sau \d+ phút/);
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Another phone from the same address is not blocked yet.
    const other = randomPhone();
    await t.gql(SIGN_UP, { input: { phone: other, password: 'matkhau123', fullName: 'B', communeCode: '00004' } });
    expect((await t.gql(SIGN_IN, { input: { phone: other, password: 'matkhau123' } })).errors).toBeUndefined();
  });

  it('refuses an expired access token, and refreshes with the cookie, rotating it; a replayed cookie ends every session', async () => {
    const phone = randomPhone();
    const up = await t.gql<{ signUp: Auth }>(SIGN_UP, { input: { phone, password: 'matkhau123', fullName: 'A', communeCode: '00004' } });
    const userId = up.data!.signUp.user.id;
    const expired = await t.app.get(TokensService).signAccess(userId, Date.now() - 16 * 60_000);
    const me = await t.gql(ME, {}, { authorization: `Bearer ${expired.token}` });
    expect(me.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(me.errors?.[0]?.extensions?.messageKey).toBe('auth.sessionExpired');

    const first = cookieOf(up.headers);
    const refreshed = await t.gql<{ refreshSession: Auth }>(
      'mutation { refreshSession { accessToken user { id } } }',
      {},
      { cookie: first },
    );
    expect(refreshed.data?.refreshSession.user.id).toBe(userId);
    const second = cookieOf(refreshed.headers);
    expect(second).not.toBe(first);
    expect((await t.gql(ME, {}, { authorization: `Bearer ${refreshed.data?.refreshSession.accessToken}` })).errors).toBeUndefined();

    const replay = await t.gql('mutation { refreshSession { accessToken } }', {}, { cookie: first });
    expect(replay.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const afterReplay = await t.gql('mutation { refreshSession { accessToken } }', {}, { cookie: second });
    expect(afterReplay.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs out: the refresh cookie stops working', async () => {
    const up = await t.gql<{ signUp: Auth }>(SIGN_UP, {
      input: { phone: randomPhone(), password: 'matkhau123', fullName: 'A', communeCode: '00004' },
    });
    const cookie = cookieOf(up.headers);
    const out = await t.gql<{ signOut: boolean }>('mutation { signOut }', {}, { cookie });
    expect(out.data?.signOut).toBe(true);
    expect(out.headers.get('set-cookie')).toMatch(/lantoa_refresh=;/);
    expect((await t.gql('mutation { refreshSession { accessToken } }', {}, { cookie })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('changes the password: the old one stops working and other sessions end', async () => {
    const phone = randomPhone();
    const up = await t.gql<{ signUp: Auth }>(SIGN_UP, { input: { phone, password: 'matkhau123', fullName: 'A', communeCode: '00004' } });
    const other = await t.gql<{ signIn: Auth }>(SIGN_IN, { input: { phone, password: 'matkhau123' } });
    const auth = { authorization: `Bearer ${up.data?.signUp.accessToken}` };
    const wrong = await t.gql(
      'mutation ($i: ChangePasswordInput!) { changePassword(input: $i) { accessToken } }',
      { i: { currentPassword: 'khongdung1', newPassword: 'matkhaumoi1' } },
      auth,
    );
    expect((wrong.errors?.[0]?.extensions?.fields as Fields)[0]?.field).toBe('currentPassword');
    const changed = await t.gql(
      'mutation ($i: ChangePasswordInput!) { changePassword(input: $i) { accessToken } }',
      { i: { currentPassword: 'matkhau123', newPassword: 'matkhaumoi1' } },
      auth,
    );
    expect(changed.errors).toBeUndefined();
    expect((await t.gql(SIGN_IN, { input: { phone, password: 'matkhau123' } })).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect((await t.gql(SIGN_IN, { input: { phone, password: 'matkhaumoi1' } })).errors).toBeUndefined();
    expect(
      (await t.gql('mutation { refreshSession { accessToken } }', {}, { cookie: cookieOf(other.headers) })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('asks for sign-in on a protected query without a token', async () => {
    const res = await t.gql(ME);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).toBe('Bạn cần đăng nhập để làm việc này.');
  });
});
