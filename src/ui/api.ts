/**
 * What the sidebar sends to and gets back from the server functions of src/gas/main.ts. Types only:
 * nothing here reaches the bundle.
 */
import type { PublicationPlan, PublishResult } from '../app/publish';
import type { ImportSummary } from '../app/resources';
import type { SettingField } from '../app/settings';
import type { TemplateInfo } from '../gas/first-run';
import type { StaffRecord } from '../domain/records';
import type { SaveStaffInput } from '../domain/staff-directory';
import type { TodayItem, TodayList } from '../app/today';
import type { SettingKey } from '../domain/settings';
import type { CaseFile, CaseSummary } from '../domain/case-file';
import type { TodayListInput } from '../domain/reminder-schemas';
import type { ResourceView } from '../domain/resources/directory';
import type { ListResourcesInput, ReferClientInput, SaveResourceInput } from '../domain/resources/schemas';
import type {
  ActivityInput,
  AdvocacyInput,
  AssessmentInput,
  CheckInput,
  CloseInput,
  ConferenceInput,
  ConsentInput,
  FollowUpInput,
  IntakeInput,
  ListCasesInput,
  PlanInput,
  ReassignInput,
  ReopenInput,
} from '../domain/schemas';

/** A row of a sheet that someone broke by hand (src/db reports it; the sidebar only shows it). */
export interface RowProblem {
  table: string;
  rowNumber: number;
  column: string;
  problem: string;
}

export type CaseFileView = CaseFile & { problems?: RowProblem[] };
export type PlanView = CaseFileView['plans'][number];
export type PlanItemView = PlanView['items'][number];

export interface CaseList {
  cases: CaseSummary[];
  today: string;
  problemCount: number;
  /** The signed-in user's e-mail ('' when Apps Script cannot tell). */
  currentUser: string;
}

/** A row of the 문서 tab as listCaseDocuments returns it. */
export interface CaseDocument {
  documentId: string;
  form: string | null;
  formLabel: string;
  planId: string;
  version: number | null;
  name: string;
  url: string;
  pdfUrl: string;
  createdAt: string;
  createdBy: string;
}

export interface DataHealthReport {
  problems: { table: string; rowNumber: number; column: string; problem: string }[];
  total: number;
  tabs: number;
  /** About the add-on itself (next year's holidays unknown), shown above the rows. */
  notices: string[];
}

/** Every server function the sidebar calls: [input, result]. */
export interface ServerApi {
  saveIntake: [IntakeInput, { caseNo: string }];
  saveAssessment: [AssessmentInput, { assessmentId: string; nextReassessmentDue: string }];
  recordConference: [ConferenceInput, { conferenceId: string }];
  recordConsent: [ConsentInput, { consentId: string }];
  savePlan: [PlanInput, { planId: string; itemIds: string[] }];
  recordCheck: [CheckInput, { checkId: string }];
  closeCase: [CloseInput, { followUpDates: string[] }];
  recordFollowUp: [FollowUpInput, { followUpId: string; remaining: number }];
  reopenCase: [ReopenInput, { caseNo: string }];
  reassignCases: [ReassignInput, { reassigned: number }];
  getCase: [{ caseNo: string }, CaseFileView];
  listCases: [ListCasesInput, CaseList];
  generateCaseDocument: [
    { caseNo: string; form: string; planId?: string; pdf?: boolean },
    { documentId: string; url: string; name: string; version: number },
  ];
  listCaseDocuments: [{ caseNo: string }, { documents: CaseDocument[] }];
  checkDataHealth: [Record<string, never>, DataHealthReport];
  getTodayList: [TodayListInput, TodayList];
  listResources: [ListResourcesInput, ResourceList];
  saveResource: [SaveResourceInput, { resourceId: string }];
  referClient: [
    ReferClientInput,
    { referralId: string; recipient: string; consentId: string; sharedFields: string[]; url?: string },
  ];
  previewPublication: [Record<string, never>, PublicationPlan];
  publishResources: [Record<string, never>, PublishResult];
  exportResourcesCsv: [
    { scope: 'shareable' | 'all' },
    { folderId: string; url: string; count: number; files: { id: string; name: string; url: string }[] },
  ];
  previewResourceImport: [ResourceImportInput, ImportSummary];
  importResources: [ResourceImportInput, ImportSummary];
  getSetupStatus: [Record<string, never>, { ready: boolean; missingTabs: string[] }];
  prepareWorkbook: [SettingsChange, { createdTabs: string[]; addedColumns: string[]; changed: string[] }];
  getSettings: [
    Record<string, never>,
    { fields: SettingField[]; problems: string[]; templates?: Partial<Record<SettingKey, TemplateInfo>> },
  ];
  getStaff: [Record<string, never>, { staff: StaffRecord[]; currentUser: string }];
  saveStaff: [SaveStaffInput, { added: number; changed: number; removed: number; staff: StaffRecord[] }];
  saveSettings: [SettingsChange, { changed: string[] }];
  recordActivity: [ActivityInput, { activityId: string }];
  recordAdvocacy: [AdvocacyInput, { advocacyId: string }];
}

/** HSDS CSV files read in the browser, or a partner's sheet; the token of the dry run to import. */
export interface ResourceImportInput {
  files?: { name: string; content: string }[];
  spreadsheet?: string;
  previewToken?: string;
}

/** The settings to change, as the text the 설정 tab holds. */
export interface SettingsChange {
  values: Partial<Record<SettingKey, string>>;
}

/** listResources' answer: at most 500 resources, `total` before that cut. */
export interface ResourceList {
  resources: ResourceView[];
  total: number;
  categories: string[];
  areas: string[];
  problemCount: number;
}

export type ServerName = keyof ServerApi;
export type ServerClient = { [K in ServerName]: (input: ServerApi[K][0]) => Promise<ServerApi[K][1]> };

export type {
  ImportSummary,
  PublicationPlan,
  CaseSummary,
  ResourceView,
  SaveResourceInput,
  SettingField,
  SettingKey,
  StaffRecord,
  TemplateInfo,
  TodayItem,
  TodayList,
};
