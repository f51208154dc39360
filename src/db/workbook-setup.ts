/**
 * Creating and repairing the workbook: every tab, header, format, dropdown and protection. Safe to
 * run any number of times: it only adds what is missing and re-states what should be.
 */
import { DEFAULT_SETTINGS, formatSettingValue, SETTING_SPECS } from '../domain/settings';
import { numberFormatOf } from './cells';
import type { ColumnDef, TableDef } from './table';
import { ALL_TABLES, AUDIT, SETTINGS } from './tables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type AnyTable = TableDef<Record<string, unknown>>;

const columnsOf = (def: AnyTable) => Object.entries(def.columns) as [string, ColumnDef][];

/** The two SpreadsheetApp members setup needs, handed in by src/gas. */
export interface SheetsFactory {
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  ProtectionType: typeof GoogleAppsScript.Spreadsheet.ProtectionType;
}

export interface SetupReport {
  createdTabs: string[];
  addedColumns: string[];
}

const PROTECTION_NOTE = '동 사례관리: 추가 기능이 관리하는 칸입니다';
const HEADER_BACKGROUND = '#e8f0fe';
const SYSTEM_HEADER_BACKGROUND = '#eeeeee';

export function setUpWorkbook(spreadsheet: Spreadsheet, sheets: SheetsFactory): SetupReport {
  const report: SetupReport = { createdTabs: [], addedColumns: [] };
  if (spreadsheet.getSpreadsheetTimeZone() !== 'Asia/Seoul') spreadsheet.setSpreadsheetTimeZone('Asia/Seoul');
  for (const def of ALL_TABLES as readonly AnyTable[]) {
    let sheet = spreadsheet.getSheetByName(def.name);
    const isNew = !sheet;
    if (!sheet) {
      sheet = spreadsheet.insertSheet(def.name);
      report.createdTabs.push(def.name);
    }
    // A new tab's headers are not "added columns": only repairs of existing tabs are reported.
    const positions = repairHeader(sheet, def, isNew ? { createdTabs: [], addedColumns: [] } : report);
    formatColumns(sheet, def, positions, sheets);
    protectSystemColumns(sheet, def, positions, sheets);
  }
  fillDefaultSettings(spreadsheet);
  removeBlankStarterSheet(spreadsheet);
  return report;
}

/** A new spreadsheet's empty first tab (시트1 / Sheet1) would only confuse; one with anything in it stays. */
function removeBlankStarterSheet(spreadsheet: Spreadsheet) {
  for (const name of ['시트1', 'Sheet1']) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet && sheet.getLastRow() === 0 && sheet.getLastColumn() === 0) spreadsheet.deleteSheet(sheet);
  }
}

/** Finds each column by header text; a missing one is added after the last used column. */
function repairHeader(sheet: Sheet, def: AnyTable, report: SetupReport): Map<string, number> {
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []).map((cell) => String(cell).trim());
  const positions = new Map<string, number>();
  const missing: [string, ColumnDef][] = [];
  for (const [key, column] of columnsOf(def)) {
    const index = header.indexOf(column.header);
    if (index >= 0) positions.set(key, index + 1);
    else missing.push([key, column]);
  }
  if (missing.length > 0) {
    let next = header.every((cell) => cell === '') ? 1 : header.length + 1;
    const needed = next + missing.length - 1;
    if (needed > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
    sheet
      .getRange(1, next, 1, missing.length)
      .setNumberFormat('@')
      .setValues([missing.map(([, c]) => c.header)]);
    for (const [key, column] of missing) {
      positions.set(key, next++);
      report.addedColumns.push(`${def.name}!${column.header}`);
    }
  }
  sheet.setFrozenRows(1);
  return positions;
}

function formatColumns(sheet: Sheet, def: AnyTable, positions: Map<string, number>, sheets: SheetsFactory) {
  const bodyRows = Math.max(sheet.getMaxRows() - 1, 1);
  if (sheet.getMaxRows() < 2) sheet.insertRowsAfter(1, 1);
  for (const [key, column] of columnsOf(def)) {
    const position = positions.get(key) as number;
    const headerCell = sheet.getRange(1, position);
    headerCell
      .setFontWeight('bold')
      .setBackground(column.system ? SYSTEM_HEADER_BACKGROUND : HEADER_BACKGROUND);
    if (column.help) headerCell.setNote(column.help);
    if (column.width) sheet.setColumnWidth(position, column.width);
    const body = sheet.getRange(2, position, bodyRows, 1);
    body.setNumberFormat(numberFormatOf(column.type));
    body.setDataValidation(validationFor(column, sheets));
  }
}

/** Dropdowns for choices, checkboxes for yes/no, real dates for dates; a typo is refused by Sheets. */
function validationFor(
  column: ColumnDef,
  sheets: SheetsFactory,
): GoogleAppsScript.Spreadsheet.DataValidation | null {
  switch (column.type.kind) {
    case 'choice': {
      const vocabulary = column.type.vocabulary;
      const labels = vocabulary.keys.map((key) => vocabulary.label(key as never));
      return sheets.newDataValidation().requireValueInList(labels, true).setAllowInvalid(false).build();
    }
    case 'boolean':
      return sheets.newDataValidation().requireCheckbox().build();
    case 'date':
      return sheets
        .newDataValidation()
        .requireDate()
        .setAllowInvalid(false)
        .setHelpText('날짜를 YYYY-MM-DD 형식으로 입력하세요.')
        .build();
    default:
      return null;
  }
}

/**
 * Warning-only protection: a hard protection would also stop the add-on, which acts as the person
 * using it. The audit tab is protected whole; elsewhere only the add-on's own columns.
 */
function protectSystemColumns(
  sheet: Sheet,
  def: AnyTable,
  positions: Map<string, number>,
  sheets: SheetsFactory,
) {
  const existing = new Set(
    [
      ...sheet.getProtections(sheets.ProtectionType.SHEET),
      ...sheet.getProtections(sheets.ProtectionType.RANGE),
    ]
      .filter((p) => p.getDescription().startsWith(PROTECTION_NOTE))
      .map((p) => p.getDescription()),
  );
  const protectOnce = (description: string, protect: () => GoogleAppsScript.Spreadsheet.Protection) => {
    if (!existing.has(description)) protect().setDescription(description).setWarningOnly(true);
  };
  if (def.name === AUDIT.name) {
    protectOnce(`${PROTECTION_NOTE}: ${def.name}`, () => sheet.protect());
    return;
  }
  for (const [key, column] of columnsOf(def)) {
    if (!column.system) continue;
    const position = positions.get(key) as number;
    protectOnce(`${PROTECTION_NOTE}: ${def.name}!${column.header}`, () =>
      sheet.getRange(1, position, sheet.getMaxRows(), 1).protect(),
    );
  }
}

/** Adds a row for each setting the 설정 tab lacks, with its default value; values already there stay. */
function fillDefaultSettings(spreadsheet: Spreadsheet) {
  const sheet = spreadsheet.getSheetByName(SETTINGS.name) as Sheet;
  const values = sheet.getDataRange().getValues();
  const header = (values[0] ?? []).map((cell) => String(cell));
  const nameColumn = header.indexOf(SETTINGS.columns.name.header);
  const present = new Set(values.slice(1).map((row) => String(row[nameColumn] ?? '').trim()));
  const rows = SETTING_SPECS.filter((s) => !present.has(s.name)).map((s) => {
    const row = header.map(() => '');
    row[nameColumn] = s.name;
    row[header.indexOf(SETTINGS.columns.value.header)] = formatSettingValue(DEFAULT_SETTINGS[s.key]);
    row[header.indexOf(SETTINGS.columns.description.header)] = s.description;
    return row;
  });
  if (rows.length === 0) return;
  const firstRow = lastNonEmptyRow(values) + 1;
  sheet.getRange(firstRow, 1, rows.length, header.length).setNumberFormat('@').setValues(rows);
}

function lastNonEmptyRow(values: unknown[][]): number {
  for (let i = values.length - 1; i >= 0; i--) {
    if ((values[i] ?? []).some((cell) => cell !== '')) return i + 1;
  }
  return 0;
}
