/**
 * What the sidebar sends to and gets back from the server functions of src/gas/main.ts. Types only:
 * nothing here reaches the bundle.
 */
import type { CaseFile, CaseSummary } from '../domain/case-file';
import type {
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
  /** Not sent by the server yet: the signed-in user's e-mail, when it does. */
  currentUser?: string;
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
  /** Used only to learn who is signed in (`user`); the rest of its answer is not shown yet. */
  getTodayList: [
    { scope?: 'mine' | 'all'; caseManager?: string; limit?: number },
    { user: string; today: string },
  ];
}

export type ServerName = keyof ServerApi;
export type ServerClient = { [K in ServerName]: (input: ServerApi[K][0]) => Promise<ServerApi[K][1]> };

export type { CaseSummary };
