import { GasObject } from '../membrane';
import { fail, isDate } from '../errors';
import type { World } from '../world';
import { parseA1, quoteSheetName, rangeA1 } from './a1';
import { rawValue } from './cells';
import { FormulaError } from './formula';
import { displayValue } from './number-format';
import { dateToSerial } from './serial';

/**
 * The advanced Sheets service's `Sheets.Spreadsheets.Values` collection, as far as the add-on uses it
 * (https://developers.google.com/apps-script/advanced/sheets; the REST method it wraps:
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet).
 * It exists only when appsscript.json enables the service (dependencies.enabledAdvancedServices),
 * as in Apps Script, where the global is otherwise undefined.
 *
 * What the reference promises and this fake keeps:
 * - one call returns every requested range, in request order, as ValueRange objects;
 * - "Empty trailing rows and columns are omitted" (ValueRange.values), and a range with no values
 *   has no `values` field at all;
 * - valueRenderOption FORMATTED_VALUE (default) gives display strings; UNFORMATTED_VALUE gives
 *   numbers, booleans and strings, and then dateTimeRenderOption SERIAL_NUMBER (default) gives
 *   dates as serial numbers, FORMATTED_STRING as they are displayed
 *   (https://developers.google.com/sheets/api/reference/rest/v4/ValueRenderOption,
 *   https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption);
 * - a range may be a sheet's name alone, "all the cells in" it
 *   (https://developers.google.com/sheets/api/guides/concepts#cell);
 * - a range on a missing sheet, or past the grid, fails the whole call ("Unable to parse range",
 *   "exceeds grid limits"), surfaced by Apps Script as "API call to … failed with error: …".
 */
export class SpreadsheetsValues extends GasObject {
  readonly _class = 'SpreadsheetsValues';

  constructor(readonly _w: World) {
    super();
  }

  batchGet(
    spreadsheetId: string,
    optionalArgs: {
      ranges?: string[] | string;
      valueRenderOption?: string;
      dateTimeRenderOption?: string;
      majorDimension?: string;
    } = {},
  ): {
    spreadsheetId: string;
    valueRanges: { range: string; majorDimension: string; values?: unknown[][] }[];
  } {
    const failed = (why: string): never =>
      fail(`API call to sheets.spreadsheets.values.batchGet failed with error: ${why}`);
    const model = this._w.spreadsheets.get(String(spreadsheetId));
    if (!model) failed('Requested entity was not found.');
    this._w.requireReadable(this._w.drive.get(model!.id));
    const ranges = optionalArgs.ranges === undefined ? [] : [optionalArgs.ranges].flat();
    if (optionalArgs.majorDimension && optionalArgs.majorDimension !== 'ROWS')
      failed('only ROWS is faked (the add-on reads rows)');
    const render = optionalArgs.valueRenderOption ?? 'FORMATTED_VALUE';
    const dates = optionalArgs.dateTimeRenderOption ?? 'SERIAL_NUMBER';
    const read = ranges.map((a1) => {
      // "Sheet1 refers to all the cells in Sheet1" (the API's A1 notation guide); quoted too.
      const wholeSheet = !a1.includes('!')
        ? model!.sheetByName(a1.replace(/^'(.*)'$/, '$1').replace(/''/g, "'"))
        : undefined;
      let box;
      try {
        box = wholeSheet
          ? { sheetName: wholeSheet.name, row: 1, column: 1, lastRow: undefined, lastColumn: undefined }
          : parseA1(a1);
      } catch {
        return failed(`Unable to parse range: ${a1}`);
      }
      const sheet = box.sheetName === undefined ? model!.sheets[0] : model!.sheetByName(box.sheetName);
      if (!sheet) return failed(`Unable to parse range: ${a1}`);
      const lastRow = box.lastRow ?? sheet.maxRows;
      const lastColumn = box.lastColumn ?? sheet.maxColumns;
      if (lastRow > sheet.maxRows || lastColumn > sheet.maxColumns)
        return failed(
          `Range (${a1}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`,
        );
      const values: unknown[][] = [];
      for (let r = box.row; r <= lastRow; r++) {
        const row: unknown[] = [];
        for (let c = box.column; c <= lastColumn; c++) {
          const cell = sheet.get(r, c);
          const v = rawValue(sheet, cell);
          if (v instanceof FormulaError) row.push(v.code);
          else if (v === '') row.push('');
          else if (render === 'FORMATTED_VALUE' || (isDate(v) && dates === 'FORMATTED_STRING'))
            row.push(displayValue(v, cell?.nf, model!.timeZone));
          else row.push(isDate(v) ? dateToSerial(v, model!.timeZone) : v);
        }
        while (row.length > 0 && row[row.length - 1] === '') row.pop();
        values.push(row);
      }
      while (values.length > 0 && (values[values.length - 1] as unknown[]).length === 0) values.pop();
      // Cells returned, as for getValues: the reply leaves the empty trailing ones out.
      this._w.counters.cellsRead(values.length * Math.max(0, ...values.map((row) => row.length)));
      const range = `${quoteSheetName(sheet.name)}!${rangeA1(box.row, box.column, lastRow - box.row + 1, lastColumn - box.column + 1)}`;
      return { range, majorDimension: 'ROWS', ...(values.length > 0 ? { values } : {}) };
    });
    return { spreadsheetId: model!.id, valueRanges: read };
  }
}
