import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { parse } from 'yaml';
import { launchBrowser, openPhonePage } from './support/browser.js';
import { waitForQueued } from './support/progress-queue.js';
import { freePort, startServer, type RunningServer } from './support/server.js';

const COURSE = '/courses/pho-cap-ky-nang-so-cong-dong';
const QUIZ_FILE = new URL('../../../courses/pho-cap-ky-nang-so-cong-dong/01-dich-vu-cong-truc-tuyen/quiz.yaml', import.meta.url);
const quizFile = parse(readFileSync(QUIZ_FILE, 'utf8')) as { questions: { slug: string; options: { id: string; correct: boolean }[] }[] };
/** The right answers come from the course file, as the API grades them. */
const rightAnswers = (slug: string) =>
  quizFile.questions
    .find((q) => q.slug === slug)!
    .options.filter((o) => o.correct)
    .map((o) => o.id);

const PHONE = '0912000222';
const PASSWORD = 'mat-khau-ngoai-tuyen';

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

async function takeQuiz(page: Page) {
  const total = quizFile.questions.length;
  for (let n = 1; n <= total; n++) {
    await page.getByRole('heading', { name: `Câu ${n}/${total}`, exact: true }).waitFor();
    const name = (await page.locator('.question input').first().getAttribute('name'))!;
    for (const id of rightAnswers(name.replace(/^question-/, ''))) {
      await page.locator('label.choice', { has: page.locator(`input[name="${name}"][value="${id}"]`) }).click();
    }
    await page.getByRole('button', { name: n < total ? 'Câu sau →' : 'Nộp bài', exact: true }).click();
  }
}

/** Unfolds a module of the outline (an accordion) when it is folded. */
async function unfold(module: Locator) {
  const toggle = module.locator('.module__toggle');
  const lesson = module.locator('.lesson-list a').first();
  // The module the learner is in opens by itself once their progress is known: wait for that, else open it.
  for (let i = 0; i < 20 && !(await lesson.isVisible()); i++) {
    if (i % 5 === 4 && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    else await new Promise((r) => setTimeout(r, 250));
  }
}

describe('studying a downloaded module with no network', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('downloads module 1, reloads offline, reads and marks every lesson, takes the quiz; online, all lands once', async () => {
    const port = await freePort();
    let server: RunningServer | null = await startServer({ port });
    const dataDir = server.dataDir;
    const { context, page, blocked } = await openPhonePage(browser);
    try {
      const { searchAdminUnits } = await graphql<{ searchAdminUnits: { code: string }[] }>(
        server,
        'query ($text: String!) { searchAdminUnits(text: $text, limit: 1) { code } }',
        { text: 'Ba Đình' },
      );
      await graphql(server, 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
        input: { phone: PHONE, password: PASSWORD, fullName: 'Lò Thị Ngoại Tuyến', communeCode: searchAdminUnits[0]!.code },
      });
      await page.goto(`${server.baseUrl}/dang-nhap`);
      await page.getByLabel('Số điện thoại').fill(PHONE);
      await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
      await page.getByRole('link', { name: /^Tài khoản/ }).waitFor();
      await page.goto(`${server.baseUrl}${COURSE}`);
      const module1 = page.locator('.module').first();
      await module1.locator('.module__toggle').waitFor();
      await unfold(module1);
      await module1.locator('.lesson-list a').first().waitFor();
      const lessons = await module1.locator('.lesson-list a').evaluateAll((links) => links.map((a) => a.textContent!.trim()));
      expect(lessons.length).toBeGreaterThanOrEqual(3);
      await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 30_000 });

      // The size before, a progress bar while it downloads, then the mark.
      const download = module1.getByRole('button', { name: /^Tải về để học khi không có mạng \(khoảng \d+ KB\)$/ });
      const announced = Number(/khoảng (\d+) KB/.exec((await download.textContent())!)![1]);
      expect(announced).toBeGreaterThan(10);
      await download.click();
      await module1.getByText(/^✓ Đã tải về \(\d+ KB\)$/).waitFor({ timeout: 60_000 });
      const stored = Number(/\((\d+) KB\)/.exec((await module1.locator('.offline-download__done').textContent())!)![1]);
      expect(stored).toBeGreaterThan(announced / 2);
      expect(stored).toBeLessThan(announced * 2);
      expect(await page.evaluate(() => navigator.storage.persisted())).toBeDefined();

      // No network: the phone is offline and the server is gone. A reload still opens the course.
      await context.setOffline(true);
      await server.stop();
      server = null;
      await page.reload();
      await module1.locator('.module__toggle').waitFor();
      await unfold(module1);
      await module1.getByText(/^✓ Đã tải về/).waitFor();

      // A lesson that was not downloaded says so within 2 seconds, and points to what is on the phone.
      const module2 = page.locator('.module').nth(1);
      await unfold(module2);
      const started = Date.now();
      await module2.locator('.lesson-list a').first().click();
      await page.getByRole('alert').filter({ hasText: 'Bài này chưa được tải về' }).waitFor({ timeout: 2_000 });
      expect(Date.now() - started).toBeLessThan(2_000);
      await page.getByRole('link', { name: 'Xem các bài đã tải về' }).click();
      await module1.locator('.module__toggle').waitFor();
      await unfold(module1);

      // Every lesson of module 1 opens from the phone and is marked as done (queued), the last one leading to the quiz.
      await module1.getByRole('link', { name: lessons[0]! }).click();
      for (const title of lessons) {
        await page.locator('#lesson-title', { hasText: title }).waitFor({ timeout: 5_000 });
        await page.getByRole('button', { name: /^Đã học xong/ }).click();
      }

      // The quiz, downloaded with the module (questions only), taken offline: saved, graded later.
      await waitForQueued(page, lessons.length);
      await page.goto(`http://127.0.0.1:${port}${COURSE}`);
      await module1.locator('.module__toggle').waitFor();
      await unfold(module1);
      expect(await module1.locator('.lesson-list__item--done').count()).toBe(lessons.length);
      await module1.getByRole('link', { name: 'Làm bài kiểm tra học phần 1' }).click();
      await takeQuiz(page);
      await page.locator('.quiz-notice', { hasText: 'Bài làm đã lưu, sẽ chấm khi có mạng.' }).waitFor();

      // The network comes back: the queue goes out, and the quiz's result and review appear.
      server = await startServer({ port, dataDir });
      const onLineBefore = await page.evaluate(() => navigator.onLine);
      await context.setOffline(false);
      // Chromium under Playwright keeps navigator.onLine true on a page reloaded while emulated offline, so it never
      // fires the 'online' event a phone fires when its signal returns: fire it here in that case only.
      if (onLineBefore) await page.evaluate(() => window.dispatchEvent(new Event('online')));
      await page.getByRole('heading', { name: 'Kết quả bài kiểm tra' }).waitFor({ timeout: 60_000 });
      await page.locator('.quiz-result__verdict', { hasText: 'Đạt!' }).waitFor();
      await page.locator('[data-connection="sent"]').waitFor({ timeout: 30_000 });

      // Every event landed exactly once.
      const { signIn } = await graphql<{ signIn: { accessToken: string } }>(
        server,
        'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
        { input: { phone: PHONE, password: PASSWORD } },
      );
      const { myProgress } = await graphql<{
        myProgress: { modules: { lessonsDone: number; lessonsTotal: number; quizAttempts: number; quizPassed: boolean }[] };
      }>(
        server,
        'query { myProgress(courseSlug: "pho-cap-ky-nang-so-cong-dong") { modules { lessonsDone lessonsTotal quizAttempts quizPassed } } }',
        {},
        signIn.accessToken,
      );
      expect(myProgress.modules[0]).toEqual({
        lessonsDone: lessons.length,
        lessonsTotal: lessons.length,
        quizAttempts: 1,
        quizPassed: true,
      });
      expect(blocked).toEqual([]);
    } finally {
      await context.close();
      await server?.stop();
    }
  }, 300_000);
});
