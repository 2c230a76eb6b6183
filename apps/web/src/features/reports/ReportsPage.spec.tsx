import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import '../../app/i18n.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { openMenu, renderApp, stubOperations } from '../../testing/render-app.js';
import { me, SESSION } from '../account/fixtures.js';

const counts = (enrolled: number, courseCompleted: number, certificatesIssued = 0) => ({
  registered: enrolled + 1,
  enrolled,
  started: enrolled,
  modulesCompleted: [enrolled, courseCompleted, courseCompleted, courseCompleted, courseCompleted, courseCompleted],
  courseCompleted,
  certificatesIssued,
  completionRate: enrolled ? courseCompleted / enrolled : null,
});
const MODULES = [1, 2, 3, 4, 5, 6].map((position) => ({ id: `m${position}`, position, title: { vi: `Học phần ${position}`, en: null } }));
const nation = {
  scope: { code: 'VN', level: 'NATION', name: 'Việt Nam' },
  breadcrumbs: [],
  from: null,
  to: null,
  modules: MODULES,
  totals: { kind: 'TOTAL', name: 'Tổng', scopeCode: null, teamMembers: counts(40, 10, 8), citizens: counts(160, 30, 20) },
  rows: [
    { kind: 'PROVINCE', name: 'Thành phố Huế', scopeCode: '46', teamMembers: counts(10, 5), citizens: counts(40, 15) },
    { kind: 'PROVINCE', name: 'Thành phố Hà Nội', scopeCode: '01', teamMembers: counts(30, 5), citizens: counts(120, 15) },
  ],
  members: null,
};
const hanoi = {
  ...nation,
  scope: { code: '01', level: 'PROVINCE', name: 'Thành phố Hà Nội' },
  breadcrumbs: [{ code: 'VN', level: 'NATION', name: 'Việt Nam' }],
  rows: [{ kind: 'COMMUNE', name: 'Phường Ba Đình', scopeCode: '00004', teamMembers: counts(30, 5), citizens: counts(120, 15) }],
};
const WEEKS = {
  data: {
    completionTimeSeries: {
      weeks: [{ weekStart: '2026-11-23', teamMemberModules: 4, teamMemberCourses: 2, citizenModules: 9, citizenCourses: 3 }],
    },
  },
};
const FUNNEL = {
  data: {
    moduleFunnel: {
      steps: MODULES.map((module) => ({
        module,
        teamMembersReached: 40,
        teamMembersPassedQuiz: 20,
        teamMembersCompleted: 12,
        citizensReached: 100,
        citizensPassedQuiz: 50,
        citizensCompleted: 31,
      })),
    },
  },
};
const NATIONAL_ADMIN = me({ roles: ['CITIZEN', 'NATIONAL_ADMIN'], grants: [{ role: 'NATIONAL_ADMIN', scopeCode: null }] });

describe('the reports page', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStore.set(null);
    window.history.pushState({}, '', '/bao-cao');
  });

  it('shows the KPIs of the viewer’s scope, sorts the units and drills down into one', async () => {
    const calls = stubOperations(
      {
        Me: NATIONAL_ADMIN,
        MyReportScope: { data: { myReportScope: 'VN' } },
        CompletionReport: (v) => ({ data: { completionReport: (v.input as { scopeCode: string }).scopeCode === '01' ? hanoi : nation } }),
        CompletionTimeSeries: WEEKS,
        ModuleFunnel: FUNNEL,
      },
      SESSION,
    );
    renderApp();
    expect(await screen.findByText('Thành viên tổ đã hoàn thành')).toBeTruthy();
    const kpi = (label: string) => screen.getByText(label).parentElement!.querySelector('.kpi__value')!.textContent;
    expect(kpi('Thành viên tổ đã hoàn thành')).toBe('10');
    expect(kpi('Người dân đã hoàn thành')).toBe('30');
    expect(kpi('Chứng nhận đã cấp')).toBe('28');
    expect(kpi('Tỉ lệ hoàn thành')).toBe('20%');
    expect(within(openMenu()).getByRole('link', { name: 'Báo cáo' })).toBeTruthy();

    const table = screen.getByRole('table', { name: 'Bảng số liệu' });
    const names = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((c) => c.textContent);
    expect(names()).toEqual(['Thành phố Hà Nội', 'Thành phố Huế', 'Tổng']);
    fireEvent.click(within(table).getByRole('button', { name: /Tỉ lệ/ }));
    expect(names()).toEqual(['Thành phố Huế', 'Thành phố Hà Nội', 'Tổng']);
    expect(within(table).getByRole('columnheader', { name: /Tỉ lệ/ }).getAttribute('aria-sort')).toBe('descending');

    // Each chart's figures are in the page as a table too.
    expect(await screen.findByRole('heading', { name: 'Số người hoàn thành theo tuần' })).toBeTruthy();
    expect(screen.getAllByText('Xem dạng bảng').length).toBeGreaterThanOrEqual(3);

    fireEvent.click(screen.getByRole('link', { name: 'Xem Thành phố Hà Nội' }));
    expect(await screen.findByRole('link', { name: 'Xem Phường Ba Đình' })).toBeTruthy();
    expect(window.location.search).toBe('?pham-vi=01');
    expect(within(screen.getByRole('navigation', { name: 'Phạm vi' })).getByRole('link', { name: 'Toàn quốc' })).toBeTruthy();
    expect(calls.filter((c) => c.operation === 'CompletionReport').map((c) => c.variables.input)).toEqual([
      { scopeCode: 'VN', courseSlug: 'pho-cap-ky-nang-so-cong-dong', from: null, to: null },
      { scopeCode: '01', courseSlug: 'pho-cap-ky-nang-so-cong-dong', from: null, to: null },
    ]);
  });

  it('refuses an end date before the start date without asking the API, and filters by dates', async () => {
    const calls = stubOperations(
      {
        Me: NATIONAL_ADMIN,
        MyReportScope: { data: { myReportScope: 'VN' } },
        CompletionReport: { data: { completionReport: nation } },
        CompletionTimeSeries: WEEKS,
        ModuleFunnel: FUNNEL,
      },
      SESSION,
    );
    renderApp();
    await screen.findByText('Thành viên tổ đã hoàn thành');
    fireEvent.change(screen.getByLabelText('Từ ngày'), { target: { value: '2026-06-30' } });
    fireEvent.change(screen.getByLabelText('Đến ngày'), { target: { value: '2026-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Xem' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Ngày bắt đầu phải trước ngày kết thúc.');
    const before = calls.length;
    fireEvent.change(screen.getByLabelText('Từ ngày'), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByLabelText('Đến ngày'), { target: { value: '2026-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Xem' }));
    await waitFor(() =>
      expect(calls.slice(before).find((c) => c.operation === 'CompletionReport')?.variables.input).toEqual({
        scopeCode: 'VN',
        courseSlug: 'pho-cap-ky-nang-so-cong-dong',
        from: '2026-01-01',
        to: '2026-06-30',
      }),
    );
  });

  it('tells a citizen that reports are not for their account', async () => {
    stubOperations({ Me: me(), MyReportScope: { data: { myReportScope: null } } }, SESSION);
    renderApp();
    expect(await screen.findByText(/không có quyền xem báo cáo/)).toBeTruthy();
    expect(within(openMenu()).queryByRole('link', { name: 'Báo cáo' })).toBeNull();
  });
});
