import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { apiError, renderApp, stubOperations } from '../../testing/render-app.js';
import { me, SESSION } from './fixtures.js';

describe('a forgotten password', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStore.set(null);
  });

  it('is reached from the sign-in page, says whom to ask, and sets the new password with the code', async () => {
    const calls = stubOperations({
      ResetPasswordWithCode: (v) =>
        (v.input as { code: string }).code === '111111'
          ? apiError('BAD_USER_INPUT', 'Mã không đúng.', 'Wrong code.', [
              { field: 'code', vi: 'Mã không đúng hoặc đã hết hạn.', en: 'Wrong or expired code.' },
            ])
          : { data: { resetPasswordWithCode: true } },
    });
    window.history.pushState({}, '', '/dang-nhap');
    renderApp();
    fireEvent.click(await screen.findByRole('link', { name: 'Quên mật khẩu?' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đặt lại mật khẩu' })).toBeTruthy();
    expect(screen.getByText(/Hãy nhờ tổ trưởng tổ công nghệ số/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Số điện thoại'), { target: { value: '0912345678' } });
    fireEvent.change(screen.getByLabelText('Mã 6 số'), { target: { value: '111111' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu mới'), { target: { value: 'mat-khau-moi-dai' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đặt mật khẩu mới' }));
    expect(await screen.findByText('Mã không đúng hoặc đã hết hạn.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Mã 6 số'), { target: { value: '482913' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đặt mật khẩu mới' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đã đặt mật khẩu mới' })).toBeTruthy();
    expect(calls.at(-1)?.variables).toEqual({ input: { phone: '0912345678', code: '482913', newPassword: 'mat-khau-moi-dai' } });
  });

  it("gives a team leader a code to read out for a member, shown on the member's row", async () => {
    const team = {
      data: {
        team: {
          id: 't1',
          name: 'Tổ số 1',
          village: null,
          memberCount: 2,
          commune: { code: '00004', name: 'Phường Ba Đình', province: { code: '01', name: 'Thành phố Hà Nội' } },
          members: [
            {
              role: 'leader',
              joinedAt: '2026-01-01T00:00:00Z',
              user: { id: 'u2', fullName: 'Trần Thị Bình', phone: '+84987654321', status: 'active' },
            },
            {
              role: 'member',
              joinedAt: '2026-01-01T00:00:00Z',
              user: { id: 'u3', fullName: 'Lê Văn Cường', phone: '+84901234567', status: 'active' },
            },
          ],
        },
      },
    };
    stubOperations(
      {
        Me: me({ id: 'u2', roles: ['CITIZEN', 'TEAM_MEMBER', 'TEAM_LEADER'] }),
        Team: team,
        TeamProgress: { data: { teamProgress: [] } },
        CreatePasswordResetCode: {
          data: { createPasswordResetCode: { userId: 'u3', fullName: 'Lê Văn Cường', code: '482913', expiresAt: '2026-12-02T08:30:00Z' } },
        },
      },
      SESSION,
    );
    window.history.pushState({}, '', '/to/t1');
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Tạo mã đặt lại mật khẩu: Lê Văn Cường' }));
    const row = screen.getByRole('button', { name: 'Tạo mã đặt lại mật khẩu: Lê Văn Cường' }).closest('tr')!;
    expect(await within(row).findByText('Mã cho Lê Văn Cường: 482913')).toBeTruthy();
    // Not for oneself: one's own password is changed on the profile.
    expect(screen.queryByRole('button', { name: 'Tạo mã đặt lại mật khẩu: Trần Thị Bình' })).toBeNull();
  });
});
