import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  pid: number;
  output(): string;
  /** Sends SIGINT as Ctrl-C would and resolves with the exit code. */
  stop(): Promise<number | null>;
  /** Sends a signal (SIGKILL: a crash) and resolves with the exit code, or the signal when it killed the process. */
  kill(signal: NodeJS.Signals): Promise<number | NodeJS.Signals | null>;
}

export interface ServerOptions {
  /** Data folder (LANTOA_DATA_DIR) to reuse, e.g. a crashed server's; a fresh one by default. */
  dataDir?: string;
  /** The checkout to run `npm start`'s entry point from; this repository by default. */
  checkout?: string;
  /** A fixed port, e.g. to restart on the same origin (a service worker and its caches belong to one origin). */
  port?: number;
  /** More environment, e.g. LANTOA_WEB_DIR for a copy of the built web client. */
  env?: Record<string, string>;
}

/** Starts the built platform exactly as `npm start` does (embedded PostgreSQL, migrations, import, web). */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? freshDataDir();
  const checkout = options.checkout ?? repoRoot;
  const port = options.port ?? (await freePort());
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [join(checkout, 'apps/api/dist/main.js')], {
    cwd: checkout,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LANTOA_DATA_DIR: dataDir,
      // Certificates print this address in their QR codes and links: the one the browser reaches.
      LANTOA_PUBLIC_URL: `http://127.0.0.1:${port}`,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  let exitStatus: number | NodeJS.Signals | null | undefined;
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.on('exit', (code, signal) => resolve((exitStatus = code ?? signal))),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (exitStatus !== undefined) throw new Error(`the server exited (${exitStatus}) before it was healthy:\n${output}`);
      return (await fetch(`${baseUrl}/health`).catch(() => null))?.ok === true;
    },
    120_000,
    () => output,
  );
  return {
    baseUrl,
    dataDir,
    pid: child.pid!,
    output: () => output,
    stop: async () => {
      child.kill('SIGINT');
      return (await exited) as number | null;
    },
    kill: async (signal) => {
      child.kill(signal);
      return exited;
    },
  };
}

/** Runs the platform's entry point to its end (for starts that must fail) and returns its exit code and output. */
export function runToExit(options: ServerOptions & { port: number }): Promise<{ code: number | null; output: string }> {
  const checkout = options.checkout ?? repoRoot;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(checkout, 'apps/api/dist/main.js')], {
      cwd: checkout,
      env: {
        ...process.env,
        PORT: String(options.port),
        HOST: '127.0.0.1',
        LANTOA_DATA_DIR: options.dataDir,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** A data folder under the system's temporary folder that the `postgres` user can enter (root runs it as postgres). */
export function freshDataDir(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantoa-e2e-'));
  chmodSync(dataDir, 0o755);
  return dataDir;
}

/** The pid in the data folder's postmaster.pid when that PostgreSQL is alive, else null. */
export function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

export function postgresStillRunning(dataDir: string): boolean {
  return existsSync(join(dataDir, 'postgres', 'postmaster.pid'));
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, context: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not become healthy in ${timeoutMs} ms:\n${context()}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
