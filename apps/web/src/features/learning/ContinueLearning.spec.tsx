import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { renderApp, stubOperations } from '../../testing/render-app.js';
import { me, SESSION } from '../account/fixtures.js';
import { LESSON_IDS, lessonAnswer, myProgress, OUTLINE } from './fixtures.js';

const COURSES = {
  data: {
    courses: [
      {
        id: 'c1',
        slug: 'pho-cap',
        title: { vi: 'Phổ cập kỹ năng số', en: null },
        summary: { vi: 'Tóm tắt', en: null },
        moduleCount: 2,
        lessonCount: 5,
        totalMinutes: 40,
      },
    ],
  },
};

describe('"Tiếp tục học" for a returning learner', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    sessionStore.set(null);
    window.history.pushState({}, '', '/');
  });

  it('shows the course progress and "Tiếp tục học: <bài>" on the home page, one tap from the lesson', async () => {
    stubOperations(
      {
        Courses: COURSES,
        CourseOutline: OUTLINE,
        Me: me(),
        MyProgress: myProgress([{ lessonsDone: 1, completedLessonIds: [LESSON_IDS[0]] }], { percent: 14 }),
        Lesson: lessonAnswer(1),
      },
      SESSION,
    );
    renderApp();
    const card = (await screen.findByRole('heading', { level: 2, name: 'Phổ cập kỹ năng số' })).closest('section')!;
    const bar = await within(card as HTMLElement).findByRole('progressbar', { name: 'Tiến độ cả khóa học' });
    expect(bar.getAttribute('aria-valuenow')).toBe('14');
    const go = within(card as HTMLElement).getByRole('link', { name: 'Tiếp tục học: Cổng DVC' });
    expect(go.getAttribute('href')).toBe('/courses/pho-cap/lessons/cong-dvc');
    fireEvent.click(go);
    expect(await screen.findByRole('heading', { level: 1, name: 'Cổng DVC' }, { timeout: 5000 })).toBeTruthy();
    expect(document.title).toBe('Cổng DVC – Lan Tỏa');
  });

  it('shows nothing to continue for a learner who has not started', async () => {
    const calls = stubOperations({ Courses: COURSES, CourseOutline: OUTLINE, Me: me(), MyProgress: myProgress() }, SESSION);
    renderApp();
    await screen.findByRole('list', { name: 'Các khóa học' });
    await waitFor(() => expect(calls.some((c) => c.operation === 'MyProgress')).toBe(true));
    expect(screen.queryByRole('link', { name: /^Tiếp tục học/ })).toBeNull();
  });

  it('shows the learning on the profile too', async () => {
    window.history.pushState({}, '', '/tai-khoan');
    stubOperations(
      {
        Courses: COURSES,
        CourseOutline: OUTLINE,
        Me: me(),
        MyProgress: myProgress([{ lessonsDone: 1, completedLessonIds: [LESSON_IDS[0]] }], { percent: 14 }),
      },
      SESSION,
    );
    renderApp();
    const section = (await screen.findByRole('heading', { level: 2, name: 'Việc học của tôi' })).closest('section')!;
    expect(await within(section as HTMLElement).findByRole('link', { name: 'Tiếp tục học: Cổng DVC' })).toBeTruthy();
    expect(within(section as HTMLElement).getByRole('heading', { level: 3, name: 'Phổ cập kỹ năng số' })).toBeTruthy();
  });
});

describe('page titles', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStore.set(null);
  });

  it('names every page for what it shows, on each navigation, and never keeps the last one after signing out', async () => {
    window.history.pushState({}, '', '/tai-khoan');
    stubOperations(
      {
        Courses: COURSES,
        CourseOutline: OUTLINE,
        Me: me(),
        MyProgress: myProgress(),
        SignOut: { data: { signOut: true } },
        Lesson: lessonAnswer(0),
      },
      SESSION,
    );
    renderApp();
    await waitFor(() => expect(document.title).toBe('Tài khoản của tôi – Lan Tỏa'));
    fireEvent.click(await screen.findByRole('button', { name: 'Đăng xuất' }));
    await screen.findByRole('heading', { level: 1, name: 'Các khóa học' });
    expect(document.title).toBe('Các khóa học – Lan Tỏa');

    fireEvent.click(await screen.findByRole('link', { name: 'Phổ cập kỹ năng số' }));
    await screen.findByRole('heading', { level: 1, name: 'Phổ cập kỹ năng số' }, { timeout: 5000 });
    expect(document.title).toBe('Phổ cập kỹ năng số – Lan Tỏa');

    fireEvent.click(await screen.findByRole('link', { name: 'Bắt đầu học' }));
    await screen.findByRole('heading', { level: 1, name: 'VNeID' }, { timeout: 5000 });
    expect(document.title).toBe('VNeID – Lan Tỏa');
  });
});
