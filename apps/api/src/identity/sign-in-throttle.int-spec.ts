import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AdminUnitsLoaderService } from '../org/admin-units-loader.service.js';
import { randomPhone } from '../testing/factories.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { FREE_FAILURES_PER_PHONE, MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_PAIR } from './sign-in-limiter.service.js';

const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }';
const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken user { id } } }';
const PASSWORD = 'matkhau-dung-123';

/** Sign-in throttling seen from both sides: the attacker who knows a phone, and the owner of that phone. */
describe('sign-in throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(AdminUnitsLoaderService).load();
  });
  afterAll(() => t.close());

  /** Requests arrive from `address` (the API trusts X-Forwarded-For from its loopback proxy), with `cookie`. */
  const signIn = async (phone: string, password: string, address: string, cookie = '') => {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { phone, password } } }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: { extensions: { code: string; retryAfterSeconds?: number } }[] };
    const device = (res.headers.getSetCookie?.() ?? []).find((c) => c.startsWith('lantoa_device='))?.split(';')[0] ?? '';
    return { code: body.errors?.[0]?.extensions.code ?? 'OK', retry: body.errors?.[0]?.extensions.retryAfterSeconds, device };
  };

  const newAccount = async () => {
    const phone = randomPhone();
    const res = await t.gql(SIGN_UP, { input: { phone, password: PASSWORD, fullName: 'Chủ Số Máy', communeCode: '00004' } });
    expect(res.errors).toBeUndefined();
    return phone;
  };

  it('stops an attacker at one address quickly, while the owner elsewhere still signs in', async () => {
    const phone = await newAccount();
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++)
      expect((await signIn(phone, `doan-sai-${i}`, '203.0.113.7')).code).toBe('INVALID_CREDENTIALS');
    expect((await signIn(phone, PASSWORD, '203.0.113.7')).code).toBe('TOO_MANY_ATTEMPTS');
    expect((await signIn(phone, PASSWORD, '198.51.100.20')).code).toBe('OK');
  });

  it('slows guesses of a phone from many addresses with a growing delay that the owner’s device does not feel', async () => {
    const phone = await newAccount();
    const owner = await signIn(phone, PASSWORD, '198.51.100.30');
    expect(owner.code).toBe('OK');
    expect(owner.device).toMatch(/^lantoa_device=/);
    // An attacker spreads guesses over many addresses (a botnet), one per address.
    for (let i = 0; i < FREE_FAILURES_PER_PHONE; i++)
      expect((await signIn(phone, `doan-sai-${i}`, `192.0.2.${i + 1}`)).code).toBe('INVALID_CREDENTIALS');
    const held = await signIn(phone, 'doan-sai-nua', '192.0.2.200');
    expect(held.code).toBe('TOO_MANY_ATTEMPTS');
    expect(held.retry).toBeGreaterThan(0);
    expect(held.retry).toBeLessThanOrEqual(15 * 60);
    // A new device with the right password waits too (it could be the attacker who guessed right)…
    expect((await signIn(phone, PASSWORD, '198.51.100.31')).code).toBe('TOO_MANY_ATTEMPTS');
    // …but the owner's own device, where this phone signed in before, gets in at once.
    expect((await signIn(phone, PASSWORD, '198.51.100.30', owner.device)).code).toBe('OK');
    // A forged device cookie is worth nothing.
    const fake = await newAccount();
    for (let i = 0; i < FREE_FAILURES_PER_PHONE; i++) await signIn(fake, `sai-${i}`, `192.0.2.${i + 50}`);
    expect((await signIn(fake, PASSWORD, '198.51.100.32', 'lantoa_device=AAAAAAAAAAAAAAAAAAAAAA')).code).toBe('TOO_MANY_ATTEMPTS');
  }, 180_000);

  it('lets a shared office address sign in many people, even after thirty-one typos (the old limit was 30)', async () => {
    const office = '100.64.0.1';
    for (let i = 0; i < 31; i++) expect((await signIn(randomPhone(), 'go-nham-mat-khau', office)).code).toBe('INVALID_CREDENTIALS');
    const phone = await newAccount();
    expect((await signIn(phone, PASSWORD, office)).code).toBe('OK');
    expect(MAX_FAILURES_PER_ADDRESS).toBeGreaterThanOrEqual(200);
  }, 180_000);
});
