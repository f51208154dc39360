/**
 * One case's rows in many tables at once, for the price of a few round trips instead of a few per
 * table: the tables' top rows (headers) come in one batch read; the 사례 row is found by one
 * TextFinder search and read; the rows its 행 위치 names (db/row-index.ts) come in a third batch read,
 * checked, with a search only for a tab the index does not cover or where it no longer holds
 * (decision 0016). A batch read is the Sheets API's `values.batchGet` (docs/decisions/0009): it needs the
 * advanced Sheets service; without it the caller reads table by table (db/table.ts `findRows`).
 */
import { quoteSheetName } from './sheet-names';
import { decodeRowIndex, type IndexOwner } from './row-index';
import { CASES } from './tables';
import { HEADER_SCAN_ROWS } from './header-row';
import type { ZoneDay } from './cells';
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

type IndexedCase = IndexOwner & { rowIndex?: string };

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
  zoneDay: ZoneDay,
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
    tables.push({ def, layout: layoutFromTopRows(sheets[i]!, def, tops[i] ?? [], zoneDay) });
  });
  const wholeTables = wholeDefs.map((def, i) =>
    snapshotOf(wholeSheets[i]!, def, tops[unknown.length + i] ?? [], zoneDay),
  );
  const headerBase = unknown.length + wholeDefs.length;
  const layouts = headerDefs.map((def, i) =>
    layoutFromTopRows(headerSheets[i]!, def, tops[headerBase + i] ?? [], zoneDay),
  );
  for (const def of defs) {
    const layout = known(def);
    if (layout) tables.push({ def, layout });
  }

  const caseRows = new Map<
    string,
    { layout: TableLayout<{ caseNo: string }>; read: RowsRead<{ caseNo: string }> }
  >();
  const keep = (layout: TableLayout<{ caseNo: string }>, read: RowsRead<{ caseNo: string }>) =>
    caseRows.set(layout.def.name, { layout, read });
  const search = (layout: TableLayout<{ caseNo: string }>) => ({
    layout,
    rows: hitRows(layout, 'caseNo', caseNo),
  });

  // The 사례 row first, when it is wanted: its 행 위치 says where the case's other rows are.
  const caseTable = tables.find(({ def }) => def.name === CASES.name);
  let index: Map<string, number[]> | null = null;
  if (caseTable) {
    const [read] = readRows(readBatch, caseNo, [search(caseTable.layout)]);
    keep(caseTable.layout, read!);
    const only = read!.rows.length === 1 ? (read!.rows[0]!.record as IndexedCase) : null;
    index = only ? decodeRowIndex(only.rowIndex ?? '', only) : null;
  }
  const others = tables.filter(({ def }) => def.name !== CASES.name);
  const indexed = others.filter(({ def }) => index?.has(def.name));
  const unindexed = others.filter(({ def }) => !index?.has(def.name));
  const named = (layout: TableLayout<{ caseNo: string }>) => ({
    layout,
    rows: index?.get(layout.def.name) ?? [],
  });
  const reads = readRows(readBatch, caseNo, [
    ...indexed.map(({ layout }) => named(layout)),
    ...unindexed.map(({ layout }) => search(layout)),
  ]);
  // A row that no longer holds the case (a person sorted, inserted or deleted rows): that tab is
  // searched after all. Since the index names every row of the case, the same count means the same rows.
  const stale: TableLayout<{ caseNo: string }>[] = [];
  indexed.forEach(({ layout }, i) => {
    if (reads[i]!.rows.length === named(layout).rows.length) keep(layout, reads[i]!);
    else stale.push(layout);
  });
  unindexed.forEach(({ layout }, i) => keep(layout, reads[indexed.length + i]!));
  const healed = stale.length > 0 ? readRows(readBatch, caseNo, stale.map(search)) : [];
  stale.forEach((layout, i) => keep(layout, healed[i]!));
  return { caseRows, wholeTables, layouts };
}

/**
 * For each table, the case's records among the given rows, all blocks in one batch read: a row that
 * holds another case (or nothing) is left out, so the caller can tell a stale index by the count.
 */
function readRows(
  readBatch: RangeBatchReader,
  caseNo: string,
  wanted: { layout: TableLayout<{ caseNo: string }>; rows: number[] }[],
): RowsRead<{ caseNo: string }>[] {
  const planned = wanted.map(({ layout, rows }) => ({ layout, rows, blocks: blocksFor(layout, rows, true) }));
  const ranges = planned.flatMap(({ layout, blocks }) =>
    blocks.map((block) => `${quoteSheetName(layout.sheet.getName())}!${block.first}:${block.last}`),
  );
  const values = ranges.length > 0 ? readBatch(ranges) : [];
  let next = 0;
  return planned.map(({ layout, rows, blocks }) => {
    const read: RowsRead<{ caseNo: string }> = { rows: [], problems: [] };
    for (const block of blocks) {
      const cells = padded(values[next++] ?? [], block.last - block.first + 1, layout.width);
      const mine = keepHits(decodeRows(layout, block.first, cells, 'serialDates'), rows, 'caseNo', caseNo);
      read.rows.push(...mine.rows);
      read.problems.push(...mine.problems);
    }
    return read;
  });
}

/** A whole tab as the batch returned it (trailing empty rows left out): what readTable would give. */
function snapshotOf<R>(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  def: TableDef<R>,
  values: unknown[][],
  zoneDay: ZoneDay,
) {
  const layout = layoutFromTopRows(sheet, def, values.slice(0, HEADER_SCAN_ROWS), zoneDay);
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
