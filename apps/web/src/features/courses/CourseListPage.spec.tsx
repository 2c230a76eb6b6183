import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import '../../app/i18n.js';
import { openMenu, renderApp, stubGraphQL } from '../../testing/render-app.js';

const course = {
  id: 'c1',
  slug: 'pho-cap-ky-nang-so-cong-dong',
  title: { vi: 'Phổ cập kỹ năng số cộng đồng', en: 'Basic digital skills for communities' },
  summary: { vi: 'Tóm tắt', en: 'Summary' },
  moduleCount: 6,
  lessonCount: 29,
  totalMinutes: 293,
};

describe('the course list (first page)', () => {
  beforeEach(() => localStorage.clear());

  it('shows a loading state, then the courses from the API in Vietnamese', async () => {
    const calls = stubGraphQL({ data: { courses: [course] } });
    renderApp();
    expect(screen.getByRole('status').textContent).toContain('Đang tải');
    const list = await screen.findByRole('list', { name: 'Các khóa học' });
    expect(within(list).getByRole('heading', { name: 'Phổ cập kỹ năng số cộng đồng' })).toBeTruthy();
    expect(list.textContent).toContain('6 học phần');
    expect(list.textContent).toContain('29 bài học');
    expect(list.textContent).toContain('khoảng 4 giờ 53 phút');
    expect(calls[0]?.query).toContain('courses');
  });

  it('says so when there is no course', async () => {
    stubGraphQL({ data: { courses: [] } });
    renderApp();
    expect(await screen.findByText('Chưa có khóa học nào. Hãy quay lại sau.')).toBeTruthy();
  });

  it('shows an error with a retry that loads the list again', async () => {
    stubGraphQL(new TypeError('Failed to fetch'), { data: { courses: [course] } });
    renderApp();
    const alert = await screen.findByRole('alert');
    fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('heading', { name: 'Phổ cập kỹ năng số cộng đồng' })).toBeTruthy();
  });

  it('switches to English, content included, and remembers it', async () => {
    stubGraphQL({ data: { courses: [course] } });
    renderApp();
    openMenu();
    fireEvent.change(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), { target: { value: 'en' } });
    expect(await screen.findByRole('heading', { name: 'Basic digital skills for communities' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Courses');
    expect(localStorage.getItem('lantoa.language')).toBe('en');
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'vi' } });
  });
});
