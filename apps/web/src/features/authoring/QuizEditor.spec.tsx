import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { renderApp, stubOperations } from '../../testing/render-app.js';
import { me, SESSION } from '../account/fixtures.js';

const TRAINER = me({ roles: ['CITIZEN', 'TRAINER'], grants: [{ role: 'TRAINER', scopeCode: null }] });
const QUIZ_TEXT = 'passingScore: 0.8\nmaxAttempts: 3\nquestions: []\n';

const question = (slug: string) => ({
  slug,
  type: 'single',
  situation: false,
  prompt: `Câu hỏi ${slug}?`,
  options: [
    { id: 'a', text: 'Đúng là a', correct: true, explanation: 'Vì a đúng.' },
    { id: 'b', text: 'Sai là b', correct: false, explanation: 'Vì b sai.' },
  ],
});

const quiz = (extra: Record<string, unknown> = {}) => ({
  courseSlug: 'khoa-hoc-thu',
  moduleSlug: 'hoc-phan-mot',
  provinceCode: null,
  path: '01-hoc-phan-mot/quiz.yaml',
  title: null,
  passingScore: 0.8,
  maxAttempts: 3,
  retryAfterHours: null,
  revision: 'q1',
  text: QUIZ_TEXT,
  publishedText: QUIZ_TEXT,
  questions: [question('cau-1'), question('cau-2')],
  problems: [],
  draft: null,
  ...extra,
});

async function openQuiz(handlers: Parameters<typeof stubOperations>[0], path = '/soan-bai/khoa-hoc-thu/kiem-tra/hoc-phan-mot') {
  const calls = stubOperations({ Me: TRAINER, QuizDraft: { data: { quizDraft: quiz() } }, ...handlers }, SESSION);
  window.history.pushState({}, '', path);
  renderApp();
  await screen.findByRole('group', { name: 'Câu 1' });
  return calls;
}

type SavedQuestion = { slug: string; type: string; situation: boolean; prompt: string; options: { id: string; correct: boolean }[] };
const savedInput = (calls: Awaited<ReturnType<typeof openQuiz>>) =>
  calls.find((c) => c.operation === 'SaveQuizDraft')!.variables.input as Record<string, unknown> & { questions: SavedQuestion[] };

describe('the quiz editor', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStore.set(null);
  });

  it('edits passing rules, questions and options, reorders and removes, and saves it all in order', async () => {
    const calls = await openQuiz({ SaveQuizDraft: { data: { saveQuizDraft: { quiz: quiz({ revision: 'q2' }), conflict: null } } } });
    expect(screen.getByRole('heading', { name: 'Bài kiểm tra (Chung cả nước)', level: 1 })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Điểm đạt (0–1, ví dụ 0.8)'), { target: { value: '0.7' } });
    fireEvent.change(screen.getByLabelText('Số lần làm mỗi lượt (để trống: không giới hạn)'), { target: { value: '' } });

    // Question 2 gets a new prompt, becomes a situation question and moves up.
    let second = screen.getByRole('group', { name: 'Câu 2' });
    fireEvent.change(within(second).getByLabelText('Câu hỏi'), { target: { value: 'Khi nhận tin nhắn lạ, bạn làm gì?' } });
    fireEvent.click(within(second).getByLabelText('Câu tình huống'));
    fireEvent.click(within(second).getByRole('button', { name: 'Đưa câu 2 lên' }));
    const first = screen.getByRole('group', { name: 'Câu 1' });
    expect((within(first).getByLabelText('Tên ngắn (slug) của câu') as HTMLInputElement).value).toBe('cau-2');

    // The old first question (now 2) becomes multiple choice with a third answer, also correct.
    second = screen.getByRole('group', { name: 'Câu 2' });
    fireEvent.change(within(second).getByLabelText('Loại câu'), { target: { value: 'multiple' } });
    fireEvent.click(within(second).getByRole('button', { name: 'Thêm đáp án' }));
    fireEvent.change(within(second).getByLabelText('Nội dung đáp án c'), { target: { value: 'Cũng đúng là c' } });
    fireEvent.change(within(second).getByLabelText('Giải thích cho đáp án c'), { target: { value: 'Vì c cũng đúng.' } });
    fireEvent.click(within(second).getAllByLabelText('Đáp án đúng')[2]!);
    // The question added at the end is removed again; answer b of question 1 goes.
    fireEvent.click(screen.getByRole('button', { name: 'Thêm câu hỏi' }));
    expect(screen.getByRole('group', { name: 'Câu 3' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ câu 3' }));
    expect(screen.queryByRole('group', { name: 'Câu 3' })).toBeNull();
    fireEvent.click(within(first).getByRole('button', { name: 'Bỏ đáp án b' }));

    fireEvent.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    await screen.findByText('Đã lưu bản nháp.');
    const input = savedInput(calls);
    expect(input).toMatchObject({
      courseSlug: 'khoa-hoc-thu',
      moduleSlug: 'hoc-phan-mot',
      provinceCode: null,
      revision: 'q1',
      passingScore: 0.7,
      maxAttempts: null,
    });
    expect(input.questions.map((q) => [q.slug, q.type, q.situation, q.prompt])).toEqual([
      ['cau-2', 'single', true, 'Khi nhận tin nhắn lạ, bạn làm gì?'],
      ['cau-1', 'multiple', false, 'Câu hỏi cau-1?'],
    ]);
    expect(input.questions[0]!.options.map((o) => [o.id, o.correct])).toEqual([['a', true]]);
    expect(input.questions[1]!.options).toEqual([
      { id: 'a', text: 'Đúng là a', correct: true, explanation: 'Vì a đúng.' },
      { id: 'b', text: 'Sai là b', correct: false, explanation: 'Vì b sai.' },
      { id: 'c', text: 'Cũng đúng là c', correct: true, explanation: 'Vì c cũng đúng.' },
    ]);
  });

  it("opens a province's quiz and shows the format's problems on the question they are about", async () => {
    const problem = { path: '01-hoc-phan-mot/provinces/01/quiz.yaml', field: 'questions.1', code: 'no-correct-answer' };
    const calls = await openQuiz(
      {
        QuizDraft: { data: { quizDraft: quiz({ provinceCode: '01', path: problem.path }) } },
        SaveQuizDraft: {
          data: {
            saveQuizDraft: {
              quiz: quiz({
                provinceCode: '01',
                path: problem.path,
                revision: 'q2',
                problems: [
                  { ...problem, message: 'Câu hỏi cần ít nhất một đáp án đúng.' },
                  { ...problem, field: null, code: 'too-few-situations', message: 'Cần thêm câu tình huống.' },
                ],
              }),
              conflict: null,
            },
          },
        },
      },
      '/soan-bai/khoa-hoc-thu/kiem-tra/hoc-phan-mot?tinh=01',
    );
    expect(screen.getByRole('heading', { name: 'Bài kiểm tra (Tỉnh 01)', level: 1 })).toBeTruthy();
    expect(calls.find((c) => c.operation === 'QuizDraft')!.variables).toEqual({
      courseSlug: 'khoa-hoc-thu',
      moduleSlug: 'hoc-phan-mot',
      provinceCode: '01',
    });
    const second = screen.getByRole('group', { name: 'Câu 2' });
    fireEvent.click(within(second).getAllByLabelText('Đáp án đúng')[0]!); // no correct answer left
    fireEvent.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    await waitFor(() => expect(second.getAttribute('aria-describedby')).toBe('q1-error'));
    expect(document.getElementById('q1-error')?.textContent).toContain('Câu hỏi cần ít nhất một đáp án đúng.');
    expect(screen.getByRole('group', { name: 'Câu 1' }).getAttribute('aria-describedby')).toBeNull();
    expect(screen.getAllByRole('alert').some((a) => a.textContent === 'Cần thêm câu tình huống.')).toBe(true);
    const input = savedInput(calls);
    expect(input).toMatchObject({ provinceCode: '01', revision: 'q1' });
    expect(input.questions[1]!.options.map((o) => o.correct)).toEqual([false, false]);
  });
});
