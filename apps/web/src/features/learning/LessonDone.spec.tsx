import { beforeEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { snapshot } from '../../shared/progress/queue.js';
import { renderApp, stubOperations } from '../../testing/render-app.js';
import { me, SESSION } from '../account/fixtures.js';
import { LESSON_IDS, lessonAnswer, myProgress, OUTLINE, syncAnswer } from './fixtures.js';

const markButton = () => screen.findByRole('button', { name: 'Đánh dấu đã học' });
const liveText = async (text: string) => expect((await screen.findByText(text)).getAttribute('role')).toBe('status');

describe('marking a lesson as done', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    sessionStore.set(null);
    window.history.pushState({}, '', '/courses/pho-cap/lessons/vneid');
  });

  it('keeps a visitor’s progress on the phone, invites them to sign up, and sends it once they sign in', async () => {
    const calls = stubOperations({
      Lesson: lessonAnswer(0),
      CourseOutline: OUTLINE,
      SignIn: { data: { signIn: SESSION } },
      Me: me(),
      SyncProgress: syncAnswer('APPLIED'),
      MyProgress: myProgress([{ lessonsDone: 1, completedLessonIds: [LESSON_IDS[0]] }]),
    });
    renderApp();
    fireEvent.click(await markButton());

    expect(await screen.findByText('Đã học ✓')).toBeTruthy();
    await liveText('Đã lưu trên máy này.');
    expect(screen.queryByRole('button', { name: 'Đánh dấu đã học' })).toBeNull();
    const next = screen.getByRole('link', { name: 'Bài tiếp theo: Cổng DVC' });
    expect(next.getAttribute('href')).toBe('/courses/pho-cap/lessons/cong-dvc');
    expect(document.activeElement).toBe(next);
    expect(screen.getByText(/Bạn chưa đăng nhập nên tiến độ chỉ lưu trên máy này/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Đăng ký để giữ tiến độ' }).getAttribute('href')).toBe(
      '/dang-ky?tiep=%2Fcourses%2Fpho-cap%2Flessons%2Fvneid',
    );
    expect(snapshot().events).toEqual([expect.objectContaining({ lessonId: LESSON_IDS[0], userId: null, anonymous: true })]);
    expect(calls.some((c) => c.operation === 'SyncProgress')).toBe(false);

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
    expect(await screen.findByText('Đã học ✓')).toBeTruthy();
    expect(window.location.pathname).toBe('/courses/pho-cap/lessons/vneid');
    expect(screen.queryByText(/Bạn chưa đăng nhập/)).toBeNull();
  });

  it('says "Đã lưu trên máy, sẽ gửi khi có mạng" when offline, and sends it when the network is back', async () => {
    let online = false;
    const calls = stubOperations(
      {
        Lesson: lessonAnswer(0),
        CourseOutline: OUTLINE,
        Me: me(),
        MyProgress: myProgress(),
        SyncProgress: (v) => (online ? syncAnswer('APPLIED')(v) : new TypeError('Failed to fetch')),
      },
      SESSION,
    );
    renderApp();
    fireEvent.click(await markButton());
    await liveText('Đã lưu trên máy, sẽ gửi khi có mạng.');
    expect(screen.getByText('Đã học ✓')).toBeTruthy();
    expect(screen.getByText(/\(1 việc đang chờ gửi\)/)).toBeTruthy();
    expect(snapshot().events).toHaveLength(1);

    online = true;
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(snapshot().events).toEqual([]));
    await waitFor(() => expect(screen.queryByText(/việc đang chờ gửi/)).toBeNull());
    expect(screen.getByText('Đã học ✓')).toBeTruthy();
    expect(calls.filter((c) => c.operation === 'SyncProgress')).toHaveLength(2);
  });

  it('offers the module quiz after the last lesson of a module', async () => {
    window.history.pushState({}, '', '/courses/pho-cap/lessons/cong-dvc');
    stubOperations(
      {
        Lesson: lessonAnswer(1),
        CourseOutline: OUTLINE,
        Me: me(),
        MyProgress: myProgress([{ lessonsDone: 1, completedLessonIds: [LESSON_IDS[0]] }]),
        SyncProgress: syncAnswer('APPLIED'),
      },
      SESSION,
    );
    renderApp();
    fireEvent.click(await markButton());
    await liveText('Đã lưu.');
    const quiz = screen.getByRole('link', { name: 'Làm bài kiểm tra: Dịch vụ công' });
    expect(quiz.getAttribute('href')).toBe('/courses/pho-cap/quiz/q1');
    expect(document.activeElement).toBe(quiz);
  });

  it('shows "Đã học ✓" for a lesson the API already has', async () => {
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
    expect(screen.queryByRole('button', { name: 'Đánh dấu đã học' })).toBeNull();
  });

  it('shows the learner, once, why the API refused an event, and takes it out of the queue', async () => {
    const handlers = {
      Lesson: lessonAnswer(0),
      CourseOutline: OUTLINE,
      Me: me(),
      MyProgress: myProgress(),
      SyncProgress: syncAnswer('REJECTED', { vi: 'Không tìm thấy bài học này.', en: 'This lesson was not found.' }),
    };
    stubOperations(handlers, SESSION);
    renderApp();
    fireEvent.click(await markButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không lưu được một bài đã học: Không tìm thấy bài học này.');
    expect(await screen.findByRole('button', { name: 'Đánh dấu đã học' })).toBeTruthy(); // not done after all
    expect(snapshot().events).toEqual([]);

    fireEvent.click(within(alert).getByRole('button', { name: 'Đã hiểu' }));
    expect(screen.queryByRole('alert')).toBeNull();
    cleanup();
    stubOperations(handlers, SESSION);
    renderApp();
    await markButton();
    expect(screen.queryByText(/Không lưu được một bài đã học/)).toBeNull();
  });

  it('offers "Nhận chứng nhận" when the lesson just saved completes the course', async () => {
    let saved = false;
    stubOperations(
      {
        Lesson: lessonAnswer(0),
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
    fireEvent.click(await markButton());
    const link = await screen.findByRole('link', { name: 'Nhận chứng nhận' });
    expect(link.getAttribute('href')).toBe('/chung-nhan?moi=1');
  });
});
