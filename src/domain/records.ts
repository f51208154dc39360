/** One row of each table, as the domain sees it. Dates are "YYYY-MM-DD" keys; absent values are null. */
import type { DateKey } from './dates';
import type { DocumentForm } from './documents/forms';
import type {
  AssessmentKind,
  CaseType,
  CheckMethod,
  ClosureReason,
  ConferenceKind,
  DiscoveryChannel,
  IntakeOutcome,
  ItemOutcome,
  LifeDomain,
  ResourceKind,
  ResourceStatus,
  RiskLevel,
  Sector,
  SelectionDecision,
  Stage,
  ActivityKind,
  AdvocacyLevel,
  ApprovalStatus,
  ApprovalSubject,
  GapKind,
  HouseholdRelation,
  PracticeKind,
  StaffRole,
  ConsentGiver,
} from './vocabulary';

export interface CaseRecord {
  caseNo: string;
  clientName: string;
  birthDate: DateKey | null;
  phone: string;
  address: string;
  household: string;
  /** 가구번호: the cases of one household share it (set by linkHousehold; '' when not linked). */
  householdNo?: string;
  caseType: CaseType | null;
  stage: Stage | null;
  caseManager: string;
  /** 보조담당자: an internal assistant or partner contact beside the case manager (e-mail; '' when none). */
  assistant: string;
  openedOn: DateKey | null;
  selectedOn: DateKey | null;
  closedOn: DateKey | null;
  nextCheckDue: DateKey | null;
  nextReassessmentDue: DateKey | null;
  /** The due-date rules' schedule for this case (domain/due-items.ts), as stored by the add-on. */
  dueSchedule: string;
  version: number | null;
  updatedAt: string;
  updatedBy: string;
  /** Where the case's rows are in each tab (src/db/row-index.ts): the sheet database's, not the practice's. */
  rowIndex: string;
}

export interface IntakeRecord {
  caseNo: string;
  intakeDate: DateKey | null;
  discovery: DiscoveryChannel | null;
  presentingProblem: string;
  potentialProblems: string;
  strengths: string;
  weaknesses: string;
  intakeOutcome: IntakeOutcome | null;
  recordedBy: string;
  /** The sidebar draft's key (idempotency: one case per draft). */
  intakeKey?: string;
}

export interface AssessmentRecord {
  assessmentId: string;
  caseNo: string;
  kind: AssessmentKind | null;
  assessedOn: DateKey | null;
  strengths: string;
  supportSystem: string;
  functionalEvaluation: string;
  riskLevel: RiskLevel | null;
  assessedBy: string;
}

export interface NeedRecord {
  assessmentId: string;
  caseNo: string;
  domain: LifeDomain | null;
  problem: string;
  demand: string;
  need: string;
}

export interface ConferenceRecord {
  conferenceId: string;
  caseNo: string;
  kind: ConferenceKind | null;
  heldOn: DateKey | null;
  decision: SelectionDecision | null;
  caseType: CaseType | null;
  attendees: string;
  notes: string;
  recordedBy: string;
}

export interface ConsentRecord {
  consentId: string;
  caseNo: string;
  consentedOn: DateKey | null;
  recipient: string;
  items: string;
  purpose: string;
  until: DateKey | null;
  withheld: string;
  /** Who consented; a row written before this column existed (empty) reads as 본인 (`consentGiverOf`). */
  consentBy: ConsentGiver | null;
  /** The guardian who signed for the client (보호자 only). */
  guardianName: string;
  /** The guardian's relation to the client, e.g. 딸, 후견인 (보호자 only). */
  guardianRelation: string;
  recordedBy: string;
  /** 동의 철회: from this day on nothing more goes to the recipient. */
  withdrawnOn: DateKey | null;
  withdrawalReason: string;
}

export interface PlanRecord {
  planId: string;
  caseNo: string;
  consentDate: DateKey | null;
  shortTermGoal: string;
  longTermGoal: string;
  createdBy: string;
}

export interface PlanItemRecord {
  itemId: string;
  planId: string;
  caseNo: string;
  goal: string;
  service: string;
  priority: number | null;
  timing: string;
  startDate: DateKey | null;
  endDate: DateKey | null;
  timesPerWeek: number | null;
  provider: string;
  providerContact: string;
  checkMethod: string;
  resourceId: string;
  outcome: ItemOutcome | null;
  outcomeOn: DateKey | null;
}

export interface CheckRecord {
  checkId: string;
  caseNo: string;
  checkedOn: DateKey | null;
  method: CheckMethod | null;
  note: string;
  needsChanged: boolean;
  itemOutcomes: string;
  checkedBy: string;
}

export interface ClosureRecord {
  closureId: string;
  caseNo: string;
  closedOn: DateKey | null;
  reason: ClosureReason | null;
  evaluation: string;
  closedBy: string;
  reopenedOn: DateKey | null;
  reopenReason: string;
}

export interface FollowUpRecord {
  followUpId: string;
  caseNo: string;
  closureId: string;
  dueOn: DateKey | null;
  contactedOn: DateKey | null;
  method: CheckMethod | null;
  note: string;
  newCrisis: boolean;
  recordedBy: string;
}

/** 가구원: one member of the client's household besides the client (no name, never a 주민등록번호). */
export interface HouseholdMemberRecord {
  caseNo: string;
  /** 가구원번호: 행복-2026-0001-H1, in the order the list was saved. */
  memberNo: string;
  relation: HouseholdRelation | null;
  birthYear: number | null;
  note: string;
}

export interface AuditRecord {
  at: string;
  user: string;
  caseNo: string;
  action: string;
  detail: string;
  /** One more than the last row the add-on wrote ('' on rows older than sealing): src/domain/audit-trail.ts. */
  seq?: string;
  /** The row's HMAC under the add-on's key, base64 ('' on rows older than sealing). */
  seal?: string;
}

export interface SettingRecord {
  name: string;
  value: string;
  description: string;
}

/**
 * One row of the 자원 tab: an Open Referral (HSDS) service with its organisation, location and
 * contact folded into one line, plus the handbook's kind and sector. Which fields partners may see
 * is decided in src/domain/resources/fields.ts, not here.
 */
export interface ResourceRecord {
  resourceId: string;
  name: string;
  kind: ResourceKind | null;
  sector: Sector | null;
  category: string;
  provider: string;
  description: string;
  contact: string;
  email: string;
  website: string;
  address: string;
  /** 시·도 ("서울특별시"), 시·군·구 ("강남구") and 우편번호 of the address: HSDS requires them. */
  stateProvince: string;
  city: string;
  postalCode: string;
  area: string;
  eligibility: string;
  fees: string;
  hours: string;
  languages: string;
  capacity: string;
  contactPerson: string;
  notes: string;
  status: ResourceStatus | null;
  shareable: boolean;
  verifiedOn: DateKey | null;
  verifiedBy: string;
  version: number | null;
  updatedAt: string;
  updatedBy: string;
}

/** 의뢰: which fields of which case went to whom, under which consent. Values stay in the case. */
export interface ReferralRecord {
  referralId: string;
  caseNo: string;
  referredOn: DateKey | null;
  resourceId: string;
  recipient: string;
  consentId: string;
  sharedFields: string;
  purpose: string;
  message: string;
  documentUrl: string;
  referredBy: string;
}

/** One generated document (one version of one form of a case): where it is and who made it. */
export interface DocumentRecord {
  documentId: string;
  caseNo: string;
  form: DocumentForm | null;
  /** The plan the document is about ('' when it is about no particular plan). */
  planId: string;
  version: number | null;
  name: string;
  url: string;
  pdfUrl: string;
  /** The template it was merged from: which layout a printed, signed copy has. */
  templateId: string;
  createdAt: string;
  createdBy: string;
}

/** 권익옹호: acting for the client's rights, or raising a gap in the service system (`gapKind`). */
export interface AdvocacyRecord {
  advocacyId: string;
  caseNo: string;
  on: DateKey | null;
  level: AdvocacyLevel | null;
  counterpart: string;
  action: string;
  outcome: string;
  gapKind: GapKind | null;
  recordedBy: string;
}

/** 활동 기록: a contact or intervention note between checks. */
export interface ActivityRecord {
  activityId: string;
  caseNo: string;
  on: DateKey | null;
  practice: PracticeKind | null;
  kind: ActivityKind | null;
  content: string;
  participants: string;
  recordedBy: string;
}

/** 결재: a request for the 복지팀장's sign-off on a plan or a closure, and the decision. */
export interface ApprovalRecord {
  approvalId: string;
  caseNo: string;
  subject: ApprovalSubject | null;
  /** The plan (계획번호) or closure (종결번호) the request is about. */
  targetId: string;
  status: ApprovalStatus | null;
  requestedAt: string;
  requestedBy: string;
  decidedAt: string;
  decidedBy: string;
  comment: string;
}

/** 직원 명부: one worker of the 동. */
export interface StaffRecord {
  email: string;
  name: string;
  phone: string;
  role: StaffRole | null;
}
