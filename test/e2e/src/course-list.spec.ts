import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhonePage } from './support/browser.js';
import { postgresStillRunning, startServer, type RunningServer } from './support/server.js';

describe('a learner opens Lan Tỏa in a real browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (server && postgresStillRunning(server.dataDir)) await server.stop();
  });

  it('sees the course list served from the database, on a 360 px phone', async () => {
    const { context, page, blocked } = await openPhonePage(browser);
    await page.goto(server.baseUrl);
    const heading = page.getByRole('heading', { name: 'Phổ cập kỹ năng số cộng đồng' });
    await heading.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Các khóa học');
    expect(await page.locator('.card__meta').first().textContent()).toMatch(/6 học phần · \d+ bài học/);
    // Nothing wider than the phone: no horizontal scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    mkdirSync('.test-results', { recursive: true });
    await page.screenshot({ path: '.test-results/course-list-360.png', fullPage: true });
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('gets compressed, cacheable files: brotli scripts, content read by GET and cacheable, an inline first paint', async () => {
    const { context, page } = await openPhonePage(browser);
    const scripts: { url: string; encoding: string | undefined; cache: string | undefined }[] = [];
    const content: { method: string; status: number; cache: string | undefined }[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      const headers = response.headers();
      if (url.pathname.endsWith('.js'))
        scripts.push({ url: url.pathname, encoding: headers['content-encoding'], cache: headers['cache-control'] });
      if (url.pathname === '/graphql' && url.searchParams.get('query')?.includes('courses')) {
        content.push({ method: response.request().method(), status: response.status(), cache: headers['cache-control'] });
      }
    });
    await page.goto(server.baseUrl);
    await page.getByRole('heading', { name: 'Phổ cập kỹ năng số cộng đồng' }).waitFor();
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script).toEqual({ url: script.url, encoding: 'br', cache: 'public, max-age=31536000, immutable' });
    }
    expect(content[0]).toEqual({ method: 'GET', status: 200, cache: expect.stringMatching(/^public, max-age=\d+/) });

    // The HTML itself paints the header and a message before any script runs.
    const html = await (await fetch(server.baseUrl, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('Đang tải Lan Tỏa…');
    const robots = await fetch(`${server.baseUrl}/robots.txt`);
    expect(robots.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await robots.text()).toMatch(/^User-agent: \*/);
    const favicon = await fetch(`${server.baseUrl}/favicon.ico`, { headers: { accept: 'image/avif,image/webp,*/*' } });
    expect(favicon.headers.get('content-type')).toMatch(/^image\//);
    expect((await fetch(`${server.baseUrl}/no-such-file.png`, { headers: { accept: '*/*' } })).status).toBe(404);
    await context.close();
  });

  it('stops cleanly on Ctrl-C, leaving no PostgreSQL behind', async () => {
    const code = await server.stop();
    expect(code).toBe(0);
    expect(postgresStillRunning(server.dataDir)).toBe(false);
  });
});
