import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { apiError, renderApp, stubOperations } from '../../testing/render-app.js';
import { me, SESSION } from '../account/fixtures.js';

const HANOI = { code: '01', name: 'Thành phố Hà Nội' };
const member = (id: string, fullName: string, phone: string, role = 'member', status = 'active') => ({
  role,
  joinedAt: '2025-09-02T03:00:00.000Z',
  user: { id, fullName, phone, status },
});
const TEAM = {
  data: {
    team: {
      id: 't1',
      name: 'Tổ CNSCĐ phường Ba Đình',
      village: 'Tổ dân phố 3',
      memberCount: 2,
      commune: { code: '00004', name: 'Phường Ba Đình', province: HANOI },
      members: [member('u2', 'Trần Thị Bình', '+84987654321', 'leader'), member('u3', 'Lê Văn Cường', '+84901234567', 'member', 'pending')],
    },
  },
};
const NATIONAL_ADMIN = me({ roles: ['CITIZEN', 'NATIONAL_ADMIN'], grants: [{ role: 'NATIONAL_ADMIN', scopeCode: null }] });
const CSV = 'so_dien_thoai,ho_ten,vai_tro\n0912345678,Nguyễn Văn An,to_truong\n012,Trần Thị Bình,\n0912 345 678,Lê C,\n';

async function openTeam(handlers: Parameters<typeof stubOperations>[0]) {
  const calls = stubOperations({ Me: NATIONAL_ADMIN, Team: TEAM, TeamProgress: { data: { teamProgress: [] } }, ...handlers }, SESSION);
  window.history.pushState({}, '', '/to/t1');
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Tổ CNSCĐ phường Ba Đình' });
  return calls;
}

async function importFile(text: string) {
  const file = new File([text], 'danh-sach.csv', { type: 'text/csv' });
  fireEvent.change(await screen.findByLabelText('Chọn tệp đã điền'), { target: { files: [file] } });
  fireEvent.click(screen.getByRole('button', { name: 'Nhập danh sách' }));
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('a team page', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStore.set(null);
  });

  it('shows the team and its members with their roles', async () => {
    await openTeam({});
    expect(screen.getByText('Phường Ba Đình, Thành phố Hà Nội')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Thành viên (2)' });
    const [, leader, pending] = within(table).getAllByRole('row');
    expect(cells(leader!).slice(0, 3)).toEqual(['Họ tên: Trần Thị Bình', 'Số điện thoại: 0987 654 321', 'Vai trò: Tổ trưởng']);
    expect(cells(pending!)[0]).toBe('Họ tên: Lê Văn Cường (chưa đăng ký tài khoản)');
  });

  it('imports a CSV file read in the browser and reports the failed rows, importing nobody', async () => {
    const calls = await openTeam({
      ImportTeamMembers: {
        data: {
          importTeamMembers: {
            imported: 0,
            failed: 2,
            rows: [
              { line: 2, phone: '+84912345678', fullName: 'Nguyễn Văn An', ok: true, error: null },
              {
                line: 3,
                phone: '012',
                fullName: 'Trần Thị Bình',
                ok: false,
                error: { vi: 'Số điện thoại di động chưa đúng. Ví dụ: 0912 345 678.', en: 'This is not a Vietnamese mobile number.' },
              },
              {
                line: 4,
                phone: '+84912345678',
                fullName: 'Lê C',
                ok: false,
                error: { vi: 'Số điện thoại này lặp lại ở dòng 2.', en: 'This phone number repeats line 2.' },
              },
            ],
          },
        },
      },
    });
    // Plain words and templates to fill in, not a file format to learn.
    expect(screen.getByRole('link', { name: 'Tải bảng mẫu (Excel)' }).getAttribute('href')).toBe('/mau/danh-sach-thanh-vien-to.xlsx');
    expect(screen.getByRole('link', { name: 'Tải bảng mẫu (CSV)' }).getAttribute('href')).toBe('/mau/danh-sach-thanh-vien-to.csv');
    await importFile(CSV);

    expect(await screen.findByText('Chưa nhập ai: sửa các dòng lỗi rồi nhập lại. 2 trên 3 dòng bị lỗi.')).toBeTruthy();
    expect(calls.find((c) => c.operation === 'ImportTeamMembers')?.variables).toEqual({ input: { teamId: 't1', csv: CSV } });
    const report = screen.getByRole('table', { name: 'Kết quả nhập' });
    const rows = within(report).getAllByRole('row').slice(1);
    expect(rows.map(cells)).toEqual([
      ['Dòng: 2', 'Số điện thoại: 0912 345 678', 'Họ tên: Nguyễn Văn An', 'Kết quả: ✓ Hợp lệ'],
      ['Dòng: 3', 'Số điện thoại: 012', 'Họ tên: Trần Thị Bình', 'Kết quả: ✗ Số điện thoại di động chưa đúng. Ví dụ: 0912 345 678.'],
      ['Dòng: 4', 'Số điện thoại: 0912 345 678', 'Họ tên: Lê C', 'Kết quả: ✗ Số điện thoại này lặp lại ở dòng 2.'],
    ]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Chỉ hiện các dòng lỗi' }));
    expect(within(report).getAllByRole('row')).toHaveLength(3);
    // Nothing was imported, so the member list is not reloaded.
    expect(calls.filter((c) => c.operation === 'Team')).toHaveLength(1);
  });

  it('says how many people went in when every row is right, and reloads the members', async () => {
    const calls = await openTeam({
      ImportTeamMembers: {
        data: {
          importTeamMembers: {
            imported: 2,
            failed: 0,
            rows: [
              { line: 2, phone: '+84912345678', fullName: 'Nguyễn Văn An', ok: true, error: null },
              { line: 3, phone: '+84987654321', fullName: 'Trần Thị Bình', ok: true, error: null },
            ],
          },
        },
      },
    });
    await importFile('so_dien_thoai,ho_ten\n0912345678,Nguyễn Văn An\n0987654321,Trần Thị Bình\n');
    expect(await screen.findByText('Đã nhập 2 người.')).toBeTruthy();
    expect(screen.queryByText(/Chưa nhập ai/)).toBeNull();
    await waitFor(() => expect(calls.filter((c) => c.operation === 'Team')).toHaveLength(2));
  });

  it('asks to choose a file before importing, and shows a file the API refuses under the file input', async () => {
    const calls = await openTeam({
      ImportTeamMembers: apiError(
        'BAD_USER_INPUT',
        'Thông tin chưa đúng. Hãy xem lại các ô được đánh dấu.',
        'Some information is not right.',
        [{ field: 'csv', vi: 'Tệp cần có cột "so_dien_thoai" và "ho_ten" ở dòng đầu.', en: 'The file needs the columns.' }],
      ),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Nhập danh sách' }));
    expect(await screen.findByText('Hãy chọn một tệp CSV.')).toBeTruthy();
    expect(calls.some((c) => c.operation === 'ImportTeamMembers')).toBe(false);
    await importFile('ten,dien_thoai\nAn,0912345678\n');
    expect(await screen.findByText('Tệp cần có cột "so_dien_thoai" và "ho_ten" ở dòng đầu.')).toBeTruthy();
    expect(screen.getByLabelText('Chọn tệp đã điền').getAttribute('aria-invalid')).toBe('true');
  });

  it('removes a member only after a confirmation', async () => {
    const calls = await openTeam({ RemoveTeamMember: { data: { removeTeamMember: true } } });
    fireEvent.click(await screen.findByRole('button', { name: 'Xóa khỏi tổ: Lê Văn Cường' }));
    const question = screen.getByRole('group', { name: 'Xóa Lê Văn Cường khỏi tổ?' });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Không xóa' }));
    fireEvent.click(within(question).getByRole('button', { name: 'Không xóa' }));
    expect(screen.queryByRole('group', { name: 'Xóa Lê Văn Cường khỏi tổ?' })).toBeNull();
    expect(calls.some((c) => c.operation === 'RemoveTeamMember')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Xóa khỏi tổ: Lê Văn Cường' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Xóa Lê Văn Cường khỏi tổ?' })).getByRole('button', { name: 'Xóa' }));
    expect(await screen.findByText('Đã xóa Lê Văn Cường khỏi tổ.')).toBeTruthy();
    expect(calls.find((c) => c.operation === 'RemoveTeamMember')?.variables).toEqual({ input: { teamId: 't1', userId: 'u3' } });
  });

  it('adds a member as leader, and shows the API field error under the phone', async () => {
    const calls = await openTeam({
      AddTeamMember: (variables) =>
        (variables.input as { phone: string }).phone === '012'
          ? apiError('BAD_USER_INPUT', 'Thông tin chưa đúng. Hãy xem lại các ô được đánh dấu.', 'Some information is not right.', [
              { field: 'phone', vi: 'Số điện thoại di động chưa đúng. Ví dụ: 0912 345 678.', en: 'Not a mobile number.' },
            ])
          : { data: { addTeamMember: { role: 'leader', user: { id: 'u9', fullName: 'Phạm Thị Dung' } } } },
    });
    const form = await screen.findByRole('form', { name: 'Thêm thành viên' });
    const phone = within(form).getByLabelText('Số điện thoại') as HTMLInputElement;
    fireEvent.change(phone, { target: { value: '012' } });
    fireEvent.change(within(form).getByLabelText('Họ và tên'), { target: { value: 'Phạm Thị Dung' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Là tổ trưởng' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Thêm vào tổ' }));
    expect(await within(form).findByText('Số điện thoại di động chưa đúng. Ví dụ: 0912 345 678.')).toBeTruthy();
    expect(document.activeElement).toBe(phone);

    fireEvent.change(phone, { target: { value: '0934567890' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Thêm vào tổ' }));
    // The confirmation is in the form just used, where the person is looking.
    expect(await within(form).findByText('Đã thêm Phạm Thị Dung vào tổ.')).toBeTruthy();
    expect(calls.filter((c) => c.operation === 'AddTeamMember').at(-1)?.variables).toEqual({
      input: { teamId: 't1', phone: '0934567890', fullName: 'Phạm Thị Dung', leader: true },
    });
    expect(phone.value).toBe('');
  });

  it("lets the team's leader add plain members, import a list and remove a plain member, but not name or remove leaders", async () => {
    const leader = me({ id: 'u2', roles: ['CITIZEN', 'TEAM_MEMBER', 'TEAM_LEADER'] });
    const calls = await openTeam({
      Me: leader,
      AddTeamMember: { data: { addTeamMember: { role: 'member', user: { id: 'u9', fullName: 'Phạm Thị Dung' } } } },
    });
    const form = await screen.findByRole('form', { name: 'Thêm thành viên' });
    expect(within(form).queryByRole('checkbox', { name: 'Là tổ trưởng' })).toBeNull();
    expect(screen.getByLabelText('Chọn tệp đã điền')).toBeTruthy();
    // Remove: the plain member only; no "make leader" at all, and nothing on the leader's own row.
    expect(screen.getByRole('button', { name: 'Xóa khỏi tổ: Lê Văn Cường' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Xóa khỏi tổ: Trần Thị Bình' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Đặt làm tổ trưởng/ })).toBeNull();

    fireEvent.change(within(form).getByLabelText('Số điện thoại'), { target: { value: '0934567890' } });
    fireEvent.change(within(form).getByLabelText('Họ và tên'), { target: { value: 'Phạm Thị Dung' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Thêm vào tổ' }));
    expect(await within(form).findByText('Đã thêm Phạm Thị Dung vào tổ.')).toBeTruthy();
    expect(calls.filter((c) => c.operation === 'AddTeamMember').at(-1)?.variables).toEqual({
      input: { teamId: 't1', phone: '0934567890', fullName: 'Phạm Thị Dung', leader: false },
    });
    // The team's progress is asked again, so it lists the new member at once.
    await waitFor(() => expect(calls.filter((c) => c.operation === 'TeamProgress').length).toBeGreaterThanOrEqual(2));
  });

  it('shows the members but no management to a team member', async () => {
    await openTeam({ Me: me({ roles: ['CITIZEN', 'TEAM_MEMBER'] }) });
    expect(screen.getByRole('table', { name: 'Thành viên (2)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Xóa khỏi tổ/ })).toBeNull();
    expect(screen.queryByLabelText('Chọn tệp đã điền')).toBeNull();
  });

  it('says "Bạn không có quyền xem tổ này" when the API forbids it', async () => {
    stubOperations(
      {
        Me: me(),
        Team: apiError('FORBIDDEN', 'Bạn không có quyền làm việc này.', 'You are not allowed to do this.'),
      },
      SESSION,
    );
    window.history.pushState({}, '', '/to/t9');
    renderApp();
    expect(await screen.findByText('Bạn không có quyền xem tổ này.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Bạn không có quyền xem tổ này.');
  });
});
