/**
 * One case's rows in many tables at once, for the price of a few round trips instead of a few per
 * table: the tables' top rows (headers) come in one batch read, each table's rows of the case are
 * found by one TextFinder search over its key column, and every block of rows comes in a second
 * batch read. A batch read is the Sheets API's `values.batchGet` (docs/decisions/0009): it needs the
 * advanced Sheets service; without it the caller reads table by table (db/table.ts `findRows`).
 */
import { quoteSheetName } from './sheet-names';
import { HEADER_SCAN_ROWS } from './header-row';
import {
  blocksFor,
  decodeRows,
  hitRows,
  keepHits,
  layoutFromTopRows,
  sheetOf,
  type RowsRead,
  type TableDef,
  type TableLayout,
  type TableSnapshot,
} from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Reads ranges given in A1 notation (`'점검'!5:9`) in one round trip, each as the Sheets API
 * returns it with UNFORMATTED_VALUE and SERIAL_NUMBER: rows may be shorter than the range (empty
 * trailing cells are left out) and dates are serial numbers.
 */
export type RangeBatchReader = (a1Ranges: string[]) => unknown[][][];

interface CaseTable {
  def: TableDef<{ caseNo: string }>;
  layout: TableLayout<{ caseNo: string }>;
}

/**
 * Each table's rows whose 관리번호 is `caseNo`. Layouts already known (`known`) are reused; the new
 * ones are returned beside the rows, so the caller keeps them for its writes.
 */
export function readCaseRowsBatched(
  spreadsheet: Spreadsheet,
  readBatch: RangeBatchReader,
  defs: readonly TableDef<{ caseNo: string }>[],
  caseNo: string,
  known: (def: TableDef<{ caseNo: string }>) => TableLayout<{ caseNo: string }> | undefined,
  wholeDefs: readonly TableDef<unknown>[] = [],
  headerDefs: readonly TableDef<unknown>[] = [],
): {
  caseRows: Map<string, { layout: TableLayout<{ caseNo: string }>; read: RowsRead<{ caseNo: string }> }>;
  wholeTables: TableSnapshot<unknown>[];
  layouts: TableLayout<unknown>[];
} {
  const tables: CaseTable[] = [];
  const unknown = defs.filter((def) => !known(def));
  // A missing tab is the same refusal as reading it alone, before any call is made.
  const sheets = unknown.map((def) => sheetOf(spreadsheet, def));
  const wholeSheets = wholeDefs.map((def) => sheetOf(spreadsheet, def));
  const headerSheets = headerDefs.map((def) => sheetOf(spreadsheet, def));
  const first = [
    ...sheets.map((sheet) => topRowsA1(sheet.getName())),
    // A small table every case command reads whole (설정, 직원) rides along: its whole tab.
    ...wholeSheets.map((sheet) => quoteSheetName(sheet.getName())),
    // A table the call only appends to (변경이력): its header, for where the columns are.
    ...headerSheets.map((sheet) => topRowsA1(sheet.getName())),
  ];
  const tops = first.length > 0 ? readBatch(first) : [];
  unknown.forEach((def, i) => {
    tables.push({ def, layout: layoutFromTopRows(sheets[i]!, def, tops[i] ?? []) });
  });
  const wholeTables = wholeDefs.map((def, i) =>
    snapshotOf(wholeSheets[i]!, def, tops[unknown.length + i] ?? []),
  );
  const headerBase = unknown.length + wholeDefs.length;
  const layouts = headerDefs.map((def, i) =>
    layoutFromTopRows(headerSheets[i]!, def, tops[headerBase + i] ?? []),
  );
  for (const def of defs) {
    const layout = known(def);
    if (layout) tables.push({ def, layout });
  }

  const wanted = tables.map(({ layout }) => {
    const hits = hitRows(layout, 'caseNo', caseNo);
    return { layout, hits, blocks: blocksFor(layout, hits, true) };
  });
  const ranges = wanted.flatMap(({ layout, blocks }) =>
    blocks.map((block) => `${quoteSheetName(layout.sheet.getName())}!${block.first}:${block.last}`),
  );
  const values = ranges.length > 0 ? readBatch(ranges) : [];

  const caseRows = new Map<
    string,
    { layout: TableLayout<{ caseNo: string }>; read: RowsRead<{ caseNo: string }> }
  >();
  let next = 0;
  for (const { layout, hits, blocks } of wanted) {
    const read: RowsRead<{ caseNo: string }> = { rows: [], problems: [] };
    for (const block of blocks) {
      const rows = padded(values[next++] ?? [], block.last - block.first + 1, layout.width);
      const mine = keepHits(decodeRows(layout, block.first, rows, 'serialDates'), hits, 'caseNo', caseNo);
      read.rows.push(...mine.rows);
      read.problems.push(...mine.problems);
    }
    caseRows.set(layout.def.name, { layout, read });
  }
  return { caseRows, wholeTables, layouts };
}

/** A whole tab as the batch returned it (trailing empty rows left out): what readTable would give. */
function snapshotOf<R>(sheet: GoogleAppsScript.Spreadsheet.Sheet, def: TableDef<R>, values: unknown[][]) {
  const layout = layoutFromTopRows(sheet, def, values.slice(0, HEADER_SCAN_ROWS));
  layout.lastRow = Math.max(values.length, 1);
  const body = padded(
    values.slice(layout.headerRow),
    Math.max(0, values.length - layout.headerRow),
    layout.width,
  );
  return { layout, ...decodeRows(layout, layout.headerRow + 1, body, 'serialDates') };
}

function topRowsA1(sheetName: string): string {
  return `${quoteSheetName(sheetName)}!1:${HEADER_SCAN_ROWS}`;
}

/** The API leaves out empty trailing cells and rows; the decoders expect the full rectangle. */
function padded(rows: unknown[][], numRows: number, width: number): unknown[][] {
  return Array.from({ length: numRows }, (_, i) => {
    const row = [...(rows[i] ?? [])];
    while (row.length < width) row.push('');
    return row;
  });
}
