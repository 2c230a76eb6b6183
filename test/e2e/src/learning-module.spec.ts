import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { launchBrowser, openPhonePage } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

const COURSE = '/courses/pho-cap-ky-nang-so-cong-dong';
const QUIZ_FILE = new URL('../../../courses/pho-cap-ky-nang-so-cong-dong/01-dich-vu-cong-truc-tuyen/quiz.yaml', import.meta.url);

interface QuizFile {
  maxAttempts: number;
  questions: { slug: string; type: string; options: { id: string; correct: boolean }[] }[];
}

/** The right answers come from the course file, as the API grades them; nothing is written into the test. */
const quizFile = parse(readFileSync(QUIZ_FILE, 'utf8')) as QuizFile;
const rightAnswers = (slug: string) =>
  question(slug)
    .options.filter((o) => o.correct)
    .map((o) => o.id);
/** One wrong option alone is wrong for every kind of question (single, true/false, multiple). */
const wrongAnswers = (slug: string) => [question(slug).options.find((o) => !o.correct)!.id];
function question(slug: string) {
  const found = quizFile.questions.find((q) => q.slug === slug);
  if (!found) throw new Error(`question ${slug} is not in ${QUIZ_FILE.pathname}`);
  return found;
}

const PHONE = '0912000111';
const PASSWORD = 'mat-khau-hoc-vien';

async function graphql<T>(server: RunningServer, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The bar of one module (or the whole course) as screen readers get it. */
async function bar(page: Page, name: string) {
  const el = page.getByRole('progressbar', { name, exact: true });
  await el.waitFor();
  const [now, max] = await Promise.all([el.getAttribute('aria-valuenow'), el.getAttribute('aria-valuemax')]);
  return { now: Number(now), max: Number(max), text: await el.getAttribute('aria-valuetext') };
}

async function lessonTitle(page: Page): Promise<string> {
  const title = page.locator('#lesson-title');
  await title.waitFor();
  return (await title.textContent()) ?? '';
}

/** Waits for a lesson other than `previous` to be on screen (not merely the loading state). */
async function nextLessonTitle(page: Page, previous: string): Promise<string> {
  await page.waitForFunction((t) => {
    const text = document.querySelector('#lesson-title')?.textContent;
    return !!text && text !== t;
  }, previous);
  return lessonTitle(page);
}

/** Answers every question, one screen at a time, then hands the quiz in. */
async function takeQuiz(page: Page, answers: (slug: string) => string[]) {
  const total = quizFile.questions.length;
  for (let n = 1; n <= total; n++) {
    await page.getByRole('heading', { name: `Câu ${n}/${total}`, exact: true }).waitFor();
    const name = await page.locator('.question input').first().getAttribute('name');
    const slug = name!.replace(/^question-/, '');
    for (const id of answers(slug)) {
      // The whole row is the target: press on the words, not the small circle.
      await page.locator('label.choice', { has: page.locator(`input[name="${name}"][value="${id}"]`) }).click();
      expect(await page.locator(`input[name="${name}"][value="${id}"]`).isChecked()).toBe(true);
    }
    await page.getByRole('button', { name: n < total ? 'Câu sau →' : 'Nộp bài', exact: true }).click();
  }
  await page.getByRole('heading', { name: 'Kết quả bài kiểm tra' }).waitFor();
}

describe('a learner completes a module on a phone', () => {
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

  it('reads every lesson of module 1, fails the quiz once, retries and passes it, and the course shows it', async () => {
    // The learner's account, made through the API (sign-up through the form is covered by the web tests).
    const { searchAdminUnits } = await graphql<{ searchAdminUnits: { code: string }[] }>(
      server,
      'query ($text: String!) { searchAdminUnits(text: $text, limit: 1) { code } }',
      { text: 'Ba Đình' },
    );
    await graphql(server, 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      input: { phone: PHONE, password: PASSWORD, fullName: 'Nguyễn Thị Học', communeCode: searchAdminUnits[0]!.code },
    });

    const { context, page, blocked } = await openPhonePage(browser);
    await page.goto(`${server.baseUrl}${COURSE}`);
    const module1 = page.locator('.module').first();
    await module1.waitFor();
    const lessonCount = await module1.locator('.lesson-list a').count();
    expect(lessonCount).toBeGreaterThanOrEqual(3);

    // Not signed in yet: "Đã học xong – sang bài tiếp" keeps the first lesson on the phone and opens the second,
    // which says so and invites the visitor to sign up.
    await module1.locator('.lesson-list a').first().click();
    let title = await lessonTitle(page);
    expect(await page.getByRole('link', { name: /^Bài tiếp theo/ }).count()).toBe(0); // one action, not two
    await page.getByRole('button', { name: /^Đã học xong – sang bài tiếp/ }).click();
    title = await nextLessonTitle(page, title);
    await page.locator('.lesson-done [role="status"]', { hasText: 'Đã lưu trên máy này.' }).waitFor();
    await page.locator('.lesson-done').getByRole('link', { name: 'Đăng nhập', exact: true }).click();
    await page.getByLabel('Số điện thoại').fill(PHONE);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();

    // Back on lesson 2, signed in: the lesson done before went to the account through syncProgress.
    await page.getByRole('link', { name: /^Tài khoản/ }).waitFor();
    await page.locator('#lesson-title', { hasText: title }).waitFor();
    await page.getByRole('link', { name: /Về mục lục khóa học/ }).click();
    await page.waitForFunction(() => document.querySelector('[aria-label="Tiến độ học phần 1"]')?.getAttribute('aria-valuenow') === '1');
    // The module bar counts the lesson as soon as it is synced; the course percent comes with the refetched
    // progress a moment later (one lesson of ~50 items is 2%), so wait for it rather than read it at once.
    await page.waitForFunction(
      () => Number(document.querySelector('[aria-label="Tiến độ cả khóa học"]')?.getAttribute('aria-valuenow')) > 0,
    );
    const before = await bar(page, 'Tiến độ cả khóa học');
    expect(before.now).toBeGreaterThan(0);
    expect((await bar(page, 'Tiến độ học phần 1')).text).toBe(`1/${lessonCount} bài, bài kiểm tra: chưa làm`);

    // "Continue" opens lesson 2; "Đã học xong – sang bài tiếp" counts each lesson and opens the next, the last one
    // opens the quiz.
    await page.getByRole('link', { name: /^Tiếp tục bài đang học/ }).click();
    title = await lessonTitle(page);
    for (let n = 2; n < lessonCount; n++) {
      await page.getByRole('button', { name: /^Đã học xong – sang bài tiếp/ }).click();
      title = await nextLessonTitle(page, title);
      await page.locator('.lesson-done [role="status"]', { hasText: 'Đã lưu.' }).waitFor();
    }
    await page.getByRole('button', { name: /^Đã học xong – làm bài kiểm tra/ }).click();
    await page.waitForURL(/\/quiz\//);

    // After the last lesson of the module: its quiz, one question per screen.
    await takeQuiz(page, wrongAnswers);
    await page.locator('.quiz-result__verdict', { hasText: 'Bài làm chưa đạt.' }).waitFor();
    expect(await page.locator('.quiz-result__summary').textContent()).toContain(`Đúng 0/${quizFile.questions.length} câu`);
    expect(await page.locator('.review--wrong').count()).toBe(quizFile.questions.length);
    expect(await page.getByText(`Bạn còn ${quizFile.maxAttempts - 1} lần làm bài.`).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.getByRole('button', { name: 'Làm lại' }).first().click();
    await takeQuiz(page, rightAnswers);
    await page.locator('.quiz-result__verdict', { hasText: 'Đạt! Chúc mừng bạn.' }).waitFor();
    await page.getByText('Bạn đã hoàn thành học phần này.').waitFor();
    expect(await page.locator('.review--right').count()).toBe(quizFile.questions.length);
    expect(await page.locator('.review__tag--correct').count()).toBe(
      quizFile.questions.flatMap((q) => q.options.filter((o) => o.correct)).length,
    );

    // Passed: the way on is the next module, opening its first lesson.
    const outline = await graphql<{ course: { modules: { lessons: { slug: string }[] }[] } }>(
      server,
      '{ course(slug: "pho-cap-ky-nang-so-cong-dong") { modules { lessons { slug } } } }',
    );
    await page
      .getByRole('link', { name: /^Học phần tiếp theo/ })
      .first()
      .click();
    await page.waitForURL((url) => url.pathname === `${COURSE}/lessons/${outline.course.modules[1]!.lessons[0]!.slug}`);
    await lessonTitle(page);

    // The course page: module 1 complete (the bar full, every lesson counted) and the overall percent up.
    await page.getByRole('link', { name: /Về mục lục khóa học/ }).click();
    await page.waitForFunction(() => {
      const el = document.querySelector('[aria-label="Tiến độ học phần 1"]');
      return !!el && el.getAttribute('aria-valuenow') === el.getAttribute('aria-valuemax');
    });
    const module = await bar(page, 'Tiến độ học phần 1');
    expect(module).toEqual({ now: lessonCount + 1, max: lessonCount + 1, text: `${lessonCount}/${lessonCount} bài, bài kiểm tra: đạt` });
    await module1.getByText('Đã hoàn thành học phần').waitFor();
    const after = await bar(page, 'Tiến độ cả khóa học');
    expect(after.now).toBeGreaterThan(before.now);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(blocked).toEqual([]);
    await context.close();
  });
});
