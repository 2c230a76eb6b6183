import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { renderApp, stubOperations } from '../../testing/render-app.js';
import { me, SESSION } from '../account/fixtures.js';

const NATIONAL_TRAINER = me({ roles: ['CITIZEN', 'TRAINER'], grants: [{ role: 'TRAINER', scopeCode: null }] });
const HANOI_TRAINER = me({ roles: ['CITIZEN', 'TRAINER'], grants: [{ role: 'TRAINER', scopeCode: '01' }] });

const COURSES = {
  data: {
    courses: [
      {
        id: 'c1',
        slug: 'khoa-hoc-thu',
        title: { vi: 'Khóa học thử', en: 'Test course' },
        summary: { vi: 'Tóm tắt', en: 'Summary' },
        moduleCount: 0,
        lessonCount: 0,
        totalMinutes: 0,
      },
    ],
  },
};

const draft = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  id,
  courseSlug: 'khoa-hoc-thu',
  provinceCode: null,
  title,
  status: 'IN_REVIEW',
  authorName: 'Giảng viên A',
  reviewerName: null,
  reviewComment: null,
  submittedAt: '2026-12-02T09:00:00.000Z',
  updatedAt: '2026-12-02T09:00:00.000Z',
  mine: false,
  canReview: true,
  files: [{ path: '01-hoc-phan-mot/02-bai-hai.md', change: 'CHANGED', before: 'Nội dung cũ.\n', after: 'Nội dung mới.\n' }],
  problems: [],
  ...extra,
});

const version = (id: string, number: number, kind: string, extra: Record<string, unknown> = {}) => ({
  id,
  number,
  kind,
  authorName: null,
  reviewerName: null,
  note: null,
  restoredFrom: null,
  changed: [],
  createdAt: '2026-12-01T08:00:00.000Z',
  ...extra,
});

const VERSIONS = {
  data: {
    contentVersions: [
      version('v3', 3, 'publish', {
        authorName: 'Giảng viên A',
        reviewerName: 'Giảng viên B',
        note: 'Viết lại bài hai',
        changed: ['lesson:bai-hai'],
      }),
      version('v2', 2, 'files'),
    ],
  },
};

function openAuthoring(handlers: Parameters<typeof stubOperations>[0]) {
  const calls = stubOperations(
    {
      Me: NATIONAL_TRAINER,
      Courses: COURSES,
      AuthoringCourse: { data: { authoringCourse: { courseSlug: 'khoa-hoc-thu', national: true, provinces: [], modules: [] } } },
      ContentDrafts: { data: { contentDrafts: [] } },
      ContentVersions: VERSIONS,
      ...handlers,
    },
    SESSION,
  );
  window.history.pushState({}, '', '/soan-bai?khoa=khoa-hoc-thu');
  renderApp();
  return calls;
}

const reviews = (calls: ReturnType<typeof openAuthoring>) =>
  calls.filter((c) => c.operation === 'ReviewDraft').map((c) => c.variables.input);

describe('the review queue', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStore.set(null);
  });

  it("shows another trainer's draft with its diff, and approves it", async () => {
    const calls = openAuthoring({
      ContentDrafts: {
        data: { contentDrafts: [draft('d1', 'Bài: Bài hai'), draft('d2', 'Bài: Bài ba', { mine: true, canReview: false })] },
      },
      ReviewDraft: { data: { reviewDraft: draft('d1', 'Bài: Bài hai', { status: 'APPROVED', reviewerName: 'Nguyễn Văn An' }) } },
    });
    const card = await screen.findByRole('article', { name: 'Bài: Bài hai' });
    expect(within(card).getByText('Chờ duyệt')).toBeTruthy();
    expect(card.querySelector('del.diff__removed')?.textContent).toContain('Nội dung cũ.');
    expect(card.querySelector('ins.diff__added')?.textContent).toContain('Nội dung mới.');
    // One's own draft: no review buttons, and the reason.
    const own = screen.getByRole('article', { name: 'Bài: Bài ba' });
    expect(within(own).queryByRole('button', { name: 'Duyệt' })).toBeNull();
    expect(within(own).getByText(/không tự duyệt được/)).toBeTruthy();

    fireEvent.click(within(card).getByRole('button', { name: 'Duyệt' }));
    await waitFor(() => expect(reviews(calls)).toEqual([{ draftId: 'd1', decision: 'APPROVE', comment: null }]));
  });

  it('sends a draft back only with a comment saying what to change', async () => {
    const calls = openAuthoring({
      ContentDrafts: { data: { contentDrafts: [draft('d1', 'Bài: Bài hai')] } },
      ReviewDraft: {
        data: { reviewDraft: draft('d1', 'Bài: Bài hai', { status: 'CHANGES_REQUESTED', reviewComment: 'Thêm một ví dụ.' }) },
      },
    });
    const card = await screen.findByRole('article', { name: 'Bài: Bài hai' });
    const comment = within(card).getByLabelText('Nhận xét cho người soạn');
    fireEvent.change(comment, { target: { value: '   ' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Trả lại để sửa' }));
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    const describedBy = comment.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent).join(' ')).toContain(
      'Hãy ghi nhận xét để người soạn biết cần sửa gì.',
    );
    expect(document.activeElement).toBe(comment);
    expect(reviews(calls)).toEqual([]);

    fireEvent.change(comment, { target: { value: 'Thêm một ví dụ.' } });
    expect(comment.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: 'Trả lại để sửa' }));
    await waitFor(() => expect(reviews(calls)).toEqual([{ draftId: 'd1', decision: 'SEND_BACK', comment: 'Thêm một ví dụ.' }]));
  });
});

describe('the version list', () => {
  const confirm = window.confirm;
  beforeEach(() => {
    localStorage.clear();
    sessionStore.set(null);
  });
  afterEach(() => {
    window.confirm = confirm;
  });

  it('shows who wrote and reviewed each version, and restores one only after asking', async () => {
    const calls = openAuthoring({ RestoreContentVersion: { data: { restoreContentVersion: { id: 'v4', number: 4 } } } });
    const latest = (await screen.findByText('Phiên bản 3')).closest('li')!;
    expect(latest.textContent).toContain('Người soạn: Giảng viên A');
    expect(latest.textContent).toContain('Người duyệt: Giảng viên B');
    expect(latest.textContent).toContain('“Viết lại bài hai”');
    // The version learners read now cannot be "restored"; the earlier one can.
    expect(within(latest).queryByRole('button', { name: 'Khôi phục phiên bản này' })).toBeNull();
    const earlier = screen.getByText('Phiên bản 2').closest('li')!;
    const restore = within(earlier).getByRole('button', { name: 'Khôi phục phiên bản này' });

    const asked = jest.fn<(message?: string) => boolean>(() => false);
    window.confirm = asked;
    fireEvent.click(restore);
    expect(asked).toHaveBeenCalledWith('Xuất bản lại phiên bản 2 thành một phiên bản mới? Học viên sẽ thấy nội dung đó ngay.');
    expect(calls.some((c) => c.operation === 'RestoreContentVersion')).toBe(false);

    asked.mockReturnValue(true);
    fireEvent.click(restore);
    expect(await screen.findByText('Đã khôi phục thành phiên bản 4.')).toBeTruthy();
    expect(calls.filter((c) => c.operation === 'RestoreContentVersion').map((c) => c.variables)).toEqual([{ input: { versionId: 'v2' } }]);
  });

  it('offers no restore to a trainer of one province', async () => {
    openAuthoring({
      Me: HANOI_TRAINER,
      AuthoringCourse: { data: { authoringCourse: { courseSlug: 'khoa-hoc-thu', national: false, provinces: ['01'], modules: [] } } },
    });
    await screen.findByText('Phiên bản 2');
    expect(screen.queryByRole('button', { name: 'Khôi phục phiên bản này' })).toBeNull();
  });
});
