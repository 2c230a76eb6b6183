import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { renderApp, stubOperations } from '../../testing/render-app.js';
import { HANOI_COMMUNES, me, PROVINCES, SESSION } from '../account/fixtures.js';

const HANOI = { code: '01', name: 'Thành phố Hà Nội' };
const team = (n: number) => ({
  id: `t${n}`,
  name: `Tổ số ${n}`,
  village: null,
  memberCount: n,
  commune: { code: '00004', name: 'Phường Ba Đình', province: HANOI },
});
/** 45 teams, answered a page at a time like the API (offset / limit). */
const teamsPage = (variables: Record<string, unknown>) => {
  const { offset, limit } = variables.filter as { offset: number; limit: number };
  const all = Array.from({ length: 45 }, (_, i) => team(i + 1));
  return { data: { teams: { total: all.length, items: all.slice(offset, offset + limit) } } };
};
const NATIONAL_ADMIN = me({ roles: ['CITIZEN', 'NATIONAL_ADMIN'], grants: [{ role: 'NATIONAL_ADMIN', scopeCode: null }] });
const PROVINCE_ADMIN = me({ roles: ['CITIZEN', 'PROVINCE_ADMIN'], grants: [{ role: 'PROVINCE_ADMIN', scopeCode: '01' }] });

describe('the team list', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStore.set(null);
    window.history.pushState({}, '', '/to');
  });

  it('pages through the teams 20 at a time with Previous / Next, and filters by province for national admins', async () => {
    const calls = stubOperations({ Me: NATIONAL_ADMIN, Teams: teamsPage, Provinces: PROVINCES }, SESSION);
    renderApp();
    const list = await screen.findByRole('list', { name: 'Danh sách tổ' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    expect(screen.getByText('Trang 1/3, có 45 tổ')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Trang trước/ })).toBeNull();

    fireEvent.click(screen.getByRole('link', { name: /Trang sau/ }));
    expect(await screen.findByText('Trang 2/3, có 45 tổ')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tổ số 21' }).getAttribute('href')).toBe('/to/t21');
    expect(window.location.search).toBe('?trang=2');
    fireEvent.click(screen.getByRole('link', { name: /Trang sau/ }));
    expect(await screen.findByText('Trang 3/3, có 45 tổ')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Danh sách tổ' })).getAllByRole('listitem')).toHaveLength(5);
    expect(screen.queryByRole('link', { name: /Trang sau/ })).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: /Trang trước/ }));
    expect(await screen.findByText('Trang 2/3, có 45 tổ')).toBeTruthy();
    expect(
      calls
        .filter((c) => c.operation === 'Teams')
        .map((c) => (c.variables.filter as { offset: number }).offset)
        .slice(0, 3),
    ).toEqual([0, 20, 40]);

    const filter = screen.getByRole('combobox', { name: 'Xem tổ của tỉnh, thành phố' });
    await within(filter).findByRole('option', { name: 'Thành phố Hà Nội' });
    fireEvent.change(filter, { target: { value: '01' } });
    await waitFor(() => expect(calls.at(-1)?.variables).toEqual({ filter: { provinceCode: '01', offset: 0, limit: 20 } }));
    expect(window.location.search).toBe('?tinh=01');
  });

  it('lets a province admin create a team in their province and opens it', async () => {
    const calls = stubOperations(
      {
        Me: PROVINCE_ADMIN,
        Teams: { data: { teams: { total: 0, items: [] } } },
        Provinces: PROVINCES,
        ProvinceCommunes: HANOI_COMMUNES,
        CreateTeam: { data: { createTeam: { id: 't7', name: 'Tổ thôn Đông' } } },
        Team: { data: { team: { ...team(7), name: 'Tổ thôn Đông', members: [] } } },
      },
      SESSION,
    );
    renderApp();
    expect(await screen.findByText('Chưa có tổ nào. Bấm "Tạo tổ mới" để tạo tổ đầu tiên.')).toBeTruthy();
    // One province only: no filter, and the form starts in that province and offers no other.
    expect(screen.queryByRole('combobox', { name: 'Xem tổ của tỉnh, thành phố' })).toBeNull();
    fireEvent.click(screen.getByText('Tạo tổ mới'));
    const form = screen.getByRole('form', { name: 'Tạo tổ mới' });
    const province = within(form).getByRole('combobox', { name: 'Tỉnh, thành phố' }) as HTMLSelectElement;
    await waitFor(() =>
      expect(
        within(province)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['— Chọn tỉnh, thành phố —', 'Thành phố Hà Nội']),
    );
    expect(province.value).toBe('01');
    const commune = within(form).getByRole('combobox', { name: 'Xã, phường, đặc khu' });
    fireEvent.keyDown(commune, { key: 'ArrowDown' });
    await within(form).findByRole('option', { name: 'Xã Ba Vì' });
    fireEvent.keyDown(commune, { key: 'ArrowUp' }); // wraps round to the last one
    fireEvent.keyDown(commune, { key: 'Enter' });
    fireEvent.change(within(form).getByLabelText('Tên tổ'), { target: { value: 'Tổ thôn Đông' } });
    fireEvent.change(within(form).getByLabelText('Thôn, tổ dân phố (nếu có)'), { target: { value: 'Thôn Đông' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Tạo tổ' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Tổ thôn Đông' })).toBeTruthy();
    expect(window.location.pathname).toBe('/to/t7');
    expect(calls.find((c) => c.operation === 'CreateTeam')?.variables).toEqual({
      input: { communeCode: '09700', name: 'Tổ thôn Đông', village: 'Thôn Đông' },
    });
  });

  it('asks a signed-out visitor to sign in first', async () => {
    stubOperations({});
    renderApp();
    expect(await screen.findByText('Hãy đăng nhập để xem các tổ.')).toBeTruthy();
    const links = within(screen.getByRole('main')).getAllByRole('link', { name: 'Đăng nhập' });
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/dang-nhap?tiep=%2Fto']);
  });
});
