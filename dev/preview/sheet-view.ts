/**
 * What the page's grid needs of one tab: display text per cell (dates as Seoul dates), the frozen
 * header rows and formulas for the formula bar. Rows past MAX_ROWS are left out (the preview is
 * for looking, not for a 10 000-row table).
 */
import type { SheetJSON } from '../fakes/environment-api';

export type CellView = string | number | boolean | null;

export interface SheetView {
  name: string;
  hidden: boolean;
  frozenRows: number;
  maxRows: number;
  maxColumns: number;
  rows: CellView[][];
  formulas: Record<string, string>;
  /** Rows with data that were not sent. */
  omittedRows: number;
}

export const MAX_ROWS = 1000;

const seoul = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Seoul',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `2026-03-02` for a midnight in Seoul, `2026-03-02 14:05` otherwise. */
export function formatSeoulDateTime(when: Date): string {
  if (Number.isNaN(when.getTime())) return '';
  const text = seoul.format(when);
  return text.endsWith(' 00:00') ? text.slice(0, 10) : text;
}

export function toCellView(value: unknown): CellView {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Object.prototype.toString.call(value) === '[object Date]') return formatSeoulDateTime(value as Date);
  if (typeof value === 'object' && typeof (value as { $date?: unknown }).$date === 'string') {
    return formatSeoulDateTime(new Date((value as { $date: string }).$date));
  }
  return JSON.stringify(value);
}

export function toSheetView(sheet: SheetJSON): SheetView {
  let used = sheet.values.length;
  while (used > 0 && (sheet.values[used - 1] ?? []).every((cell) => cell === '' || cell == null)) used -= 1;
  const sent = Math.min(used, MAX_ROWS);
  return {
    name: sheet.name,
    hidden: sheet.hidden === true,
    frozenRows: sheet.frozenRows ?? 0,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    rows: sheet.values.slice(0, sent).map((row) => (row ?? []).map(toCellView)),
    formulas: sheet.formulas ?? {},
    omittedRows: used - sent,
  };
}
