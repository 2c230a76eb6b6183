import { beforeEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { renderApp, stubOperations } from '../../testing/render-app.js';
import { me, SESSION } from '../account/fixtures.js';
import { LESSON_IDS, myProgress, OUTLINE } from './fixtures.js';

const bar = (name: string) => screen.getByRole('progressbar', { name });
const aria = (el: HTMLElement) => ['aria-valuemin', 'aria-valuenow', 'aria-valuemax', 'aria-valuetext'].map((a) => el.getAttribute(a));

describe('progress on the course overview', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStore.set(null);
    window.history.pushState({}, '', '/courses/pho-cap');
  });

  it('shows a bar per module with its numbers for screen readers, the overall percent and "continue"', async () => {
    stubOperations(
      {
        CourseOutline: OUTLINE,
        Me: me(),
        MyProgress: myProgress(
          [
            {
              lessonsDone: 2,
              completedLessonIds: LESSON_IDS,
              quizAttempts: 1,
              quizBestScore: 1,
              quizPassed: true,
              completed: true,
              nextLesson: null,
            },
            { lessonsDone: 1, completedLessonIds: ['l3'], nextLesson: { id: 'l4', slug: 'qr', title: { vi: 'Mã QR', en: null } } },
          ],
          { percent: 50, nextLesson: { id: 'l4', slug: 'qr', title: { vi: 'Mã QR', en: null } } },
        ),
      },
      SESSION,
    );
    renderApp();
    const first = await screen.findByRole('progressbar', { name: 'Tiến độ học phần 1' });
    expect(aria(first)).toEqual(['0', '3', '3', '2/2 bài, bài kiểm tra: đạt']);
    expect(aria(bar('Tiến độ học phần 2'))).toEqual(['0', '1', '4', '1/3 bài, bài kiểm tra: chưa làm']);
    expect(aria(bar('Tiến độ cả khóa học'))).toEqual(['0', '50', '100', 'Đã học 50% khóa học']);

    const modules = screen.getAllByRole('listitem').filter((li) => li.classList.contains('module'));
    expect(within(modules[0]!).getByText('Đã hoàn thành học phần')).toBeTruthy();
    expect(within(modules[1]!).queryByText('Đã hoàn thành học phần')).toBeNull();
    expect(within(modules[1]!).getByRole('link', { name: 'Ví điện tử (đã học)' })).toBeTruthy();

    const next = screen.getByRole('link', { name: 'Tiếp tục bài đang học: Mã QR' });
    expect(next.getAttribute('href')).toBe('/courses/pho-cap/lessons/qr');
  });

  it('sends "continue" to the quiz once every lesson of the module is done', async () => {
    stubOperations(
      {
        CourseOutline: OUTLINE,
        Me: me(),
        MyProgress: myProgress(
          [{ lessonsDone: 2, completedLessonIds: LESSON_IDS, quizAttempts: 1, quizBestScore: 0.5, nextLesson: null }],
          {
            percent: 28,
            nextLesson: { id: 'l3', slug: 'vi-dien-tu', title: { vi: 'Ví điện tử', en: null } },
          },
        ),
      },
      SESSION,
    );
    renderApp();
    const first = await screen.findByRole('progressbar', { name: 'Tiến độ học phần 1' });
    expect(aria(first)).toEqual(['0', '2', '3', '2/2 bài, bài kiểm tra: chưa đạt']);
    expect(screen.getByRole('link', { name: 'Làm bài kiểm tra đang chờ' }).getAttribute('href')).toBe('/courses/pho-cap/quiz/q1');
  });

  it('marks the lessons a visitor did on this phone, and invites them to sign up', async () => {
    localStorage.setItem('lantoa.progress.localDone', JSON.stringify([LESSON_IDS[0]]));
    stubOperations({ CourseOutline: OUTLINE });
    renderApp();
    const list = await screen.findByRole('list', { name: 'Các bài học của học phần 1' });
    expect(within(list).getByRole('link', { name: 'VNeID (đã học)' })).toBeTruthy();
    expect(within(list).getByRole('link', { name: 'Cổng DVC' })).toBeTruthy();
    expect(aria(bar('Tiến độ học phần 1'))).toEqual(['0', '1', '2', '1/2 bài (lưu trên máy này)']);
    expect(screen.getByText(/Bạn đã học 1 bài\. Tiến độ đang lưu trên máy này/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Đăng ký để giữ tiến độ' }).getAttribute('href')).toBe('/dang-ky?tiep=%2Fcourses%2Fpho-cap');
    expect(screen.getByRole('link', { name: 'Tiếp tục bài đang học' }).getAttribute('href')).toBe('/courses/pho-cap/lessons/cong-dvc');
  });

  it("reads the outline in the signed-in learner's own province, the one their progress counts in", async () => {
    const calls = stubOperations({ CourseOutline: OUTLINE, Me: me(), MyProgress: myProgress() }, SESSION);
    renderApp();
    await screen.findByRole('progressbar', { name: 'Tiến độ cả khóa học' });
    await waitFor(() => expect(calls.filter((c) => c.operation === 'CourseOutline').at(-1)?.variables.provinceCode).toBe('01'));
  });
});
