import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPhonePage } from './support/browser.js';
import { apiSignIn, DEMO, graphql, seedDemo, signIn } from './support/demo-data.js';
import { allWrong, quizFile, rightAnswers, takeQuiz, wrongAnswers } from './support/quiz.js';
import { headerHeight, pageWidth, rememberTextSize, smallTargets } from './support/screen-checks.js';
import { startServer, type RunningServer } from './support/server.js';

const SLUG = 'pho-cap-ky-nang-so-cong-dong';
const COURSE = `/courses/${SLUG}`;
const HOURS = quizFile.retryAfterHours ?? 24;

interface Learner {
  token: string;
  id: string;
  fullName: string;
}

/** "14:30 13/9/2026" as the page writes it, computed in the page (the phone's own clock and time zone). */
const asThePageWritesIt = (page: Page, iso: string) =>
  page.evaluate((value) => {
    const date = new Date(value);
    const time = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit' }).format(date);
    return `${time} ${new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: 'numeric', year: 'numeric' }).format(date)}`;
  }, iso);

describe('quiz rounds on a 360×740 phone: a wait instead of a lock, and a leader who gives a new round', () => {
  let server: RunningServer;
  let browser: Browser;
  let quizId: string;
  let moduleTitle: string;
  let teamId: string;

  const submitWrong = (learner: Learner) =>
    graphql(
      server,
      'mutation ($i: SubmitQuizInput!) { submitQuiz(input: $i) { attemptsLeft } }',
      { i: { quizId, answers: allWrong(), clientEventId: randomUUID() } },
      learner.token,
    );
  const quizState = async (learner: Learner) =>
    (
      await graphql<{ quiz: { round: number; attemptsLeft: number; nextRoundAt: string | null; lessons: { title: { vi: string } }[] } }>(
        server,
        'query ($id: ID!) { quiz(id: $id) { round attemptsLeft nextRoundAt lessons { title { vi } } } }',
        { id: quizId },
        learner.token,
      )
    ).quiz;

  async function phone(textSize: 100 | 200) {
    const opened = await openPhonePage(browser);
    await rememberTextSize(opened.context, textSize);
    return opened;
  }

  beforeAll(async () => {
    server = await startServer();
    seedDemo(server);
    browser = await launchBrowser();
    const { course } = await graphql<{ course: { modules: { title: { vi: string }; quiz: { id: string } }[] } }>(
      server,
      `{ course(slug: "${SLUG}") { modules(provinceCode: "01") { title { vi } quiz { id } } } }`,
    );
    quizId = course.modules[0]!.quiz.id;
    moduleTitle = course.modules[0]!.title.vi;
    const leader = await apiSignIn(server, DEMO.leader);
    const { me } = await graphql<{ me: { teamHistory: { leftAt: string | null; team: { id: string } }[] } }>(
      server,
      '{ me { teamHistory { leftAt team { id } } } }',
      {},
      leader.token,
    );
    teamId = me.teamHistory.find((h) => h.leftAt === null)!.team.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('after the last attempt of a round says, at 200% text, when the next round opens and which lessons to reread', async () => {
    const learner = await apiSignIn(server, DEMO.members[0]);
    for (let i = 1; i < quizFile.maxAttempts; i++) await submitWrong(learner);
    const { context, page, blocked } = await phone(200);
    await signIn(page, server.baseUrl, DEMO.members[0]);
    await page.goto(`${server.baseUrl}${COURSE}/quiz/${quizId}`);
    await page.getByText(`Lần làm thứ ${quizFile.maxAttempts}, tối đa ${quizFile.maxAttempts} lần.`).waitFor();
    const before = Date.now();
    await takeQuiz(page, wrongAnswers);
    await page.getByText('Bạn đã dùng hết số lần làm bài.').waitFor();
    expect(await page.getByRole('button', { name: 'Làm lại' }).count()).toBe(0);

    // The result of the last attempt is not a dead end: when, what to reread meanwhile, whom to ask.
    const state = await quizState(learner);
    expect(state.attemptsLeft).toBe(0);
    const opens = new Date(state.nextRoundAt!).getTime();
    expect(opens).toBeGreaterThanOrEqual(before + HOURS * 3600_000 - 60_000);
    expect(opens).toBeLessThanOrEqual(Date.now() + HOURS * 3600_000 + 1000);
    const notice = page.locator('.quiz-result .quiz-notice');
    const when = `Bạn được làm lại từ ${await asThePageWritesIt(page, state.nextRoundAt!)}.`;
    await notice.locator('.quiz-notice__when', { hasText: when }).waitFor();
    await notice.getByText('Trong lúc chờ, hãy đọc lại các bài này:').waitFor();
    const reread = await notice.locator('.link-list a').allTextContents();
    expect(reread).toEqual(state.lessons.map((l) => l.title.vi));
    expect(reread.length).toBeGreaterThan(0);
    await notice.getByText(/^Đừng lo, không có gì bị khóa\. .*tổ trưởng có thể cho bạn làm lại\.$/).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    expect(await headerHeight(page)).toBeLessThanOrEqual(0.25 * 740);
    expect(await smallTargets(page)).toEqual([]);

    // The lessons to reread open (nothing is locked), and the quiz page still says when, after a reload.
    await notice.locator('.link-list a').first().click();
    await page.locator('#lesson-title', { hasText: reread[0]! }).waitFor();
    await page.goBack();
    await page.reload();
    await page.locator('.quiz-notice__when', { hasText: when }).waitFor();

    // The team leader gives a new round (here through the API): the page this tab kept offers "Làm lại" at once.
    const leader = await apiSignIn(server, DEMO.leader);
    await graphql(
      server,
      'mutation ($i: GrantQuizRoundInput!) { grantQuizRound(input: $i) { round } }',
      { i: { userId: learner.id, quizId } },
      leader.token,
    );
    await page.reload();
    await page.getByText(`Lượt làm bài mới đã mở: bạn có ${quizFile.maxAttempts} lần làm bài.`).waitFor();
    await page.getByRole('button', { name: 'Làm lại' }).first().click();
    await page.getByText(`Lần làm thứ 1, tối đa ${quizFile.maxAttempts} lần.`).waitFor();
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('the leader gives a waiting member a new round from the team page, and the member takes the quiz at once', async () => {
    const learner = await apiSignIn(server, DEMO.members[1]);
    for (let i = 0; i < quizFile.maxAttempts; i++) await submitWrong(learner);
    const { nextRoundAt } = await quizState(learner);
    // The member opens the quiz: the waiting screen.
    const member = await phone(200);
    await signIn(member.page, server.baseUrl, DEMO.members[1]);
    await member.page.goto(`${server.baseUrl}${COURSE}/quiz/${quizId}`);
    await member.page.getByText(`Bạn đã làm đủ ${quizFile.maxAttempts} lần của lượt này.`).waitFor();
    await member.page.locator('.quiz-notice__when', { hasText: await asThePageWritesIt(member.page, nextRoundAt!) }).waitFor();
    expect(await pageWidth(member.page)).toBeLessThanOrEqual(360);
    expect(await smallTargets(member.page)).toEqual([]);

    const leader = await phone(100);
    await signIn(leader.page, server.baseUrl, DEMO.leader);
    await leader.page.goto(`${server.baseUrl}/to/${teamId}`);
    const give = leader.page.getByRole('button', { name: `Cho làm lại ngay: ${learner.fullName}, học phần 1` });
    await give.waitFor();
    const row = leader.page.getByRole('table', { name: /^Thành viên/ }).locator('tr', { hasText: learner.fullName });
    const waits = `Đã làm hết số lần của bài kiểm tra học phần 1 (${moduleTitle}). Tự được làm lại từ ${await asThePageWritesIt(leader.page, nextRoundAt!)}.`;
    await row.getByText(waits, { exact: true }).waitFor();
    await give.click();
    const question = row.getByRole('group', {
      name: `Cho ${learner.fullName} làm lại bài kiểm tra học phần 1 ngay bây giờ, không phải chờ?`,
    });
    await question.getByRole('button', { name: 'Cho làm lại', exact: true }).click();
    await row.getByText(`Đã cho ${learner.fullName} làm lại bài kiểm tra học phần 1. Người đó làm được ngay bây giờ.`).waitFor();
    await give.waitFor({ state: 'detached' });
    expect(leader.blocked).toEqual([]);
    await leader.context.close();

    // The member tries again at once: the page they had open starts the new round.
    await member.page.reload();
    await member.page.getByText(`Lần làm thứ 1, tối đa ${quizFile.maxAttempts} lần.`).waitFor();
    await takeQuiz(member.page, rightAnswers);
    await member.page.locator('.quiz-result__verdict', { hasText: 'Đạt! Chúc mừng bạn.' }).waitFor();
    expect(await quizState(learner)).toMatchObject({ round: 2, nextRoundAt: null });
    expect(member.blocked).toEqual([]);
    await member.context.close();
  });
});
