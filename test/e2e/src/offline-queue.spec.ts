import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, openPhonePage } from './support/browser.js';
import { queuedEvents, waitForQueued } from './support/progress-queue.js';
import { startServer, type RunningServer } from './support/server.js';

/*
 * The progress queue shared by two tabs (two pages of one browser context: one IndexedDB, one service worker), and
 * the move of a queue an earlier release left in localStorage. "Exactly once" is checked twice: in what the browser
 * sent (each event in one syncProgress request only, so the tabs never sent the same event both) and in the API
 * (the learner's progress).
 */

const COURSE_SLUG = 'pho-cap-ky-nang-so-cong-dong';
const COURSE = `/courses/${COURSE_SLUG}`;
const PASSWORD = 'mat-khau-hai-the';

async function graphql<T>(server: RunningServer, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A new learner, signed up through the API; returns their id and a token for reading their progress. */
async function newLearner(server: RunningServer, phone: string, fullName: string) {
  const { searchAdminUnits } = await graphql<{ searchAdminUnits: { code: string }[] }>(
    server,
    'query ($text: String!) { searchAdminUnits(text: $text, limit: 1) { code } }',
    { text: 'Ba Đình' },
  );
  const { signUp } = await graphql<{ signUp: { accessToken: string; user: { id: string } } }>(
    server,
    'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }',
    { input: { phone, password: PASSWORD, fullName, communeCode: searchAdminUnits[0]!.code } },
  );
  return { id: signUp.user.id, token: signUp.accessToken };
}

async function progressOf(server: RunningServer, token: string) {
  const { myProgress } = await graphql<{ myProgress: { modules: { lessonsDone: number; lessonsTotal: number }[] } }>(
    server,
    `query { myProgress(courseSlug: "${COURSE_SLUG}") { modules { lessonsDone lessonsTotal } } }`,
    {},
    token,
  );
  return myProgress.modules;
}

async function signIn(page: Page, server: RunningServer, phone: string) {
  await page.goto(`${server.baseUrl}/dang-nhap`);
  await page.getByLabel('Số điện thoại').fill(phone);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.getByRole('link', { name: /^Tài khoản/ }).waitFor();
}

/**
 * Every syncProgress request the API answered, as the client ids it answered for (from either tab). A request
 * refused before it was read (no token yet on a page opened offline: UNAUTHENTICATED, then sent again with a
 * renewed token) carries no answers and is not counted.
 */
function recordSyncRequests(context: BrowserContext): { clientEventId: string; status: string }[][] {
  const answered: { clientEventId: string; status: string }[][] = [];
  context.on('requestfinished', (request) => {
    if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return;
    const body = request.postDataJSON() as { query?: string } | null;
    if (!body?.query?.includes('SyncProgress')) return;
    void request
      .response()
      .then((response) => response?.json() as Promise<{ data?: { syncProgress: { clientEventId: string; status: string }[] } }>)
      .then((json) => {
        if (json?.data) answered.push(json.data.syncProgress.map(({ clientEventId, status }) => ({ clientEventId, status })));
      });
  });
  return answered;
}

const idsOf = (answered: { clientEventId: string }[][]) => answered.flat().map((a) => a.clientEventId);

/** A slow network for syncProgress (1 s each way): long enough for the other tab to try sending meanwhile. */
async function slowSync(context: BrowserContext) {
  await context.route('**/graphql', async (route) => {
    const request = route.request();
    if (request.method() === 'POST' && (request.postData() ?? '').includes('SyncProgress')) {
      await new Promise((r) => setTimeout(r, 1_000));
    }
    await route.fallback();
  });
}

/** Waits for a condition the test itself can see (requests recorded), polling. */
async function until(condition: () => boolean, what: string, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Unfolds a module of the outline (an accordion) when it is folded. */
async function unfold(module: Locator) {
  const toggle = module.locator('.module__toggle');
  const lesson = module.locator('.lesson-list a').first();
  for (let i = 0; i < 20 && !(await lesson.isVisible()); i++) {
    if (i % 5 === 4 && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    else await new Promise((r) => setTimeout(r, 250));
  }
}

/** Chromium under Playwright can keep navigator.onLine true on a page opened while emulated offline (see offline-study). */
async function backOnline(context: BrowserContext, pages: Page[]) {
  const before = await Promise.all(pages.map((p) => p.evaluate(() => navigator.onLine)));
  await context.setOffline(false);
  await Promise.all(pages.map((page, i) => before[i] && page.evaluate(() => window.dispatchEvent(new Event('online')))));
}

describe('the progress queue on a phone', () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('two tabs study offline, then the network returns: every event is sent once, by one tab, and lands once', async () => {
    const learner = await newLearner(server, '0912000333', 'Hà Thị Hai Thẻ');
    const { context, page: first, blocked } = await openPhonePage(browser);
    const sent = recordSyncRequests(context);
    try {
      await signIn(first, server, '0912000333');
      await first.goto(`${server.baseUrl}${COURSE}`);
      const module1 = first.locator('.module').first();
      await module1.locator('.module__toggle').waitFor();
      await unfold(module1);
      const links = module1.locator('.lesson-list a');
      await links.first().waitFor();
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThanOrEqual(3);
      await first.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 30_000 });
      await module1.getByRole('button', { name: /^Tải về để học khi không có mạng/ }).click();
      await module1.getByText(/^✓ Đã tải về/).waitFor({ timeout: 60_000 });

      // A second tab of the same browser, then no network for either.
      const second = await context.newPage();
      await second.goto(`${server.baseUrl}${COURSE}`);
      await second.locator('.module__toggle').first().waitFor();
      await context.setOffline(true);

      // The first tab marks lesson 1 (and moves on to lesson 2); the second marks lesson 2 and the rest.
      await first.goto(`${server.baseUrl}${hrefs[0]}`);
      await first.getByRole('button', { name: /^Đã học xong/ }).click();
      await first.waitForURL((url) => url.pathname === hrefs[1]);
      await second.goto(`${server.baseUrl}${hrefs[1]}`);
      for (let i = 1; i < hrefs.length; i++) {
        await second.waitForURL((url) => url.pathname === hrefs[i]);
        await second.getByRole('button', { name: /^Đã học xong/ }).click();
      }
      await waitForQueued(first, hrefs.length);
      const queued = (await queuedEvents(first)).map((e) => e.clientEventId).sort();
      expect(new Set(queued).size).toBe(hrefs.length);

      // Each tab sees the other's work: lesson 2, open in the first tab, is done there too; both count every event.
      await first.locator('.lesson-done__check').waitFor();
      for (const page of [first, second]) {
        await page.locator('.connection', { hasText: `Chờ gửi ${hrefs.length} việc` }).waitFor();
      }
      expect(sent).toEqual([]);

      await slowSync(context);
      await backOnline(context, [first, second]);
      await until(() => sent.flat().length >= queued.length, 'the queued events to be answered');
      for (const page of [first, second]) await page.locator('[data-connection="sent"]').waitFor({ timeout: 30_000 });
      await waitForQueued(first, 0);

      // Sent once: every queued event is in exactly one request, whichever tab sent it, and the API took each then
      // (a DUPLICATE would mean it had it already: sent twice).
      expect(idsOf(sent).sort()).toEqual(queued);
      expect(sent.flat().every((a) => a.status === 'APPLIED')).toBe(true);
      // And landed once.
      const [module1Progress] = await progressOf(server, learner.token);
      expect(module1Progress).toEqual({ lessonsDone: hrefs.length, lessonsTotal: hrefs.length });
      expect(blocked).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);

  it('moves a queue that the last release kept in localStorage into IndexedDB, and sends it once', async () => {
    const learner = await newLearner(server, '0912000444', 'Vi Văn Cũ');
    const { lessonIds } = await graphql<{ course: { modules: { lessons: { id: string }[] }[] } }>(
      server,
      `query { course(slug: "${COURSE_SLUG}") { modules { lessons { id } } } }`,
    ).then(({ course }) => ({ lessonIds: course.modules[1]!.lessons.map((l) => l.id).slice(0, 2) }));
    const { context, page, blocked } = await openPhonePage(browser);
    const sent = recordSyncRequests(context);
    try {
      await signIn(page, server, '0912000444');
      await page.goto(`${server.baseUrl}${COURSE}`);
      await page.locator('.module__toggle').first().waitFor();

      // What the last release left: its queue in localStorage, written while the phone was offline.
      const legacy = lessonIds.map((lessonId, i) => ({
        clientEventId: `0f0e0d0c-0b0a-4000-8000-00000000000${i}`,
        kind: 'LESSON_COMPLETED',
        lessonId,
        occurredAt: new Date(Date.now() - 3_600_000 + i * 60_000).toISOString(),
        userId: learner.id,
        anonymous: false,
      }));
      await page.evaluate((events) => localStorage.setItem('lantoa.progress.queue', JSON.stringify(events)), legacy);

      // The new release starts: it moves the queue over and sends it.
      await page.reload();
      await until(() => sent.flat().length >= legacy.length, 'the moved events to be answered');
      await page.locator('[data-connection="sent"]').waitFor({ timeout: 30_000 });
      await waitForQueued(page, 0);
      expect(await page.evaluate(() => localStorage.getItem('lantoa.progress.queue'))).toBeNull();
      expect(idsOf(sent).sort()).toEqual(legacy.map((e) => e.clientEventId).sort());
      expect(sent.flat().every((a) => a.status === 'APPLIED')).toBe(true);
      const modules = await progressOf(server, learner.token);
      expect(modules[1]!.lessonsDone).toBe(2);

      // Reloaded again, nothing is moved or sent a second time.
      await page.reload();
      await page.locator('[data-connection="sent"]').waitFor({ timeout: 30_000 });
      expect(sent.flat()).toHaveLength(legacy.length);
      expect(blocked).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);
});
