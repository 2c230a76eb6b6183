import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openPhonePage } from './support/browser.js';
import { completeCourse } from './support/complete-course.js';
import { signIn as signInAs } from './support/demo-data.js';
import { headerHeight, pageWidth, rememberTextSize, smallTargets } from './support/screen-checks.js';
import { startServer, type RunningServer } from './support/server.js';

const SLUG = 'pho-cap-ky-nang-so-cong-dong';
const COURSE = `/courses/${SLUG}`;
const PHONE = '0912000222';
const PASSWORD = 'mat-khau-hoc-vien';
const SCREEN_HEIGHT = 740;

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

/** A phone page at 360×740, with the text size the learner chose (A+ up to 200%) already remembered. */
async function phone(browser: Browser, textSize: 100 | 200): Promise<{ context: BrowserContext; page: Page; blocked: string[] }> {
  const opened = await openPhonePage(browser);
  await rememberTextSize(opened.context, textSize);
  return opened;
}

async function signIn(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.getByLabel('Số điện thoại').fill(PHONE);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.getByRole('link', { name: /^Tài khoản/ }).waitFor();
}

/** axe-core injected into the page (the @axe-core/playwright wrapper needs Node 22). */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe findings, plus label-content-name-mismatch (experimental, so off unless asked for). */
async function axeProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { rules: { 'label-content-name-mismatch': { enabled: true } } });
    return result.violations
      .filter((v) => v.id === 'label-content-name-mismatch' || v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe("the learner's screens on a 360×740 phone", () => {
  let server: RunningServer;
  let browser: Browser;
  let token: string;
  let lessons: { id: string; slug: string; title: string }[];
  let quizId: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const { searchAdminUnits } = await graphql<{ searchAdminUnits: { code: string }[] }>(
      server,
      'query ($text: String!) { searchAdminUnits(text: $text, limit: 1) { code } }',
      { text: 'Ba Đình' },
    );
    const { signUp } = await graphql<{ signUp: { accessToken: string } }>(
      server,
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      { input: { phone: PHONE, password: PASSWORD, fullName: 'Trần Thị Nghe', communeCode: searchAdminUnits[0]!.code } },
    );
    token = signUp.accessToken;
    const { course } = await graphql<{
      course: { modules: { lessons: { id: string; slug: string; title: { vi: string } }[]; quiz: { id: string } }[] };
    }>(server, `{ course(slug: "${SLUG}") { modules(provinceCode: "01") { lessons { id slug title { vi } } quiz { id } } } }`);
    lessons = course.modules[0]!.lessons.map((l) => ({ id: l.id, slug: l.slug, title: l.title.vi }));
    quizId = course.modules[0]!.quiz.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('has a compact header and tap targets of at least 48×48 px on every page, at normal and at 200% text', async () => {
    const pages: Array<{ path: string; ready: (page: Page) => Promise<unknown>; signedIn: boolean }> = [
      { path: '/', ready: (p) => p.getByRole('heading', { level: 1, name: 'Các khóa học' }).waitFor(), signedIn: false },
      { path: COURSE, ready: (p) => p.locator('.module').first().waitFor(), signedIn: false },
      { path: `${COURSE}/lessons/${lessons[0]!.slug}`, ready: (p) => p.locator('.lesson-done button').waitFor(), signedIn: false },
      { path: '/dang-nhap', ready: (p) => p.getByRole('button', { name: 'Hiện mật khẩu' }).waitFor(), signedIn: false },
      { path: '/dang-ky', ready: (p) => p.getByRole('button', { name: 'Hiện mật khẩu' }).waitFor(), signedIn: false },
      { path: '/xac-minh', ready: (p) => p.locator('h1').waitFor(), signedIn: false },
      { path: '/quen-mat-khau', ready: (p) => p.getByRole('button', { name: 'Đặt mật khẩu mới' }).waitFor(), signedIn: false },
      {
        path: '/khong-co-trang-nay',
        ready: (p) => p.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor(),
        signedIn: false,
      },
      { path: '/', ready: (p) => p.getByRole('heading', { level: 1, name: 'Các khóa học' }).waitFor(), signedIn: true },
      { path: COURSE, ready: (p) => p.getByRole('progressbar', { name: 'Tiến độ cả khóa học' }).waitFor(), signedIn: true },
      { path: `${COURSE}/quiz/${quizId}`, ready: (p) => p.getByRole('heading', { name: /^Câu 1\// }).waitFor(), signedIn: true },
      { path: '/tai-khoan', ready: (p) => p.getByRole('button', { name: 'Đăng xuất' }).waitFor(), signedIn: true },
      { path: '/chung-nhan', ready: (p) => p.locator('h1').waitFor(), signedIn: true },
    ];
    const report: string[] = [];
    const problems: string[] = [];
    for (const textSize of [100, 200] as const) {
      const budget = (textSize === 100 ? 0.15 : 0.25) * SCREEN_HEIGHT;
      for (const signedIn of [false, true]) {
        const { context, page, blocked } = await phone(browser, textSize);
        if (signedIn) await signIn(page, server.baseUrl);
        for (const p of pages.filter((x) => x.signedIn === signedIn)) {
          await page.goto(`${server.baseUrl}${p.path}`);
          await p.ready(page);
          await page.locator('.app-header .app-header__account').waitFor();
          const height = await headerHeight(page);
          const where = `${textSize}% ${signedIn ? 'signed in' : 'visitor'} ${p.path}`;
          report.push(`${where}: header ${Math.round(height)} px`);
          if (height > budget) problems.push(`${where}: header ${Math.round(height)} px > ${budget}`);
          for (const small of await smallTargets(page)) problems.push(`${where}: ${small}`);
          const width = await pageWidth(page);
          if (width > 360) problems.push(`${where}: page ${width} px wide`);
        }
        // The menu open: its links and display settings are as large.
        await page.getByRole('button', { name: 'Menu' }).click();
        await page.getByRole('button', { name: 'Chữ lớn hơn' }).waitFor();
        for (const small of await smallTargets(page)) problems.push(`${textSize}% menu: ${small}`);
        expect(blocked).toEqual([]);
        await context.close();
      }
    }
    console.log(report.join('\n'));
    expect(problems).toEqual([]);
  });

  it('has the same compact header and 48 px tap targets on the certificate pages, at normal and at 200% text', async () => {
    const phoneNumber = '0912000333';
    const { searchAdminUnits } = await graphql<{ searchAdminUnits: { code: string }[] }>(
      server,
      'query ($text: String!) { searchAdminUnits(text: $text, limit: 1) { code } }',
      { text: 'Ba Đình' },
    );
    const { signUp } = await graphql<{ signUp: { accessToken: string } }>(
      server,
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      { input: { phone: phoneNumber, password: PASSWORD, fullName: 'Lê Thị Chứng', communeCode: searchAdminUnits[0]!.code } },
    );
    await completeCourse(server, signUp.accessToken);
    const { myCertificates } = await graphql<{ myCertificates: { serial: string }[] }>(
      server,
      '{ myCertificates { serial } }',
      {},
      signUp.accessToken,
    );
    const serial = myCertificates[0]!.serial;
    const pages: Array<{ path: string; ready: (page: Page) => Promise<unknown>; signedIn: boolean }> = [
      { path: '/chung-nhan', ready: (p) => p.locator(`a[href="/chung-nhan/${serial}"]`).first().waitFor(), signedIn: true },
      { path: `/chung-nhan/${serial}`, ready: (p) => p.locator('canvas.certificate__qr').waitFor(), signedIn: true },
      { path: `/xac-minh/${serial}`, ready: (p) => p.getByText('✓ Chứng nhận còn giá trị.').waitFor(), signedIn: false },
    ];
    const problems: string[] = [];
    for (const textSize of [100, 200] as const) {
      const budget = (textSize === 100 ? 0.15 : 0.25) * SCREEN_HEIGHT;
      for (const signedIn of [false, true]) {
        const { context, page, blocked } = await phone(browser, textSize);
        if (signedIn) await signInAs(page, server.baseUrl, phoneNumber, PASSWORD);
        for (const p of pages.filter((x) => x.signedIn === signedIn)) {
          await page.goto(`${server.baseUrl}${p.path}`);
          await p.ready(page);
          await page.locator('.app-header .app-header__account').waitFor();
          const where = `${textSize}% ${signedIn ? 'holder' : 'visitor'} ${p.path}`;
          const height = await headerHeight(page);
          if (height > budget) problems.push(`${where}: header ${Math.round(height)} px > ${budget}`);
          for (const small of await smallTargets(page)) problems.push(`${where}: ${small}`);
          const width = await pageWidth(page);
          if (width > 360) problems.push(`${where}: page ${width} px wide`);
        }
        expect(blocked).toEqual([]);
        await context.close();
      }
    }
    expect(problems).toEqual([]);
  });

  it('opens the menu from the keyboard, says whether it is open, and closes it with Escape', async () => {
    const { context, page } = await phone(browser, 100);
    await page.goto(`${server.baseUrl}/`);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('button', { name: 'Chữ lớn hơn' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('112.5%');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Menu');
    await context.close();
  });

  it('titles every page for what it shows after each navigation, and shows "Tiếp tục học" on the home page', async () => {
    await graphql(
      server,
      'mutation ($i: CompleteLessonInput!) { completeLesson(input: $i) { lessonId } }',
      { i: { lessonId: lessons[0]!.id, clientEventId: randomUUID() } },
      token,
    );
    const { context, page, blocked } = await phone(browser, 200);
    await signIn(page, server.baseUrl);
    await page.goto(`${server.baseUrl}/`);
    const go = page.getByRole('link', { name: `Tiếp tục học: ${lessons[1]!.title}` });
    await go.waitFor();
    expect(await page.title()).toBe('Các khóa học – Lan Tỏa');
    await go.click();
    await page.locator('#lesson-title', { hasText: lessons[1]!.title }).waitFor();
    expect(await page.title()).toBe(`${lessons[1]!.title} – Lan Tỏa`);

    await page.getByRole('link', { name: /Về mục lục khóa học/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Phổ cập kỹ năng số cộng đồng' }).waitFor();
    expect(await page.title()).toBe('Phổ cập kỹ năng số cộng đồng – Lan Tỏa');
    // The outline is folded but for the module the learner is in.
    const toggles = page.locator('.module__toggle');
    expect(await toggles.evaluateAll((b) => b.map((x) => x.getAttribute('aria-expanded')))).toEqual([
      'true',
      'false',
      'false',
      'false',
      'false',
      'false',
    ]);

    await page.getByRole('link', { name: /^Tài khoản/ }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('heading', { level: 1, name: 'Các khóa học' }).waitFor();
    expect(await page.title()).toBe('Các khóa học – Lan Tỏa');
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('passes axe on the learner pages, the big "next" and "continue" buttons named by their visible words', async () => {
    await graphql(
      server,
      'mutation ($i: CompleteLessonInput!) { completeLesson(input: $i) { lessonId } }',
      { i: { lessonId: lessons[0]!.id, clientEventId: randomUUID() } },
      token,
    );
    const { context, page } = await phone(browser, 100);
    await signIn(page, server.baseUrl);
    const problems: string[] = [];
    const check = async (where: string) => {
      for (const p of await axeProblems(page)) problems.push(`${where}: ${p}`);
    };
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('link', { name: /^Tiếp tục học/ }).waitFor();
    await check('home');
    await page.goto(`${server.baseUrl}${COURSE}`);
    await page.getByRole('link', { name: /^Tiếp tục bài đang học/ }).waitFor();
    await check('course');
    await page.goto(`${server.baseUrl}${COURSE}/lessons/${lessons[0]!.slug}`);
    await page.getByRole('link', { name: /^Bài tiếp theo: / }).waitFor(); // done already: the way on
    await check('lesson done');
    await page.goto(`${server.baseUrl}${COURSE}/lessons/${lessons[2]!.slug}`);
    await page.getByRole('button', { name: /^Đã học xong – sang bài tiếp: / }).waitFor();
    await page.getByRole('button', { name: 'Menu' }).click();
    await check('lesson with the menu open');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reads the lesson aloud with a Vietnamese voice, marking the paragraph being read, and pauses', async () => {
    const { context, page } = await phone(browser, 100);
    // Headless Chromium has no voices: a stand-in speechSynthesis with one vi-VN voice, recording what it is given.
    await context.addInitScript(() => {
      const spoken: string[] = [];
      const voice = { lang: 'vi-VN', name: 'Tiếng Việt', voiceURI: 'vi', localService: true, default: true };
      let pending: { onend?: () => void } | null = null;
      const synth = {
        paused: false,
        getVoices: () => [voice],
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        speak(u: { text: string; onend?: () => void }) {
          spoken.push(u.text);
          pending = u;
        },
        pause() {
          synth.paused = true;
        },
        resume() {
          synth.paused = false;
        },
        cancel() {
          pending = null;
        },
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth });
      (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
        constructor(public text: string) {}
      };
      Object.assign(window, {
        __spoken: spoken,
        __finishOne: () => {
          const u = pending;
          pending = null;
          u?.onend?.();
        },
      });
    });
    await page.goto(`${server.baseUrl}${COURSE}/lessons/${lessons[0]!.slug}`);
    await page.getByRole('button', { name: 'Nghe bài' }).click();
    const first = await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken[0]);
    expect(first).toBe(lessons[0]!.title);
    expect(await page.locator('.is-reading').textContent()).toBe(lessons[0]!.title);
    await page.evaluate(() => (window as unknown as { __finishOne(): void }).__finishOne());
    const second = await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken[1]);
    expect(await page.locator('.is-reading').textContent()).toBe(second);
    expect(await page.locator('.is-reading').count()).toBe(1);
    await page.getByRole('button', { name: 'Tạm dừng' }).click();
    await page.getByRole('button', { name: 'Nghe tiếp' }).click();
    await page.getByRole('button', { name: 'Dừng đọc' }).click();
    expect(await page.locator('.is-reading').count()).toBe(0);
    await context.close();
  });

  it('shows no "Nghe bài" when the phone has no Vietnamese voice', async () => {
    const { context, page } = await phone(browser, 100);
    await page.goto(`${server.baseUrl}${COURSE}/lessons/${lessons[0]!.slug}`);
    await page.locator('.lesson-done button').waitFor();
    expect(await page.getByRole('button', { name: 'Nghe bài' }).count()).toBe(0);
    await context.close();
  });
});
