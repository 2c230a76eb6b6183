import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { apiError, renderApp, stubOperations } from '../../testing/render-app.js';
import { me, SESSION } from '../account/fixtures.js';

const TRAINER = me({ roles: ['CITIZEN', 'TRAINER'], grants: [{ role: 'TRAINER', scopeCode: '01' }] });
const modules = (waiting: boolean) =>
  Array.from({ length: 3 }, (_, i) => ({
    title: { vi: `Học phần số ${i + 1}`, en: null },
    quizId: `q${i + 1}`,
    quizPassed: false,
    quizAttemptsLeft: i === 1 && waiting ? 0 : 3,
    quizNextRoundAt: i === 1 && waiting ? '2025-09-13T03:00:00.000Z' : null,
  }));
const found = (waiting: boolean) => ({
  data: { learnerQuizRounds: { userId: 'u9', fullName: 'Lò Thị Chờ', progress: { modules: modules(waiting) } } },
});

async function openPage(handlers: Parameters<typeof stubOperations>[0]) {
  const calls = stubOperations({ Me: TRAINER, ...handlers }, SESSION);
  window.history.pushState({}, '', '/cho-lam-lai');
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Cho làm lại bài kiểm tra' });
  return calls;
}
const search = (phone: string) => {
  fireEvent.change(screen.getByLabelText('Số điện thoại của người học', { exact: false }), { target: { value: phone } });
  fireEvent.click(screen.getByRole('button', { name: 'Tìm người học' }));
};

describe('a trainer or admin gives a learner a new quiz round, found by phone', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStore.set(null);
  });

  it('finds the learner, shows the quiz they wait for, gives the round after asking, and shows it given', async () => {
    let given = false;
    const calls = await openPage({
      LearnerQuizRounds: () => found(!given),
      GrantQuizRound: () => {
        given = true;
        return { data: { grantQuizRound: { userId: 'u9', quizId: 'q2', round: 2, grantedAt: '2025-09-12T05:00:00.000Z' } } };
      },
    });
    expect(document.title).toContain('Cho làm lại bài kiểm tra');
    search(' 0912 345 678 ');
    expect(await screen.findByRole('heading', { name: 'Người học: Lò Thị Chờ' })).toBeTruthy();
    expect(calls.find((c) => c.operation === 'LearnerQuizRounds')?.variables).toEqual({
      phone: '0912 345 678',
      courseSlug: 'pho-cap-ky-nang-so-cong-dong',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Cho làm lại ngay: Lò Thị Chờ, học phần 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cho làm lại' }));
    expect(await screen.findByText('Đã cho Lò Thị Chờ làm lại bài kiểm tra học phần 2. Người đó làm được ngay bây giờ.')).toBeTruthy();
    expect(calls.find((c) => c.operation === 'GrantQuizRound')?.variables).toEqual({ input: { userId: 'u9', quizId: 'q2' } });
    // Asked again: nothing waits any more.
    expect(await screen.findByText('Lò Thị Chờ không phải chờ bài kiểm tra nào.')).toBeTruthy();
  });

  it('says plainly when nobody within reach has that number, and names a bad number on its field', async () => {
    let answer: ReturnType<typeof apiError> | { data: { learnerQuizRounds: null } } = { data: { learnerQuizRounds: null } };
    await openPage({ LearnerQuizRounds: () => answer });
    search('0912 000 111');
    expect(await screen.findByText('Không tìm thấy người học nào có số này trong phạm vi của bạn.')).toBeTruthy();
    answer = apiError('BAD_USER_INPUT', 'Số điện thoại không hợp lệ.', 'Invalid phone number.', [
      { field: 'phone', vi: 'Số điện thoại không hợp lệ.', en: 'Invalid phone number.' },
    ]);
    search('abc');
    await waitFor(() => expect(screen.getByText('Số điện thoại không hợp lệ.')).toBeTruthy());
    expect(screen.queryByText('Không tìm thấy người học nào có số này trong phạm vi của bạn.')).toBeNull();
  });

  it('asks someone not signed in to sign in first', async () => {
    stubOperations({}, null);
    window.history.pushState({}, '', '/cho-lam-lai');
    renderApp();
    expect(
      await screen.findByText(
        'Hãy đăng nhập bằng tài khoản tổ trưởng, giảng viên hoặc cán bộ quản lý để cho người học làm lại bài kiểm tra.',
      ),
    ).toBeTruthy();
  });
});
