import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCourseDir } from '@lantoa/course-format/testing';

// The built command, run as a shell or CI runs it: what counts is the process's exit code, not a return value.
const cli = fileURLToPath(new URL('../dist/main.js', import.meta.url));

function lantoa(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, DATABASE_URL: '', INIT_CWD: process.cwd(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('lantoa as a process', () => {
  it('courses:check exits 0 on a valid folder', async () => {
    const { code, out } = await lantoa(['courses:check', makeCourseDir()]);
    expect(out).toContain('hợp lệ');
    expect(code).toBe(0);
  });

  it('courses:check exits 1 on a folder with a broken lesson', async () => {
    const dir = makeCourseDir({ '01-hoc-phan-mot/02-bai-hai.md': '---\ntitle: [không đóng\n---\nNội dung\n' });
    const { code, out } = await lantoa(['courses:check', dir]);
    expect(out).toContain('✗');
    expect(code).toBe(1);
  });

  it('an unknown command and a missing argument exit 1', async () => {
    expect((await lantoa(['courses:nope'])).code).toBe(1);
    expect((await lantoa(['users:grant', '--role', 'TRAINER'])).code).toBe(1);
  });

  describe('with the embedded database', () => {
    let dataDir: string;
    beforeAll(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'lantoa-cli-'));
      chmodSync(dataDir, 0o755); // initdb runs as `postgres` when we are root
    });
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    it('users:grant exits non-zero on a bad phone, after the database was started, and 0 when it works', async () => {
      const env = { LANTOA_DATA_DIR: dataDir };
      const bad = await lantoa(['users:grant', '--phone', '12ab', '--role', 'TRAINER'], env);
      expect(bad.out).toContain('✗');
      expect(bad.code).toBe(1);

      const good = await lantoa(['users:grant', '--phone', '0912 345 678', '--role', 'TRAINER', '--name', 'Nguyễn Thị Hoa'], env);
      expect(good.out).toContain('✓ TRAINER');
      expect(good.code).toBe(0);
    });

    it('courses:export exits 1 and says so when nothing is published yet, and 1 without a folder', async () => {
      const env = { LANTOA_DATA_DIR: dataDir };
      const none = await lantoa(['courses:export', join(dataDir, 'export')], env);
      expect(none.out).toContain('Chưa có khóa học nào được xuất bản');
      expect(none.code).toBe(1);
      expect((await lantoa(['courses:export'], env)).code).toBe(1);
    });

    it('certificates:rotate-key exits 0 with a new key (the old one kept), and 1 when the key comes from configuration', async () => {
      const env = { LANTOA_DATA_DIR: dataDir };
      const first = await lantoa(['certificates:rotate-key'], env);
      expect(first.code).toBe(0);
      const second = await lantoa(['certificates:rotate-key'], env);
      expect(second.code).toBe(0);
      const newKey = /✓ New signing key: (\S+)/.exec(first.out)?.[1];
      expect(newKey).toMatch(/\/\.well-known\/jwks\/[A-Za-z0-9_-]{43}$/);
      expect(second.out).toContain(`retired (still published): ${newKey}`);

      const configured = JSON.stringify({
        kty: 'OKP',
        crv: 'Ed25519',
        d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A',
        x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
      });
      const refused = await lantoa(['certificates:rotate-key'], { ...env, LANTOA_CERTIFICATE_KEY: configured });
      expect(refused.out).toContain('LANTOA_CERTIFICATE_KEY');
      expect(refused.code).toBe(1);
    });
  });
});
