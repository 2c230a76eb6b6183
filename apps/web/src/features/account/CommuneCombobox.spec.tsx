import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { renderApp, stubOperations } from '../../testing/render-app.js';
import { HANOI_COMMUNES, PROVINCES, SEARCH_BA } from './fixtures.js';

const combobox = () => screen.getByRole('combobox', { name: 'Xã, phường, đặc khu' }) as HTMLInputElement;
const key = (k: string) => fireEvent.keyDown(combobox(), { key: k });
const activeOption = () => {
  const id = combobox().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

async function openSignUp() {
  window.history.pushState({}, '', '/dang-ky');
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Đăng ký tài khoản' });
}

describe('the commune combobox of the sign-up page', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStore.set(null);
  });

  it('searches once the typing pauses, then moves, selects with Enter and closes with Escape from the keyboard', async () => {
    const calls = stubOperations({ Provinces: PROVINCES, ProvinceCommunes: HANOI_COMMUNES, SearchCommunes: SEARCH_BA });
    await openSignUp();
    const input = combobox();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(input.getAttribute('aria-controls')!)?.getAttribute('role')).toBe('listbox');

    // Three keystrokes in quick succession make one search, for the last text.
    fireEvent.change(input, { target: { value: 'b' } });
    fireEvent.change(input, { target: { value: 'ba' } });
    fireEvent.change(input, { target: { value: 'ba d' } });
    const listbox = await screen.findByRole('listbox', { name: 'Xã, phường, đặc khu' });
    const searches = calls.filter((c) => c.operation === 'SearchCommunes');
    expect(searches.map((c) => c.variables)).toEqual([{ text: 'ba d', provinceCode: null }]);
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Phường Ba Đình, Thành phố Hà Nội', 'Xã Ba Vì, Thành phố Hà Nội']);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('2 kết quả. Dùng phím mũi tên lên, xuống để chọn.')).toBeTruthy();

    key('ArrowDown');
    expect(activeOption()?.textContent).toContain('Phường Ba Đình');
    expect(activeOption()?.getAttribute('aria-selected')).toBe('true');
    key('ArrowDown');
    expect(activeOption()?.textContent).toContain('Xã Ba Vì');
    key('ArrowDown'); // wraps round to the first
    expect(activeOption()?.textContent).toContain('Phường Ba Đình');
    key('ArrowUp');
    expect(activeOption()?.textContent).toContain('Xã Ba Vì');
    key('Enter');

    expect(input.value).toBe('Xã Ba Vì');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-activedescendant')).toBeNull();
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByText('Đã chọn: Xã Ba Vì, Thành phố Hà Nội')).toBeTruthy();
    // Choosing a commune also fills in its province, and Enter in the list did not send the form.
    expect((screen.getByRole('combobox', { name: 'Tỉnh, thành phố' }) as HTMLSelectElement).value).toBe('01');
    expect(calls.some((c) => c.operation === 'SignUp')).toBe(false);

    // Escape closes an open list without choosing.
    key('ArrowDown');
    await waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('true'));
    key('Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('Xã Ba Vì');
  });

  it("lists the chosen province's communes when nothing is typed, and filters them as the person types", async () => {
    const calls = stubOperations({ Provinces: PROVINCES, ProvinceCommunes: HANOI_COMMUNES, SearchCommunes: SEARCH_BA });
    await openSignUp();
    const province = screen.getByRole('combobox', { name: 'Tỉnh, thành phố' }) as HTMLSelectElement;
    await waitFor(() => expect(province.disabled).toBe(false));
    // Provinces in alphabetical order of their names, not of their codes.
    expect(
      within(province)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['— Chọn tỉnh, thành phố —', 'Tỉnh Cao Bằng', 'Thành phố Hà Nội']);
    fireEvent.change(province, { target: { value: '01' } });
    key('ArrowDown');
    const listbox = await screen.findByRole('listbox');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Phường Ba Đình', 'Phường Ngọc Hà', 'Xã Sóc Sơn', 'Xã Ba Vì']);
    expect(calls.find((c) => c.operation === 'ProvinceCommunes')?.variables).toEqual({ code: '01' });

    // Filtered at once, without diacritics, so Arrow and Enter pick what is on screen (no search round trip).
    fireEvent.change(combobox(), { target: { value: 'ngoc ha' } });
    expect(
      within(screen.getByRole('listbox'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Phường Ngọc Hà']);
    key('ArrowDown');
    key('Enter');
    expect(combobox().value).toBe('Phường Ngọc Hà');
    expect(calls.some((c) => c.operation === 'SearchCommunes')).toBe(false);
  });
});
