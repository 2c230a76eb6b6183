import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { formatDateTime } from '../../shared/format-date.js';
import { apiError, renderApp, stubOperations } from '../../testing/render-app.js';
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
      memberCount: 3,
      commune: { code: '00004', name: 'Phường Ba Đình', province: HANOI },
      members: [member('u1', 'Nguyễn Văn An', 'leader'), member('u4', 'Phạm Văn Đức', 'leader'), member('u3', 'Lê Văn Cường')],
    },
  },
};
const NEXT_ROUND = '2025-09-13T03:00:00.000Z';
/** Six modules; in module 2 the learner has used the round's attempts without passing when `waiting`. */
const modules = (waiting: boolean) =>
  Array.from({ length: 6 }, (_, i) => ({
    moduleId: `m${i + 1}`,
    completed: i === 0,
    title: { vi: `Học phần số ${i + 1}`, en: null },
    quizId: `q${i + 1}`,
    quizPassed: i === 0,
    quizAttemptsLeft: i === 1 && waiting ? 0 : 3,
    quizNextRoundAt: i === 1 && waiting ? NEXT_ROUND : null,
  }));
const progress = (waiting: { u3: boolean; u4: boolean }) => ({
  data: {
    teamProgress: [
      ['u1', 'Nguyễn Văn An', 'leader', false],
      ['u4', 'Phạm Văn Đức', 'leader', waiting.u4],
      ['u3', 'Lê Văn Cường', 'member', waiting.u3],
    ].map(([id, fullName, role, w]) => ({
      role,
      user: { id, fullName },
      progress: { percent: 20, completed: false, lastActiveAt: '2025-09-12T03:00:00.000Z', modules: modules(w as boolean) },
    })),
  },
});
const LEADER = me({ roles: ['CITIZEN', 'TEAM_MEMBER', 'TEAM_LEADER'] });
const NATIONAL_ADMIN = me({ roles: ['CITIZEN', 'NATIONAL_ADMIN'], grants: [{ role: 'NATIONAL_ADMIN', scopeCode: null }] });

async function openTeam(handlers: Parameters<typeof stubOperations>[0]) {
  const calls = stubOperations({ Me: LEADER, Team: TEAM, ...handlers }, SESSION);
  window.history.pushState({}, '', '/to/t1');
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Tổ CNSCĐ phường Ba Đình' });
  return calls;
}
const memberRow = (name: string) =>
  within(screen.getByRole('table', { name: 'Thành viên (3)' }))
    .getAllByRole('row')
    .find((r) => r.textContent?.includes(name))!;

describe('a leader gives a waiting member a new quiz round from the team page', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStore.set(null);
  });

  it('shows who waits for which quiz and until when, asks first, gives the round and says so in the row', async () => {
    let given = false;
    const calls = await openTeam({
      TeamProgress: () => progress({ u3: !given, u4: false }),
      GrantQuizRound: () => {
        given = true;
        return { data: { grantQuizRound: { userId: 'u3', quizId: 'q2', round: 2, grantedAt: '2025-09-12T05:00:00.000Z' } } };
      },
    });
    const give = await screen.findByRole('button', { name: 'Cho làm lại ngay: Lê Văn Cường, học phần 2' });
    const row = memberRow('Lê Văn Cường');
    expect(
      within(row).getByText(
        `Đã làm hết số lần của bài kiểm tra học phần 2 (Học phần số 2). Tự được làm lại từ ${formatDateTime(NEXT_ROUND, 'vi')}.`,
      ),
    ).toBeTruthy();

    fireEvent.click(give);
    const question = within(row).getByRole('group', {
      name: 'Cho Lê Văn Cường làm lại bài kiểm tra học phần 2 ngay bây giờ, không phải chờ?',
    });
    // The safe answer has the focus; "Không" gives nothing.
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Không' }));
    fireEvent.click(within(question).getByRole('button', { name: 'Không' }));
    expect(calls.some((c) => c.operation === 'GrantQuizRound')).toBe(false);

    fireEvent.click(within(row).getByRole('button', { name: 'Cho làm lại ngay: Lê Văn Cường, học phần 2' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Cho làm lại' }));
    expect(
      await within(row).findByText('Đã cho Lê Văn Cường làm lại bài kiểm tra học phần 2. Người đó làm được ngay bây giờ.'),
    ).toBeTruthy();
    expect(calls.find((c) => c.operation === 'GrantQuizRound')?.variables).toEqual({ input: { userId: 'u3', quizId: 'q2' } });
    // The progress is asked again: the quiz no longer waits, and the message stays where the leader is looking.
    await waitFor(() => expect(within(row).queryByRole('button', { name: /^Cho làm lại ngay/ })).toBeNull());
    expect(calls.filter((c) => c.operation === 'TeamProgress').length).toBeGreaterThanOrEqual(2);
    const said = within(row).getByText('Đã cho Lê Văn Cường làm lại bài kiểm tra học phần 2. Người đó làm được ngay bây giờ.');
    expect(said.getAttribute('role')).toBe('status');
  });

  it('offers nothing to a leader for a co-leader who waits (an admin helps them), and nothing on their own row', async () => {
    await openTeam({ TeamProgress: progress({ u3: true, u4: true }) });
    await screen.findByRole('button', { name: 'Cho làm lại ngay: Lê Văn Cường, học phần 2' });
    expect(screen.queryByRole('button', { name: /^Cho làm lại ngay: Phạm Văn Đức/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tạo mã đặt lại mật khẩu: Phạm Văn Đức' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Tạo mã đặt lại mật khẩu: Lê Văn Cường' })).toBeTruthy();
    expect(within(memberRow('Nguyễn Văn An')).queryAllByRole('button')).toEqual([]);
  });

  it("lets an admin help a waiting leader, and shows the API's refusal in the row", async () => {
    const calls = await openTeam({
      Me: NATIONAL_ADMIN,
      TeamProgress: progress({ u3: false, u4: true }),
      GrantQuizRound: apiError(
        'CONFLICT',
        'Người này vẫn còn lần làm bài, chưa cần cho làm lại.',
        'This person still has attempts left; no new round is needed.',
      ),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Cho làm lại ngay: Phạm Văn Đức, học phần 2' }));
    const row = memberRow('Phạm Văn Đức');
    fireEvent.click(within(row).getByRole('button', { name: 'Cho làm lại' }));
    expect((await within(row).findByRole('alert')).textContent).toBe('Người này vẫn còn lần làm bài, chưa cần cho làm lại.');
    expect(calls.find((c) => c.operation === 'GrantQuizRound')?.variables).toEqual({ input: { userId: 'u4', quizId: 'q2' } });
    expect(screen.queryByRole('button', { name: /^Cho làm lại ngay: Lê Văn Cường/ })).toBeNull();
  });
});
