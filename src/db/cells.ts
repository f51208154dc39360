/**
 * Converting between domain values and sheet cells. A person may have typed anything into a cell,
 * and Sheets may have turned typed text into a number or date, so reading is forgiving and reports
 * what it cannot understand; writing always states the cell's format so Sheets guesses nothing.
 */
import { isDateKey, seoulDateKey, type DateKey } from '../domain/dates';

export type CellValue = string | number | boolean | Date;
export type FieldValue = string | number | boolean | null;

export interface Vocabulary {
  keys: readonly string[];
  label(key: never): string;
  parse(text: string): string | undefined;
}

export type ColumnType =
  | { kind: 'text' }
  | { kind: 'date' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'choice'; vocabulary: Vocabulary };

/** Plain text: Sheets stores what was written, so `=…`, `010…` and `2026-01-02` stay text. */
export const PLAIN_TEXT_FORMAT = '@';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const NUMBER_FORMAT = '0.###';
const BOOLEAN_FORMAT = 'General';

export function numberFormatOf(type: ColumnType): string {
  switch (type.kind) {
    case 'date':
      return DATE_FORMAT;
    case 'number':
      return NUMBER_FORMAT;
    case 'boolean':
      return BOOLEAN_FORMAT;
    default:
      return PLAIN_TEXT_FORMAT;
  }
}

/** Objects from another realm (the fakes, a vm context) fail `instanceof Date`; this does not. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function toCell(type: ColumnType, value: FieldValue | undefined): CellValue {
  if (value === null || value === undefined || value === '') return type.kind === 'boolean' ? false : '';
  switch (type.kind) {
    case 'date':
      return dateKeySerial(String(value));
    case 'number':
      return Number(value);
    case 'boolean':
      return value === true;
    case 'choice':
      return type.vocabulary.label(value as never);
    default:
      return String(value);
  }
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Sheets counts days from 1899-12-30; a serial number's whole part is the day (the wall date shown). */
export function serialDateKey(serial: number): string {
  const day = new Date(SERIAL_EPOCH + Math.floor(serial) * DAY_MS);
  return day.toISOString().slice(0, 10);
}

/**
 * A date is written as its whole serial number (under the column's date format), not as a Date: a
 * Date is an instant, which Sheets turns into a wall clock in the spreadsheet's zone, and Seoul's
 * clock was not always UTC+9 (UTC+8:30 in 1954–61, summer time in 1948–51, 1955–60 and 1987–88), so
 * midnight at +9 showed a birth date of 1961-02-02 as 1961-02-01 23:30. A serial is the day itself.
 */
export function dateKeySerial(key: DateKey): number {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - SERIAL_EPOCH) / DAY_MS;
}

/**
 * The day a Date from `getValues` stands for. Apps Script gives a date cell as the instant its wall
 * clock shows in the spreadsheet's time zone, so the day is that wall date: asked of
 * `wallDateInSpreadsheetZone` (a `ZoneDay` in that zone; db/table.ts's `dayOf`).
 * Midnight at UTC+9 is taken as that Seoul day without asking: it is what this add-on wrote before it
 * wrote serials, and it is any Seoul date since 1988, so the zone is only learned for the rest.
 */
export type DayOfInstant = (instant: Date) => DateKey;

/** An instant's wall date in a named time zone: Utilities.formatDate, handed in by src/gas. */
export type ZoneDay = (instant: Date, zone: string) => DateKey;

export function dayOfCell(wallDateInSpreadsheetZone: DayOfInstant): DayOfInstant {
  return (instant) =>
    (instant.getTime() + 9 * 3_600_000) % DAY_MS === 0
      ? seoulDateKey(instant)
      : wallDateInSpreadsheetZone(instant);
}

/** A 1-based column number in A1 letters (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export type Decoded = { ok: true; value: FieldValue } | { ok: false; problem: string };

const TRUE_WORDS = new Set(['true', 'yes', 'y', '예', '네', 'o', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '아니오', '아니요', 'x', '0', '']);

/**
 * `dayOf` tells which day a Date cell is (see dayOfCell). A number in a date column is a serial:
 * what Sheets holds for a date, and what a reading of getValues that gives numbers for
 * date-formatted cells would return.
 */
export function fromCell(type: ColumnType, cell: unknown, dayOf: DayOfInstant): Decoded {
  if (cell === '' || cell === null || cell === undefined) {
    return { ok: true, value: type.kind === 'boolean' ? false : type.kind === 'text' ? '' : null };
  }
  switch (type.kind) {
    case 'text':
      if (isDate(cell)) return { ok: true, value: dayOf(cell) };
      return { ok: true, value: String(cell) };
    case 'date':
      if (isDate(cell)) return { ok: true, value: dayOf(cell) };
      if (typeof cell === 'number' && Number.isFinite(cell) && cell >= 1)
        return { ok: true, value: serialDateKey(cell) };
      if (typeof cell === 'string' && isDateKey(cell.trim())) return { ok: true, value: cell.trim() };
      return { ok: false, problem: `날짜가 아닙니다: "${String(cell)}"` };
    case 'number': {
      const number = typeof cell === 'number' ? cell : Number(String(cell).replace(/,/g, ''));
      return Number.isFinite(number)
        ? { ok: true, value: number }
        : { ok: false, problem: `숫자가 아닙니다: "${String(cell)}"` };
    }
    case 'boolean': {
      if (typeof cell === 'boolean') return { ok: true, value: cell };
      const word = String(cell).trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return { ok: true, value: true };
      if (FALSE_WORDS.has(word)) return { ok: true, value: false };
      return { ok: false, problem: `예/아니오가 아닙니다: "${String(cell)}"` };
    }
    case 'choice': {
      const key = type.vocabulary.parse(String(cell));
      return key === undefined
        ? { ok: false, problem: `목록에 없는 값입니다: "${String(cell)}"` }
        : { ok: true, value: key };
    }
  }
}
