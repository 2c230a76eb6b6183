import { DomainError } from '../errors/domain-error.js';

/** Where in the roll-ups a from/to range is read: all time, or whole months plus the days at either end. */
export interface GrainRange {
  all: boolean;
  monthsFrom: string;
  monthsTo: string;
  days1From: string;
  days1To: string;
  days2From: string;
  days2To: string;
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

const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`;
const firstOfNextMonth = (day: string) => {
  const d = new Date(`${firstOfMonth(day)}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
};

export function grainRange(from: string | null, to: string | null): GrainRange {
  if (!from && !to)
    return {
      all: true,
      monthsFrom: OPEN_START,
      monthsTo: OPEN_START,
      days1From: OPEN_END,
      days1To: OPEN_START,
      days2From: OPEN_END,
      days2To: OPEN_START,
    };
  const f = from ?? OPEN_START;
  const t = to ?? OPEN_END;
  const monthsFrom = f.endsWith('-01') ? f : firstOfNextMonth(f);
  const monthsTo = t === OPEN_END ? OPEN_END : firstOfMonth(addDays(t, 1));
  if (monthsFrom < monthsTo) {
    return { all: false, monthsFrom, monthsTo, days1From: f, days1To: addDays(monthsFrom, -1), days2From: monthsTo, days2To: t };
  }
  return { all: false, monthsFrom: OPEN_START, monthsTo: OPEN_START, days1From: f, days1To: t, days2From: OPEN_END, days2To: OPEN_START };
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
