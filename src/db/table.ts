/**
 * One tab of the workbook as a table. Columns are found by their header text, so a person may
 * reorder them or add their own; the add-on only ever writes its own columns.
 *
 * Cost is constant whatever the table's size: a read is one `getValues` of the data range; a
 * write is, per run of adjacent own columns, one `setNumberFormats` and one `setValues`.
 */
import { UserError } from '../domain/validation';
import { fromCell, numberFormatOf, toCell, type CellValue, type ColumnType, type FieldValue } from './cells';

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

export interface TableSnapshot<R> {
  def: TableDef<R>;
  sheet: Sheet;
  /** 0-based sheet column of each field. */
  columnIndex: Record<keyof R & string, number>;
  rows: TableRow<R>[];
  problems: RowProblem[];
  /** Rows in use including the header (the next append goes below it). */
  usedRows: number;
}

export function columnKeys<R>(def: TableDef<R>): (keyof R & string)[] {
  return Object.keys(def.columns) as (keyof R & string)[];
}

export function missingTabMessage(name: string): string {
  return `'${name}' 탭이 없거나 머리글이 바뀌었습니다. 확장 프로그램 > 동 사례관리 > 시트 준비·복구를 실행하세요.`;
}

export function readTable<R>(spreadsheet: Spreadsheet, def: TableDef<R>): TableSnapshot<R> {
  const sheet = spreadsheet.getSheetByName(def.name);
  if (!sheet) throw new UserError(missingTabMessage(def.name));
  const values = sheet.getDataRange().getValues() as unknown[][];
  const header = (values[0] ?? []).map((cell) => String(cell).trim());
  const columnIndex = {} as Record<keyof R & string, number>;
  for (const key of columnKeys(def)) {
    const index = header.indexOf(def.columns[key].header);
    if (index < 0)
      throw new UserError(`${missingTabMessage(def.name)} (없는 열: ${def.columns[key].header})`);
    columnIndex[key] = index;
  }
  const rows: TableRow<R>[] = [];
  const problems: RowProblem[] = [];
  for (let i = 1; i < values.length; i++) {
    const raw = values[i] as unknown[];
    const own = columnKeys(def).map((key) => raw[columnIndex[key]]);
    // An unticked checkbox reads as FALSE even in a row nobody has written: not content.
    if (own.every((cell) => cell === '' || cell === null || cell === undefined || cell === false)) continue;
    const record = {} as Record<string, FieldValue>;
    const unreadable = new Set<string>();
    for (const key of columnKeys(def)) {
      const column = def.columns[key];
      const decoded = fromCell(column.type, raw[columnIndex[key]]);
      if (decoded.ok) record[key] = decoded.value;
      else {
        record[key] = column.type.kind === 'text' ? '' : null;
        unreadable.add(key);
        problems.push({ table: def.name, rowNumber: i + 1, column: column.header, problem: decoded.problem });
      }
    }
    rows.push({ rowNumber: i + 1, record: record as R, raw, ...(unreadable.size > 0 ? { unreadable } : {}) });
  }
  return { def, sheet, columnIndex, rows, problems, usedRows: lastRowWithContent(values) };
}

/**
 * Appends go below the last row with anything in it (in any column, a person's own included), but
 * not below rows that only hold unticked checkboxes.
 */
function lastRowWithContent(values: unknown[][]): number {
  for (let i = values.length - 1; i > 0; i--) {
    if (
      (values[i] ?? []).some((cell) => cell !== '' && cell !== false && cell !== null && cell !== undefined)
    ) {
      return i + 1;
    }
  }
  return 1;
}

/** Maximal runs of adjacent sheet columns that belong to the table, left to right. */
function ownColumnRuns<R>(snapshot: TableSnapshot<R>): { start: number; keys: (keyof R & string)[] }[] {
  const ordered = columnKeys(snapshot.def).sort((a, b) => snapshot.columnIndex[a] - snapshot.columnIndex[b]);
  const runs: { start: number; keys: (keyof R & string)[] }[] = [];
  for (const key of ordered) {
    const index = snapshot.columnIndex[key];
    const last = runs[runs.length - 1];
    if (last && last.start + last.keys.length === index) last.keys.push(key);
    else runs.push({ start: index, keys: [key] });
  }
  return runs;
}

function writeBlock<R>(
  snapshot: TableSnapshot<R>,
  firstRow: number,
  cells: (key: keyof R & string, i: number) => CellValue,
  count: number,
) {
  for (const run of ownColumnRuns(snapshot)) {
    const formats = Array.from({ length: count }, () =>
      run.keys.map((key) => numberFormatOf(snapshot.def.columns[key].type)),
    );
    const values = Array.from({ length: count }, (_, i) => run.keys.map((key) => cells(key, i)));
    snapshot.sheet
      .getRange(firstRow, run.start + 1, count, run.keys.length)
      .setNumberFormats(formats)
      .setValues(values);
  }
}

function encode<R>(def: TableDef<R>, record: R, key: keyof R & string): CellValue {
  return toCell(def.columns[key].type, record[key] as FieldValue);
}

/** Rows added at once when a tab is full, so growing costs one call per many appends. */
const GROWTH_ROWS = 500;

/** Appends records below the last used row, growing the sheet first when it is full. */
export function appendRows<R>(snapshot: TableSnapshot<R>, records: readonly R[]): void {
  if (records.length === 0) return;
  const firstRow = snapshot.usedRows + 1;
  const needed = firstRow + records.length - 1;
  const maxRows = snapshot.sheet.getMaxRows();
  if (needed > maxRows) snapshot.sheet.insertRowsAfter(maxRows, needed - maxRows + GROWTH_ROWS);
  writeBlock(snapshot, firstRow, (key, i) => encode(snapshot.def, records[i] as R, key), records.length);
  snapshot.usedRows = needed;
}

/**
 * Rewrites the given rows. Rows between them that did not change are written back exactly as they
 * were read, so one block per column run covers any number of changed rows.
 */
export function updateRows<R>(
  snapshot: TableSnapshot<R>,
  changed: readonly { rowNumber: number; record: R }[],
): void {
  if (changed.length === 0) return;
  const byRow = new Map(changed.map((change) => [change.rowNumber, change.record]));
  const rowNumbers = [...byRow.keys()];
  const first = Math.min(...rowNumbers);
  const last = Math.max(...rowNumbers);
  const readRows = new Map(snapshot.rows.map((row) => [row.rowNumber, row]));
  writeBlock(
    snapshot,
    first,
    (key, i) => {
      const row = readRows.get(first + i);
      const raw = (row?.raw[snapshot.columnIndex[key]] ?? '') as CellValue;
      const record = byRow.get(first + i);
      if (!record) return raw;
      // A value a person typed that the add-on could not read stays as typed unless the use case set it.
      const untouched = row?.unreadable?.has(key) && (record[key] === null || record[key] === '');
      return untouched ? raw : encode(snapshot.def, record, key);
    },
    last - first + 1,
  );
}
