/** One row of each table, as the domain sees it. Dates are "YYYY-MM-DD" keys; absent values are null. */
import type { DateKey } from './dates';
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
  RiskLevel,
  SelectionDecision,
  Stage,
} from './vocabulary';

export interface CaseRecord {
  caseNo: string;
  clientName: string;
  birthDate: DateKey | null;
  phone: string;
  address: string;
  household: string;
  caseType: CaseType | null;
  stage: Stage | null;
  caseManager: string;
  openedOn: DateKey | null;
  selectedOn: DateKey | null;
  closedOn: DateKey | null;
  nextCheckDue: DateKey | null;
  nextReassessmentDue: DateKey | null;
  version: number | null;
  updatedAt: string;
  updatedBy: string;
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
  recordedBy: string;
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

export interface AuditRecord {
  at: string;
  user: string;
  caseNo: string;
  action: string;
  detail: string;
}

export interface SettingRecord {
  name: string;
  value: string;
  description: string;
}
