import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPhonePage } from './support/browser.js';
import { apiSignIn, DEMO, DEMO_PASSWORD, graphql, seedDemo, signIn } from './support/demo-data.js';
import { headerHeight, pageWidth, rememberTextSize, smallTargets } from './support/screen-checks.js';
import { startServer, type RunningServer } from './support/server.js';

const SCREEN_HEIGHT = 740;

describe('a team leader runs the team on a 360×740 phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let teamId: string;
  let quizId: string;

  async function phone(textSize: 100 | 200) {
    const opened = await openPhonePage(browser);
    await rememberTextSize(opened.context, textSize);
    return opened;
  }
  async function openTeam(page: Page) {
    await page.goto(`${server.baseUrl}/to/${teamId}`);
    await page.getByRole('table', { name: /^Thành viên \(\d+\)$/ }).waitFor();
    await page.getByRole('table', { name: 'Tiến độ học của tổ' }).waitFor();
  }
  const membersTable = (page: Page) => page.getByRole('table', { name: /^Thành viên \(\d+\)$/ });

  beforeAll(async () => {
    server = await startServer();
    seedDemo(server);
    browser = await launchBrowser();
    const leader = await apiSignIn(server, DEMO.leader);
    const { me } = await graphql<{ me: { teamHistory: { leftAt: string | null; team: { id: string } }[] } }>(
      server,
      '{ me { teamHistory { leftAt team { id } } } }',
      {},
      leader.token,
    );
    teamId = me.teamHistory.find((h) => h.leftAt === null)!.team.id;
    const { course } = await graphql<{ course: { modules: { quiz: { id: string } }[] } }>(
      server,
      '{ course(slug: "pho-cap-ky-nang-so-cong-dong") { modules(provinceCode: "01") { quiz { id } } } }',
    );
    quizId = course.modules[0]!.quiz.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("resets a member's forgotten password: the leader makes a code, the member sets a new password with it on /quen-mat-khau", async () => {
    const member = await apiSignIn(server, DEMO.members[2]);
    const leader = await phone(200);
    await signIn(leader.page, server.baseUrl, DEMO.leader);
    await openTeam(leader.page);
    // Not for themselves (they know their password), and for the member on their row.
    const self = await apiSignIn(server, DEMO.leader);
    expect(await leader.page.getByRole('button', { name: `Tạo mã đặt lại mật khẩu: ${self.fullName}` }).count()).toBe(0);
    const row = membersTable(leader.page).locator('tr', { hasText: member.fullName });
    await row.getByRole('button', { name: `Tạo mã đặt lại mật khẩu: ${member.fullName}` }).click();
    const said = await row.locator('.reset-code__value').textContent();
    const code = /^Mã cho (.+): (\d{6})$/.exec(said ?? '');
    expect(code?.[1]).toBe(member.fullName);
    await row.getByText(/^Đọc mã này cho người đó\. Dùng được một lần, đến \d{2}:\d{2} /).waitFor();
    expect(await pageWidth(leader.page)).toBeLessThanOrEqual(360);
    expect(leader.blocked).toEqual([]);
    await leader.context.close();

    const { context, page, blocked } = await phone(100);
    await page.goto(`${server.baseUrl}/dang-nhap`);
    await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đặt lại mật khẩu' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/quen-mat-khau');
    expect(await page.title()).toBe('Đặt lại mật khẩu – Lan Tỏa');
    await page.getByText(/^Hãy nhờ tổ trưởng tổ công nghệ số của bạn/).waitFor();
    await page.getByLabel('Số điện thoại').fill(DEMO.members[2]);
    await page.getByLabel('Mã 6 số').fill(code![2]!);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-2026');
    expect(await smallTargets(page)).toEqual([]);
    await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
    await page.getByRole('heading', { name: 'Đã đặt mật khẩu mới' }).waitFor();
    await page.getByText('Mọi phiên đăng nhập cũ đã kết thúc. Hãy đăng nhập bằng mật khẩu mới.').waitFor();
    await signIn(page, server.baseUrl, DEMO.members[2], 'mat-khau-moi-2026');
    // The old password and the used code no longer work.
    await expect(apiSignIn(server, DEMO.members[2], DEMO_PASSWORD)).rejects.toThrow(/GraphQL failed/);
    await expect(
      graphql(server, 'mutation ($i: ResetPasswordWithCodeInput!) { resetPasswordWithCode(input: $i) }', {
        i: { phone: DEMO.members[2], code: code![2], newPassword: 'mat-khau-khac-2026' },
      }),
    ).rejects.toThrow(/resetCode\.invalid|BAD_USER_INPUT|GraphQL failed/);
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('adds a member by phone and imports a list filled in from the CSV template, at 200% text; every list is up to date at once', async () => {
    const { context, page, blocked } = await phone(200);
    await signIn(page, server.baseUrl, DEMO.leader);
    await openTeam(page);
    const progress = page.getByRole('table', { name: 'Tiến độ học của tổ' });

    const form = page.getByRole('form', { name: 'Thêm thành viên' });
    // A leader adds plain members; naming leaders stays with admins.
    expect(await form.getByRole('checkbox', { name: 'Là tổ trưởng' }).count()).toBe(0);
    await form.getByLabel('Số điện thoại').fill('0912 777 001');
    await form.getByLabel('Họ và tên').fill('Đỗ Thị Mai');
    await form.getByRole('button', { name: 'Thêm vào tổ' }).click();
    // The confirmation is in the form just used, where the leader is looking.
    await form.getByText('Đã thêm Đỗ Thị Mai vào tổ.').waitFor();
    expect(await form.getByText('Đã thêm Đỗ Thị Mai vào tổ.').isVisible()).toBe(true);
    await membersTable(page).locator('tr', { hasText: 'Đỗ Thị Mai' }).waitFor();
    await progress.locator('tr', { hasText: 'Đỗ Thị Mai' }).waitFor();

    // The template, as a leader downloads it: it opens in Excel (BOM) with plain column names and an example.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải bảng mẫu (CSV)' }).click()]);
    const template = readFileSync((await download.path())!);
    expect(template.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...examples] = template.toString('utf8').split(/\r?\n/);
    expect(header).toBe('\uFEFFSố điện thoại,Họ và tên,Vai trò');
    expect(examples.filter(Boolean).length).toBeGreaterThan(0);
    // Filled in: the example rows replaced by the team's people, the file saved as it came (BOM, CRLF).
    const filled = join(mkdtempSync(join(tmpdir(), 'lantoa-csv-')), 'danh-sach-to.csv');
    writeFileSync(filled, `${header}\r\n0912 777 002,Ngô Văn Hải,\r\n0912 777 003,Vũ Thị Hồng,\r\n`);
    await page.getByLabel('Chọn tệp đã điền').setInputFiles(filled);
    await page.getByRole('button', { name: 'Nhập danh sách' }).click();
    await page.getByText('Đã nhập 2 người.').waitFor();
    for (const name of ['Ngô Văn Hải', 'Vũ Thị Hồng']) {
      await membersTable(page).locator('tr', { hasText: name }).waitFor();
      await progress.locator('tr', { hasText: name }).waitFor();
    }
    // 5 from the demo, 3 added.
    await page.getByRole('table', { name: 'Thành viên (8)' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('has a compact header and tap targets of at least 48×48 px on the team pages and the reports page, at normal and at 200% text', async () => {
    // A member who waits for a new quiz round: their row has the leader's "Cho làm lại ngay", measured open too.
    const waiting = await apiSignIn(server, DEMO.members[3]);
    const { quiz } = await graphql<{ quiz: { maxAttempts: number; questions: { slug: string }[] } }>(
      server,
      'query ($id: ID!) { quiz(id: $id) { maxAttempts questions { slug } } }',
      { id: quizId },
      waiting.token,
    );
    for (let i = 0; i < quiz.maxAttempts; i++)
      await graphql(
        server,
        'mutation ($i: SubmitQuizInput!) { submitQuiz(input: $i) { attemptsLeft } }',
        { i: { quizId, clientEventId: randomUUID(), answers: quiz.questions.map((q) => ({ questionSlug: q.slug, optionIds: [] })) } },
        waiting.token,
      );
    const giveRound = (p: Page) => p.getByRole('button', { name: `Cho làm lại ngay: ${waiting.fullName}, học phần 1` });
    const pages: Array<{ who: string; path: string; ready: (page: Page) => Promise<unknown> }> = [
      {
        who: DEMO.leader,
        path: '/to',
        ready: (p) =>
          p
            .getByRole('link', { name: /^Tổ công nghệ số cộng đồng / })
            .first()
            .waitFor(),
      },
      { who: DEMO.leader, path: `/to/${teamId}`, ready: (p) => giveRound(p).waitFor() },
      {
        who: DEMO.leader,
        path: `/to/${teamId}?hoi=cho-lam-lai`,
        ready: async (p) => {
          await giveRound(p).click();
          await p.getByRole('button', { name: 'Cho làm lại', exact: true }).waitFor();
        },
      },
      {
        who: DEMO.hanoiAdmin,
        path: '/to',
        ready: (p) =>
          p
            .getByRole('link', { name: /^Tổ công nghệ số cộng đồng / })
            .first()
            .waitFor(),
      },
      { who: DEMO.hanoiAdmin, path: `/to/${teamId}`, ready: (p) => p.getByRole('table', { name: 'Tiến độ học của tổ' }).waitFor() },
      { who: DEMO.hanoiAdmin, path: '/bao-cao', ready: (p) => p.getByRole('table', { name: 'Bảng số liệu' }).waitFor() },
      {
        // Trainers' and admins' way to the same button, the learner found by phone.
        who: DEMO.hanoiAdmin,
        path: '/cho-lam-lai',
        ready: async (p) => {
          await p.getByRole('textbox', { name: /Số điện thoại của người học/ }).fill(DEMO.members[3]!);
          await p.getByRole('button', { name: 'Tìm người học' }).click();
          await giveRound(p).waitFor();
        },
      },
    ];
    const report: string[] = [];
    const problems: string[] = [];
    for (const textSize of [100, 200] as const) {
      const budget = (textSize === 100 ? 0.15 : 0.25) * SCREEN_HEIGHT;
      for (const who of [DEMO.leader, DEMO.hanoiAdmin]) {
        const { context, page, blocked } = await phone(textSize);
        await signIn(page, server.baseUrl, who);
        for (const p of pages.filter((x) => x.who === who)) {
          await page.goto(`${server.baseUrl}${p.path}`);
          await p.ready(page);
          await page.locator('.app-header .app-header__account').waitFor();
          const where = `${textSize}% ${who === DEMO.leader ? 'leader' : 'admin'} ${p.path}`;
          const height = await headerHeight(page);
          report.push(`${where}: header ${Math.round(height)} px`);
          if (height > budget) problems.push(`${where}: header ${Math.round(height)} px > ${budget}`);
          for (const small of await smallTargets(page)) problems.push(`${where}: ${small}`);
          const width = await pageWidth(page);
          if (width > 360) problems.push(`${where}: page ${width} px wide`);
        }
        expect(blocked).toEqual([]);
        await context.close();
      }
    }
    console.log(report.join('\n'));
    expect(problems).toEqual([]);
  });
});
