/**
 * Calendar dates as "YYYY-MM-DD" keys. Dates cross google.script.run as such strings (Apps Script
 * refuses Date objects there), and every rule in this product is about days, not instants, so the
 * domain works on keys and never on time zones. Korea has had no daylight saving since 1988, so
 * today in Seoul is a fixed UTC+9 offset away from now; a date in a cell is another matter (its
 * serial is the day itself, and a birth date in 1961 was on Seoul's UTC+8:30 clock: db/cells.ts).
 */
export type DateKey = string;

const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDateKey(text: string): boolean {
  const match = DATE_KEY.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** The calendar day in Seoul at the given instant. */
export function seoulDateKey(instant: Date): DateKey {
  return new Date(instant.getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 10);
}

function utcMidnight(key: DateKey): number {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): DateKey {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(key: DateKey, days: number): DateKey {
  return fromUtc(utcMidnight(key) + days * DAY_MS);
}

/** Adds months, clamping to the month's last day (2026-01-31 + 1 month = 2026-02-28). */
export function addMonths(key: DateKey, months: number): DateKey {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return fromUtc(target.getTime());
}

export function daysBetween(from: DateKey, to: DateKey): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

export function maxDateKey(keys: readonly (DateKey | null | undefined)[]): DateKey | null {
  let best: DateKey | null = null;
  for (const key of keys) if (key && (best === null || key > best)) best = key;
  return best;
}

/** "YYYY-MM-DD HH:mm:ss" in Seoul: the audit log's and "last changed" columns' timestamp. */
export function seoulTimestamp(instant: Date): string {
  return new Date(instant.getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}
