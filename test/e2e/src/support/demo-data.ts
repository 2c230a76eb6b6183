import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { RunningServer } from './server.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** The password of every account `lantoa seed:demo` makes. */
export const DEMO_PASSWORD = 'lantoa2026';
/** Accounts of the demo data (apps/api/src/commands/seed-demo.ts): the first Hà Nội team and its province admin. */
export const DEMO = {
  hanoiAdmin: '0900000111',
  leader: '0901100000',
  members: ['0901100010', '0901100020', '0901100030', '0901100040'],
} as const;

/** Puts the demo data in with the CLI, joining the running platform's database (as a trainer would do it). */
export function seedDemo(server: RunningServer): string {
  const seed = spawnSync(process.execPath, [join(repoRoot, 'apps/cli/dist/main.js'), 'seed:demo'], {
    env: { ...process.env, LANTOA_DATA_DIR: server.dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
  });
  if (seed.status !== 0) throw new Error(`seed:demo failed (${seed.status}):\n${seed.stdout}\n${seed.stderr}`);
  return seed.stdout;
}

export async function graphql<T>(
  server: RunningServer,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** An access token for API calls made beside the browser (setting up what a test starts from). */
export async function apiSignIn(
  server: RunningServer,
  phone: string,
  password = DEMO_PASSWORD,
): Promise<{ token: string; id: string; fullName: string }> {
  const { signIn } = await graphql<{ signIn: { accessToken: string; user: { id: string; fullName: string } } }>(
    server,
    'mutation ($i: SignInInput!) { signIn(input: $i) { accessToken user { id fullName } } }',
    { i: { phone, password } },
  );
  return { token: signIn.accessToken, ...signIn.user };
}

/** Signs in on the sign-in page, as the person would. */
export async function signIn(page: Page, baseUrl: string, phone: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.getByLabel('Số điện thoại').fill(phone);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.getByRole('link', { name: /^Tài khoản/ }).waitFor();
}
