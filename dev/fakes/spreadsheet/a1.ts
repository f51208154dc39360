import { fail } from '../errors';

export function columnToLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, column: number): string {
  return `${columnToLetters(column)}${row}`;
}

export function rangeA1(row: number, column: number, numRows: number, numColumns: number): string {
  const start = cellA1(row, column);
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${cellA1(row + numRows - 1, column + numColumns - 1)}`;
}

/** Undefined bounds mean "to the edge of the sheet" (A:A, 2:2, A2:C). */
export interface A1Range {
  sheetName?: string;
  row: number;
  column: number;
  lastRow?: number;
  lastColumn?: number;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function parsePart(part: string): { column?: number; row?: number } | null {
  const m = PART.exec(part);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  return {
    column: m[1] ? lettersToColumn(m[1]) : undefined,
    row: m[2] ? Number(m[2]) : undefined,
  };
}

/** Splits `'My sheet'!A1:B2` / `Sheet1!A1` into the sheet name and the cell part. */
export function splitSheetName(a1: string): { sheetName?: string; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { ref: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2)
    name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1) };
}

export function parseA1(a1: string): A1Range {
  const { sheetName, ref } = splitSheetName(String(a1).trim());
  const [first, second, extra] = ref.split(':');
  if (first === undefined || extra !== undefined) fail('Range not found');
  const start = parsePart(first);
  const end = second === undefined ? start : parsePart(second);
  if (!start || !end) fail('Range not found');
  if (second === undefined && (start.row === undefined || start.column === undefined))
    fail('Range not found');
  const row = Math.min(start.row ?? 1, end.row ?? start.row ?? 1);
  const column = Math.min(start.column ?? 1, end.column ?? start.column ?? 1);
  const lastRow = start.row === undefined || end.row === undefined ? undefined : Math.max(start.row, end.row);
  const lastColumn =
    start.column === undefined || end.column === undefined ? undefined : Math.max(start.column, end.column);
  if (row < 1 || column < 1) fail('Range not found');
  return { sheetName, row, column, lastRow, lastColumn };
}

/** Sheet names in A1 notation need quotes unless they are plain word characters. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
