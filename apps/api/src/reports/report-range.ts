import { DomainError } from '../errors/domain-error.js';

/** What a report counts: everything (the totals), or the days from `from` to `to`, both counted. */
export interface ReportRange {
  all: boolean;
  from: string;
  to: string;
}

const OPEN_START = '2000-01-01';
const OPEN_END = '2999-12-31';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseDay(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  const d = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value)
    throw DomainError.invalid([{ field, messageKey: 'report.invalidDate' }]);
  return value;
}

export function checkRange(from: string | null, to: string | null): void {
  if (from && to && from > to) throw DomainError.invalid([{ field: 'from', messageKey: 'report.dateOrder' }]);
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function reportRange(from: string | null, to: string | null): ReportRange {
  return { all: !from && !to, from: from ?? OPEN_START, to: to ?? OPEN_END };
}

/** Today in Vietnam (UTC+7, no daylight saving). */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Monday of the week of a day. */
export function weekStart(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return addDays(day, -((d.getUTCDay() + 6) % 7));
}
