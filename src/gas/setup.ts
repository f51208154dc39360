/**
 * 시트 준비·복구 itself, shared by the setupWorkbook entry point, the menu item (which shows what it
 * did in a dialog) and the welcome card's prepareWorkbook (which shows it in the sidebar).
 */
import { keepAuditLog, setUpWorkbookLocked, type SetupReport } from '../app/setup';
import { appContext, moveAuditKey, rememberSpreadsheet } from './app-context';
import { ensureDailyReminders } from './reminders';

export type WorkbookSetup = SetupReport & { notices: string[] };

/** Creates or repairs every tab and the daily trigger; running it twice changes nothing. */
export function runWorkbookSetup(spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): WorkbookSetup {
  const report = setUpWorkbookLocked(appContext(spreadsheet), SpreadsheetApp);
  rememberSpreadsheet(spreadsheet);
  // An older workbook's 변경이력 key, into the script properties where the keeper's run finds it.
  moveAuditKey(spreadsheet);
  // The daily reminders' trigger, once per spreadsheet (kept off when someone turned it off).
  const notices = ensureDailyReminders(spreadsheet);
  // Whoever's trigger runs every hour keeps 변경이력, closed to everyone else (decision 0014).
  notices.push(...keepAuditLog(appContext(spreadsheet), SpreadsheetApp));
  return { ...report, notices };
}
