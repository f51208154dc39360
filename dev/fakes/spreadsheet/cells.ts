import { isDate } from '../errors';
import { evaluateFormula, FormulaError, type FValue } from './formula';
import type { Cell, SheetModel, StoredValue } from './model';
import { displayValue, isDateTimeFormat } from './number-format';
import { dateToSerial, serialToDate } from './serial';
import { typeInput } from './value-typing';

/** Cell-level reads and writes shared by Range, Sheet.appendRow and the dumps. */

const evaluating = new Set<Cell>();

function timeZoneOf(sheet: SheetModel): string {
  return sheet.spreadsheet.timeZone;
}

/** Writes one value as Sheets types it (see value-typing.ts). */
export function writeInput(sheet: SheetModel, row: number, column: number, input: unknown): void {
  const existing = sheet.get(row, column);
  if (!existing && (input === '' || input === null || input === undefined)) return;
  const cell = existing ?? sheet.ensure(row, column);
  const typed = typeInput(input, cell.nf, timeZoneOf(sheet));
  if (typed.formula !== undefined) {
    cell.f = typed.formula;
    delete cell.v;
  } else {
    delete cell.f;
    if (typed.value === '') delete cell.v;
    else cell.v = typed.value;
  }
  if (typed.format && (cell.nf === undefined || isDate(typed.value))) cell.nf = typed.format;
}

export function writeFormula(sheet: SheetModel, row: number, column: number, formula: string): void {
  if (formula === '') {
    const cell = sheet.get(row, column);
    if (cell) {
      delete cell.f;
      delete cell.v;
    }
    return;
  }
  const cell = sheet.ensure(row, column);
  if (formula.startsWith('=')) {
    cell.f = formula;
    delete cell.v;
  } else {
    writeInput(sheet, row, column, formula);
  }
}

export function clearContent(sheet: SheetModel, row: number, column: number): void {
  const cell = sheet.get(row, column);
  if (!cell) return;
  delete cell.v;
  delete cell.f;
}

/** A cell's value before any number format applies (a formula's result; a date stays a Date). */
export function rawValue(sheet: SheetModel, cell: Cell | undefined): FValue {
  if (!cell) return '';
  if (cell.f === undefined) return cell.v ?? '';
  if (evaluating.has(cell)) return new FormulaError('#REF!');
  evaluating.add(cell);
  try {
    return evaluateFormula(cell.f, {
      sheet,
      timeZone: timeZoneOf(sheet),
      sheetByName: (name) => sheet.spreadsheet.sheetByName(name),
      read: (s, r, c) => rawValue(s, s.get(r, c)),
    });
  } finally {
    evaluating.delete(cell);
  }
}

/** What Range.getValue returns: Dates for date-formatted numbers, numbers for re-formatted dates. */
export function readValue(sheet: SheetModel, row: number, column: number): StoredValue | '' {
  const cell = sheet.get(row, column);
  if (!cell) return '';
  const v = rawValue(sheet, cell);
  if (v instanceof FormulaError) return v.code;
  return byFormat(v, cell.nf, timeZoneOf(sheet));
}

function byFormat(v: StoredValue | '', format: string | undefined, timeZone: string): StoredValue | '' {
  if (typeof v === 'number' && isDateTimeFormat(format)) return serialToDate(v, timeZone);
  if (isDate(v)) {
    if (format !== undefined && !isDateTimeFormat(format) && !/^general$/i.test(format))
      return dateToSerial(v, timeZone);
    return new Date(v.getTime());
  }
  return v;
}

export function readDisplay(sheet: SheetModel, row: number, column: number): string {
  const cell = sheet.get(row, column);
  if (!cell) return '';
  const v = rawValue(sheet, cell);
  if (v instanceof FormulaError) return v.code;
  return displayValue(v, cell.nf, timeZoneOf(sheet));
}

export function readFormula(sheet: SheetModel, row: number, column: number): string {
  return sheet.get(row, column)?.f ?? '';
}
