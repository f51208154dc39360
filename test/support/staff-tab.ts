import type { FakeGasEnvironment } from '../../dev/fakes/environment-api';

/** Writes the 직원 tab (직원 명부) from row 2, as a centre would type it: 이메일, 이름, 연락처, 역할. */
export function writeStaffTab(env: FakeGasEnvironment, rows: string[][]): void {
  const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app.openById(env.activeSpreadsheetId()).getSheetByName('직원')!;
  sheet.getRange(2, 1, rows.length, 4).setNumberFormat('@').setValues(rows);
}
