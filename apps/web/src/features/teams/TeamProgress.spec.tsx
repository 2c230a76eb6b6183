import { beforeEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { openMenu, renderApp, stubOperations } from '../../testing/render-app.js';
import { me, SESSION } from '../account/fixtures.js';

const HANOI = { code: '01', name: 'Thành phố Hà Nội' };
const member = (id: string, fullName: string, role = 'member') => ({
  role,
  joinedAt: '2025-09-02T03:00:00.000Z',
  user: { id, fullName, phone: '+84987654321', status: 'active' },
});
const TEAM = {
  data: {
    team: {
      id: 't1',
      name: 'Tổ CNSCĐ phường Ba Đình',
      village: null,
      memberCount: 2,
      commune: { code: '00004', name: 'Phường Ba Đình', province: HANOI },
      members: [member('u1', 'Nguyễn Văn An', 'leader'), member('u3', 'Lê Văn Cường')],
    },
  },
};
const modules = (done: number) => Array.from({ length: 6 }, (_, i) => ({ moduleId: `m${i}`, completed: i < done }));
const PROGRESS = {
  data: {
    teamProgress: [
      {
        role: 'leader',
        user: { id: 'u1', fullName: 'Nguyễn Văn An' },
        progress: { percent: 45, completed: false, lastActiveAt: '2025-09-12T03:00:00.000Z', modules: modules(2) },
      },
      {
        role: 'member',
        user: { id: 'u3', fullName: 'Lê Văn Cường' },
        progress: { percent: 0, completed: false, lastActiveAt: null, modules: modules(0) },
      },
    ],
  },
};
const LEADER = me({ roles: ['CITIZEN', 'TEAM_MEMBER', 'TEAM_LEADER'], teamHistory: [] });

describe('team progress', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStore.set(null);
    window.history.pushState({}, '', '/to/t1');
  });

  it('shows the team leader each member’s percent, modules done and last activity', async () => {
    const calls = stubOperations({ Me: LEADER, Team: TEAM, TeamProgress: PROGRESS }, SESSION);
    renderApp();
    const table = await screen.findByRole('table', { name: 'Tiến độ học của tổ' });
    const [, an, cuong] = within(table).getAllByRole('row');
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(an!)).toEqual(['Họ tên: Nguyễn Văn An', 'Tiến độ: 45%', 'Học phần đã xong: 2/6', 'Học gần nhất: 12/9/2025']);
    expect(cells(cuong!)).toEqual(['Họ tên: Lê Văn Cường', 'Tiến độ: 0%', 'Học phần đã xong: 0/6', 'Học gần nhất: Chưa học']);
    expect(within(an!).getByRole('progressbar', { name: 'Tiến độ của Nguyễn Văn An' }).getAttribute('aria-valuenow')).toBe('45');
    expect(calls.find((c) => c.operation === 'TeamProgress')?.variables).toEqual({
      teamId: 't1',
      courseSlug: 'pho-cap-ky-nang-so-cong-dong',
    });
  });

  it('is not shown to a member who does not lead the team', async () => {
    const calls = stubOperations(
      { Me: me({ id: 'u3', roles: ['CITIZEN', 'TEAM_MEMBER'] }), Team: TEAM, TeamProgress: PROGRESS },
      { ...SESSION, user: { ...SESSION.user, id: 'u3' } },
    );
    renderApp();
    expect(await screen.findByRole('table', { name: 'Thành viên (2)' })).toBeTruthy();
    await waitFor(() => expect(within(openMenu()).getByRole('link', { name: 'Tổ của tôi' })).toBeTruthy()); // who they are is known
    expect(screen.queryByRole('heading', { name: 'Tiến độ học của tổ' })).toBeNull();
    expect(calls.some((c) => c.operation === 'TeamProgress')).toBe(false);
  });
});
