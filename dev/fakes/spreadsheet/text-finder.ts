import { GasObject } from '../membrane';
import { fail } from '../errors';
import type { World } from '../world';
import { readDisplay, readFormula } from './cells';
import type { SheetModel } from './model';
import { Range } from './range';

/** The cells one finder searches: a rectangle on each of one or more sheets, in the order searched. */
export interface SearchArea {
  sheet: SheetModel;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/**
 * TextFinder (https://developers.google.com/apps-script/reference/spreadsheet/text-finder), made by
 * `Range`, `Sheet` or `Spreadsheet.createTextFinder(findText)`. Per the reference: the search is
 * case-insensitive and partial unless `matchCase` / `matchEntireCell`, and a cell holding a formula
 * is matched by its displayed value unless `matchFormulaText`. The search runs on Google's side and
 * returns only the matching cells, so the counters record it as one call plus the cells searched,
 * not as cells read.
 */
export class TextFinder extends GasObject {
  readonly _class = 'TextFinder';
  private caseSensitive = false;
  private entireCell = false;
  private formulaText = false;
  private regularExpression = false;
  private current: { area: number; row: number; column: number } | null = null;

  constructor(
    readonly _w: World,
    private readonly areas: SearchArea[],
    private readonly findText: string,
  ) {
    super();
    // Google refuses an empty search text ("Invalid argument: findText" in the Apps Script editor).
    if (String(findText) === '') fail('Invalid argument: findText');
  }

  matchCase(matchCase: boolean): this {
    this.caseSensitive = Boolean(matchCase);
    return this;
  }

  matchEntireCell(matchEntireCell: boolean): this {
    this.entireCell = Boolean(matchEntireCell);
    return this;
  }

  matchFormulaText(matchFormulaText: boolean): this {
    this.formulaText = Boolean(matchFormulaText);
    return this;
  }

  useRegularExpression(useRegEx: boolean): this {
    this.regularExpression = Boolean(useRegEx);
    return this;
  }

  /** Every matching cell, row by row within each area. */
  findAll(): Range[] {
    return this._matches().map((m) => this._cellRange(m));
  }

  findNext(): Range | null {
    const all = this._matches();
    const at = this.current;
    const next = at
      ? all.find(
          (m) =>
            m.area > at.area ||
            (m.area === at.area && (m.row > at.row || (m.row === at.row && m.column > at.column))),
        )
      : all[0];
    this.current = next ?? null;
    return next ? this._cellRange(next) : null;
  }

  getCurrentMatch(): Range | null {
    return this.current ? this._cellRange(this.current) : null;
  }

  private _cellRange(m: { area: number; row: number; column: number }): Range {
    return new Range(this._w, (this.areas[m.area] as SearchArea).sheet, m.row, m.column, 1, 1);
  }

  private _matches(): { area: number; row: number; column: number }[] {
    const test = this._matcher();
    const found: { area: number; row: number; column: number }[] = [];
    this.areas.forEach((area, index) => {
      // Only cells that exist are worth searching, but Google scans the whole range it was given.
      this._w.counters.cellsSearched(area.numRows * area.numColumns);
      const lastRow = Math.min(area.row + area.numRows - 1, area.sheet.lastRow());
      const lastColumn = Math.min(area.column + area.numColumns - 1, area.sheet.lastColumn());
      for (let row = area.row; row <= lastRow; row++) {
        for (let column = area.column; column <= lastColumn; column++) {
          const formula = this.formulaText ? readFormula(area.sheet, row, column) : '';
          const text = formula || readDisplay(area.sheet, row, column);
          if (text !== '' && test(text)) found.push({ area: index, row, column });
        }
      }
    });
    return found;
  }

  private _matcher(): (text: string) => boolean {
    const flags = this.caseSensitive ? 'u' : 'iu';
    const source = this.regularExpression
      ? this.findText
      : this.findText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(this.entireCell ? `^(?:${source})$` : source, flags);
    return (text) => pattern.test(text);
  }
}
