/**
 * One log line per server call: what ran, how long it took and which Apps Script calls it cost,
 * e.g. `saveIntake 14ms  Spreadsheet calls: 9 (Range.getValues×3, Range.setValues×2, …)`.
 * The Spreadsheet count is the one PERFORMANCE.md cares about; other services are listed after it.
 */
import type { CallCounters } from '../fakes/environment-api';

export interface CallRecord {
  name: string;
  ms: number;
  ok: boolean;
  /** Calls per `Class.method` during this call. */
  calls: Record<string, number>;
  error?: string;
}

const SPREADSHEET_CLASS =
  /^(SpreadsheetApp|Spreadsheet|Sheet|Range|RangeList|Protection|DataValidation\w*|TextFinder|Filter|NamedRange|DeveloperMetadata\w*)\./;

export function isSpreadsheetCall(key: string): boolean {
  return SPREADSHEET_CLASS.test(key);
}

/** Runs `work` with the counters reset first, and records what it cost. */
export function measure<T>(
  name: string,
  counters: CallCounters,
  work: () => T,
): { record: CallRecord; value?: T; error?: unknown } {
  counters.reset();
  const started = performance.now();
  try {
    const value = work();
    return { value, record: { name, ok: true, ms: elapsed(started), calls: counters.snapshot() } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      error,
      record: { name, ok: false, ms: elapsed(started), calls: counters.snapshot(), error: message },
    };
  }
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}

/** The most frequent calls first; after `limit` of them, `…`. */
function list(entries: [string, number][], limit = 8): string {
  const sorted = entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = sorted.slice(0, limit).map(([key, count]) => (count === 1 ? key : `${key}×${count}`));
  return sorted.length > limit ? `${shown.join(', ')}, …` : shown.join(', ');
}

export function formatCall(record: CallRecord): string {
  const entries = Object.entries(record.calls).filter(([, count]) => count > 0);
  const sheet = entries.filter(([key]) => isSpreadsheetCall(key));
  const other = entries.filter(([key]) => !isSpreadsheetCall(key));
  const total = (group: [string, number][]) => group.reduce((sum, [, count]) => sum + count, 0);
  let line = `${record.name} ${record.ms}ms  Spreadsheet calls: ${total(sheet)}`;
  if (sheet.length > 0) line += ` (${list(sheet)})`;
  if (other.length > 0) line += `  other: ${total(other)} (${list(other)})`;
  if (!record.ok) line += `  ERROR: ${record.error}`;
  return line;
}

/** A short Korean summary for the page's status bar. */
export function summarizeCall(record: CallRecord): string {
  const sheet = Object.entries(record.calls)
    .filter(([key]) => isSpreadsheetCall(key))
    .reduce((sum, [, count]) => sum + count, 0);
  return `${record.name} · ${record.ms}ms · 스프레드시트 호출 ${sheet}회${record.ok ? '' : ' · 오류'}`;
}
