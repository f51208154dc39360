/**
 * Creating and repairing the workbook: every tab, header, format, dropdown and protection. Safe to
 * run any number of times: it only adds what is missing and re-states what should be.
 */
import { DEFAULT_SETTINGS, formatSettingValue, SETTING_SPECS } from '../domain/settings';
import { UserError } from '../domain/validation';
import { numberFormatOf } from './cells';
import type { ColumnDef } from './table';
import { AUDIT, AUDIT_INTAKE, SETTINGS } from './tables';
import { columnsOf, locateTables, type AnyTable, type TabLayout } from './tab-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The two SpreadsheetApp members setup needs, handed in by src/gas. */
export interface SheetsFactory {
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  ProtectionType: typeof GoogleAppsScript.Spreadsheet.ProtectionType;
}

export interface SetupReport {
  createdTabs: string[];
  addedColumns: string[];
  /** Tabs a person renamed, found by their columns and given their name back ("사례목록 → 사례"). */
  renamedTabs: string[];
  /** Headers a person renamed in a column with nothing under it, given their name back. */
  restoredHeaders: string[];
}

const PROTECTION_NOTE = '동 사례관리: 추가 기능이 관리하는 칸입니다';
const HEADER_BACKGROUND = '#e8f0fe';
const SYSTEM_HEADER_BACKGROUND = '#eeeeee';

/**
 * Repairs never hide data: the header is looked for below title rows, a renamed tab is found by its
 * columns, a renamed header is never doubled by an empty new column. When a repair would be a
 * guess, nothing at all is written and the message says what was found.
 */
export function setUpWorkbook(spreadsheet: Spreadsheet, sheets: SheetsFactory): SetupReport {
  const layouts = locateTables(spreadsheet);
  const unsure = layouts.flatMap((layout) => layout.unsure);
  if (unsure.length > 0)
    throw new UserError(
      ['시트 준비·복구를 멈췄습니다. 아무것도 바꾸지 않았습니다.', ...unsure].join('\n'),
      'SHEET_BROKEN',
    );
  const report: SetupReport = { createdTabs: [], addedColumns: [], renamedTabs: [], restoredHeaders: [] };
  if (spreadsheet.getSpreadsheetTimeZone() !== 'Asia/Seoul') spreadsheet.setSpreadsheetTimeZone('Asia/Seoul');
  for (const layout of layouts) {
    const def = layout.def;
    let sheet = layout.sheet;
    // 변경이력 closed to its keeper (decision 0014): nobody else may repair it, nor needs to.
    if (def.name === AUDIT.name && sheet && !layout.foundAs && closedTo(sheet, sheets)) continue;
    if (sheet && layout.foundAs) {
      sheet.setName(def.name);
      report.renamedTabs.push(`${layout.foundAs} → ${def.name}`);
    }
    const isNew = !sheet;
    if (!sheet) {
      sheet = spreadsheet.insertSheet(def.name);
      report.createdTabs.push(def.name);
    }
    const headerRow = Math.max(layout.headerRow, 1);
    // A new tab's headers are not "added columns": only repairs of existing tabs are reported.
    const positions = repairHeader(sheet, layout, headerRow, isNew ? undefined : report);
    const maxRows = formatColumns(sheet, def, positions, headerRow, sheets);
    protectSystemColumns(sheet, def, positions, maxRows, sheets, isNew);
    if (def.name === SETTINGS.name) fillDefaultSettings(sheet, headerRow);
  }
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

/**
 * Each column where the header row has it. A renamed header over an empty column gets its name
 * back; a column that is really missing is added after the last used column of the header row.
 */
function repairHeader(
  sheet: Sheet,
  layout: TabLayout,
  headerRow: number,
  report: SetupReport | undefined,
): Map<string, number> {
  const positions = new Map(layout.positions);
  const restored = new Set<string>();
  for (const suspect of layout.suspects) {
    sheet.getRange(headerRow, suspect.column).setNumberFormat('@').setValue(suspect.expected);
    restored.add(suspect.expected);
    report?.restoredHeaders.push(`${layout.def.name}!${suspect.found} → ${suspect.expected}`);
    const key = layout.missing.find(([, column]) => column.header === suspect.expected)?.[0] as string;
    positions.set(key, suspect.column);
  }
  const missing = layout.missing.filter(([, column]) => !restored.has(column.header));
  if (missing.length > 0) {
    const lastColumn = sheet.getLastColumn();
    const width = Math.max(lastColumn, 1);
    const header =
      lastColumn === 0
        ? []
        : (sheet.getRange(headerRow, 1, 1, width).getValues()[0] ?? []).map((cell) => String(cell).trim());
    // After the last used column of the whole tab: never into a column that holds anything.
    let next = header.every((cell) => cell === '') && lastColumn <= 1 ? 1 : width + 1;
    const needed = next + missing.length - 1;
    const maxColumns = sheet.getMaxColumns();
    if (needed > maxColumns) sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
    sheet
      .getRange(headerRow, next, 1, missing.length)
      .setNumberFormat('@')
      .setValues([missing.map(([, c]) => c.header)]);
    for (const [key, column] of missing) {
      positions.set(key, next++);
      report?.addedColumns.push(`${layout.def.name}!${column.header}`);
    }
  }
  sheet.setFrozenRows(headerRow);
  return positions;
}

/** Columns of the table side by side on the sheet, left to right, split where `same` says so. */
function adjacentRuns(
  def: AnyTable,
  positions: Map<string, number>,
  same: (a: ColumnDef, b: ColumnDef) => boolean,
): { start: number; columns: ColumnDef[] }[] {
  const ordered = columnsOf(def)
    .map(([key, column]) => ({ position: positions.get(key) as number, column }))
    .sort((a, b) => a.position - b.position);
  const runs: { start: number; columns: ColumnDef[] }[] = [];
  for (const { position, column } of ordered) {
    const last = runs[runs.length - 1];
    const previous = last?.columns[last.columns.length - 1];
    if (last && previous && last.start + last.columns.length === position && same(previous, column))
      last.columns.push(column);
    else runs.push({ start: position, columns: [column] });
  }
  return runs;
}

/**
 * Headers bold and shaded, bodies typed and validated: a few calls per run of adjacent columns, not
 * a call per column per property (what setup cost: 2 000 calls, then 500 with a call per run of
 * look-alike columns). Returns the sheet's row count, which the protections need too.
 */
function formatColumns(
  sheet: Sheet,
  def: AnyTable,
  positions: Map<string, number>,
  headerRow: number,
  sheets: SheetsFactory,
): number {
  let maxRows = sheet.getMaxRows();
  if (maxRows < headerRow + 1) {
    sheet.insertRowsAfter(headerRow, 1);
    maxRows += 1;
  }
  const bodyRows = Math.max(maxRows - headerRow, 1);
  // Per run of the table's adjacent columns (a fresh tab is one run), never touching a person's own
  // columns in between: the header styled, the body given one grid of formats and one of rules.
  for (const run of adjacentRuns(def, positions, () => true)) {
    sheet
      .getRange(headerRow, run.start, 1, run.columns.length)
      .setFontWeight('bold')
      .setBackgrounds([run.columns.map((c) => (c.system ? SYSTEM_HEADER_BACKGROUND : HEADER_BACKGROUND))]);
    const formats = run.columns.map((column) => numberFormatOf(column.type));
    const rules = run.columns.map((column) => validationFor(column, sheets));
    sheet
      .getRange(headerRow + 1, run.start, bodyRows, run.columns.length)
      .setNumberFormats(Array.from({ length: bodyRows }, () => formats))
      .setDataValidations(Array.from({ length: bodyRows }, () => rules));
  }
  for (const run of adjacentRuns(def, positions, (a, b) => a.width === b.width)) {
    const width = run.columns[0]?.width;
    if (width) sheet.setColumnWidths(run.start, run.columns.length, width);
  }
  for (const [key, column] of columnsOf(def)) {
    if (column.help) sheet.getRange(headerRow, positions.get(key) as number).setNote(column.help);
  }
  return maxRows;
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
 * using it. The audit tabs are protected whole; elsewhere only the add-on's own columns. (변경이력
 * itself is then closed to its keeper by closeAuditLog, decision 0014.)
 */
function protectSystemColumns(
  sheet: Sheet,
  def: AnyTable,
  positions: Map<string, number>,
  maxRows: number,
  sheets: SheetsFactory,
  isNew: boolean,
) {
  // A tab made a moment ago has no protections to look for.
  const existing = new Set(
    (isNew
      ? []
      : [
          ...sheet.getProtections(sheets.ProtectionType.SHEET),
          ...sheet.getProtections(sheets.ProtectionType.RANGE),
        ]
    )
      .filter((p) => p.getDescription().startsWith(PROTECTION_NOTE))
      .map((p) => p.getDescription()),
  );
  const protectOnce = (description: string, protect: () => GoogleAppsScript.Spreadsheet.Protection) => {
    if (!existing.has(description)) protect().setDescription(description).setWarningOnly(true);
  };
  if (def.name === AUDIT.name || def.name === AUDIT_INTAKE.name) {
    protectOnce(`${PROTECTION_NOTE}: ${def.name}`, () => sheet.protect());
    return;
  }
  for (const [key, column] of columnsOf(def)) {
    if (!column.system) continue;
    const position = positions.get(key) as number;
    protectOnce(`${PROTECTION_NOTE}: ${def.name}!${column.header}`, () =>
      sheet.getRange(1, position, maxRows, 1).protect(),
    );
  }
}

function auditProtection(
  sheet: Sheet,
  sheets: SheetsFactory,
): GoogleAppsScript.Spreadsheet.Protection | undefined {
  return sheet
    .getProtections(sheets.ProtectionType.SHEET)
    .find((p) => p.getDescription().startsWith(PROTECTION_NOTE));
}

/** A protection that is not warning-only and does not list the person running setup. */
function closedTo(sheet: Sheet, sheets: SheetsFactory): boolean {
  const protection = auditProtection(sheet, sheets);
  return !!protection && !protection.isWarningOnly() && !protection.canEdit();
}

/**
 * Closes 변경이력 to `keeper` (and the spreadsheet's owner, whom no one can remove), as in Google's
 * Protection reference sample (https://developers.google.com/apps-script/reference/spreadsheet/protection):
 * addEditor(me), removeEditors(getEditors()), setDomainEdit(false). False, changing nothing, when the
 * person running setup may not edit the protection (it is closed to someone else).
 */
export function closeAuditLog(spreadsheet: Spreadsheet, sheets: SheetsFactory, keeper: string): boolean {
  const sheet = spreadsheet.getSheetByName(AUDIT.name);
  if (!sheet) return false;
  const protection =
    auditProtection(sheet, sheets) ?? sheet.protect().setDescription(`${PROTECTION_NOTE}: ${AUDIT.name}`);
  if (!protection.canEdit()) return false;
  const others = protection.getEditors().filter((user) => user.getEmail().toLowerCase() !== keeper);
  if (!protection.isWarningOnly() && others.length === 0 && !protection.canDomainEdit()) return true;
  protection.setWarningOnly(false);
  protection.addEditor(keeper);
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  return true;
}

/** Adds a row for each setting the 설정 tab lacks, with its default value; values already there stay. */
function fillDefaultSettings(sheet: Sheet, headerRow: number) {
  const values = sheet
    .getDataRange()
    .getValues()
    .slice(headerRow - 1);
  const header = (values[0] ?? []).map((cell) => String(cell).trim());
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
  const firstRow = headerRow - 1 + lastNonEmptyRow(values) + 1;
  sheet.getRange(firstRow, 1, rows.length, header.length).setNumberFormat('@').setValues(rows);
}

function lastNonEmptyRow(values: unknown[][]): number {
  for (let i = values.length - 1; i >= 0; i--) {
    if ((values[i] ?? []).some((cell) => cell !== '')) return i + 1;
  }
  return 0;
}
