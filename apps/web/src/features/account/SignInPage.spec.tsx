import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { apiError, openMenu, renderApp, stubOperations } from '../../testing/render-app.js';
import { me, SESSION } from './fixtures.js';

const input = (name: string) => screen.getByLabelText(name) as HTMLInputElement;
const nav = () => screen.getByRole('navigation', { name: 'Điều hướng chính' });

async function signIn(phone = '0912345678', password = 'mat-khau-dai') {
  fireEvent.change(input('Số điện thoại'), { target: { value: phone } });
  fireEvent.change(input('Mật khẩu'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('the sign-in page', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStore.set(null);
    window.history.pushState({}, '', '/dang-nhap');
  });

  it("shows the API's message for a wrong phone or password, and keeps the phone", async () => {
    stubOperations({
      SignIn: apiError('INVALID_CREDENTIALS', 'Số điện thoại hoặc mật khẩu không đúng.', 'The phone number or password is wrong.'),
    });
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' });
    await signIn();
    const alert = await screen.findByRole('alert');
    expect(await within(alert).findByText('Số điện thoại hoặc mật khẩu không đúng.')).toBeTruthy();
    expect(input('Số điện thoại').value).toBe('0912345678');
    expect(sessionStore.get()).toBeNull();
  });

  it('shows how long to wait after too many failed attempts', async () => {
    stubOperations({
      SignIn: apiError(
        'TOO_MANY_ATTEMPTS',
        'Bạn đã thử sai quá nhiều lần. Hãy thử lại sau 15 phút.',
        'Too many failed attempts. Please try again in 15 minutes.',
      ),
    });
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' });
    await signIn();
    expect((await screen.findByText('Bạn đã thử sai quá nhiều lần. Hãy thử lại sau 15 phút.')).closest('[role="alert"]')).toBeTruthy();
  });

  it('says so, and keeps what was typed, when the phone is offline', async () => {
    stubOperations({ SignIn: new TypeError('Failed to fetch') });
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' });
    await signIn();
    expect(await screen.findByText(/có vẻ điện thoại đang mất mạng/)).toBeTruthy();
    expect(input('Mật khẩu').value).toBe('mat-khau-dai');
  });

  it('stores the session, shows the name and the team link in the header, and returns to the page before', async () => {
    const calls = stubOperations({
      SignIn: { data: { signIn: { ...SESSION, user: { ...SESSION.user, roles: ['CITIZEN'] } } } },
      Me: me({ roles: ['CITIZEN', 'PROVINCE_ADMIN'], grants: [{ role: 'PROVINCE_ADMIN', scopeCode: '01' }] }),
      Teams: { data: { teams: { total: 0, items: [] } } },
    });
    window.history.pushState({}, '', '/dang-nhap?tiep=%2Fto');
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' });
    expect((await within(nav()).findByRole('link', { name: 'Đăng nhập' })).getAttribute('href')).toBe('/dang-nhap?tiep=%2Fto');
    expect(screen.getByRole('link', { name: 'Đăng ký tài khoản mới' }).getAttribute('href')).toBe('/dang-ky?tiep=%2Fto');
    await signIn(' 0912 345 678 ');

    const account = await within(nav()).findByRole('link', { name: 'Tài khoản: Nguyễn Văn An' });
    expect(account.getAttribute('href')).toBe('/tai-khoan');
    expect(sessionStore.get()).toEqual(SESSION);
    expect(calls.find((c) => c.operation === 'SignIn')?.variables).toEqual({
      input: { phone: ' 0912 345 678 ', password: 'mat-khau-dai' },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tổ công nghệ số cộng đồng' })).toBeTruthy();
    expect(window.location.pathname).toBe('/to');
    // The team pages are in the header's menu.
    await waitFor(() => expect(within(openMenu()).getByRole('link', { name: 'Quản lý tổ' }).getAttribute('href')).toBe('/to'));
    expect(within(nav()).queryByRole('link', { name: 'Đăng nhập' })).toBeNull();
  });

  it('never returns to another site after signing in', async () => {
    stubOperations({
      SignIn: { data: { signIn: { ...SESSION, user: { ...SESSION.user, roles: ['CITIZEN'] } } } },
      Me: me(),
      Courses: { data: { courses: [] } },
    });
    window.history.pushState({}, '', '/dang-nhap?tiep=%2F%2Fevil.example');
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' });
    await signIn();
    expect(await screen.findByRole('heading', { level: 1, name: 'Các khóa học' })).toBeTruthy();
    expect(window.location.pathname).toBe('/');
    // A citizen without a team gets no team link.
    expect(within(openMenu()).queryByRole('link', { name: /Tổ của tôi|Quản lý tổ/ })).toBeNull();
  });

  it('takes an admin who was going nowhere in particular to the reports', async () => {
    const admin = me({ roles: ['CITIZEN', 'PROVINCE_ADMIN'], grants: [{ role: 'PROVINCE_ADMIN', scopeCode: '01' }] });
    stubOperations({
      SignIn: { data: { signIn: { ...SESSION, user: { ...SESSION.user, roles: ['CITIZEN', 'PROVINCE_ADMIN'] } } } },
      Me: admin,
      MyReportScope: { data: { myReportScope: null } },
    });
    window.history.pushState({}, '', '/dang-nhap');
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' });
    await signIn();
    expect(await screen.findByRole('heading', { level: 1, name: 'Báo cáo hoàn thành' })).toBeTruthy();
    expect(window.location.pathname).toBe('/bao-cao');
  });
});
