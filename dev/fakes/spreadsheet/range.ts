import { GasObject } from '../membrane';
import { fail } from '../errors';
import type { World } from '../world';
import { rangeA1 } from './a1';
import { clearContent, readDisplay, readFormula, readValue, writeFormula, writeInput } from './cells';
import { copyRule, DataValidation, isDefaultCheckbox, type ValidationRule } from './data-validation';
import type { Box, Cell, SheetModel, StoredValue } from './model';
import { assertCanEdit, newProtectionModel, Protection } from './protection';
import { Sheet } from './sheet';
import { TextFinder } from './text-finder';

/** https://support.google.com/drive/answer/37603 : a cell holds at most 50,000 characters. */
const CELL_CHAR_LIMIT = 50000;

/**
 * Range (https://developers.google.com/apps-script/reference/spreadsheet/range). A range is a fixed
 * rectangle on a sheet; reads and writes go cell by cell through cells.ts, which types written
 * strings as Sheets does.
 */
export class Range extends GasObject {
  readonly _class = 'Range';

  constructor(
    readonly _w: World,
    readonly _s: SheetModel,
    readonly _row: number,
    readonly _col: number,
    readonly _rows: number,
    readonly _cols: number,
  ) {
    super();
  }

  _box(): Box {
    return { sheet: this._s, row: this._row, column: this._col, numRows: this._rows, numColumns: this._cols };
  }

  private _size(): number {
    return this._rows * this._cols;
  }

  private _grid<T>(read: (row: number, column: number) => T, countCells = true): T[][] {
    if (countCells) this._w.counters.cellsRead(this._size());
    const out: T[][] = new Array(this._rows);
    for (let r = 0; r < this._rows; r++) {
      const row: T[] = new Array(this._cols);
      for (let c = 0; c < this._cols; c++) row[c] = read(this._row + r, this._col + c);
      out[r] = row;
    }
    return out;
  }

  private _each(fn: (row: number, column: number) => void): void {
    for (let r = 0; r < this._rows; r++)
      for (let c = 0; c < this._cols; c++) fn(this._row + r, this._col + c);
  }

  private _edit(): void {
    assertCanEdit(this._w, this._s.spreadsheet, this._box());
  }

  private _checkGrid(values: unknown, what: string): unknown[][] {
    if (!Array.isArray(values) || values.some((row) => !Array.isArray(row))) {
      fail(
        `The parameters (${typeof values}) don't match the method signature for SpreadsheetApp.Range.${what}.`,
      );
    }
    const grid = values as unknown[][];
    if (grid.length !== this._rows) {
      fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this._rows}.`,
      );
    }
    for (const row of grid) {
      if (row.length !== this._cols) {
        fail(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this._cols}.`,
        );
      }
    }
    return grid;
  }

  private _checkLength(value: unknown): void {
    if (typeof value === 'string' && value.length > CELL_CHAR_LIMIT) {
      fail(`Your input contains more than the maximum of ${CELL_CHAR_LIMIT} characters in a single cell.`);
    }
  }

  // ---- values -------------------------------------------------------------------------------

  getValues(): (StoredValue | '')[][] {
    return this._grid((r, c) => readValue(this._s, r, c));
  }

  getValue(): StoredValue | '' {
    this._w.counters.cellsRead(1);
    return readValue(this._s, this._row, this._col);
  }

  getDisplayValues(): string[][] {
    return this._grid((r, c) => readDisplay(this._s, r, c));
  }

  getDisplayValue(): string {
    this._w.counters.cellsRead(1);
    return readDisplay(this._s, this._row, this._col);
  }

  setValues(values: unknown[][]): this {
    const grid = this._checkGrid(values, 'setValues');
    for (const row of grid) for (const v of row) this._checkLength(v);
    this._edit();
    this._w.counters.cellsWritten(this._size());
    grid.forEach((row, r) => row.forEach((v, c) => writeInput(this._s, this._row + r, this._col + c, v)));
    return this;
  }

  setValue(value: unknown): this {
    this._checkLength(value);
    this._edit();
    this._w.counters.cellsWritten(this._size());
    this._each((r, c) => writeInput(this._s, r, c, value));
    return this;
  }

  isBlank(): boolean {
    for (let r = 0; r < this._rows; r++) {
      for (let c = 0; c < this._cols; c++) {
        const cell = this._s.get(this._row + r, this._col + c);
        if (cell && (cell.f !== undefined || (cell.v !== undefined && cell.v !== ''))) return false;
      }
    }
    return true;
  }

  // ---- formulas -----------------------------------------------------------------------------

  getFormulas(): string[][] {
    return this._grid((r, c) => readFormula(this._s, r, c));
  }

  getFormula(): string {
    this._w.counters.cellsRead(1);
    return readFormula(this._s, this._row, this._col);
  }

  setFormula(formula: string): this {
    this._edit();
    this._w.counters.cellsWritten(this._size());
    this._each((r, c) => writeFormula(this._s, r, c, String(formula)));
    return this;
  }

  setFormulas(formulas: string[][]): this {
    const grid = this._checkGrid(formulas, 'setFormulas');
    this._edit();
    this._w.counters.cellsWritten(this._size());
    grid.forEach((row, r) =>
      row.forEach((f, c) => writeFormula(this._s, this._row + r, this._col + c, String(f ?? ''))),
    );
    return this;
  }

  // ---- number formats -----------------------------------------------------------------------

  getNumberFormats(): string[][] {
    return this._grid((r, c) => this._s.get(r, c)?.nf ?? '0.###############');
  }

  getNumberFormat(): string {
    return this._s.get(this._row, this._col)?.nf ?? '0.###############';
  }

  setNumberFormat(numberFormat: string): this {
    this._edit();
    const nf = String(numberFormat);
    this._each((r, c) => {
      this._s.ensure(r, c).nf = nf;
    });
    return this;
  }

  setNumberFormats(numberFormats: string[][]): this {
    const grid = this._checkGrid(numberFormats, 'setNumberFormats');
    this._edit();
    grid.forEach((row, r) =>
      row.forEach((nf, c) => {
        this._s.ensure(this._row + r, this._col + c).nf = String(nf);
      }),
    );
    return this;
  }

  // ---- data validation ----------------------------------------------------------------------

  setDataValidation(rule: DataValidation | null): this {
    this._edit();
    // One copy shared by every cell: stored rules are only ever replaced, never changed in place
    // (reads hand out copies), and a copy per cell of a 1 000-row column is what setup spent its time on.
    const stored = this._storedRule(rule);
    this._each((r, c) => this._applyRule(r, c, stored));
    return this;
  }

  setDataValidations(rules: (DataValidation | null)[][]): this {
    const grid = this._checkGrid(rules, 'setDataValidations') as (DataValidation | null)[][];
    this._edit();
    // One copy per rule given, however many cells it is given for (see setDataValidation).
    const copies = new Map<DataValidation | null, ValidationRule | null>();
    const storedOnce = (rule: DataValidation | null) => {
      if (!copies.has(rule)) copies.set(rule, this._storedRule(rule));
      return copies.get(rule) as ValidationRule | null;
    };
    const stored = grid.map((row) => row.map(storedOnce));
    stored.forEach((row, r) => row.forEach((rule, c) => this._applyRule(this._row + r, this._col + c, rule)));
    return this;
  }

  private _storedRule(rule: DataValidation | null): ValidationRule | null {
    if (rule === null || rule === undefined) return null;
    if (!(rule instanceof DataValidation)) fail('Invalid argument: rule');
    return copyRule(rule._rule);
  }

  /** A plain checkbox rule turns empty cells into unchecked (FALSE) checkboxes, as in Sheets. */
  private _applyRule(row: number, column: number, rule: ValidationRule | null): void {
    if (rule === null) {
      const cell = this._s.get(row, column);
      if (cell) delete cell.dv;
      return;
    }
    const cell = this._s.ensure(row, column);
    cell.dv = rule;
    if (isDefaultCheckbox(cell.dv) && cell.f === undefined && (cell.v === undefined || cell.v === ''))
      cell.v = false;
  }

  getDataValidation(): DataValidation | null {
    const rule = this._s.get(this._row, this._col)?.dv;
    return rule ? new DataValidation(copyRule(rule)) : null;
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this._grid((r, c) => {
      const rule = this._s.get(r, c)?.dv;
      return rule ? new DataValidation(copyRule(rule)) : null;
    }, false);
  }

  clearDataValidations(): this {
    return this.setDataValidation(null);
  }

  insertCheckboxes(): this {
    this._edit();
    this._each((r, c) => {
      const cell = this._s.ensure(r, c);
      cell.dv = { criteria: 'CHECKBOX', values: [], allowInvalid: false, helpText: null };
      if (cell.f === undefined && (cell.v === undefined || cell.v === '')) cell.v = false;
    });
    return this;
  }

  // ---- clearing -----------------------------------------------------------------------------

  clearContent(): this {
    this._edit();
    this._each((r, c) => clearContent(this._s, r, c));
    return this;
  }

  /** clear() removes contents and formats; options narrow it (validations only when asked). */
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
  }): this {
    this._edit();
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    this._each((r, c) => {
      const cell = this._s.get(r, c);
      if (!cell) return;
      if (!any || o.contentsOnly) {
        delete cell.v;
        delete cell.f;
      }
      if (!any || o.formatOnly) {
        delete cell.nf;
        delete cell.style;
      }
      if (o.validationsOnly) delete cell.dv;
      if (o.commentsOnly) delete cell.note;
    });
    return this;
  }

  clearFormat(): this {
    return this.clear({ formatOnly: true });
  }

  clearNote(): this {
    this._each((r, c) => {
      const cell = this._s.get(r, c);
      if (cell) delete cell.note;
    });
    return this;
  }

  /**
   * Sorts the range's rows (only its own columns move) by one or more columns: a column number, or
   * `{ column, ascending }`, or a list of those, later ones breaking ties
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#sortsortspecobj).
   * Columns are counted on the sheet, not in the range. As in Sheets, numbers and dates come before
   * text, text before TRUE/FALSE, and empty cells last whichever the direction; text compares as in
   * the ko locale; equal rows keep their order.
   */
  sort(sortSpecObj: unknown): this {
    const specs = (Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]).map((spec) => {
      const { column, ascending } =
        typeof spec === 'object' && spec !== null
          ? (spec as { column?: unknown; ascending?: unknown })
          : { column: spec, ascending: true };
      const n = Number(column);
      if (!Number.isInteger(n) || n < this._col || n >= this._col + this._cols)
        fail('The sort column must be within the range.');
      return { column: n, ascending: ascending !== false };
    });
    if (specs.length === 0) fail('Invalid argument: sortSpecObj');
    this._edit();
    this._w.counters.cellsWritten(this._size());
    const rows = Array.from({ length: this._rows }, (_, i) => this._row + i);
    const order = rows
      .map((row, index) => ({ row, index }))
      .sort((a, b) => {
        for (const spec of specs) {
          const by = compareForSort(
            readValue(this._s, a.row, spec.column),
            readValue(this._s, b.row, spec.column),
            spec.ascending,
          );
          if (by !== 0) return by;
        }
        return a.index - b.index;
      })
      .map(({ row }) => row);
    const cells = order.map((row) =>
      Array.from({ length: this._cols }, (_, c) => this._s.get(row, this._col + c)),
    );
    cells.forEach((line, i) =>
      line.forEach((cell, c) => {
        const row = (this._s.rows[this._row + i - 1] ??= []);
        row[this._col + c - 1] = cell;
      }),
    );
    return this;
  }

  // ---- geometry -----------------------------------------------------------------------------

  getRow(): number {
    return this._row;
  }

  getColumn(): number {
    return this._col;
  }

  getRowIndex(): number {
    return this._row;
  }

  getLastRow(): number {
    return this._row + this._rows - 1;
  }

  getLastColumn(): number {
    return this._col + this._cols - 1;
  }

  getNumRows(): number {
    return this._rows;
  }

  getNumColumns(): number {
    return this._cols;
  }

  getHeight(): number {
    return this._rows;
  }

  getWidth(): number {
    return this._cols;
  }

  getA1Notation(): string {
    return rangeA1(this._row, this._col, this._rows, this._cols);
  }

  getGridId(): number {
    return this._s.id;
  }

  getSheet(): Sheet {
    return new Sheet(this._w, this._s);
  }

  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this._rows || column > this._cols) {
      fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new Range(this._w, this._s, this._row + row - 1, this._col + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const row = this._row + Number(rowOffset);
    const col = this._col + Number(columnOffset);
    const rows = numRows === undefined ? this._rows : Number(numRows);
    const cols = numColumns === undefined ? this._cols : Number(numColumns);
    return Sheet.rangeOn(this._w, this._s, row, col, rows, cols);
  }

  activate(): this {
    this._s.spreadsheet.activeSheetId = this._s.id;
    return this;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#createTextFinder(String) */
  createTextFinder(findText: string): TextFinder {
    return new TextFinder(this._w, [this._box()], String(findText));
  }

  protect(): Protection {
    const ss = this._s.spreadsheet;
    this._w.requireEditable(ss.file);
    const model = newProtectionModel('RANGE', this._box());
    ss.protections.push(model);
    return new Protection(
      this._w,
      ss,
      model,
      (b) => new Range(this._w, b.sheet, b.row, b.column, b.numRows, b.numColumns),
    );
  }

  // ---- formatting (recorded, not rendered) --------------------------------------------------

  private _style(key: string, value: string | number | boolean | null): this {
    this._edit();
    this._each((r, c) => {
      const cell = this._s.ensure(r, c);
      if (value === null) {
        if (cell.style) delete cell.style[key];
      } else {
        cell.style = { ...cell.style, [key]: value };
      }
    });
    return this;
  }

  private _styles(key: string, values: unknown[][], what: string): this {
    const grid = this._checkGrid(values, what);
    this._edit();
    grid.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell: Cell = this._s.ensure(this._row + r, this._col + c);
        cell.style = {
          ...cell.style,
          [key]: v === null || v === undefined ? '' : (v as string | number | boolean),
        };
      }),
    );
    return this;
  }

  private _readStyle(key: string, fallback: string | number | boolean): string | number | boolean {
    return this._s.get(this._row, this._col)?.style?.[key] ?? fallback;
  }

  private _readStyles(key: string, fallback: string | number | boolean): (string | number | boolean)[][] {
    return this._grid((r, c) => this._s.get(r, c)?.style?.[key] ?? fallback, false);
  }

  setBackground(color: string | null): this {
    return this._style('background', color);
  }

  setBackgrounds(colors: string[][]): this {
    return this._styles('background', colors, 'setBackgrounds');
  }

  getBackground(): string {
    return String(this._readStyle('background', '#ffffff'));
  }

  getBackgrounds(): string[][] {
    return this._readStyles('background', '#ffffff').map((r) => r.map(String));
  }

  setFontWeight(fontWeight: string | null): this {
    return this._style('fontWeight', fontWeight);
  }

  setFontWeights(fontWeights: string[][]): this {
    return this._styles('fontWeight', fontWeights, 'setFontWeights');
  }

  getFontWeight(): string {
    return String(this._readStyle('fontWeight', 'normal'));
  }

  getFontWeights(): string[][] {
    return this._readStyles('fontWeight', 'normal').map((r) => r.map(String));
  }

  setFontColor(color: string | null): this {
    return this._style('fontColor', color);
  }

  setFontColors(colors: string[][]): this {
    return this._styles('fontColor', colors, 'setFontColors');
  }

  getFontColor(): string {
    return String(this._readStyle('fontColor', '#000000'));
  }

  setFontSize(size: number): this {
    return this._style('fontSize', Number(size));
  }

  setFontStyle(fontStyle: string | null): this {
    return this._style('fontStyle', fontStyle);
  }

  setFontFamily(fontFamily: string | null): this {
    return this._style('fontFamily', fontFamily);
  }

  setFontLine(fontLine: string | null): this {
    return this._style('fontLine', fontLine);
  }

  setWrap(isWrapEnabled: boolean): this {
    return this._style('wrap', !!isWrapEnabled);
  }

  setWraps(isWrapEnabled: boolean[][]): this {
    return this._styles('wrap', isWrapEnabled, 'setWraps');
  }

  getWrap(): boolean {
    return Boolean(this._readStyle('wrap', true));
  }

  setWrapStrategy(strategy: string): this {
    return this._style('wrapStrategy', String(strategy));
  }

  setHorizontalAlignment(alignment: string | null): this {
    return this._style('horizontalAlignment', alignment);
  }

  setHorizontalAlignments(alignments: string[][]): this {
    return this._styles('horizontalAlignment', alignments, 'setHorizontalAlignments');
  }

  getHorizontalAlignment(): string {
    return String(this._readStyle('horizontalAlignment', 'general'));
  }

  setVerticalAlignment(alignment: string | null): this {
    return this._style('verticalAlignment', alignment);
  }

  setTextRotation(degrees: number): this {
    return this._style('textRotation', Number(degrees));
  }

  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    ...rest: unknown[]
  ): this {
    return this._style('border', JSON.stringify([top, left, bottom, right, ...rest]));
  }

  setNote(note: string | null): this {
    this._edit();
    this._each((r, c) => {
      const cell = this._s.ensure(r, c);
      if (note === null || note === '') delete cell.note;
      else cell.note = String(note);
    });
    return this;
  }

  setNotes(notes: (string | null)[][]): this {
    const grid = this._checkGrid(notes, 'setNotes');
    this._edit();
    grid.forEach((row, r) =>
      row.forEach((n, c) => {
        const cell = this._s.ensure(this._row + r, this._col + c);
        if (n === null || n === '') delete cell.note;
        else cell.note = String(n);
      }),
    );
    return this;
  }

  getNote(): string {
    return this._s.get(this._row, this._col)?.note ?? '';
  }

  getNotes(): string[][] {
    return this._grid((r, c) => this._s.get(r, c)?.note ?? '', false);
  }
}

/** Sheets' sort order of two cell values (see Range.sort). */
function compareForSort(a: StoredValue | '', b: StoredValue | '', ascending: boolean): number {
  const rank = (v: StoredValue | '') =>
    v === '' ? 3 : typeof v === 'boolean' ? 2 : typeof v === 'string' ? 1 : 0;
  const [ra, rb] = [rank(a), rank(b)];
  if (ra === 3 || rb === 3) return ra - rb;
  const direction = ascending ? 1 : -1;
  if (ra !== rb) return (ra - rb) * direction;
  if (ra === 1) return String(a).localeCompare(String(b), 'ko') * direction;
  return (Number(a) - Number(b)) * direction;
}
