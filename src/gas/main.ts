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
import {
  linkHousehold as linkHouseholdIn,
  saveHouseholdMembers as saveHouseholdMembersIn,
  unlinkHousehold as unlinkHouseholdIn,
} from '../app/household';
import {
  amendAssessment as amendAssessmentIn,
  amendCheck as amendCheckIn,
  amendPlanItem as amendPlanItemIn,
} from '../app/amend-records';
import { findSimilarClients as findSimilarClientsIn } from '../app/similar-clients';
import { buildMenu } from './menu';
import { forTheSidebar, serve, type NoInput } from './serve';
import type {
  ActivityInput,
  AdvocacyInput,
  ApprovalDecisionInput,
  ApprovalRequestInput,
  AssessmentInput,
  CheckInput,
  CloseInput,
  ConferenceInput,
  ConsentInput,
  FollowUpInput,
  GetCaseInput,
  IntakeInput,
  ListCasesInput,
  PlanInput,
  ReassignInput,
  ReopenInput,
  SimilarClientsInput,
  UpdateClientInput,
  AmendAssessmentInput,
  AmendCheckInput,
  AmendPlanItemInput,
  WithdrawConsentInput,
  SaveHouseholdMembersInput,
  LinkHouseholdInput,
  UnlinkHouseholdInput,
} from '../domain/schemas';
import { runWorkbookSetup, type WorkbookSetup } from './setup';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showSidebar(): void {
  // Who opens it comes with the page, ahead of the app's script, so its first lists are already
  // this person's: one round of calls on open, not a second once the server has said who it is.
  const html = HtmlService.createHtmlOutput(sidebarUserScript(Session.getActiveUser().getEmail()))
    .append(HtmlService.createHtmlOutputFromFile('sidebar').getContent())
    .setTitle('동 사례관리');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** `<script>` setting the page's user; `<` escaped so no address can close the tag. */
function sidebarUserScript(email: string): string {
  return `<script>window.DONG_CASE_USER=${JSON.stringify(email).replace(/</g, '\\u003c')};</script>`;
}

/**
 * Creates or repairs every tab; running it twice changes nothing. `notices` are sentences in Korean
 * for the person who ran it (e.g. that 매일 알림 is off in a test deployment).
 */
export const setupWorkbook = forTheSidebar((): WorkbookSetup => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const report = runWorkbookSetup(spreadsheet);
  // Called by a script, the return value reaches nobody: the notices are shown as well.
  for (const notice of report.notices) spreadsheet.toast(notice, '동 사례관리', 15);
  return report;
});

export const saveIntake = serve<IntakeInput>()(intake.saveIntake);
export const saveAssessment = serve<AssessmentInput>()(saveAssessmentIn);
export const recordConference = serve<ConferenceInput>()(recordConferenceIn);
export const recordConsent = serve<ConsentInput>()(recordConsentIn);
export const savePlan = serve<PlanInput>()(savePlanIn);
export const recordCheck = serve<CheckInput>()(recordCheckIn);
export const closeCase = serve<CloseInput>()(closeCaseIn);
export const recordFollowUp = serve<FollowUpInput>()(recordFollowUpIn);
export const reopenCase = serve<ReopenInput>()(reopenCaseIn);
export const reassignCases = serve<ReassignInput>()(reassignCasesIn);
export const getCase = serve<GetCaseInput>()(getCaseIn);
export const listCases = serve<ListCasesInput>()(listCasesIn);
export const checkDataHealth = serve<NoInput>()(checkDataHealthIn);
export const recordAdvocacy = serve<AdvocacyInput>()(recordAdvocacyIn);
export const recordActivity = serve<ActivityInput>()(recordActivityIn);
export const requestApproval = serve<ApprovalRequestInput>()(requestApprovalIn);
export const decideApproval = serve<ApprovalDecisionInput>()(decideApprovalIn);
export const updateClient = serve<UpdateClientInput>()(updateClientIn);
export const withdrawConsent = serve<WithdrawConsentInput>()(withdrawConsentIn);
/** 가구 (issue 14): the 가구원 list, and the cases of one household linked by a 가구번호. */
export const saveHouseholdMembers = serve<SaveHouseholdMembersInput>()(saveHouseholdMembersIn);
export const linkHousehold = serve<LinkHouseholdInput>()(linkHouseholdIn);
export const unlinkHousehold = serve<UnlinkHouseholdInput>()(unlinkHouseholdIn);
export const amendAssessment = serve<AmendAssessmentInput>()(amendAssessmentIn);
export const amendPlanItem = serve<AmendPlanItemInput>()(amendPlanItemIn);
export const amendCheck = serve<AmendCheckInput>()(amendCheckIn);
export const findSimilarClients = serve<SimilarClientsInput>()(findSimilarClientsIn);
export {
  generatePlanDocument,
  generateCaseDocument,
  listCaseDocuments,
  previewCaseDocument,
  prepareDocumentTemplate,
  generateGapReport,
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
export { setupWorkbookFromMenu } from './menu';
export {
  runDailyReminders,
  enableDailyReminders,
  disableDailyReminders,
  refreshDashboard,
  getTodayList,
} from './reminders';
export { getSetupStatus, prepareWorkbook, getSettings, saveSettings, getStaff, saveStaff } from './first-run';
