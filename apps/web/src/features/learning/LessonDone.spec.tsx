import { beforeEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { snapshot } from '../../shared/progress/queue.js';
import { renderApp, stubOperations } from '../../testing/render-app.js';
import { me, SESSION } from '../account/fixtures.js';
import { LESSON_IDS, lessonAnswer, myProgress, OUTLINE, QUIZ, syncAnswer } from './fixtures.js';

const NEXT_ACTION = 'Đã học xong – sang bài tiếp: Cổng DVC';
const finishButton = (name = NEXT_ACTION) => screen.findByRole('button', { name });
const titleShown = (title: string) => screen.findByRole('heading', { level: 1, name: title }, { timeout: 5000 });
const liveText = async (text: string) => expect((await screen.findByText(text)).getAttribute('role')).toBe('status');

describe('"Đã học xong – sang bài tiếp": one action that counts the lesson and moves on', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    sessionStore.set(null);
    window.history.pushState({}, '', '/courses/pho-cap/lessons/vneid');
  });

  it('keeps a visitor’s lesson on the phone, opens the next one, invites them to sign up, and sends it once they sign in', async () => {
    const calls = stubOperations({
      Lesson: (v) => lessonAnswer(v.lessonSlug === 'cong-dvc' ? 1 : 0),
      CourseOutline: OUTLINE,
      SignIn: { data: { signIn: SESSION } },
      Me: me(),
      SyncProgress: syncAnswer('APPLIED'),
      MyProgress: myProgress([{ lessonsDone: 1, completedLessonIds: [LESSON_IDS[0]] }]),
    });
    renderApp();
    await titleShown('VNeID');
    // One primary action, no second "Bài tiếp theo" beside it.
    expect(screen.queryByRole('link', { name: /^Bài tiếp theo/ })).toBeNull();
    fireEvent.click(await finishButton());

    await titleShown('Cổng DVC');
    expect(window.location.pathname).toBe('/courses/pho-cap/lessons/cong-dvc');
    await liveText('Đã lưu trên máy này.');
    expect(snapshot().events).toEqual([expect.objectContaining({ lessonId: LESSON_IDS[0], userId: null, anonymous: true })]);
    expect(calls.some((c) => c.operation === 'SyncProgress')).toBe(false);
    expect(screen.getByText(/Bạn chưa đăng nhập nên tiến độ chỉ lưu trên máy này/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Đăng ký để giữ tiến độ' }).getAttribute('href')).toBe(
      '/dang-ky?tiep=%2Fcourses%2Fpho-cap%2Flessons%2Fcong-dvc',
    );

    // Sign in from the invitation, and come back to the lesson.
    const lesson = screen.getByRole('article');
    fireEvent.click(within(lesson).getByRole('link', { name: 'Đăng nhập' }));
    fireEvent.change(await screen.findByLabelText('Số điện thoại'), { target: { value: '0912345678' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'mat-khau-dai' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    await waitFor(() => expect(snapshot().events).toEqual([]));
    const sync = calls.find((c) => c.operation === 'SyncProgress');
    expect(sync?.variables).toEqual({
      input: {
        events: [{ clientEventId: expect.any(String), kind: 'LESSON_COMPLETED', lessonId: LESSON_IDS[0], occurredAt: expect.any(String) }],
      },
    });
    await titleShown('Cổng DVC');
    expect(window.location.pathname).toBe('/courses/pho-cap/lessons/cong-dvc');
    await waitFor(() => expect(screen.queryByText(/Bạn chưa đăng nhập/)).toBeNull());
  });

  it('says "Đã lưu trên máy, sẽ gửi khi có mạng" on the next lesson when offline, and sends it when the network is back', async () => {
    let online = false;
    const calls = stubOperations(
      {
        Lesson: (v) => lessonAnswer(v.lessonSlug === 'cong-dvc' ? 1 : 0),
        CourseOutline: OUTLINE,
        Me: me(),
        MyProgress: myProgress(),
        SyncProgress: (v) => (online ? syncAnswer('APPLIED')(v) : new TypeError('Failed to fetch')),
      },
      SESSION,
    );
    renderApp();
    fireEvent.click(await finishButton());
    await titleShown('Cổng DVC');
    await liveText('Đã lưu trên máy, sẽ gửi khi có mạng.');
    expect(screen.getByText(/\(1 việc đang chờ gửi\)/)).toBeTruthy();
    expect(snapshot().events).toHaveLength(1);

    online = true;
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(snapshot().events).toEqual([]));
    await waitFor(() => expect(screen.queryByText(/việc đang chờ gửi/)).toBeNull());
    expect(calls.filter((c) => c.operation === 'SyncProgress')).toHaveLength(2);
  });

  it('after the last lesson of a module, counts it and opens the module quiz', async () => {
    window.history.pushState({}, '', '/courses/pho-cap/lessons/cong-dvc');
    const calls = stubOperations(
      {
        Lesson: lessonAnswer(1),
        CourseOutline: OUTLINE,
        Me: me(),
        MyProgress: myProgress([{ lessonsDone: 1, completedLessonIds: [LESSON_IDS[0]] }]),
        SyncProgress: syncAnswer('APPLIED'),
        Quiz: QUIZ,
      },
      SESSION,
    );
    renderApp();
    fireEvent.click(await finishButton('Đã học xong – làm bài kiểm tra: Dịch vụ công'));
    await waitFor(() => expect(window.location.pathname).toBe('/courses/pho-cap/quiz/q1'));
    expect(calls.find((c) => c.operation === 'SyncProgress')?.variables).toEqual({
      input: { events: [expect.objectContaining({ kind: 'LESSON_COMPLETED', lessonId: LESSON_IDS[1] })] },
    });
  });

  it('shows "Đã học ✓" and the way on for a lesson the API already has', async () => {
    stubOperations(
      {
        Lesson: lessonAnswer(0),
        CourseOutline: OUTLINE,
        Me: me(),
        MyProgress: myProgress([{ lessonsDone: 1, completedLessonIds: [LESSON_IDS[0]] }]),
      },
      SESSION,
    );
    renderApp();
    expect(await screen.findByText('Đã học ✓')).toBeTruthy();
    expect(screen.queryByRole('button', { name: NEXT_ACTION })).toBeNull();
    const next = await screen.findByRole('link', { name: 'Bài tiếp theo: Cổng DVC' });
    expect(next.getAttribute('href')).toBe('/courses/pho-cap/lessons/cong-dvc');
    expect(screen.getAllByRole('link', { name: /^Bài tiếp theo/ })).toHaveLength(1);
  });

  it('keeps the learner on the lesson, once told why, when the API refuses the completion', async () => {
    const handlers = {
      Lesson: lessonAnswer(0),
      CourseOutline: OUTLINE,
      Me: me(),
      MyProgress: myProgress(),
      SyncProgress: syncAnswer('REJECTED', { vi: 'Không tìm thấy bài học này.', en: 'This lesson was not found.' }),
    };
    stubOperations(handlers, SESSION);
    renderApp();
    fireEvent.click(await finishButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không lưu được một bài đã học: Không tìm thấy bài học này.');
    expect(await finishButton()).toBeTruthy(); // not done after all, and still here
    expect(window.location.pathname).toBe('/courses/pho-cap/lessons/vneid');
    expect(snapshot().events).toEqual([]);

    fireEvent.click(within(alert).getByRole('button', { name: 'Đã hiểu' }));
    expect(screen.queryByRole('alert')).toBeNull();
    cleanup();
    stubOperations(handlers, SESSION);
    renderApp();
    await finishButton();
    expect(screen.queryByText(/Không lưu được một bài đã học/)).toBeNull();
  });

  it('offers "Nhận chứng nhận" when the lesson just saved completes the course', async () => {
    let saved = false;
    stubOperations(
      {
        Lesson: (v) => lessonAnswer(v.lessonSlug === 'cong-dvc' ? 1 : 0),
        CourseOutline: OUTLINE,
        Me: me(),
        MyProgress: () => myProgress([], { completed: saved, percent: saved ? 100 : 90 }),
        CompleteLesson: () => {
          saved = true;
          return {
            data: {
              completeLesson: {
                lessonId: LESSON_IDS[0],
                completedAt: new Date().toISOString(),
                completedModuleIds: ['m1'],
                courseCompleted: true,
              },
            },
          };
        },
        SyncProgress: (v) => {
          saved = true;
          return syncAnswer('APPLIED')(v);
        },
      },
      SESSION,
    );
    renderApp();
    fireEvent.click(await finishButton());
    // On the lesson it led to, the learner is told the course is done.
    await titleShown('Cổng DVC');
    const link = await screen.findByRole('link', { name: 'Nhận chứng nhận' });
    expect(link.getAttribute('href')).toBe('/chung-nhan?moi=1');
  });
});
