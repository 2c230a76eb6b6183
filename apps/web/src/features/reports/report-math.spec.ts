import { describe, expect, it } from '@jest/globals';
import { kpis, sortRows, type ReportRow } from './report-math.js';

const counts = (enrolled: number, courseCompleted: number, certificatesIssued = 0) => ({
  registered: enrolled,
  enrolled,
  started: enrolled,
  modulesCompleted: [0, 0, 0, 0, 0, 0],
  courseCompleted,
  certificatesIssued,
  completionRate: enrolled ? courseCompleted / enrolled : null,
});
const row = (name: string, tm: [number, number], c: [number, number]): ReportRow => ({
  kind: 'COMMUNE',
  name,
  scopeCode: name,
  teamMembers: counts(...tm),
  citizens: counts(...c),
});

describe('report figures', () => {
  it('adds team members and citizens into the KPIs, and has no rate when nobody enrolled', () => {
    const totals = { ...row('Tổng', [10, 4], [30, 6]), teamMembers: counts(10, 4, 3), citizens: counts(30, 6, 5) };
    expect(kpis(totals)).toEqual({ teamMembersTrained: 4, citizensTrained: 6, certificates: 8, completionRate: 0.25 });
    expect(kpis(row('Trống', [0, 0], [0, 0])).completionRate).toBeNull();
  });

  it('sorts by Vietnamese name and by figures, units without a rate last either way', () => {
    const rows = [row('Xã Ân Thi', [2, 1], [0, 0]), row('Phường Ba Đình', [4, 4], [0, 0]), row('Xã Ấp Bắc', [0, 0], [0, 0])];
    expect(sortRows(rows, { key: 'name', descending: false }).map((r) => r.name)).toEqual(['Phường Ba Đình', 'Xã Ân Thi', 'Xã Ấp Bắc']);
    expect(sortRows(rows, { key: 'rate', descending: true }).map((r) => r.name)).toEqual(['Phường Ba Đình', 'Xã Ân Thi', 'Xã Ấp Bắc']);
    expect(sortRows(rows, { key: 'rate', descending: false }).map((r) => r.name)).toEqual(['Xã Ân Thi', 'Phường Ba Đình', 'Xã Ấp Bắc']);
    expect(sortRows(rows, { key: 'enrolled', descending: true })[0]!.name).toBe('Phường Ba Đình');
  });
});
