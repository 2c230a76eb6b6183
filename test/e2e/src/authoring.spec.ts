import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhonePage } from './support/browser.js';
import { DEMO, graphql, seedDemo, signIn } from './support/demo-data.js';
import { startServer, type RunningServer } from './support/server.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SLUG = 'pho-cap-ky-nang-so-cong-dong';
const LESSON = 'cong-dich-vu-cong-quoc-gia';
const [TRAINER_A, TRAINER_B, LEARNER] = DEMO.members;
const ADDED = 'Câu này được giảng viên sửa trên trình duyệt.';

/** Gives a demo account the national trainer role with the CLI, as an administrator would. */
function grantTrainer(server: RunningServer, phone: string): void {
  const run = spawnSync(process.execPath, [join(repoRoot, 'apps/cli/dist/main.js'), 'users:grant', '--phone', phone, '--role', 'TRAINER'], {
    env: { ...process.env, LANTOA_DATA_DIR: server.dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`users:grant failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
}

describe('authoring in the browser (issue 17)', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    seedDemo(server);
    grantTrainer(server, TRAINER_A);
    grantTrainer(server, TRAINER_B);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('trainer A edits a lesson, trainer B approves and publishes it, and a learner reads the change', async () => {
    // Trainer A: from the authoring page to the lesson editor, with a live preview; saved, then submitted.
    const a = await openPhonePage(browser);
    await signIn(a.page, server.baseUrl, TRAINER_A);
    await a.page.goto(`${server.baseUrl}/soan-bai`);
    await a.page.getByRole('heading', { name: 'Soạn bài', level: 1 }).waitFor();
    await a.page.getByText('Bạn soạn được toàn bộ khóa học.').waitFor();
    await a.page.getByRole('link', { name: /^Sửa bài “Cổng Dịch vụ công quốc gia/ }).click();
    const body = a.page.getByLabel('Nội dung bài (Markdown)');
    await body.waitFor();
    const original = await body.inputValue();
    // One sentence more after the first paragraph (a few words: the minutes estimate still holds).
    await body.fill(original.replace(/\n\n/, `\n\n${ADDED}\n\n`));
    const preview = a.page.getByRole('region', { name: 'Xem trước như học viên thấy' });
    await preview.getByText(ADDED).waitFor();
    await a.page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await a.page.getByText('Đã lưu bản nháp.').waitFor();
    await a.page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await a.page
      .getByText(/^Đã gửi duyệt\./)
      .first()
      .waitFor();
    // Not published yet: a learner still reads the old text.
    const before = await graphql<{ lesson: { body: string } }>(
      server,
      `{ lesson(courseSlug: "${SLUG}", lessonSlug: "${LESSON}") { body } }`,
    );
    expect(before.lesson.body).not.toContain(ADDED);
    await a.context.close();

    // Trainer B: the draft waits in the queue with its diff; approve, then publish.
    const b = await openPhonePage(browser);
    await signIn(b.page, server.baseUrl, TRAINER_B);
    await b.page.goto(`${server.baseUrl}/soan-bai`);
    const card = b.page.getByRole('article', { name: /^Bài: Cổng Dịch vụ công quốc gia/ });
    await card.getByText('Chờ duyệt').waitFor();
    await card.getByText(`+ ${ADDED}`).waitFor();
    await card.getByRole('button', { name: 'Duyệt' }).click();
    await card.getByRole('button', { name: 'Xuất bản' }).click();
    await b.page.getByText('Đã xuất bản. Học viên thấy nội dung mới ngay.').first().waitFor();
    await b.page
      .getByText(/Phiên bản \d+ · Xuất bản từ trình duyệt/)
      .first()
      .waitFor();
    await b.context.close();

    // A learner reads the published change.
    const learner = await openPhonePage(browser);
    await signIn(learner.page, server.baseUrl, LEARNER);
    await learner.page.goto(`${server.baseUrl}/courses/${SLUG}/lessons/${LESSON}`);
    await learner.page.getByText(ADDED).waitFor();
    expect(learner.blocked).toEqual([]);
    await learner.context.close();
  });
});
