import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { launchBrowser, openPhonePage } from './support/browser.js';
import { DEMO, seedDemo, signIn } from './support/demo-data.js';
import { startServer, type RunningServer } from './support/server.js';

const SLUG = 'pho-cap-ky-nang-so-cong-dong';
const COURSE_DIR = new URL(`../../../courses/${SLUG}/`, import.meta.url);
const PHONE = '0912000222';
const PASSWORD = 'mat-khau-chung-nhan';
// Typed decomposed (NFD), as some keyboards send it: the certificate must print it composed.
const NAME = 'Trần Thị Ngọc Ánh';

interface QuizFile {
  questions: { slug: string; options: { id: string; correct: boolean }[] }[];
}
/** Right answers by question slug, from the course files (national quizzes and Hà Nội's module 6 part). */
function rightAnswers(): Map<string, string[]> {
  const answers = new Map<string, string[]>();
  const files = [
    '01-dich-vu-cong-truc-tuyen/quiz.yaml',
    '02-thanh-toan-khong-dung-tien-mat/quiz.yaml',
    '03-mua-ban-tren-san-thuong-mai-dien-tu/quiz.yaml',
    '04-nen-tang-so-viet-nam/quiz.yaml',
    '05-an-toan-thong-tin-co-ban/quiz.yaml',
    '06-noi-dung-dia-phuong/quiz.yaml',
    '06-noi-dung-dia-phuong/provinces/01/quiz.yaml',
  ];
  for (const file of files) {
    const quiz = parse(readFileSync(new URL(file, COURSE_DIR), 'utf8')) as QuizFile;
    for (const q of quiz.questions)
      answers.set(
        `${file.slice(0, 2)}:${q.slug}`,
        q.options.filter((o) => o.correct).map((o) => o.id),
      );
  }
  return answers;
}

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

interface Progress {
  myProgress: {
    completed: boolean;
    modules: { slug: string; quizId: string | null; quizPassed: boolean; nextLesson: { id: string } | null }[];
  };
}
const PROGRESS = `query { myProgress(courseSlug: "${SLUG}") { completed modules { slug quizId quizPassed nextLesson { id } } } }`;

/** Every lesson, and every quiz but module 5's (left for the browser, so the page completes the course). */
async function completeAllButOneQuiz(server: RunningServer, token: string) {
  const answers = rightAnswers();
  for (;;) {
    const { myProgress } = await graphql<Progress>(server, PROGRESS, {}, token);
    const next = myProgress.modules.find((m) => m.nextLesson);
    if (!next) break;
    await graphql(
      server,
      'mutation ($i: CompleteLessonInput!) { completeLesson(input: $i) { lessonId } }',
      {
        i: { lessonId: next.nextLesson!.id, clientEventId: randomUUID() },
      },
      token,
    );
  }
  const { myProgress } = await graphql<Progress>(server, PROGRESS, {}, token);
  for (const [i, m] of myProgress.modules.entries()) {
    if (i === 4) continue;
    const { quiz } = await graphql<{ quiz: { questions: { slug: string }[] } }>(
      server,
      'query ($id: ID!) { quiz(id: $id) { questions { slug } } }',
      { id: m.quizId },
      token,
    );
    const prefix = String(i + 1).padStart(2, '0');
    const result = await graphql<{ submitQuiz: { passed: boolean } }>(
      server,
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
    expect(result.submitQuiz.passed).toBe(true);
  }
  return { quizId: myProgress.modules[4]!.quizId!, answers };
}

/** The whole course through the API; returns the certificate's serial. */
async function completeCourse(server: RunningServer, token: string): Promise<string> {
  const { quizId, answers } = await completeAllButOneQuiz(server, token);
  const { quiz } = await graphql<{ quiz: { questions: { slug: string }[] } }>(
    server,
    'query ($id: ID!) { quiz(id: $id) { questions { slug } } }',
    { id: quizId },
    token,
  );
  await graphql(
    server,
    'mutation ($i: SubmitQuizInput!) { submitQuiz(input: $i) { passed } }',
    {
      i: {
        quizId,
        clientEventId: randomUUID(),
        answers: quiz.questions.map((q) => ({ questionSlug: q.slug, optionIds: answers.get(`05:${q.slug}`) })),
      },
    },
    token,
  );
  const { myCertificates } = await graphql<{ myCertificates: { serial: string }[] }>(
    server,
    'query { myCertificates { serial } }',
    {},
    token,
  );
  return myCertificates[0]!.serial;
}

async function takeQuiz(page: Page, answers: Map<string, string[]>) {
  for (let n = 1; ; n++) {
    const heading = page.getByRole('heading', { name: new RegExp(`^Câu ${n}/(\\d+)$`) });
    await heading.waitFor();
    const total = Number(/\/(\d+)$/.exec((await heading.textContent()) ?? '')![1]);
    const name = await page.locator('.question input').first().getAttribute('name');
    for (const id of answers.get(`05:${name!.replace(/^question-/, '')}`)!) {
      await page.locator('label.choice', { has: page.locator(`input[name="${name}"][value="${id}"]`) }).click();
    }
    await page.getByRole('button', { name: n < total ? 'Câu sau →' : 'Nộp bài', exact: true }).click();
    if (n === total) break;
  }
  await page.getByRole('heading', { name: 'Kết quả bài kiểm tra' }).waitFor();
}

describe('a learner gets a certificate that anyone can verify, also offline', () => {
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

  it('passes the last quiz, gets the certificate, downloads the PDF, opens the verify link, and verifies offline in Chromium', async () => {
    const { searchAdminUnits } = await graphql<{ searchAdminUnits: { code: string }[] }>(
      server,
      'query ($text: String!) { searchAdminUnits(text: $text, limit: 1) { code } }',
      { text: 'Ba Đình' },
    );
    const { signUp } = await graphql<{ signUp: { accessToken: string } }>(
      server,
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      { input: { phone: PHONE, password: PASSWORD, fullName: NAME.normalize('NFD'), communeCode: searchAdminUnits[0]!.code } },
    );
    const { quizId, answers } = await completeAllButOneQuiz(server, signUp.accessToken);

    const { context, page, blocked } = await openPhonePage(browser);
    await page.goto(`${server.baseUrl}/dang-nhap`);
    await page.getByLabel('Số điện thoại').fill(PHONE);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.getByRole('link', { name: /^Tài khoản/ }).waitFor();

    // The last quiz: passing it completes the course, and the certificate is offered right away.
    await page.goto(`${server.baseUrl}/courses/${SLUG}/quiz/${quizId}`);
    await takeQuiz(page, answers);
    await page.getByText('Bạn đã hoàn thành cả khóa học!').waitFor();
    await page.getByRole('link', { name: 'Nhận chứng nhận' }).first().click();
    await page.getByRole('heading', { name: 'Chứng nhận hoàn thành khóa học' }).waitFor();
    await page.getByText(`Chúc mừng ${NAME} đã hoàn thành khóa học`).waitFor();
    const serial = (await page.locator('.facts dd').first().textContent())!;
    // The number depends on what else this run issued in the province (the other test's demo data).
    expect(serial).toMatch(/^LT-\d{4}-\d{2}-\d{6}$/);
    await page.locator('canvas.certificate__qr').waitFor();

    // The PDF: downloaded from the page, its text read back by poppler with the name in NFC.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải chứng nhận (PDF)' }).click(),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'lantoa-e2e-pdf-')), 'chung-nhan.pdf');
    await download.saveAs(file);
    expect(existsSync(file)).toBe(true);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(NAME.normalize('NFC'));
    expect(text).toContain(serial);

    // The certificate's own link opens the public verify page, which checks the signature in the browser.
    await page.getByTestId('verify-link').click();
    await page.getByRole('heading', { name: 'Kiểm tra chứng nhận' }).waitFor();
    await page.getByText('Chữ ký số đúng: chứng nhận do Lan Tỏa cấp, nội dung không bị sửa.').waitFor();
    await page.getByText('✓ Chứng nhận còn giá trị.').waitFor();
    expect(await page.getByTestId('standing').textContent()).toContain(NAME);

    // Offline: the scan page (opened once online, which keeps the keys) checks a pasted QR code in the browser.
    const { certificate } = await graphql<{ certificate: { qrUrl: string } }>(
      server,
      'query ($s: String!) { certificate(serial: $s) { qrUrl } }',
      { s: serial },
      signUp.accessToken,
    );
    await page.getByRole('link', { name: 'Kiểm tra chứng nhận khác' }).click();
    await page.getByRole('heading', { name: 'Quét mã để kiểm tra chứng nhận' }).waitFor();
    await page.waitForFunction(() => localStorage.getItem('lantoa.certificate-keys') !== null);
    await context.setOffline(true);
    await page.getByLabel('Đường dẫn hoặc mã của chứng nhận').fill(certificate.qrUrl);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByText('Chữ ký số đúng: chứng nhận do Lan Tỏa cấp, nội dung không bị sửa.').waitFor();
    await page.getByText(/CHƯA kiểm tra được chứng nhận có bị thu hồi/).waitFor();

    // A forged code is refused offline too.
    await page
      .getByLabel('Đường dẫn hoặc mã của chứng nhận')
      .fill(certificate.qrUrl.replace(/#(\d{20})(\d)/, (_, a: string, b: string) => `#${a}${(Number(b) + 1) % 10}`));
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page
      .getByText(/Chữ ký số KHÔNG đúng|không phải mã chứng nhận/)
      .first()
      .waitFor();
    await context.setOffline(false);
    expect(blocked).toEqual([]);
    await context.close();
  });
  it('a province admin opens the certificate from its verify page and revokes it, with a reason, after a confirmation', async () => {
    seedDemo(server);
    // seedDemo blocks this process for seconds (spawnSync), meanwhile the API closes idle keep-alive sockets; one turn
    // of the event loop lets fetch see those closes instead of sending on a dead socket ("other side closed").
    await new Promise((resolve) => setImmediate(resolve));
    // Phường Ba Đình (00004), Hà Nội: in the demo Hà Nội admin's province.
    const { signUp } = await graphql<{ signUp: { accessToken: string } }>(
      server,
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      { input: { phone: '0912000223', password: PASSWORD, fullName: 'Hoàng Văn Nhầm', communeCode: '00004' } },
    );
    const serial = await completeCourse(server, signUp.accessToken);
    expect(serial).toMatch(/^LT-\d{4}-01-\d{6}$/);

    const { context, page, blocked } = await openPhonePage(browser);
    await signIn(page, server.baseUrl, DEMO.hanoiAdmin);
    await page.goto(`${server.baseUrl}/xac-minh/${serial}`);
    await page.getByText('✓ Chứng nhận còn giá trị.').waitFor();
    await page.getByRole('link', { name: 'Quản lý chứng nhận này (thu hồi, cấp lại)' }).click();
    const manage = page.getByRole('region', { name: 'Quản lý chứng nhận (dành cho quản trị)' });
    await manage.getByRole('button', { name: 'Thu hồi chứng nhận' }).click();
    await page.getByLabel('Lý do thu hồi').fill('Cấp nhầm người, đã kiểm tra lại hồ sơ');
    await page.getByRole('button', { name: 'Thu hồi…' }).click();
    await page.getByRole('group', { name: new RegExp(`^Thu hồi chứng nhận ${serial} của Hoàng Văn Nhầm`) }).waitFor();
    await page.getByRole('button', { name: 'Có, thu hồi' }).click();
    await page.getByText(`Đã thu hồi chứng nhận ${serial}.`).waitFor();
    await page
      .getByText(/Lý do: Cấp nhầm người, đã kiểm tra lại hồ sơ/)
      .first()
      .waitFor();

    // Anyone checking it now is told, in words, with the reason.
    await page.goto(`${server.baseUrl}/xac-minh/${serial}`);
    await page.getByText('✗ Chứng nhận này đã bị thu hồi, không còn giá trị.').waitFor();
    const { verifyCertificate } = await graphql<{ verifyCertificate: { result: string; revokedReason: string } }>(
      server,
      'query ($s: String!) { verifyCertificate(serial: $s) { result revokedReason } }',
      { s: serial },
    );
    expect(verifyCertificate).toEqual({ result: 'REVOKED', revokedReason: 'Cấp nhầm người, đã kiểm tra lại hồ sơ' });
    expect(blocked).toEqual([]);
    await context.close();
  });
});
