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

  it('stops cleanly on Ctrl-C, leaving no PostgreSQL behind', async () => {
    const code = await server.stop();
    expect(code).toBe(0);
    expect(postgresStillRunning(server.dataDir)).toBe(false);
  });
});
