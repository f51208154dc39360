/**
 * One tab of the workbook as a table. Columns are found by their header text, which may stand below
 * title rows a person inserted, so a person may reorder columns, add their own and sort or insert
 * rows; the add-on only ever writes its own columns.
 *
 * What a call costs follows the rows it touches, not the size of the tab (docs/decisions/0006):
 * - opening a table is two round trips (the data range's extent, then its top rows for the header),
 *   or none of its own when a batch read brought its top rows with other tables' (db/case-batch.ts);
 * - a case's rows are found by a TextFinder over the key column, which returns only the hits, and
 *   read as few blocks of adjacent rows;
 * - an append reads the last rows only, never the table;
 * - a whole-table read (lists, the daily run) is one `getValues`.
 */
import { UserError } from '../domain/validation';
import {
  columnLetters,
  dayOfCell,
  fromCell,
  numberFormatOf,
  serialDateKey,
  toCell,
  type CellValue,
  type ColumnType,
  type DayOfInstant,
  type FieldValue,
  type ZoneDay,
} from './cells';
import { findHeaderRow, HEADER_SCAN_ROWS } from './header-row';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ColumnDef {
  header: string;
  type: ColumnType;
  /** Written by the add-on only (protected with a warning, greyed header). */
  system?: boolean;
  /** Shown as the header's note: what belongs in the column. */
  help?: string;
  /** Pixel width for setupWorkbook. */
  width?: number;
}

export type Columns<R> = { [K in keyof R & string]-?: ColumnDef };

export interface TableDef<R> {
  /** The tab name (Korean). */
  name: string;
  columns: Columns<R>;
  /** A one-line description for the data-health report and docs. */
  about: string;
}

export interface TableRow<R> {
  /** 1-based sheet row. */
  rowNumber: number;
  record: R;
  raw: unknown[];
  /** Fields whose cell could not be understood (reported as problems): kept as typed on rewrite. */
  unreadable?: Set<string>;
}

export interface RowProblem {
  table: string;
  rowNumber: number;
  column: string;
  problem: string;
}

export function columnKeys<R>(def: TableDef<R>): (keyof R & string)[] {
  return Object.keys(def.columns) as (keyof R & string)[];
}

export function missingTabMessage(name: string): string {
  return `'${name}' 탭이 없거나 머리글이 바뀌었습니다. 확장 프로그램 > 동 사례관리 > 시트 준비·복구를 실행하세요.`;
}

/** Where a table lives on its tab: found once per call, then every read and write goes through it. */
export interface TableLayout<R> {
  def: TableDef<R>;
  sheet: Sheet;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** 0-based sheet column of each field. */
  columnIndex: Record<keyof R & string, number>;
  /** Columns in use (the data range's width): reads take whole rows so people's own columns stay intact. */
  width: number;
  /**
   * The data range's last row when the table was opened (appends move it); unknown when the header
   * came from a batch read, until something needs it (`extentOf`).
   */
  lastRow?: number;
  /** The row after the last row with content, once an append has looked for it. */
  nextFreeRow?: number;
  /** Empty rows below it as read then (unticked checkboxes): what undoing an append puts back. */
  emptyTail?: Map<number, unknown[]>;
  /** Rows an append inserted below `after` (all of them hold only what it wrote): an undo deletes them. */
  inserted?: { after: number; count: number };
  /** How a Date cell's day is told in the spreadsheet's zone (see `dayOf`). */
  zoneDay: ZoneDay;
  /** How its Date cells are read (`dayOf`), made at the first read that needs it. */
  dayReader?: DayOfInstant;
}

/** Rows of a table as read, with what was broken by hand in them. */
export interface RowsRead<R> {
  rows: TableRow<R>[];
  problems: RowProblem[];
}

export interface TableSnapshot<R> extends RowsRead<R> {
  layout: TableLayout<R>;
}

function layoutFrom<R>(
  def: TableDef<R>,
  sheet: Sheet,
  zoneDay: ZoneDay,
  topRows: unknown[][],
  lastRow: number | undefined,
  width: number,
): TableLayout<R> {
  const headers = columnKeys(def).map((key) => def.columns[key].header);
  const match = findHeaderRow(topRows, headers);
  if (!match) throw new UserError(missingTabMessage(def.name), 'SHEET_BROKEN');
  const columnIndex = {} as Record<keyof R & string, number>;
  for (const key of columnKeys(def)) {
    const index = match.cells.indexOf(def.columns[key].header);
    if (index < 0)
      throw new UserError(
        `${missingTabMessage(def.name)} (없는 열: ${def.columns[key].header})`,
        'SHEET_BROKEN',
      );
    columnIndex[key] = index;
  }
  return { def, sheet, zoneDay, headerRow: match.rowNumber, columnIndex, width, lastRow };
}

export function sheetOf<R>(spreadsheet: Spreadsheet, def: TableDef<R>): Sheet {
  const sheet = spreadsheet.getSheetByName(def.name);
  if (!sheet) throw new UserError(missingTabMessage(def.name), 'SHEET_BROKEN');
  return sheet;
}

/** The table's header and extent, without reading its rows. */
export function openTable<R>(spreadsheet: Spreadsheet, def: TableDef<R>, zoneDay: ZoneDay): TableLayout<R> {
  const sheet = sheetOf(spreadsheet, def);
  const extent = sheet.getDataRange();
  const lastRow = extent.getLastRow();
  const width = extent.getLastColumn();
  const top = extent.offset(0, 0, Math.min(HEADER_SCAN_ROWS, lastRow)).getValues() as unknown[][];
  return layoutFrom(def, sheet, zoneDay, top, lastRow, width);
}

/** The header found in `topRows` (the tab's first rows, as a batch read returned them). */
export function layoutFromTopRows<R>(
  sheet: Sheet,
  def: TableDef<R>,
  topRows: unknown[][],
  zoneDay: ZoneDay,
): TableLayout<R> {
  const width = Math.max(1, ...topRows.map((row) => row.length));
  return layoutFrom(def, sheet, zoneDay, topRows, undefined, width);
}

/** The table's last row and width, asked of the sheet once when the layout came without them. */
export function extentOf<R>(layout: TableLayout<R>): number {
  if (layout.lastRow === undefined) {
    const extent = layout.sheet.getDataRange();
    layout.lastRow = extent.getLastRow();
    layout.width = Math.max(layout.width, extent.getLastColumn());
  }
  return layout.lastRow;
}

/** The whole table in one `getValues`: for lists and the daily run, which need every row. */
export function readTable<R>(spreadsheet: Spreadsheet, def: TableDef<R>, zoneDay: ZoneDay): TableSnapshot<R> {
  const sheet = sheetOf(spreadsheet, def);
  const values = sheet.getDataRange().getValues() as unknown[][];
  const width = values[0]?.length ?? 1;
  const layout = layoutFrom(
    def,
    sheet,
    zoneDay,
    values.slice(0, HEADER_SCAN_ROWS),
    Math.max(values.length, 1),
    width,
  );
  const read = decodeRows(layout, layout.headerRow + 1, values.slice(layout.headerRow));
  return { layout, ...read };
}

/** Decodes sheet rows starting at `firstRow`; rows without any of the table's content are skipped. */
export function decodeRows<R>(
  layout: TableLayout<R>,
  firstRow: number,
  values: unknown[][],
  cells: CellSource = 'getValues',
): RowsRead<R> {
  const { def, columnIndex } = layout;
  const rows: TableRow<R>[] = [];
  const problems: RowProblem[] = [];
  values.forEach((raw, i) => {
    const rowNumber = firstRow + i;
    if (!hasOwnContent(layout, raw)) return;
    const record = {} as Record<string, FieldValue>;
    const unreadable = new Set<string>();
    for (const key of columnKeys(def)) {
      const column = def.columns[key];
      const cell = raw[columnIndex[key]];
      const decoded = fromCell(
        column.type,
        cells === 'serialDates' ? serialAsDate(column.type, cell) : cell,
        dayOf(layout),
      );
      if (decoded.ok) record[key] = decoded.value;
      else {
        record[key] = column.type.kind === 'text' ? '' : null;
        unreadable.add(key);
        problems.push({ table: def.name, rowNumber, column: column.header, problem: decoded.problem });
      }
    }
    rows.push({ rowNumber, record: record as R, raw, ...(unreadable.size > 0 ? { unreadable } : {}) });
  });
  return { rows, problems };
}

/**
 * Where the cells came from: `getValues` returns Dates for date cells; the Sheets API's
 * UNFORMATTED_VALUE returns their serial number, a day count on the spreadsheet's wall clock.
 */
export type CellSource = 'getValues' | 'serialDates';

/**
 * A serial with a time of day: a date an older version wrote as midnight at UTC+9, into a
 * spreadsheet set to another zone or in a year Seoul's clock was not UTC+9 (1961-02-02 then shows
 * as 1961-02-01 23:30), or a date and time typed by hand. Which day it is depends on how it came to
 * be, which the serial does not tell; the caller reads the table with getValues instead, which gives
 * the instant itself (see dayOfCell).
 */
export class SerialNeedsTimeZone extends Error {}

function serialAsDate(type: ColumnType, cell: unknown): unknown {
  if (type.kind !== 'date' || typeof cell !== 'number') return cell;
  // A whole serial is midnight on the spreadsheet's clock: the day a person sees, whatever the zone.
  if (!Number.isInteger(cell)) throw new SerialNeedsTimeZone();
  return serialDateKey(cell);
}

/**
 * The day of a Date cell: its wall date in the spreadsheet's time zone (the layout's `zoneDay`,
 * Utilities.formatDate, which knows a zone's history as Sheets does). The zone (Spreadsheet.getSpreadsheetTimeZone, one
 * round trip) is asked once per table, and only for a cell that is not midnight at UTC+9.
 */
function dayOf<R>(layout: TableLayout<R>): DayOfInstant {
  if (layout.dayReader) return layout.dayReader;
  let zone: string | undefined;
  return (layout.dayReader = dayOfCell((instant) =>
    layout.zoneDay(instant, (zone ??= layout.sheet.getParent().getSpreadsheetTimeZone())),
  ));
}

// An unticked checkbox reads as FALSE even in a row nobody has written: not content.
const isBlank = (cell: unknown) => cell === '' || cell === null || cell === undefined || cell === false;

function hasOwnContent<R>(layout: TableLayout<R>, raw: unknown[]): boolean {
  return columnKeys(layout.def).some((key) => !isBlank(raw[layout.columnIndex[key]]));
}

/**
 * Cells worth reading rather than making one more round trip: a read costs about 30 ms plus 0.01 ms
 * a cell (docs/cost-model.md), so hits fewer than this many cells apart are read as one block with
 * the rows between them.
 */
const CELLS_PER_ROUND_TRIP = 3000;

/** Sheet rows (ascending) whose `field` cell reads exactly `key`: one TextFinder search over that column. */
export function hitRows<R>(layout: TableLayout<R>, field: keyof R & string, key: string): number[] {
  const firstBodyRow = layout.headerRow + 1;
  if (key === '' || (layout.lastRow !== undefined && layout.lastRow < firstBodyRow)) return [];
  const column = columnLetters(layout.columnIndex[field] + 1);
  return (
    layout.sheet
      // Open-ended (C5:C): the search needs no row count, so no call to learn it.
      .getRange(`${column}${firstBodyRow}:${column}`)
      .createTextFinder(key)
      .matchEntireCell(true)
      .matchCase(true)
      .findAll()
      .map((cell) => cell.getRow())
      // The reference promises no order for findAll.
      .sort((a, b) => a - b)
  );
}

/**
 * Runs of hit rows worth reading as one block: rows read one by one cost a round trip each, so
 * nearby hits are read together (see CELLS_PER_ROUND_TRIP); in a batch read, where every range
 * rides the same round trip, only adjacent rows are (`batched`).
 */
export function blocksFor<R>(
  layout: TableLayout<R>,
  hits: number[],
  batched = false,
): { first: number; last: number }[] {
  return blocksOf(hits, batched ? 1 : Math.max(1, Math.floor(CELLS_PER_ROUND_TRIP / layout.width)));
}

/** Of the decoded rows of a block, the hits whose stored value is the key itself (the finder matched displayed text). */
export function keepHits<R>(
  decoded: RowsRead<R>,
  hits: readonly number[],
  field: keyof R & string,
  key: string,
): RowsRead<R> {
  const hitSet = new Set(hits);
  const rows = decoded.rows.filter((row) => hitSet.has(row.rowNumber) && row.record[field] === key);
  const mine = new Set(rows.map((row) => row.rowNumber));
  return { rows, problems: decoded.problems.filter((p) => mine.has(p.rowNumber)) };
}

/**
 * The rows whose `field` is exactly `key`, found by a TextFinder over that column (one search on
 * Google's side that returns only the hits) and read in as few blocks as the hits allow. A person may
 * have sorted the tab or inserted rows: the search finds the rows wherever they are now.
 */
export function findRows<R>(layout: TableLayout<R>, field: keyof R & string, key: string): RowsRead<R> {
  const hits = hitRows(layout, field, key);
  const read: RowsRead<R> = { rows: [], problems: [] };
  for (const block of blocksFor(layout, hits)) {
    const values = layout.sheet
      .getRange(block.first, 1, block.last - block.first + 1, layout.width)
      .getValues() as unknown[][];
    const mine = keepHits(decodeRows(layout, block.first, values), hits, field, key);
    read.rows.push(...mine.rows);
    read.problems.push(...mine.problems);
  }
  return read;
}

function blocksOf(sortedRows: number[], gapRows: number): { first: number; last: number }[] {
  const blocks: { first: number; last: number }[] = [];
  for (const row of sortedRows) {
    const last = blocks[blocks.length - 1];
    if (last && row - last.last <= gapRows) last.last = row;
    else blocks.push({ first: row, last: row });
  }
  return blocks;
}

/**
 * Some columns' values, body rows only, in one read of the span of columns they cover: what a check
 * over every row needs (the 관리번호 issued, the clients a partner must not see), without the rest.
 * A value that cannot be read as its column's type is null.
 */
export function readColumns<R, K extends keyof R & string>(
  layout: TableLayout<R>,
  fields: readonly K[],
): Record<K, FieldValue>[] {
  const firstBodyRow = layout.headerRow + 1;
  const lastRow = extentOf(layout);
  if (lastRow < firstBodyRow || fields.length === 0) return [];
  const indexes = fields.map((field) => layout.columnIndex[field]);
  const left = Math.min(...indexes);
  const span = Math.max(...indexes) - left + 1;
  return layout.sheet
    .getRange(firstBodyRow, left + 1, lastRow - firstBodyRow + 1, span)
    .getValues()
    .map((row) => {
      const record = {} as Record<K, FieldValue>;
      fields.forEach((field, i) => {
        const decoded = fromCell(
          layout.def.columns[field].type,
          row[(indexes[i] as number) - left],
          dayOf(layout),
        );
        record[field] = decoded.ok ? decoded.value : null;
      });
      return record;
    });
}

/** One column's values, body rows only (see readColumns). */
export function readColumn<R>(layout: TableLayout<R>, field: keyof R & string): FieldValue[] {
  return readColumns(layout, [field]).map((record) => record[field]);
}

/** Maximal runs of adjacent sheet columns that belong to the table, left to right. */
function ownColumnRuns<R>(layout: TableLayout<R>): { start: number; keys: (keyof R & string)[] }[] {
  const ordered = columnKeys(layout.def).sort((a, b) => layout.columnIndex[a] - layout.columnIndex[b]);
  const runs: { start: number; keys: (keyof R & string)[] }[] = [];
  for (const key of ordered) {
    const index = layout.columnIndex[key];
    const last = runs[runs.length - 1];
    if (last && last.start + last.keys.length === index) last.keys.push(key);
    else runs.push({ start: index, keys: [key] });
  }
  return runs;
}

function writeBlock<R>(
  layout: TableLayout<R>,
  firstRow: number,
  cells: (key: keyof R & string, i: number) => CellValue,
  count: number,
) {
  for (const run of ownColumnRuns(layout)) {
    const formats = Array.from({ length: count }, () =>
      run.keys.map((key) => numberFormatOf(layout.def.columns[key].type)),
    );
    const values = Array.from({ length: count }, (_, i) => run.keys.map((key) => cells(key, i)));
    layout.sheet
      .getRange(firstRow, run.start + 1, count, run.keys.length)
      .setNumberFormats(formats)
      .setValues(values);
  }
}

function encode<R>(def: TableDef<R>, record: R, key: keyof R & string): CellValue {
  return toCell(def.columns[key].type, record[key] as FieldValue);
}

/** A table with a checkbox column: unticked boxes read FALSE in rows nobody wrote. */
function hasCheckboxColumn<R>(def: TableDef<R>): boolean {
  return columnKeys(def).some((key) => def.columns[key].type.kind === 'boolean');
}

/**
 * The row after the last row with content in any column (a person's own included): the data range's
 * end, known from one metadata call. A table with a checkbox column may have a data range that ends
 * lower, in rows that only hold unticked checkboxes (the column reads FALSE all the way down): there
 * the bottom row is read first, then ever larger blocks upward, so finding the place costs one small
 * read normally and a few for a long empty tail, never a read of the table.
 */
function nextFreeRow<R>(layout: TableLayout<R>): number {
  if (layout.nextFreeRow !== undefined) return layout.nextFreeRow;
  let bottom = extentOf(layout);
  if (!hasCheckboxColumn(layout.def)) return (layout.nextFreeRow = Math.max(bottom, layout.headerRow) + 1);
  let size = 1;
  while (bottom > layout.headerRow) {
    const top = Math.max(layout.headerRow + 1, bottom - size + 1);
    const values = layout.sheet.getRange(top, 1, bottom - top + 1, layout.width).getValues() as unknown[][];
    for (let i = values.length - 1; i >= 0; i--) {
      const row = values[i] ?? [];
      if (row.some((cell) => !isBlank(cell))) return (layout.nextFreeRow = top + i + 1);
      (layout.emptyTail ??= new Map()).set(top + i, row);
    }
    bottom = top - 1;
    size = Math.max(100, size * 4);
  }
  return (layout.nextFreeRow = layout.headerRow + 1);
}

/** Where an append will go, found by reads only, so a commit can do every read before its first write. */
export interface AppendPlan {
  firstRow: number;
  /**
   * Rows to insert below the data range's last row first (0 when the rows exist): inserting right
   * there needs no call to learn the sheet's size, and takes the format of the row above.
   */
  insert: number;
  /** The data range's last row, below which rows are inserted. */
  lastRow: number;
}

export function planAppend<R>(layout: TableLayout<R>, count: number): AppendPlan {
  const firstRow = nextFreeRow(layout);
  const lastRow = extentOf(layout);
  return { firstRow, insert: Math.max(0, firstRow + count - 1 - lastRow), lastRow };
}

/** Appends records where `plan` says, inserting the rows below the data first when they are needed. */
export function appendRows<R>(layout: TableLayout<R>, records: readonly R[], plan: AppendPlan): void {
  if (records.length === 0) return;
  insertPlannedRows(layout, plan);
  writeAppended(layout, records, plan);
}

/** The rows `plan` inserts below the data (none when they exist). */
export function insertPlannedRows<R>(layout: TableLayout<R>, plan: AppendPlan): void {
  if (plan.insert === 0) return;
  layout.sheet.insertRowsAfter(plan.lastRow, plan.insert);
  // Kept for an undo, which then deletes them (a retry inserts again: they add up).
  const before = layout.inserted?.after === plan.lastRow ? layout.inserted.count : 0;
  layout.inserted = { after: plan.lastRow, count: before + plan.insert };
}

/** Writes appended records into the rows `plan` names (inserted already). */
export function writeAppended<R>(layout: TableLayout<R>, records: readonly R[], plan: AppendPlan): void {
  if (records.length === 0) return;
  writeBlock(layout, plan.firstRow, (key, i) => encode(layout.def, records[i] as R, key), records.length);
  const needed = plan.firstRow + records.length - 1;
  layout.nextFreeRow = needed + 1;
  layout.lastRow = Math.max(extentOf(layout), needed);
}

/** Opens the table and appends below its last row: for bulk fills outside a use case (bench, tests). */
export function appendToTable<R>(
  spreadsheet: Spreadsheet,
  def: TableDef<R>,
  records: readonly R[],
  zoneDay: ZoneDay,
): TableLayout<R> {
  const layout = openTable(spreadsheet, def, zoneDay);
  appendRows(layout, records, planAppend(layout, records.length));
  return layout;
}

/** Puts back the table's own cells of rows the add-on just appended (empty, or unticked checkboxes). */
export function clearOwnCells<R>(layout: TableLayout<R>, firstRow: number, count: number): void {
  const inserted = layout.inserted;
  if (inserted && firstRow === inserted.after + 1 && count <= inserted.count) {
    // Rows the append inserted: deleted, so an undone append leaves the tab as long as it was
    // (setup run again after a failed one gives the very workbook of a setup that never failed).
    // Sheets refuses to delete every row below a frozen header: then they are cleared, as before.
    layout.inserted = undefined;
    try {
      layout.sheet.deleteRows(firstRow, inserted.count);
      layout.lastRow = inserted.after;
      layout.nextFreeRow = undefined;
      return;
    } catch {
      // Cleared below instead.
    }
  }
  writeBlock(
    layout,
    firstRow,
    (key, i) => (layout.emptyTail?.get(firstRow + i)?.[layout.columnIndex[key]] ?? '') as CellValue,
    count,
  );
}

/**
 * Rewrites changed rows, one block per run of adjacent rows (rows between runs were not necessarily
 * read, so they are never written). A value a person typed that the add-on could not read stays as
 * typed unless the use case set it.
 */
export function updateRows<R>(
  layout: TableLayout<R>,
  changed: readonly { row: TableRow<R>; record: R }[],
): void {
  writeRowRuns(
    layout,
    changed.map(({ row, record }) => ({
      rowNumber: row.rowNumber,
      cell: (key: keyof R & string) => {
        const untouched = row.unreadable?.has(key) && (record[key] === null || record[key] === '');
        return untouched ? (row.raw[layout.columnIndex[key]] as CellValue) : encode(layout.def, record, key);
      },
    })),
  );
}

/** Writes rows back exactly as they were read: the undo of an update. */
export function restoreRows<R>(layout: TableLayout<R>, rows: readonly TableRow<R>[]): void {
  writeRowRuns(
    layout,
    rows.map((row) => ({
      rowNumber: row.rowNumber,
      cell: (key: keyof R & string) => (row.raw[layout.columnIndex[key]] ?? '') as CellValue,
    })),
  );
}

function writeRowRuns<R>(
  layout: TableLayout<R>,
  rows: { rowNumber: number; cell: (key: keyof R & string) => CellValue }[],
): void {
  const runs: (typeof rows)[] = [];
  for (const row of [...rows].sort((a, b) => a.rowNumber - b.rowNumber)) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (run && previous && previous.rowNumber + 1 === row.rowNumber) run.push(row);
    else runs.push([row]);
  }
  for (const run of runs) {
    const first = run[0];
    if (first) writeBlock(layout, first.rowNumber, (key, i) => (run[i] ?? first).cell(key), run.length);
  }
}
