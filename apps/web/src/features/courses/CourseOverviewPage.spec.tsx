import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import '../../app/i18n.js';
import { renderApp, stubGraphQL } from '../../testing/render-app.js';

const lesson = (slug: string, title: string, minutes = 8) => ({ id: slug, slug, title: { vi: title, en: null }, minutes });
const module = (slug: string, title: string, lessons: ReturnType<typeof lesson>[], variants: unknown[] = []) => ({
  id: slug,
  slug,
  position: 1,
  title: { vi: title, en: null },
  summary: { vi: `Tóm tắt ${title}`, en: null },
  provinceCode: null,
  totalMinutes: lessons.reduce((n, l) => n + l.minutes, 0),
  lessons,
  quiz: { id: `q-${slug}`, questionCount: 12, passingScore: 0.8, maxAttempts: 3 },
  variants,
});

describe('the course overview', () => {
  beforeEach(() => {
    localStorage.clear();
    window.history.pushState({}, '', '/courses/pho-cap');
  });

  it('lists every module with its lessons, times, quiz and local variants', async () => {
    const calls = stubGraphQL({
      data: {
        course: {
          id: 'c',
          slug: 'pho-cap',
          title: { vi: 'Phổ cập kỹ năng số', en: null },
          summary: { vi: 'Tóm tắt', en: null },
          totalMinutes: 26,
          modules: [
            module('dich-vu-cong', 'Dịch vụ công', [lesson('vneid', 'VNeID'), lesson('cong-dvc', 'Cổng DVC', 10)]),
            module(
              'dia-phuong',
              'Địa phương',
              [lesson('hai-cap', 'Hai cấp')],
              [{ provinceCode: '01', title: { vi: 'Hà Nội: iHanoi', en: null } }],
            ),
          ],
        },
      },
    });
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Phổ cập kỹ năng số' })).toBeTruthy();
    const first = screen.getByRole('list', { name: 'Các bài học của học phần 1' });
    expect(
      within(first)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/courses/pho-cap/lessons/vneid', '/courses/pho-cap/lessons/cong-dvc']);
    expect(first.textContent).toContain('10 phút');
    expect(screen.getAllByText('Bài kiểm tra: 12 câu, cần đúng 80%, tối đa 3 lần làm')).toHaveLength(2);
    // Folded but for the module the newcomer starts with; a module opens on request, with its local variants.
    const toggles = [...document.querySelectorAll('.module__toggle')];
    expect(toggles.map((b) => b.getAttribute('aria-expanded'))).toEqual(['true', 'false']);
    expect(screen.getByRole('button', { name: /Dịch vụ công/ }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.queryByRole('link', { name: 'Hà Nội: iHanoi' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Địa phương/ }));
    expect(screen.getByRole('button', { name: /Địa phương/ }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('link', { name: 'Hà Nội: iHanoi' }).getAttribute('href')).toBe('/courses/pho-cap?tinh=01');
    expect(screen.getByRole('link', { name: 'Bắt đầu học' }).getAttribute('href')).toBe('/courses/pho-cap/lessons/vneid');
    expect(calls[0]?.query).toContain('CourseOutline');
  });

  it('says so when the course does not exist', async () => {
    stubGraphQL({ data: { course: null } });
    renderApp();
    expect(await screen.findByText('Không tìm thấy khóa học này.')).toBeTruthy();
  });
});
