import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadCourse } from '@lantoa/course-format';
import { makeCourseDir } from '@lantoa/course-format/testing';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { CatalogReadModel } from '../catalog/catalog-read-model.service.js';
import { CourseImportService } from '../catalog/course-import.service.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { serveWebClient } from '../web/serve-web-client.js';

const LESSON = `query Lesson($slug: String!) { lesson(courseSlug: "khoa-hoc-thu", lessonSlug: $slug) { title { vi } body next { slug } } }`;
const OUTLINE = `query CourseOutline { course(slug: "khoa-hoc-thu") { title { vi } modules { slug quiz { questionCount } lessons { slug } } } }`;
const CSRF = { 'x-apollo-operation-name': 'Lesson' };
const getUrl = (base: string, query: string, variables: Record<string, unknown> = {}) =>
  `${base}/graphql?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`;

/** A built web client in miniature: a hashed asset with its brotli and gzip copies, as vite.config.ts writes them. */
function makeWebDir(): { dir: string; script: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-web-'));
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'assets'));
  const script = `console.log(${JSON.stringify('Lan Tỏa '.repeat(400))});`;
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Lan Tỏa</title><p>Đang tải Lan Tỏa…</p>');
  writeFileSync(join(dir, 'assets/index-abc123.js'), script);
  writeFileSync(join(dir, 'assets/index-abc123.js.br'), brotliCompressSync(script));
  writeFileSync(join(dir, 'assets/index-abc123.js.gz'), gzipSync(script));
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => undefined);');
  writeFileSync(join(dir, 'manifest.webmanifest'), JSON.stringify({ name: 'Lan Tỏa', display: 'standalone' }));
  return { dir, script };
}

describe('HTTP caching and compression', () => {
  let t: TestApp;
  let web: { dir: string; script: string };

  beforeAll(async () => {
    web = makeWebDir();
    t = await createTestApp({ configure: (app) => serveWebClient(app as NestExpressApplication, web.dir) });
    await t.app.get(CourseImportService).importCourse(loadCourse(makeCourseDir()).course!);
  });
  afterAll(() => t.close());

  it('answers a content query by GET with an ETag from the content revision, and 304 with no body when it is held', async () => {
    const url = getUrl(t.baseUrl, LESSON, { slug: 'bai-hai' });
    const first = await fetch(url, { headers: CSRF });
    expect(first.status).toBe(200);
    expect(((await first.json()) as { data: { lesson: { title: { vi: string } } } }).data.lesson.title.vi).toBe('Bài hai');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"content-\d+"$/);
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);

    const again = await fetch(url, { headers: { ...CSRF, 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    const outline = await fetch(getUrl(t.baseUrl, OUTLINE), {
      headers: { 'x-apollo-operation-name': 'CourseOutline', 'if-none-match': etag! },
    });
    expect(outline.status).toBe(304);
  });

  it('gives a new ETag and the new content once the content changes', async () => {
    const url = getUrl(t.baseUrl, LESSON, { slug: 'bai-hai' });
    const etag = (await fetch(url, { headers: CSRF })).headers.get('etag')!;
    await t.app.get(DataSource).query(`UPDATE lessons SET title = '{"vi":"Bài hai mới"}' WHERE slug = 'bai-hai'`);
    // The importer's process is told at once; here the write bypassed it, so wait for the notification.
    let res = await fetch(url, { headers: { ...CSRF, 'if-none-match': etag } });
    while (res.status === 304) res = await fetch(url, { headers: { ...CSRF, 'if-none-match': etag } });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).not.toBe(etag);
    expect(((await res.json()) as { data: { lesson: { title: { vi: string } } } }).data.lesson.title.vi).toBe('Bài hai mới');
  });

  it('never lets a shared cache keep anything personal, a mutation, a POST or a mixed query', async () => {
    const etag = (await fetch(getUrl(t.baseUrl, LESSON, { slug: 'bai-mot' }), { headers: CSRF })).headers.get('etag')!;
    const personal = [
      getUrl(t.baseUrl, 'query Me { me { id } }'),
      getUrl(t.baseUrl, 'query P { myProgress(courseSlug: "khoa-hoc-thu") { percent } }'),
      getUrl(t.baseUrl, 'query Mixed { courses { slug } me { id } }'),
      getUrl(t.baseUrl, 'query Provinces { provinces { code } }'),
    ];
    for (const url of personal) {
      const res = await fetch(url, { headers: { 'x-apollo-operation-name': 'X', 'if-none-match': etag } });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(res.headers.get('etag')).not.toBe(etag);
    }
    const post = await t.gql(LESSON, { slug: 'bai-mot' });
    expect(post.headers.get('cache-control')).toBe('private, no-store');
    const mutation = await t.gql('mutation { signIn(input: { phone: "0912345678", password: "sai-mat-khau" }) { accessToken } }');
    expect(mutation.headers.get('cache-control')).toBe('private, no-store');
  });

  it('compresses GraphQL answers above 1 KB for a client that asks, and leaves them plain for one that does not', async () => {
    // Every lesson of the test course, several times over: an answer of a few KB, as a real lesson is.
    const many = Array.from(
      { length: 8 },
      (_, i) => `l${i}: lesson(courseSlug: "khoa-hoc-thu", lessonSlug: "bai-mot") { body title { vi } }`,
    );
    const url = getUrl(t.baseUrl, `query Lesson { ${many.join(' ')} }`);
    const br = await fetch(url, { headers: { ...CSRF, 'accept-encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    const gz = await fetch(url, { headers: { ...CSRF, 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(url, { headers: { ...CSRF, 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    // fetch decodes for us: the same answer whichever way it travelled.
    expect(await br.text()).toBe(await plain.text());
  });

  it('answers a repeated content read from its kept bytes before GraphQL, exactly as GraphQL answered it', async () => {
    const model = t.app.get(CatalogReadModel);
    const keptAnswer = model.keptAnswer.bind(model);
    let served = 0;
    model.keptAnswer = (key) => {
      const kept = keptAnswer(key);
      if (kept) served++;
      return kept;
    };
    try {
      const url = getUrl(t.baseUrl, LESSON, { slug: 'bai-ba' });
      // Asked as the web client asks (it prefers the GraphQL response type).
      const ACCEPT = { accept: 'application/graphql-response+json, application/json' };
      const read = async (init: { headers: Record<string, string> }) => {
        const res = await fetch(url, { headers: { ...ACCEPT, ...init.headers } });
        return { status: res.status, headers: Object.fromEntries(res.headers), text: await res.text() };
      };
      const first = await read({ headers: { ...CSRF, 'accept-encoding': 'br' } });
      // Kept answers are encoded off the request path: wait until one is served from them.
      let again = await read({ headers: { ...CSRF, 'accept-encoding': 'br' } });
      for (let i = 0; i < 50 && served === 0; i++) again = await read({ headers: { ...CSRF, 'accept-encoding': 'br' } });
      expect(served).toBeGreaterThan(0);
      expect(again.text).toBe(first.text);
      expect(JSON.parse(again.text).data.lesson.title.vi).toBe('Bài ba');
      for (const header of ['etag', 'cache-control', 'content-type']) expect(again.headers[header]).toBe(first.headers[header]);
      expect(again.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
      expect(again.headers['content-encoding']).toBe('br');
      const held = await read({ headers: { ...CSRF, 'if-none-match': first.headers.etag ?? '' } });
      expect(held.status).toBe(304);
      expect(held.text).toBe('');
      // By POST: the same answer, and never public.
      const before = served;
      const post = await t.gql<{ lesson: { title: { vi: string } } }>(LESSON, { slug: 'bai-ba' });
      const post2 = await t.gql<{ lesson: { title: { vi: string } } }>(LESSON, { slug: 'bai-ba' });
      expect(post2.data?.lesson.title.vi).toBe('Bài ba');
      expect(post.headers.get('cache-control')).toBe('private, no-store');
      expect(post2.headers.get('cache-control')).toBe('private, no-store');
      expect(served).toBeGreaterThan(before);
      // A GET without the CSRF header is refused as GraphQL refuses it, kept answer or not.
      const bare = await fetch(url);
      expect(bare.status).toBe(400);
      // `{ __typename }` is not content: it stays GraphQL's, every time.
      const count = served;
      for (let i = 0; i < 3; i++) await t.gql('{ __typename }');
      expect(served).toBe(count);
    } finally {
      model.keptAnswer = keptAnswer;
    }
  });

  it('serves the precompressed copy of a built asset that the browser accepts, cached as immutable', async () => {
    const url = `${t.baseUrl}/assets/index-abc123.js`;
    const res = await fetch(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const raw = await rawBody(url, 'br');
    expect(brotliDecompressSync(raw).toString()).toBe(web.script);
    const gz = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toBe(web.script);
    const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(web.script);
  });

  it('serves the service worker and the manifest revalidated (no-cache), so a new release is seen at once', async () => {
    const sw = await fetch(`${t.baseUrl}/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('content-type')).toMatch(/javascript/);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    const manifest = await fetch(`${t.baseUrl}/manifest.webmanifest`, { headers: { accept: 'text/html,*/*' } });
    expect(manifest.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    expect(await manifest.json()).toEqual({ name: 'Lan Tỏa', display: 'standalone' });
  });

  it('answers a missing chunk or file with 404, never with the web page a browser would run as a broken script', async () => {
    const page = { headers: { accept: 'text/html,application/xhtml+xml,*/*' } };
    for (const path of ['/assets/LessonPage-old123.js', '/assets/gone.css', '/workbox-old.js', '/icons/none.png']) {
      const res = await fetch(`${t.baseUrl}${path}`, page);
      expect({ path, status: res.status, html: (await res.text()).includes('Đang tải Lan Tỏa…') }).toEqual({
        path,
        status: 404,
        html: false,
      });
    }
    expect(await (await fetch(`${t.baseUrl}/courses/khoa-hoc-thu/lessons/bai-mot`, page)).text()).toContain('Đang tải Lan Tỏa…');
  });

  it("never answers the API's own routes with the web page, even for a browser's navigation", async () => {
    const page = { headers: { accept: 'text/html,application/xhtml+xml' } };
    expect(await (await fetch(`${t.baseUrl}/some/page`, page)).text()).toContain('Đang tải Lan Tỏa…');
    for (const path of ['/reports/completion.csv?scopeCode=VN', '/certificates/LT-2026-01-000001.pdf', '/.well-known/jwks.json']) {
      const res = await fetch(`${t.baseUrl}${path}`, page);
      expect({ path, html: (await res.text()).includes('Đang tải Lan Tỏa…') }).toEqual({ path, html: false });
    }
    // A POST never looks for a file: it reaches GraphQL even where a file of that name could exist.
    const post = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

/** The bytes as sent (fetch would decode them). */
async function rawBody(url: string, encoding: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}
