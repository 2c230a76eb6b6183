import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { apiError, renderApp, stubOperations } from '../../testing/render-app.js';
import { HANOI_COMMUNES, me, PROVINCES, SEARCH_BA, SESSION } from './fixtures.js';

const INVALID = apiError('BAD_USER_INPUT', 'Thông tin chưa đúng. Hãy xem lại các ô được đánh dấu.', 'Some information is not right.', [
  { field: 'phone', vi: 'Số điện thoại di động chưa đúng. Ví dụ: 0912 345 678.', en: 'This is not a Vietnamese mobile number.' },
  { field: 'communeCode', vi: 'Hãy chọn xã, phường của bạn trong danh sách.', en: 'Please choose your commune or ward from the list.' },
]);

const input = (name: string | RegExp) => screen.getByLabelText(name) as HTMLInputElement;
const describedText = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');

async function openSignUp() {
  window.history.pushState({}, '', '/dang-ky');
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Đăng ký tài khoản' });
}

function fillIdentity() {
  fireEvent.change(input('Số điện thoại'), { target: { value: '0123 456' } });
  fireEvent.change(input('Mật khẩu'), { target: { value: 'mat-khau-dai' } });
  fireEvent.change(input('Họ và tên'), { target: { value: 'Nguyễn Văn An' } });
}

describe('the sign-up page', () => {
  beforeEach(async () => {
    localStorage.clear();
    sessionStore.set(null);
    await i18n.changeLanguage('vi');
  });
  afterAll(async () => {
    await i18n.changeLanguage('vi');
  });

  it('shows a sending state, then the API field errors under their fields, keeping everything typed', async () => {
    let answer: (value: typeof INVALID) => void = () => undefined;
    const calls = stubOperations({
      Provinces: PROVINCES,
      SignUp: () => new Promise<typeof INVALID>((resolve) => (answer = resolve)),
    });
    await openSignUp();
    fillIdentity();
    fireEvent.click(screen.getByRole('button', { name: 'Đăng ký' }));

    const sending = await screen.findByRole('button', { name: /Đang gửi…/ });
    expect((sending as HTMLButtonElement).disabled).toBe(true);
    answer(INVALID);

    const alert = await screen.findByText('Thông tin chưa đúng. Hãy xem lại các ô được đánh dấu.');
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    const phone = input('Số điện thoại');
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(phone)).toContain('Số điện thoại di động chưa đúng. Ví dụ: 0912 345 678.');
    const commune = screen.getByRole('combobox', { name: 'Xã, phường, đặc khu' });
    expect(commune.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(commune)).toContain('Hãy chọn xã, phường của bạn trong danh sách.');
    // Fields the API did not complain about are not marked.
    expect(input('Mật khẩu').getAttribute('aria-invalid')).toBeNull();
    // Nothing typed is lost, and the first wrong field has focus so its message is read out.
    expect(phone.value).toBe('0123 456');
    expect(input('Mật khẩu').value).toBe('mat-khau-dai');
    expect(input('Họ và tên').value).toBe('Nguyễn Văn An');
    expect(document.activeElement).toBe(phone);
    expect(screen.getByRole('button', { name: 'Đăng ký' })).toBeTruthy();
    expect(calls.find((c) => c.operation === 'SignUp')?.variables).toEqual({
      input: { phone: '0123 456', password: 'mat-khau-dai', fullName: 'Nguyễn Văn An', communeCode: '' },
    });
  });

  it("clears a field's error as soon as the field is right, and keeps it while it is still wrong", async () => {
    stubOperations({ Provinces: PROVINCES, ProvinceCommunes: HANOI_COMMUNES, SearchCommunes: SEARCH_BA, SignUp: INVALID });
    await openSignUp();
    fillIdentity();
    fireEvent.click(screen.getByRole('button', { name: 'Đăng ký' }));
    expect(await screen.findByText('Hãy chọn xã, phường của bạn trong danh sách.')).toBeTruthy();

    // Still not a mobile number: the message stays.
    fireEvent.change(input('Số điện thoại'), { target: { value: '0123 4567' } });
    expect(screen.getByText('Số điện thoại di động chưa đúng. Ví dụ: 0912 345 678.')).toBeTruthy();
    // A right one: it goes at once, and the field is no longer marked.
    fireEvent.change(input('Số điện thoại'), { target: { value: '0912 345 678' } });
    expect(screen.queryByText('Số điện thoại di động chưa đúng. Ví dụ: 0912 345 678.')).toBeNull();
    expect(input('Số điện thoại').getAttribute('aria-invalid')).toBeNull();

    // Choosing the commune: "Đã chọn" without the old "Hãy chọn xã, phường…" under it.
    const province = screen.getByRole('combobox', { name: 'Tỉnh, thành phố' }) as HTMLSelectElement;
    await waitFor(() => expect(province.disabled).toBe(false));
    fireEvent.change(province, { target: { value: '01' } });
    fireEvent.click(screen.getByRole('combobox', { name: 'Xã, phường, đặc khu' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Phường Ngọc Hà' }));
    expect(screen.getByText('Đã chọn: Phường Ngọc Hà, Thành phố Hà Nội')).toBeTruthy();
    expect(screen.queryByText('Hãy chọn xã, phường của bạn trong danh sách.')).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Xã, phường, đặc khu' }).getAttribute('aria-invalid')).toBeNull();
    // The general message stays until the form is sent again.
    expect(screen.getByText('Thông tin chưa đúng. Hãy xem lại các ô được đánh dấu.')).toBeTruthy();
  });

  it("shows the API's messages in the reader's language", async () => {
    await i18n.changeLanguage('en');
    stubOperations({ Provinces: PROVINCES, SignUp: INVALID });
    window.history.pushState({}, '', '/dang-ky');
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Create an account' });
    fireEvent.change(input('Phone number'), { target: { value: '0123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('This is not a Vietnamese mobile number.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Some information is not right.');
    expect(screen.queryByText('Số điện thoại di động chưa đúng. Ví dụ: 0912 345 678.')).toBeNull();
  });

  it('shows the password on request', async () => {
    stubOperations({ Provinces: PROVINCES });
    await openSignUp();
    const password = input('Mật khẩu');
    expect(password.type).toBe('password');
    const toggle = screen.getByRole('button', { name: 'Hiện mật khẩu' });
    fireEvent.click(toggle);
    expect(password.type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });

  it('signs up with the chosen commune, keeps the session and goes back where the person came from', async () => {
    const calls = stubOperations({
      Provinces: PROVINCES,
      ProvinceCommunes: HANOI_COMMUNES,
      SearchCommunes: SEARCH_BA,
      SignUp: { data: { signUp: SESSION } },
      Me: me(),
    });
    window.history.pushState({}, '', '/dang-ky?tiep=%2Ftai-khoan');
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Đăng ký tài khoản' });
    fillIdentity();
    const province = screen.getByRole('combobox', { name: 'Tỉnh, thành phố' }) as HTMLSelectElement;
    await waitFor(() => expect(province.disabled).toBe(false));
    fireEvent.change(province, { target: { value: '01' } });
    const commune = screen.getByRole('combobox', { name: 'Xã, phường, đặc khu' });
    fireEvent.click(commune);
    fireEvent.click(await screen.findByRole('option', { name: 'Phường Ngọc Hà' }));
    expect(screen.getByText('Đã chọn: Phường Ngọc Hà, Thành phố Hà Nội')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Đăng ký' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Tài khoản của tôi' })).toBeTruthy();
    expect(window.location.pathname).toBe('/tai-khoan');
    expect(sessionStore.get()).toEqual(SESSION);
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(
      within(nav)
        .getByRole('link', { name: /Nguyễn Văn An/ })
        .getAttribute('href'),
    ).toBe('/tai-khoan');
    expect(calls.find((c) => c.operation === 'SignUp')?.variables).toEqual({
      input: { phone: '0123 456', password: 'mat-khau-dai', fullName: 'Nguyễn Văn An', communeCode: '00008' },
    });
  });
});
