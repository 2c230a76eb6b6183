import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { apiError, renderApp, stubOperations } from '../../testing/render-app.js';
import { me, PROVINCES, SESSION } from './fixtures.js';

const LEADER = me({
  roles: ['CITIZEN', 'TEAM_MEMBER', 'TEAM_LEADER', 'TRAINER', 'PROVINCE_ADMIN'],
  grants: [
    { role: 'TRAINER', scopeCode: null },
    { role: 'PROVINCE_ADMIN', scopeCode: '01' },
  ],
  teamHistory: [
    { team: { id: 't2', name: 'Tổ CNSCĐ phường Ba Đình' }, role: 'leader', joinedAt: '2025-09-02T03:00:00.000Z', leftAt: null },
    {
      team: { id: 't1', name: 'Tổ CNSCĐ xã Sóc Sơn' },
      role: 'member',
      joinedAt: '2025-03-10T03:00:00.000Z',
      leftAt: '2025-09-01T03:00:00.000Z',
    },
  ],
});

describe('the profile page', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStore.set(null);
    window.history.pushState({}, '', '/tai-khoan');
  });

  it('shows the name, the phone as 0912 345 678, the place, the roles in plain words and the teams', async () => {
    stubOperations({ Me: LEADER, Provinces: PROVINCES }, SESSION);
    renderApp();
    const roles = await screen.findByRole('list', { name: 'Vai trò' });
    await within(roles).findByText('Quản trị tỉnh: Thành phố Hà Nội');
    expect(
      within(roles)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Người dân', 'Tổ trưởng', 'Người soạn bài', 'Quản trị tỉnh: Thành phố Hà Nội']);
    const main = screen.getByRole('main');
    expect(within(main).getByText('Nguyễn Văn An')).toBeTruthy();
    expect(within(main).getByText('0912 345 678')).toBeTruthy();
    expect(within(main).getByText('Phường Ba Đình, Thành phố Hà Nội')).toBeTruthy();
    expect(within(main).getByRole('link', { name: 'Tổ CNSCĐ phường Ba Đình' }).getAttribute('href')).toBe('/to/t2');
    expect(main.textContent).toContain('(Tổ trưởng, từ 2/9/2025)');
    expect(within(main).getByRole('heading', { name: 'Các tổ trước đây' })).toBeTruthy();
    expect(main.textContent).toContain('Tổ CNSCĐ xã Sóc Sơn (Thành viên, từ 10/3/2025 đến 1/9/2025)');
  });

  it('offers a sign-in link that comes back here to someone signed out', async () => {
    stubOperations({});
    renderApp();
    const link = await screen.findByRole('link', { name: 'Đăng nhập để xem tài khoản' });
    expect(link.getAttribute('href')).toBe('/dang-nhap?tiep=%2Ftai-khoan');
  });

  it('changes the password: a wrong current password is shown under its field, then success is announced', async () => {
    const calls = stubOperations(
      {
        Me: me(),
        ChangePassword: (variables) =>
          (variables.input as { currentPassword: string }).currentPassword === 'sai-roi-123'
            ? apiError('BAD_USER_INPUT', 'Thông tin chưa đúng. Hãy xem lại các ô được đánh dấu.', 'Some information is not right.', [
                { field: 'currentPassword', vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
              ])
            : { data: { changePassword: { ...SESSION, accessToken: 'token-2' } } },
      },
      SESSION,
    );
    renderApp();
    const current = (await screen.findByLabelText('Mật khẩu hiện tại')) as HTMLInputElement;
    const next = screen.getByLabelText('Mật khẩu mới') as HTMLInputElement;
    fireEvent.change(current, { target: { value: 'sai-roi-123' } });
    fireEvent.change(next, { target: { value: 'mat-khau-moi-456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await screen.findByText('Mật khẩu hiện tại không đúng.')).toBeTruthy();
    expect(current.getAttribute('aria-invalid')).toBe('true');
    expect(next.value).toBe('mat-khau-moi-456');

    fireEvent.change(current, { target: { value: 'mat-khau-dung' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await screen.findByText(/Đã đổi mật khẩu/)).toBeTruthy();
    expect(sessionStore.get()?.accessToken).toBe('token-2');
    expect(current.value).toBe('');
    expect(calls.filter((c) => c.operation === 'ChangePassword')).toHaveLength(2);
  });

  it('signs out and shows "Đăng nhập" in the header again', async () => {
    const calls = stubOperations({ Me: me(), SignOut: { data: { signOut: true } }, Courses: { data: { courses: [] } } }, SESSION);
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Đăng xuất' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Các khóa học' })).toBeTruthy();
    expect(sessionStore.get()).toBeNull();
    expect(calls.some((c) => c.operation === 'SignOut')).toBe(true);
    expect(within(screen.getByRole('navigation', { name: 'Điều hướng chính' })).getByRole('link', { name: 'Đăng nhập' })).toBeTruthy();
  });
});
