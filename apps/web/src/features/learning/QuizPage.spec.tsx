import { beforeEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { snapshot } from '../../shared/progress/queue.js';
import { apiError, renderApp, stubOperations } from '../../testing/render-app.js';
import { me, SESSION } from '../account/fixtures.js';
import { QUIZ, quizResult } from './fixtures.js';

const QUIZ_PATH = '/courses/pho-cap/quiz/q1';
const radio = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement;
const checkbox = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
const submitted = (calls: ReturnType<typeof stubOperations>) =>
  calls.filter((c) => c.operation === 'SubmitQuiz').map((c) => c.variables.input as { clientEventId: string; answers: unknown });

/** Question 1 wrong (the Zalo link), question 2 right (a and b). */
async function answerBoth() {
  expect(await screen.findByRole('heading', { name: 'Câu 1/2' })).toBeTruthy();
  fireEvent.click(radio('Đường link người lạ gửi qua Zalo'));
  fireEvent.click(screen.getByRole('button', { name: 'Câu sau →' }));
  expect(await screen.findByRole('heading', { name: 'Câu 2/2' })).toBeTruthy();
  fireEvent.click(checkbox('Xuất trình căn cước điện tử'));
  fireEvent.click(checkbox('Khóa căn cước khi mất điện thoại'));
}

describe('the quiz page', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    sessionStore.set(null);
    window.history.pushState({}, '', QUIZ_PATH);
  });

  it('asks a visitor who is not signed in to sign in, and comes back afterwards', async () => {
    stubOperations({});
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập để làm bài kiểm tra' })).toBeTruthy();
    const link = within(screen.getByRole('main')).getByRole('link', { name: 'Đăng nhập để làm bài kiểm tra' });
    expect(link.getAttribute('href')).toBe('/dang-nhap?tiep=%2Fcourses%2Fpho-cap%2Fquiz%2Fq1');
  });

  it('shows one question at a time, radio buttons or checkboxes, and keeps the answers across a reload', async () => {
    stubOperations({ Me: me(), Quiz: QUIZ }, SESSION);
    renderApp();
    expect(await screen.findByRole('heading', { name: 'Câu 1/2' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Địa chỉ Cổng Dịch vụ công quốc gia là gì?' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Câu trước' })).toBeNull();
    expect(screen.queryByText('Tài khoản mức 2 làm được gì?')).toBeNull();
    fireEvent.click(screen.getByText('dichvucong.gov.vn')); // the words of the row, not only the small circle
    expect(radio('dichvucong.gov.vn').checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Câu sau →' }));
    expect(await screen.findByText('Chọn tất cả các ý đúng.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Câu 2/2' }));
    fireEvent.click(checkbox('Xuất trình căn cước điện tử'));
    fireEvent.click(checkbox('Không cần lấy vân tay'));
    fireEvent.click(checkbox('Không cần lấy vân tay'));

    cleanup(); // the phone reloads the page
    renderApp();
    expect(await screen.findByRole('heading', { name: 'Câu 2/2' })).toBeTruthy();
    expect(checkbox('Xuất trình căn cước điện tử').checked).toBe(true);
    expect(checkbox('Không cần lấy vân tay').checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: '← Câu trước' }));
    expect(radio('dichvucong.gov.vn').checked).toBe(true);
  });

  it('keeps the answers (on screen and in the queue) when the submission fails, then shows the graded review', async () => {
    let online = false;
    const calls = stubOperations(
      { Me: me(), Quiz: QUIZ, SubmitQuiz: () => (online ? quizResult({ attemptsLeft: 2 }) : new TypeError('Failed to fetch')) },
      SESSION,
    );
    renderApp();
    await answerBoth();
    fireEvent.click(screen.getByRole('button', { name: 'Nộp bài' }));

    const waiting = await screen.findByRole('button', { name: 'Gửi lại' });
    expect(waiting.closest('.quiz-notice')?.textContent).toContain('Bài làm đã lưu, sẽ chấm khi có mạng.');
    expect(checkbox('Xuất trình căn cước điện tử').checked).toBe(true);
    expect(checkbox('Khóa căn cước khi mất điện thoại').checked).toBe(true);
    const [event] = snapshot().events;
    expect(event).toMatchObject({
      kind: 'QUIZ_SUBMITTED',
      quizId: 'q1',
      userId: 'u1',
      answers: [
        { questionSlug: 'dia-chi', optionIds: ['b'] },
        { questionSlug: 'muc-2', optionIds: ['a', 'b'] },
      ],
    });

    online = true;
    fireEvent.click(screen.getByRole('button', { name: 'Gửi lại' }));
    const heading = await screen.findByRole('heading', { name: 'Kết quả bài kiểm tra' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('Bài làm chưa đạt.')).toBeTruthy();
    expect(screen.getByText(/Đúng 1\/2 câu \(50%\)\. Cần đúng 80% để đạt\./)).toBeTruthy();
    expect(screen.getByText('Bạn còn 2 lần làm bài.')).toBeTruthy();
    const [first, second] = screen.getAllByRole('listitem').filter((li) => li.classList.contains('review'));
    expect(first!.textContent).toContain('Câu 1: ✗ Sai');
    expect(first!.textContent).toContain('Không mở đường link người khác gửi.');
    expect(first!.textContent).toContain('Trang của cơ quan nhà nước có đuôi .gov.vn.');
    expect(second!.textContent).toContain('Câu 2: ✓ Đúng');
    expect(screen.queryByText(/Đáp án đúng$/)).toBeNull(); // not revealed before passing
    expect(screen.getByText(/Đáp án đúng sẽ hiện khi bạn đạt/)).toBeTruthy();

    // Both tries were the same event; it has left the queue.
    const sent = submitted(calls);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.clientEventId).toBe(event!.clientEventId);
    expect(snapshot().events).toEqual([]);

    fireEvent.click(screen.getAllByRole('button', { name: 'Làm lại' })[0]!);
    expect(await screen.findByRole('heading', { name: 'Câu 1/2' })).toBeTruthy();
    expect(radio('dichvucong.gov.vn').checked).toBe(false);
  });

  it('marks the right options once the quiz is passed, and offers the way back to the course', async () => {
    stubOperations({ Me: me(), Quiz: QUIZ, SubmitQuiz: quizResult({ passed: true, attemptsLeft: 1, reveal: true }) }, SESSION);
    renderApp();
    await answerBoth();
    fireEvent.click(screen.getByRole('button', { name: 'Nộp bài' }));
    expect(await screen.findByText('Đạt! Chúc mừng bạn.')).toBeTruthy();
    expect(screen.getByText('Bạn đã hoàn thành học phần này.')).toBeTruthy();
    expect(screen.getAllByText(/Đáp án đúng/)).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Làm lại' })).toBeNull();
    expect(screen.getAllByRole('link', { name: 'Về khóa học' }).at(-1)?.getAttribute('href')).toBe('/courses/pho-cap');
  });

  it('says kindly that no attempt is left when the API answers CONFLICT, and drops the submission', async () => {
    stubOperations(
      {
        Me: me(),
        Quiz: QUIZ,
        SubmitQuiz: apiError('CONFLICT', 'Bạn đã dùng hết số lần làm bài kiểm tra này.', 'You have used every attempt at this quiz.'),
      },
      SESSION,
    );
    renderApp();
    await answerBoth();
    fireEvent.click(screen.getByRole('button', { name: 'Nộp bài' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Bạn đã làm đủ 3 lần của lượt này.');
    expect(alert.textContent).toContain('không có gì bị khóa');
    expect(within(alert).getByRole('link', { name: 'Về khóa học' }).getAttribute('href')).toBe('/courses/pho-cap');
    expect(snapshot().events).toEqual([]);
  });

  it('after a round of attempts says when the next round opens and which lessons to reread, never a lock for ever', async () => {
    const waiting = { data: { quiz: { ...QUIZ.data.quiz, attemptsUsed: 3, attemptsLeft: 0, nextRoundAt: '2026-12-03T07:30:00.000Z' } } };
    stubOperations({ Me: me(), Quiz: waiting }, SESSION);
    window.history.pushState({}, '', '/courses/pho-cap-ky-nang-so-cong-dong/quiz/q1');
    renderApp();
    expect(await screen.findByText('Bạn đã làm đủ 3 lần của lượt này.')).toBeTruthy();
    expect(screen.getByText(/^Bạn được làm lại từ \d{2}:\d{2} 3\/12\/2026\.$/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Cổng Dịch vụ công quốc gia' }).getAttribute('href')).toBe(
      '/courses/pho-cap-ky-nang-so-cong-dong/lessons/cong-dich-vu-cong',
    );
    expect(screen.getByText(/tổ trưởng có thể cho bạn làm lại/)).toBeTruthy();
  });

  it('after the last attempt of a round the review says when to come back; once a new round is given, it offers "Làm lại"', async () => {
    const quizAt = (attemptsUsed: number, attemptsLeft: number, extra: Record<string, unknown> = {}) => ({
      data: { quiz: { ...QUIZ.data.quiz, attemptsUsed, attemptsLeft, ...extra } },
    });
    let state = quizAt(2, 1);
    stubOperations(
      {
        Me: me(),
        Quiz: () => state,
        SubmitQuiz: () => ((state = quizAt(3, 0, { nextRoundAt: '2026-12-03T07:30:00.000Z' })), quizResult({ attemptsLeft: 0 })),
      },
      SESSION,
    );
    renderApp();
    expect(await screen.findByText(/Lần làm thứ 3, tối đa 3 lần\./)).toBeTruthy();
    await answerBoth();
    fireEvent.click(screen.getByRole('button', { name: 'Nộp bài' }));
    expect(await screen.findByText('Bạn đã dùng hết số lần làm bài.')).toBeTruthy();
    // Not a dead end: when the next round opens, what to reread meanwhile, and that the team leader can help.
    expect(await screen.findByText(/^Bạn được làm lại từ \d{2}:\d{2} 3\/12\/2026\.$/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Cổng Dịch vụ công quốc gia' }).getAttribute('href')).toBe(
      '/courses/pho-cap/lessons/cong-dich-vu-cong',
    );
    expect(screen.getByText(/tổ trưởng có thể cho bạn làm lại/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Làm lại' })).toBeNull();

    // The team leader gives a new round; the learner comes back to the page this tab kept.
    state = quizAt(3, 3, { round: 2 });
    cleanup();
    renderApp();
    expect(await screen.findByText('Lượt làm bài mới đã mở: bạn có 3 lần làm bài.')).toBeTruthy();
    expect(screen.queryByText('Bạn đã dùng hết số lần làm bài.')).toBeNull();
    expect(screen.queryByText(/^Bạn được làm lại từ/)).toBeNull();
    fireEvent.click(screen.getAllByRole('button', { name: 'Làm lại' })[0]!);
    expect(await screen.findByRole('heading', { name: 'Câu 1/2' })).toBeTruthy();
    expect(screen.getByText(/Lần làm thứ 1, tối đa 3 lần\./)).toBeTruthy();
  });

  it('numbers attempts within the round the learner is in', async () => {
    const second = { data: { quiz: { ...QUIZ.data.quiz, attemptsUsed: 4, attemptsLeft: 2, round: 2 } } };
    stubOperations({ Me: me(), Quiz: second }, SESSION);
    window.history.pushState({}, '', '/courses/pho-cap-ky-nang-so-cong-dong/quiz/q1');
    renderApp();
    expect(await screen.findByText(/Lần làm thứ 2, tối đa 3 lần\./)).toBeTruthy();
  });
});
