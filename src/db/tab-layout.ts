/**
 * Where each table actually is in a workbook people have edited: which tab (a renamed one is
 * recognised by its columns), which row holds the header (title rows above it are common), where
 * each column is, and what looks wrong. Setup repairs from this; the data-health report shows it.
 * Nothing here writes.
 */
import { HEADER_SCAN_ROWS, findHeaderRow } from './header-row';
import type { ColumnDef, TableDef } from './table';
import { ALL_TABLES } from './tables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type AnyTable = TableDef<Record<string, unknown>>;

export const columnsOf = (def: AnyTable) => Object.entries(def.columns) as [string, ColumnDef][];

/** A header cell that is none of the table's columns, in the place where a missing one belongs. */
export interface SuspectHeader {
  /** The table's column that is missing. */
  expected: string;
  /** What the header cell says instead, and its 1-based column. */
  found: string;
  column: number;
  /** Whether rows below hold anything in that column (then it may be the renamed column's data). */
  hasData: boolean;
}

export interface TabLayout {
  def: AnyTable;
  /** Null when the tab is missing and no other tab holds its columns. */
  sheet: Sheet | null;
  /** The other name the tab was found under (renamed by a person), if any. */
  foundAs?: string;
  /** 1-based row of the header; 0 when the tab has no header at all. */
  headerRow: number;
  /** 1-based sheet column of each field that was found. */
  positions: Map<string, number>;
  missing: [string, ColumnDef][];
  suspects: SuspectHeader[];
  /** Whether any row below the header holds anything. */
  hasRows: boolean;
  /** Whether the tab holds anything at all. */
  hasContent: boolean;
  /** Korean: why a repair would be a guess (setup stops and says this). */
  unsure: string[];
}

const TABLE_NAMES = new Set(ALL_TABLES.map((def) => def.name));
const SHARED_COLUMNS = new Set(
  ALL_TABLES.filter((def, i) => ALL_TABLES.findIndex((other) => other.columns === def.columns) !== i).map(
    (def) => def.columns,
  ),
);
const headersOf = (def: AnyTable) => columnsOf(def).map(([, column]) => column.header);
const columnLetter = (column: number): string =>
  column <= 26
    ? String.fromCharCode(64 + column)
    : `${columnLetter(Math.floor((column - 1) / 26))}${String.fromCharCode(65 + ((column - 1) % 26))}`;

/** A tab's first rows, read once per setup however many tables look into it. */
type TopRows = (sheet: Sheet) => unknown[][];

function topRowsReader(): TopRows {
  const read = new Map<number, unknown[][]>();
  return (sheet) => {
    const id = sheet.getSheetId();
    let rows = read.get(id);
    if (!rows) {
      const count = Math.min(sheet.getLastRow(), HEADER_SCAN_ROWS);
      const columns = sheet.getLastColumn();
      rows = count === 0 || columns === 0 ? [] : sheet.getRange(1, 1, count, columns).getValues();
      read.set(id, rows);
    }
    return rows;
  };
}

/** At least half of a table's columns, and two: less could be a person's own table. */
const enoughColumns = (def: AnyTable, matched: number) =>
  matched >= 2 && matched * 2 >= headersOf(def).length;

/** Tabs that are not the add-on's but hold most of `def`'s column names in their first rows. */
function renamedCandidates(spreadsheet: Spreadsheet, def: AnyTable, topRows: TopRows): Sheet[] {
  // Two tables with the very same columns (변경이력, 변경이력 접수) cannot be told apart by them:
  // a person's copy of one is never taken for the other.
  if (SHARED_COLUMNS.has(def.columns)) return [];
  return spreadsheet.getSheets().filter((sheet) => {
    if (TABLE_NAMES.has(sheet.getName())) return false;
    const match = findHeaderRow(topRows(sheet), headersOf(def));
    return match !== null && enoughColumns(def, match.matched);
  });
}

/** Where `def` is in the workbook and what is off about it. Reads the first rows of a tab or two. */
function locateTable(spreadsheet: Spreadsheet, def: AnyTable, topRows: TopRows): TabLayout {
  const layout: TabLayout = {
    def,
    sheet: spreadsheet.getSheetByName(def.name),
    headerRow: 0,
    positions: new Map(),
    missing: [],
    suspects: [],
    hasRows: false,
    hasContent: false,
    unsure: [],
  };
  if (!layout.sheet) {
    const candidates = renamedCandidates(spreadsheet, def, topRows);
    if (candidates.length > 1)
      layout.unsure.push(
        `'${def.name}' 탭이 없고, 그 열을 가진 탭이 여럿입니다 (${candidates.map((s) => `'${s.getName()}'`).join(', ')}). 어느 것이 '${def.name}' 탭인지 알 수 없어 고치지 않았습니다: 맞는 탭의 이름을 '${def.name}'(으)로 바꾼 뒤 다시 실행하세요.`,
      );
    if (candidates.length !== 1) {
      layout.missing = columnsOf(def);
      return layout;
    }
    layout.sheet = candidates[0] as Sheet;
    layout.foundAs = layout.sheet.getName();
  }
  const sheet = layout.sheet;
  const top = topRows(sheet);
  layout.hasContent = top.some((row) => row.some((cell) => cell !== '' && cell !== null));
  if (!layout.hasContent && !layout.foundAs) {
    // An empty tab of the table's name beside a renamed one that holds its columns: a header
    // written into the empty one would make every record of the other disappear from view.
    const elsewhere = renamedCandidates(spreadsheet, def, topRows);
    if (elsewhere.length > 0) {
      layout.unsure.push(
        `'${def.name}' 탭이 비어 있고, 그 열을 가진 탭이 따로 있습니다 (${elsewhere.map((s) => `'${s.getName()}'`).join(', ')}). 빈 탭에 머리글을 쓰면 그 탭의 기록이 보이지 않게 되므로 고치지 않았습니다: 빈 '${def.name}' 탭을 지우고, 맞는 탭의 이름을 '${def.name}'(으)로 바꾼 뒤 다시 실행하세요.`,
      );
      layout.missing = columnsOf(def);
      return layout;
    }
  }
  const match = findHeaderRow(top, headersOf(def));
  if (!match) {
    layout.missing = columnsOf(def);
    if (layout.hasContent)
      layout.unsure.push(
        `'${sheet.getName()}' 탭의 첫 ${HEADER_SCAN_ROWS}행에서 머리글(${headersOf(def).slice(0, 3).join(', ')} …)을 찾지 못했습니다. 내용이 있는 탭에 새 머리글을 쓰지 않았습니다: 머리글 행을 되살리거나, 내용을 다른 탭으로 옮긴 뒤 다시 실행하세요.`,
      );
    return layout;
  }
  layout.headerRow = match.rowNumber;
  layout.hasRows = sheet.getLastRow() > match.rowNumber;
  columnsOf(def).forEach(([key, column]) => {
    const index = match.cells.indexOf(column.header);
    if (index >= 0) layout.positions.set(key, index + 1);
    else layout.missing.push([key, column]);
  });
  if (layout.hasRows && !enoughColumns(def, match.matched))
    layout.unsure.push(
      `'${sheet.getName()}' 탭 ${match.rowNumber}행의 머리글에 이 탭의 열이 ${match.matched}개만 있습니다 (전체 ${headersOf(def).length}개). 열 이름이 많이 바뀐 것 같아 고치지 않았습니다: 머리글을 되살린 뒤 다시 실행하세요.`,
    );
  layout.suspects = suspectHeaders(sheet, layout, match.cells);
  for (const suspect of layout.suspects.filter((s) => s.hasData))
    layout.unsure.push(
      `'${sheet.getName()}' 탭 ${columnLetter(suspect.column)}열의 머리글 '${suspect.found}'은(는) 없어진 '${suspect.expected}' 열의 자리에 있고 내용이 있습니다. 이름이 바뀐 '${suspect.expected}' 열이면 머리글을 '${suspect.expected}'(으)로 되돌리고, 직접 만든 열이면 머리글 행의 빈 칸에 '${suspect.expected}'을(를) 입력한 뒤 다시 실행하세요.`,
    );
  return layout;
}

/**
 * A missing column whose neighbours in the table's order are both where they should be, with
 * exactly one foreign header between them: most likely the missing column, renamed by a person.
 */
function suspectHeaders(sheet: Sheet, layout: TabLayout, cells: string[]): SuspectHeader[] {
  const keys = columnsOf(layout.def).map(([key]) => key);
  const suspects: SuspectHeader[] = [];
  for (const [key, column] of layout.missing) {
    const i = keys.indexOf(key);
    const before = i > 0 ? layout.positions.get(keys[i - 1] as string) : 0;
    const after = i < keys.length - 1 ? layout.positions.get(keys[i + 1] as string) : undefined;
    if (before === undefined) continue;
    const position = before + 1;
    const found = cells[position - 1] ?? '';
    if (found === '' || (after !== undefined && after !== position + 1)) continue;
    if ([...layout.positions.values()].includes(position)) continue;
    const rows = sheet.getLastRow() - layout.headerRow;
    const hasData =
      rows > 0 &&
      sheet
        .getRange(layout.headerRow + 1, position, rows, 1)
        .getValues()
        .some(([cell]) => cell !== '' && cell !== null && cell !== false);
    suspects.push({ expected: column.header, found, column: position, hasData });
  }
  return suspects;
}

export function locateTables(spreadsheet: Spreadsheet): TabLayout[] {
  const topRows = topRowsReader();
  return (ALL_TABLES as readonly AnyTable[]).map((def) => locateTable(spreadsheet, def, topRows));
}
