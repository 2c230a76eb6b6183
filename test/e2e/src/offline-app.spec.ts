import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPhonePage } from './support/browser.js';
import { freePort, startServer, type RunningServer } from './support/server.js';

const COURSE = '/courses/pho-cap-ky-nang-so-cong-dong';
const builtWeb = fileURLToPath(new URL('../../../apps/web/dist/', import.meta.url));

/** A copy of the built web client that a test may change (a deploy, a lost file) without touching the build. */
function copyOfWeb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-web-'));
  cpSync(builtWeb, dir, { recursive: true });
  return dir;
}

/** Every form of a built file (the file, its .br, .gz and .map), removed as a deploy that no longer has it would. */
function removeBuilt(dir: string, prefix: string): string {
  const files = readdirSync(join(dir, 'assets')).filter((f) => f.startsWith(prefix));
  const chunk = files.find((f) => f.endsWith('.js'));
  if (!chunk) throw new Error(`no chunk ${prefix}* in ${dir}`);
  for (const f of files) rmSync(join(dir, 'assets', f));
  return chunk;
}

async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 30_000 });
}

describe('an installable app that works without a network', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has a manifest and a service worker; offline, a reload and a page never opened before still load', async () => {
    const port = await freePort();
    let server: RunningServer | null = await startServer({ port });
    const { context, page, blocked } = await openPhonePage(browser);
    try {
      await page.goto(`${server.baseUrl}/`);
      await page.getByRole('heading', { level: 1, name: 'Các khóa học' }).waitFor();
      const manifest = await page.evaluate(async () => {
        const href = document.querySelector('link[rel="manifest"]')?.getAttribute('href');
        const res = await fetch(href!);
        return { type: res.headers.get('content-type'), body: (await res.json()) as Record<string, unknown> };
      });
      expect(manifest.type).toMatch(/^application\/manifest\+json/);
      expect(manifest.body).toMatchObject({
        short_name: 'Lan Tỏa',
        lang: 'vi',
        display: 'standalone',
        theme_color: '#0b5d3b',
        start_url: '/',
      });
      const icons = manifest.body.icons as { sizes: string; type: string; purpose: string }[];
      expect(icons.map((i) => `${i.sizes} ${i.type} ${i.purpose}`)).toEqual([
        '192x192 image/png any',
        '512x512 image/png any',
        '512x512 image/png maskable',
      ]);
      await waitForServiceWorker(page);

      // No network at all: the phone is offline and the server is gone.
      await context.setOffline(true);
      await page.locator('[data-connection="offline"]', { hasText: 'Mất mạng' }).waitFor();
      await server.stop();
      server = null;
      await page.reload();
      await page.locator('.app-header .brand', { hasText: 'Lan Tỏa' }).waitFor();
      // A page whose code this tab never loaded (a quiz): its chunk comes from the phone.
      await page.goto(`http://127.0.0.1:${port}${COURSE}/quiz/any`);
      await page.getByRole('heading', { name: 'Đăng nhập để làm bài kiểm tra' }).waitFor();
      expect(blocked).toEqual([]);
    } finally {
      await context.close();
      await server?.stop();
    }
  });

  it('never shows a white page when a page’s code cannot be fetched, and opens it once the network is back', async () => {
    const web = copyOfWeb();
    const server = await startServer({ env: { LANTOA_WEB_DIR: web } });
    // Without the service worker (an old phone, or before it installed): the chunk must come from the network.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN', serviceWorkers: 'block' });
    const page = await context.newPage();
    try {
      // A release removed a chunk the open page still names: it reloads once, then says so under the header.
      const lost = removeBuilt(web, 'TeamsPage-');
      await page.goto(`${server.baseUrl}/to`);
      await page.getByRole('alert').filter({ hasText: 'Chưa mở được trang này' }).waitFor();
      expect(await page.locator('.app-header .brand').textContent()).toBe('Lan Tỏa');
      expect(lost).toMatch(/\.js$/);

      // Offline, a page not opened yet: a message at once, and the page itself when the network returns.
      await page.goto(`${server.baseUrl}/`);
      await page.getByRole('heading', { level: 1, name: 'Các khóa học' }).waitFor();
      await context.setOffline(true);
      await page.getByRole('link', { name: 'Phổ cập kỹ năng số cộng đồng' }).click();
      await page.getByRole('alert').filter({ hasText: 'Chưa mở được trang này' }).waitFor({ timeout: 5_000 });
      expect(await page.locator('.app-header .brand').isVisible()).toBe(true);
      await context.setOffline(false);
      await page.getByRole('heading', { level: 1, name: 'Phổ cập kỹ năng số cộng đồng' }).waitFor();
    } finally {
      await context.close();
      await server.stop();
      rmSync(web, { recursive: true, force: true });
    }
  });

  it('takes up a new release cleanly: the open app keeps its own files, then "Cập nhật" switches to the new one', async () => {
    const web = copyOfWeb();
    const server = await startServer({ env: { LANTOA_WEB_DIR: web } });
    const { context, page } = await openPhonePage(browser);
    try {
      await page.goto(`${server.baseUrl}/`);
      await page.getByRole('heading', { level: 1, name: 'Các khóa học' }).waitFor();
      await waitForServiceWorker(page);

      // The deploy: a new index.html (and so a new service worker), and a chunk of the old release gone from the server.
      const index = readFileSync(join(web, 'index.html'), 'utf8').replace(
        '<head>',
        '<head>\n    <meta name="lantoa-release" content="2" />',
      );
      writeFileSync(join(web, 'index.html'), index);
      writeFileSync(join(web, 'index.html.br'), brotliCompressSync(index));
      writeFileSync(join(web, 'index.html.gz'), gzipSync(index));
      const sw = readFileSync(join(web, 'sw.js'), 'utf8');
      const next = sw.replace(/\{url:"index\.html",revision:"\w+"\}/, '{url:"index.html",revision:"release-2"}');
      expect(next).not.toBe(sw);
      const gone = removeBuilt(web, 'CourseOverviewPage-');
      writeFileSync(
        join(web, 'sw.js'),
        next.replace(new RegExp(`\\{url:"assets/${gone.replace(/[.-]/g, '\\$&')}",revision:null\\},?`), ''),
      );

      // The open app still opens a page of its own release (the chunk is on the phone).
      await page.getByRole('link', { name: 'Phổ cập kỹ năng số cộng đồng' }).click();
      await page.getByRole('heading', { level: 1, name: 'Phổ cập kỹ năng số cộng đồng' }).waitFor();

      // It finds the new version, offers it, and switches only when asked.
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await page
        .getByRole('alert')
        .filter({ hasText: 'Có bản mới' })
        .waitFor({ timeout: 30_000 })
        .catch(async (e: unknown) => {
          const state = await page.evaluate(async () => {
            const r = await navigator.serviceWorker.getRegistration();
            return { waiting: r?.waiting?.state, installing: r?.installing?.state, header: document.querySelector('header')?.textContent };
          });
          throw new Error(`${String(e)} ${JSON.stringify(state)}`);
        });
      expect(await page.locator('meta[name="lantoa-release"]').count()).toBe(0);
      await page.getByRole('button', { name: 'Cập nhật' }).click();
      await page.waitForFunction(() => document.querySelector('meta[name="lantoa-release"]')?.getAttribute('content') === '2', undefined, {
        timeout: 30_000,
      });
      await page.locator('.app-header .brand', { hasText: 'Lan Tỏa' }).waitFor();
    } finally {
      await context.close();
      await server.stop();
      rmSync(web, { recursive: true, force: true });
    }
  });
});
