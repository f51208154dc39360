/**
 * Every function Apps Script can call. dev/build.mjs turns each export into a top-level function
 * declaration, which is what menus, triggers and google.script.run can see.
 */
import * as intake from '../app/intake';
import { saveAssessment as saveAssessmentIn } from '../app/assessment';
import { recordConference as recordConferenceIn, recordConsent as recordConsentIn } from '../app/conference';
import { savePlan as savePlanIn } from '../app/plan';
import { recordCheck as recordCheckIn } from '../app/check';
import {
  closeCase as closeCaseIn,
  recordFollowUp as recordFollowUpIn,
  reopenCase as reopenCaseIn,
} from '../app/closure';
import { reassignCases as reassignCasesIn } from '../app/reassign';
import { listCases as listCasesIn } from '../app/queries';
import { getCase as getCaseIn } from '../app/case-access';
import { checkDataHealth as checkDataHealthIn } from '../app/data-health';
import { recordAdvocacy as recordAdvocacyIn } from '../app/advocacy';
import { recordActivity as recordActivityIn } from '../app/activity';
import { requestApproval as requestApprovalIn } from '../app/approval-request';
import { decideApproval as decideApprovalIn } from '../app/approval-decision';
import { updateClient as updateClientIn } from '../app/client-update';
import { withdrawConsent as withdrawConsentIn } from '../app/consent-withdrawal';
import type { AppContext } from '../app/context';
import { setUpWorkbook } from '../db/workbook-setup';
import { appContext, rememberSpreadsheet } from './app-context';
import { buildMenu } from './menu';
import { forTheSidebar } from './sidebar-boundary';
import { ensureDailyReminders } from './reminders';

type UseCase<T> = (ctx: AppContext, payload: unknown) => T;
const serve = <T>(useCase: UseCase<T>) =>
  forTheSidebar((payload?: unknown): T => useCase(appContext(), payload));

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle('동 사례관리');
  SpreadsheetApp.getUi().showSidebar(html);
}

/**
 * Creates or repairs every tab; running it twice changes nothing. `notices` are sentences in Korean
 * for the person who ran it (e.g. that 매일 알림 is off in a test deployment).
 */
export function setupWorkbook(): { createdTabs: string[]; addedColumns: string[]; notices: string[] } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const report = appContext(spreadsheet).withDocumentLock(() => setUpWorkbook(spreadsheet, SpreadsheetApp));
  rememberSpreadsheet(spreadsheet);
  // The daily reminders' trigger, once per spreadsheet (kept off when someone turned it off).
  const notices = ensureDailyReminders(spreadsheet);
  // Run from the menu, the return value reaches nobody: the notices are shown as well.
  for (const notice of notices) spreadsheet.toast(notice, '동 사례관리', 15);
  return { ...report, notices };
}

export const saveIntake = serve(intake.saveIntake);
export const saveAssessment = serve(saveAssessmentIn);
export const recordConference = serve(recordConferenceIn);
export const recordConsent = serve(recordConsentIn);
export const savePlan = serve(savePlanIn);
export const recordCheck = serve(recordCheckIn);
export const closeCase = serve(closeCaseIn);
export const recordFollowUp = serve(recordFollowUpIn);
export const reopenCase = serve(reopenCaseIn);
export const reassignCases = serve(reassignCasesIn);
export const getCase = serve(getCaseIn);
export const listCases = serve(listCasesIn);
export const checkDataHealth = serve(checkDataHealthIn);
export const recordAdvocacy = serve(recordAdvocacyIn);
export const recordActivity = serve(recordActivityIn);
export const requestApproval = serve(requestApprovalIn);
export const decideApproval = serve(decideApprovalIn);
export const updateClient = serve(updateClientIn);
export const withdrawConsent = serve(withdrawConsentIn);
export {
  generatePlanDocument,
  generateCaseDocument,
  listCaseDocuments,
  previewCaseDocument,
} from './documents';
export {
  saveResource,
  listResources,
  publishResources,
  previewPublication,
  exportResourcesCsv,
  exportResourcesJson,
  previewResourceImport,
  importResources,
  referClient,
} from './resources';
export { showHelp } from './help';
export {
  runDailyReminders,
  enableDailyReminders,
  disableDailyReminders,
  refreshDashboard,
  getTodayList,
} from './reminders';
export { getSetupStatus, prepareWorkbook, getSettings, saveSettings } from './first-run';
