import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhonePage } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

const COURSE = '/courses/pho-cap-ky-nang-so-cong-dong';

describe('a learner reads the course on a phone', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sees all six modules and every lesson in the outline, as the API lists them', async () => {
    const res = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ course(slug: "pho-cap-ky-nang-so-cong-dong") { modules { lessons { slug } } } }' }),
    });
    const api = (await res.json()) as { data: { course: { modules: { lessons: { slug: string }[] }[] } } };
    const expected = api.data.course.modules.flatMap((m) => m.lessons.map((l) => `${COURSE}/lessons/${l.slug}`));

    const { context, page, blocked } = await openPhonePage(browser);
    await page.goto(`${server.baseUrl}${COURSE}`);
    await page.getByRole('heading', { level: 1, name: 'Phổ cập kỹ năng số cộng đồng' }).waitFor();
    expect(await page.locator('.module').count()).toBe(6);
    const hrefs = await page.locator('.lesson-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expected);
    expect(expected.length).toBeGreaterThanOrEqual(24);
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('reads a lesson at 200% text size without sideways scrolling, and moves on with "next"', async () => {
    const { context, page, blocked } = await openPhonePage(browser);
    await page.goto(`${server.baseUrl}${COURSE}`);
    await page.getByRole('button', { name: 'Menu' }).click();
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Chữ lớn hơn' }).click();
    expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('200%');

    await page.getByRole('link', { name: 'Bắt đầu học' }).click();
    const title = page.locator('#lesson-title');
    await title.waitFor();
    const firstTitle = await title.textContent();
    expect(await page.locator('.prose li').count()).toBeGreaterThan(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.getByRole('button', { name: /^Đã học xong – sang bài tiếp/ }).click();
    // The next lesson is loaded when a title other than the first one is on screen (not merely the loading state).
    await page.waitForFunction((t) => {
      const text = document.querySelector('#lesson-title')?.textContent;
      return !!text && text !== t;
    }, firstTitle);
    await page.getByRole('link', { name: /^← Bài trước/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(blocked).toEqual([]);
    await context.close();
  });

  it("shows Hà Nội's module 6 as the national lessons plus Hà Nội's own, and reads on from one to the other", async () => {
    const { context, page, blocked } = await openPhonePage(browser);
    await page.goto(`${server.baseUrl}${COURSE}`);
    await page.getByRole('heading', { level: 1, name: 'Phổ cập kỹ năng số cộng đồng' }).waitFor();
    const national = await page
      .locator('.module')
      .last()
      .locator('.lesson-list a')
      .evaluateAll((l) => l.map((a) => a.getAttribute('href')));
    // Module 6 is folded for a newcomer (module 1 is open): unfold it to see its local variants.
    await page.locator('.module').last().locator('.module__toggle').click();
    await page.locator('.module__variants a', { hasText: 'Hà Nội' }).click();
    await page.getByText('Đang xem các bài chung và các bài riêng của địa phương.').waitFor();
    const hanoi = await page
      .locator('.module')
      .last()
      .locator('.lesson-list a')
      .evaluateAll((l) => l.map((a) => a.getAttribute('href')));
    // Every national lesson is still there, in order, followed by the iHanoi lessons.
    expect(national.length).toBeGreaterThanOrEqual(5);
    expect(hanoi.slice(0, national.length)).toEqual(national.map((href) => `${href}?tinh=01`));
    const added = hanoi.slice(national.length);
    expect(added.length).toBeGreaterThanOrEqual(3);
    expect(added.every((href) => href?.includes('ihanoi') && href.endsWith('?tinh=01'))).toBe(true);

    // The last national lesson leads on to the first iHanoi lesson.
    await page.goto(`${server.baseUrl}${hanoi[national.length - 1]}`);
    await page.getByRole('button', { name: /^Đã học xong – sang bài tiếp/ }).click();
    await page.waitForURL((url) => url.pathname.endsWith(added[0]!.split('?')[0]!.split('/').pop()!));
    await page.locator('#lesson-title').waitFor();

    await page.goto(`${server.baseUrl}${added[2]}`);
    const image = page.locator('.prose img').first();
    await image.waitFor();
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await image.getAttribute('alt')).toBeTruthy();
    expect(blocked).toEqual([]);
    await context.close();
  });
});
