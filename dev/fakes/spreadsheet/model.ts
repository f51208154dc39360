import type { DriveEntry } from '../drive-store';
import { fail } from '../errors';
import { sheetId as newSheetId } from '../ids';
import type { ValidationRule } from './data-validation';
import type { ProtectionModel } from './protection';

/** What a cell holds after Sheets has typed it; '' is empty. */
export type StoredValue = string | number | boolean | Date;

export interface Cell {
  v?: StoredValue;
  /** Formula text including the leading '='; `v` is then unused. */
  f?: string;
  /** Number format ('@' plain text, 'yyyy-mm-dd', '0.00'...). */
  nf?: string;
  dv?: ValidationRule;
  note?: string;
  /** Recorded formatting (background, fontWeight, wrap...), not rendered. */
  style?: Record<string, string | number | boolean>;
}

/** https://support.google.com/drive/answer/37603 : 10 million cells per spreadsheet. */
export const CELL_LIMIT = 10_000_000;
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export class SheetModel {
  rows: (Cell | undefined)[][] = [];
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  columnWidths: Record<number, number> = {};
  rowHeights: Record<number, number> = {};

  constructor(
    readonly spreadsheet: SpreadsheetModel,
    public id: number,
    public name: string,
    public maxRows = DEFAULT_ROWS,
    public maxColumns = DEFAULT_COLUMNS,
  ) {}

  get(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  ensure(row: number, column: number): Cell {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let cell = r[column - 1];
    if (!cell) {
      cell = {};
      r[column - 1] = cell;
    }
    return cell;
  }

  /** The last row holding a value or formula (formats and validation do not count). */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      const row = this.rows[r - 1];
      if (row && row.some(hasContent)) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (hasContent(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  insertRows(before: number, count: number): void {
    this.spreadsheet.assertCellBudget(count * this.maxColumns);
    const blanks: (Cell | undefined)[][] = Array.from({ length: count }, () => []);
    if (this.rows.length >= before) this.rows.splice(before - 1, 0, ...blanks);
    this.maxRows += count;
    this.spreadsheet.shiftProtections(this, 'row', before, count);
  }

  deleteRows(start: number, count: number): void {
    this.rows.splice(start - 1, count);
    this.maxRows -= count;
    this.spreadsheet.shiftProtections(this, 'row', start, -count);
  }

  insertColumns(before: number, count: number): void {
    this.spreadsheet.assertCellBudget(count * this.maxRows);
    for (const row of this.rows) {
      if (row && row.length >= before)
        row.splice(before - 1, 0, ...new Array<Cell | undefined>(count).fill(undefined));
    }
    this.maxColumns += count;
    this.spreadsheet.shiftProtections(this, 'column', before, count);
  }

  deleteColumns(start: number, count: number): void {
    for (const row of this.rows) if (row) row.splice(start - 1, count);
    this.maxColumns -= count;
    this.spreadsheet.shiftProtections(this, 'column', start, -count);
  }

  /**
   * Moves `count` columns from `start` to stand before column `before` (counted before the move),
   * with everything in their cells and their widths; protected ranges move with their columns.
   */
  moveColumns(start: number, count: number, before: number): void {
    const order = movedOrder(this.maxColumns, start, count, before);
    for (const row of this.rows) {
      if (!row) continue;
      const old = row.slice();
      row.length = 0;
      order.forEach((from, to) => {
        if (old[from - 1] !== undefined) row[to] = old[from - 1];
      });
    }
    const widths = this.columnWidths;
    this.columnWidths = {};
    order.forEach((from, to) => {
      if (widths[from] !== undefined) this.columnWidths[to + 1] = widths[from]!;
    });
    this.spreadsheet.remapProtectionColumns(this, order);
  }
}

export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.f !== undefined || (cell.v !== undefined && cell.v !== ''));
}

export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  activeSheetId = 0;
  protections: ProtectionModel[] = [];
  locale = 'ko_KR';

  constructor(
    readonly file: DriveEntry,
    public timeZone: string,
  ) {}

  get id(): string {
    return this.file.id;
  }

  totalCells(): number {
    return this.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
  }

  assertCellBudget(extra: number): void {
    if (this.totalCells() + extra > CELL_LIMIT) {
      fail(
        `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
    }
  }

  /** Sheet names are unique regardless of case in Sheets. */
  sheetByName(name: string): SheetModel | undefined {
    return (
      this.sheets.find((s) => s.name === name) ??
      this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase())
    );
  }

  activeSheet(): SheetModel {
    return this.sheets.find((s) => s.id === this.activeSheetId) ?? (this.sheets[0] as SheetModel);
  }

  addSheet(name: string, index = this.sheets.length, rows = 1000, columns = 26, id?: number): SheetModel {
    this.assertCellBudget(rows * columns);
    let sid = id ?? (this.sheets.length === 0 ? 0 : newSheetId());
    while (id === undefined && this.sheets.some((s) => s.id === sid)) sid = newSheetId();
    const sheet = new SheetModel(this, sid, name, rows, columns);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  /**
   * After columns move, a protected box whose columns still stand side by side follows them; one
   * the move split apart keeps its place (Sheets would split it; the add-on protects single columns).
   */
  remapProtectionColumns(sheet: SheetModel, order: readonly number[]): void {
    const newPosition = new Map(order.map((from, to) => [from, to + 1]));
    for (const p of this.protections) {
      for (const box of [...(p.type === 'SHEET' ? [] : [p.range]), ...p.unprotected]) {
        if (!box || box.sheet !== sheet) continue;
        const positions = Array.from({ length: box.numColumns }, (_, i) => newPosition.get(box.column + i)!);
        const first = Math.min(...positions);
        if (positions.every((position, i) => position === first + i)) box.column = first;
      }
    }
  }

  shiftProtections(sheet: SheetModel, axis: 'row' | 'column', at: number, delta: number): void {
    for (const p of this.protections) {
      for (const box of [p.range, ...p.unprotected]) {
        if (!box || box.sheet !== sheet) continue;
        const start = axis === 'row' ? 'row' : 'column';
        const size = axis === 'row' ? 'numRows' : 'numColumns';
        if (delta > 0) {
          if (box[start] >= at) box[start] += delta;
          else if (box[start] + box[size] - 1 >= at) box[size] += delta;
        } else {
          const removedEnd = at - delta - 1;
          const boxEnd = box[start] + box[size] - 1;
          const overlap = Math.max(0, Math.min(boxEnd, removedEnd) - Math.max(box[start], at) + 1);
          if (box[start] > removedEnd) box[start] += delta;
          else if (box[start] >= at) box[start] = at;
          box[size] = Math.max(1, box[size] - overlap);
        }
      }
    }
  }
}

/**
 * The column order after moving `count` columns from `start` before `before`: entry i is the old
 * position of the column that ends at position i + 1. A destination inside the moved block moves
 * nothing.
 */
export function movedOrder(total: number, start: number, count: number, before: number): number[] {
  const all = Array.from({ length: total }, (_, i) => i + 1);
  const moved = all.slice(start - 1, start - 1 + count);
  if (before >= start && before <= start + count) return all;
  const rest = all.filter((column) => column < start || column >= start + count);
  const at = rest.findIndex((column) => column >= before);
  rest.splice(at === -1 ? rest.length : at, 0, ...moved);
  return rest;
}

/** A rectangle on a sheet (1-based). */
export interface Box {
  sheet: SheetModel;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function boxesIntersect(a: Box, b: Box): boolean {
  return (
    a.sheet === b.sheet &&
    a.row <= b.row + b.numRows - 1 &&
    b.row <= a.row + a.numRows - 1 &&
    a.column <= b.column + b.numColumns - 1 &&
    b.column <= a.column + a.numColumns - 1
  );
}

export function boxContains(outer: Box, inner: Box): boolean {
  return (
    outer.sheet === inner.sheet &&
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}
