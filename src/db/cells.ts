/**
 * Converting between domain values and sheet cells. A person may have typed anything into a cell,
 * and Sheets may have turned typed text into a number or date, so reading is forgiving and reports
 * what it cannot understand; writing always states the cell's format so Sheets guesses nothing.
 */
import { isDateKey, seoulDateKey, seoulMidnight } from '../domain/dates';

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
      return seoulMidnight(String(value));
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

/** Sheets counts days from 1899-12-30; a serial number's whole part is the day (the wall date shown). */
export function serialDateKey(serial: number): string {
  const day = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return day.toISOString().slice(0, 10);
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

export function fromCell(type: ColumnType, cell: unknown): Decoded {
  if (cell === '' || cell === null || cell === undefined) {
    return { ok: true, value: type.kind === 'boolean' ? false : type.kind === 'text' ? '' : null };
  }
  switch (type.kind) {
    case 'text':
      if (isDate(cell)) return { ok: true, value: seoulDateKey(cell) };
      return { ok: true, value: String(cell) };
    case 'date':
      if (isDate(cell)) return { ok: true, value: seoulDateKey(cell) };
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
