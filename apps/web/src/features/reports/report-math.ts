import type { CompletionReportQuery } from '../../gql/graphql.js';

export type Report = CompletionReportQuery['completionReport'];
export type ReportRow = Report['rows'][number];
export type Counts = ReportRow['teamMembers'];

export interface Kpis {
  teamMembersTrained: number;
  citizensTrained: number;
  certificates: number;
  /** Course completions ÷ enrolments, both kinds of learner; null when nobody enrolled. */
  completionRate: number | null;
}

export function kpis(totals: ReportRow): Kpis {
  const { teamMembers: tm, citizens: c } = totals;
  const enrolled = tm.enrolled + c.enrolled;
  return {
    teamMembersTrained: tm.courseCompleted,
    citizensTrained: c.courseCompleted,
    certificates: tm.certificatesIssued + c.certificatesIssued,
    completionRate: enrolled === 0 ? null : (tm.courseCompleted + c.courseCompleted) / enrolled,
  };
}

export const SORT_KEYS = ['name', 'enrolled', 'completed', 'rate'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  descending: boolean;
}

const both = (row: ReportRow, pick: (c: Counts) => number) => pick(row.teamMembers) + pick(row.citizens);
export const rowEnrolled = (row: ReportRow) => both(row, (c) => c.enrolled);
export const rowCompleted = (row: ReportRow) => both(row, (c) => c.courseCompleted);
export function rowRate(row: ReportRow): number | null {
  const enrolled = rowEnrolled(row);
  return enrolled === 0 ? null : rowCompleted(row) / enrolled;
}

const collator = new Intl.Collator('vi');

/** Child units sorted by a column; units with no rate sort last whichever the direction. Ties keep the name order. */
export function sortRows(rows: readonly ReportRow[], sort: Sort): ReportRow[] {
  const value = (row: ReportRow): number | null =>
    sort.key === 'enrolled' ? rowEnrolled(row) : sort.key === 'completed' ? rowCompleted(row) : sort.key === 'rate' ? rowRate(row) : null;
  return [...rows].sort((a, b) => {
    if (sort.key === 'name') return (sort.descending ? -1 : 1) * collator.compare(a.name, b.name);
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return x === y ? collator.compare(a.name, b.name) : x === null ? 1 : -1;
    return (sort.descending ? y - x : x - y) || collator.compare(a.name, b.name);
  });
}

export function percent(rate: number | null, language: string): string {
  return rate === null
    ? '–'
    : new Intl.NumberFormat(language === 'en' ? 'en' : 'vi', { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

export function count(n: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en' : 'vi').format(n);
}
