import { GasObject } from '../membrane';
import { fail } from '../errors';
import type { World } from '../world';
import { parseA1 } from './a1';
import { writeInput } from './cells';
import type { Box, SheetModel } from './model';
import { assertCanEdit, newProtectionModel, Protection } from './protection';
import { Range } from './range';
import { Spreadsheet } from './spreadsheet';
import { TextFinder } from './text-finder';

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

function int(value: unknown, what: string): number {
  const n = Number(value);
  if (!Number.isFinite(n)) fail(`Invalid argument: ${what}`);
  return Math.trunc(n);
}

/** Sheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet). */
export class Sheet extends GasObject {
  readonly _class = 'Sheet';

  constructor(
    readonly _w: World,
    readonly _s: SheetModel,
  ) {
    super();
  }

  /** getRange's bounds checks and messages, shared with Range.offset. */
  static rangeOn(w: World, s: SheetModel, row: number, column: number, numRows = 1, numColumns = 1): Range {
    if (row < 1) fail('The starting row of the range is too small.');
    if (column < 1) fail('The starting column of the range is too small.');
    if (numRows < 1) fail('The number of rows in the range must be at least 1.');
    if (numColumns < 1) fail('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > s.maxRows || column + numColumns - 1 > s.maxColumns) fail(OUTSIDE);
    return new Range(w, s, row, column, numRows, numColumns);
  }

  private _edit(box?: Partial<Box>): void {
    const full: Box = {
      sheet: this._s,
      row: 1,
      column: 1,
      numRows: this._s.maxRows,
      numColumns: this._s.maxColumns,
      ...box,
    };
    assertCanEdit(this._w, this._s.spreadsheet, full);
  }

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof rowOrA1 === 'string') {
      const a1 = parseA1(rowOrA1);
      const lastRow = a1.lastRow ?? this._s.maxRows;
      const lastColumn = a1.lastColumn ?? this._s.maxColumns;
      if (lastRow > this._s.maxRows || lastColumn > this._s.maxColumns) fail(OUTSIDE);
      return Sheet.rangeOn(
        this._w,
        this._s,
        a1.row,
        a1.column,
        lastRow - a1.row + 1,
        lastColumn - a1.column + 1,
      );
    }
    if (column === undefined)
      fail("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    return Sheet.rangeOn(
      this._w,
      this._s,
      int(rowOrA1, 'row'),
      int(column, 'column'),
      numRows === undefined ? 1 : int(numRows, 'numRows'),
      numColumns === undefined ? 1 : int(numColumns, 'numColumns'),
    );
  }

  getDataRange(): Range {
    return new Range(
      this._w,
      this._s,
      1,
      1,
      Math.max(1, this._s.lastRow()),
      Math.max(1, this._s.lastColumn()),
    );
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#createTextFinder(String): the whole sheet. */
  createTextFinder(findText: string): TextFinder {
    const whole = {
      sheet: this._s,
      row: 1,
      column: 1,
      numRows: this._s.maxRows,
      numColumns: this._s.maxColumns,
    };
    return new TextFinder(this._w, [whole], String(findText));
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const rows = numRows === -1 ? this._s.lastRow() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? this._s.lastColumn() - startColumn + 1 : numColumns;
    return Sheet.rangeOn(this._w, this._s, startRow, startColumn, rows, cols).getValues();
  }

  getName(): string {
    return this._s.name;
  }

  setName(name: string): this {
    const n = String(name);
    const clash = this._s.spreadsheet.sheetByName(n);
    if (clash && clash !== this._s)
      fail(`A sheet with the name "${n}" already exists. Please enter another name.`);
    this._w.requireEditable(this._s.spreadsheet.file);
    this._s.name = n;
    return this;
  }

  getSheetId(): number {
    return this._s.id;
  }

  getIndex(): number {
    return this._s.spreadsheet.sheets.indexOf(this._s) + 1;
  }

  getParent(): Spreadsheet {
    return new Spreadsheet(this._w, this._s.spreadsheet);
  }

  getType(): string {
    return 'GRID';
  }

  activate(): this {
    this._s.spreadsheet.activeSheetId = this._s.id;
    return this;
  }

  getLastRow(): number {
    return this._s.lastRow();
  }

  getLastColumn(): number {
    return this._s.lastColumn();
  }

  getMaxRows(): number {
    return this._s.maxRows;
  }

  getMaxColumns(): number {
    return this._s.maxColumns;
  }

  // ---- rows and columns ---------------------------------------------------------------------

  private _checkRows(start: number, count: number): void {
    if (start < 1 || count < 1 || start + count - 1 > this._s.maxRows) fail('Those rows are out of bounds.');
  }

  private _checkColumns(start: number, count: number): void {
    if (start < 1 || count < 1 || start + count - 1 > this._s.maxColumns)
      fail('Those columns are out of bounds.');
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    this._checkRows(int(beforePosition, 'beforePosition'), 1);
    this._edit();
    this._s.insertRows(int(beforePosition, 'beforePosition'), int(howMany, 'howMany'));
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    const after = int(afterPosition, 'afterPosition');
    this._checkRows(after, 1);
    this._edit();
    this._s.insertRows(after + 1, int(howMany, 'howMany'));
    return this;
  }

  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this._checkColumns(int(beforePosition, 'beforePosition'), 1);
    this._edit();
    this._s.insertColumns(int(beforePosition, 'beforePosition'), int(howMany, 'howMany'));
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    const after = int(afterPosition, 'afterPosition');
    this._checkColumns(after, 1);
    this._edit();
    this._s.insertColumns(after + 1, int(howMany, 'howMany'));
    return this;
  }

  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    const start = int(rowPosition, 'rowPosition');
    const count = int(howMany, 'howMany');
    this._checkRows(start, count);
    if (this._s.maxRows - count <= this._s.frozenRows)
      fail('Sorry, it is not possible to delete all non-frozen rows.');
    this._edit({ row: start, numRows: count });
    this._s.deleteRows(start, count);
  }

  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    const start = int(columnPosition, 'columnPosition');
    const count = int(howMany, 'howMany');
    this._checkColumns(start, count);
    if (this._s.maxColumns - count <= this._s.frozenColumns)
      fail('Sorry, it is not possible to delete all non-frozen columns.');
    this._edit({ column: start, numColumns: count });
    this._s.deleteColumns(start, count);
  }

  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  /**
   * Moves every column `columnSpec` spans to stand before `destinationIndex`, counted before the
   * move, as dragging a column header does
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#movecolumnscolumnspec,-destinationindex).
   */
  moveColumns(columnSpec: Range, destinationIndex: number): void {
    if (!(columnSpec instanceof Range) || columnSpec._s !== this._s) fail('Invalid argument: columnSpec');
    const before = int(destinationIndex, 'destinationIndex');
    if (before < 1 || before > this._s.maxColumns + 1) fail('Those columns are out of bounds.');
    this._edit();
    this._s.moveColumns(columnSpec._col, columnSpec._cols, before);
  }

  /**
   * Writes after the last row with content, growing the sheet when it is full; values are typed
   * like setValues (https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents).
   */
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents))
      fail("The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    const row = this._s.lastRow() + 1;
    this._edit({ row: Math.min(row, this._s.maxRows), numRows: 1 });
    if (row > this._s.maxRows) this._s.insertRows(this._s.maxRows + 1, row - this._s.maxRows);
    if (rowContents.length > this._s.maxColumns) {
      this._s.insertColumns(this._s.maxColumns + 1, rowContents.length - this._s.maxColumns);
    }
    this._w.counters.cellsWritten(rowContents.length);
    rowContents.forEach((v, i) => writeInput(this._s, row, i + 1, v));
    return this;
  }

  // ---- layout -------------------------------------------------------------------------------

  setFrozenRows(rows: number): void {
    const n = int(rows, 'rows');
    if (n < 0 || n >= this._s.maxRows) fail('Invalid argument: rows');
    this._s.frozenRows = n;
  }

  getFrozenRows(): number {
    return this._s.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    const n = int(columns, 'columns');
    if (n < 0 || n >= this._s.maxColumns) fail('Invalid argument: columns');
    this._s.frozenColumns = n;
  }

  getFrozenColumns(): number {
    return this._s.frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this._checkColumns(int(columnPosition, 'columnPosition'), 1);
    this._s.columnWidths[int(columnPosition, 'columnPosition')] = int(width, 'width');
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this._checkColumns(int(startColumn, 'startColumn'), int(numColumns, 'numColumns'));
    for (let c = 0; c < numColumns; c++) this._s.columnWidths[startColumn + c] = int(width, 'width');
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    return this._s.columnWidths[columnPosition] ?? 100;
  }

  autoResizeColumn(columnPosition: number): this {
    this._checkColumns(int(columnPosition, 'columnPosition'), 1);
    return this;
  }

  autoResizeColumns(startColumn: number, numColumns: number): this {
    this._checkColumns(int(startColumn, 'startColumn'), int(numColumns, 'numColumns'));
    return this;
  }

  setRowHeight(rowPosition: number, height: number): this {
    this._checkRows(int(rowPosition, 'rowPosition'), 1);
    this._s.rowHeights[rowPosition] = int(height, 'height');
    return this;
  }

  setRowHeights(startRow: number, numRows: number, height: number): this {
    this._checkRows(int(startRow, 'startRow'), int(numRows, 'numRows'));
    for (let r = 0; r < numRows; r++) this._s.rowHeights[startRow + r] = int(height, 'height');
    return this;
  }

  getRowHeight(rowPosition: number): number {
    return this._s.rowHeights[rowPosition] ?? 21;
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    this._checkColumns(int(columnIndex, 'columnIndex'), int(numColumns, 'numColumns'));
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    this._checkColumns(int(columnIndex, 'columnIndex'), int(numColumns, 'numColumns'));
  }

  /** A spreadsheet must keep one visible sheet. */
  hideSheet(): this {
    const visible = this._s.spreadsheet.sheets.filter((s) => !s.hidden);
    if (visible.length === 1 && visible[0] === this._s) fail("You can't hide all the sheets in a document.");
    this._s.hidden = true;
    return this;
  }

  showSheet(): this {
    this._s.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this._s.hidden;
  }

  setTabColor(color: string | null): this {
    this._s.tabColor = color === null ? null : String(color);
    return this;
  }

  getTabColor(): string | null {
    return this._s.tabColor;
  }

  // ---- protection and clearing --------------------------------------------------------------

  /** A sheet has at most one sheet-level protection; protecting again returns it. */
  protect(): Protection {
    const ss = this._s.spreadsheet;
    this._w.requireEditable(ss.file);
    const make = (b: Box): Range => new Range(this._w, b.sheet, b.row, b.column, b.numRows, b.numColumns);
    const existing = ss.protections.find((p) => p.type === 'SHEET' && p.range.sheet === this._s);
    if (existing) return new Protection(this._w, ss, existing, make);
    const model = newProtectionModel('SHEET', {
      sheet: this._s,
      row: 1,
      column: 1,
      numRows: this._s.maxRows,
      numColumns: this._s.maxColumns,
    });
    ss.protections.push(model);
    return new Protection(this._w, ss, model, make);
  }

  getProtections(type: string): Protection[] {
    const ss = this._s.spreadsheet;
    const make = (b: Box): Range => new Range(this._w, b.sheet, b.row, b.column, b.numRows, b.numColumns);
    return ss.protections
      .filter((p) => p.type === String(type) && p.range.sheet === this._s)
      .map((p) => new Protection(this._w, ss, p, make));
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this._edit();
    const o = options ?? {};
    const both = !o.contentsOnly && !o.formatOnly;
    for (const row of this._s.rows) {
      if (!row) continue;
      for (const cell of row) {
        if (!cell) continue;
        if (both || o.contentsOnly) {
          delete cell.v;
          delete cell.f;
        }
        if (both || o.formatOnly) {
          delete cell.nf;
          delete cell.style;
        }
      }
    }
    return this;
  }

  clearContents(): this {
    return this.clear({ contentsOnly: true });
  }

  clearFormats(): this {
    return this.clear({ formatOnly: true });
  }

  clearNotes(): this {
    for (const row of this._s.rows) for (const cell of row ?? []) if (cell) delete cell.note;
    return this;
  }
}
