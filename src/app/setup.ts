/**
 * 시트 준비·복구 as a use case: every tab, header, format, dropdown and protection (src/db does the
 * range work) under the document lock, and which of the add-on's tabs a spreadsheet still lacks.
 */
import { ALL_TABLES } from '../db/tables';
import { setUpWorkbook, type SetupReport, type SheetsFactory } from '../db/workbook-setup';
import type { AppContext } from './context';

export type { SetupReport, SheetsFactory };

export function setUpWorkbookLocked(ctx: AppContext, sheets: SheetsFactory): SetupReport {
  return ctx.withDocumentLock(() => setUpWorkbook(ctx.spreadsheet, sheets));
}

/** The add-on's tabs this spreadsheet lacks: all of them on a new sheet. */
export function missingTabs(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const present = new Set(spreadsheet.getSheets().map((sheet) => sheet.getName()));
  return ALL_TABLES.map((def) => def.name).filter((name) => !present.has(name));
}

/** How many tabs a set-up workbook has (the menu's report counts against it). */
export const TAB_COUNT = ALL_TABLES.length;
