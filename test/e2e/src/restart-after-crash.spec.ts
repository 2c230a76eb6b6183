import { afterAll, describe, expect, it } from '@jest/globals';
import { freePort, postmasterPid, runToExit, startServer, type RunningServer } from './support/server.js';

// The API dies hard (kill -9, out of memory): its PostgreSQL lives on, an orphan holding the data directory.
// The next start on the same data must get back up by itself.
describe('getting back up after a crash', () => {
  let second: RunningServer | undefined;
  afterAll(async () => {
    if (second && postmasterPid(second.dataDir)) await second.stop();
  });

  it('starts again on the same data after the API was killed with SIGKILL, and keeps the data', async () => {
    const first = await startServer();
    const orphan = postmasterPid(first.dataDir);
    expect(orphan).not.toBeNull();

    expect(await first.kill('SIGKILL')).toBe('SIGKILL');
    // What made the next start fail before: the old PostgreSQL is still there.
    expect(postmasterPid(first.dataDir)).toBe(orphan);

    second = await startServer({ dataDir: first.dataDir });
    expect(second.output()).toContain(`stopping PostgreSQL (pid ${orphan}) left running`);
    const response = await fetch(`${second.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ courses { slug } provinces { code } }' }),
    });
    const body = (await response.json()) as { data: { courses: { slug: string }[]; provinces: { code: string }[] } };
    expect(body.data.courses.map((c) => c.slug)).toContain('pho-cap-ky-nang-so-cong-dong');
    expect(body.data.provinces).toHaveLength(34);
    const current = postmasterPid(second.dataDir);
    expect(current).not.toBeNull();
    expect(current).not.toBe(orphan);
  });

  it('refuses, saying why, to start a second time on data that a running Lan Tỏa holds, and leaves that one alone', async () => {
    const { code, output } = await runToExit({ dataDir: second!.dataDir, port: await freePort() });
    expect(output).toContain(`PostgreSQL is already running on ${second!.dataDir}/postgres`);
    expect(output).toContain(`for process ${second!.pid}`);
    expect(output).not.toMatch(/^undefined$/m);
    expect(code).toBe(1);
    expect((await fetch(`${second!.baseUrl}/health`)).status).toBe(200);
  });

  it('then stops cleanly on Ctrl-C, leaving no PostgreSQL behind', async () => {
    expect(await second!.stop()).toBe(0);
    expect(postmasterPid(second!.dataDir)).toBeNull();
  });
});
