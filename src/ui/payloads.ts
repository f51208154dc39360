/**
 * Each form's values (what the inputs hold: text, as typed) and the payload it sends (what the
 * server's schema expects). Pure, so tests can check that a filled form passes the real schema.
 */
import type {
  AssessmentInput,
  CheckInput,
  CloseInput,
  ConferenceInput,
  ConsentInput,
  FollowUpInput,
  IntakeInput,
  PlanInput,
  ReassignInput,
  ReopenInput,
} from '../domain/schemas';
import type { CaseFileView } from './api';

let rowCounter = 0;
/** A key for a repeated row, stable while the form is open (and across a restored draft). */
export function newRowKey(): string {
  rowCounter += 1;
  return `r${Date.now().toString(36)}${rowCounter}`;
}

/** '' means "not chosen": the schema then names the field in its message. */
const choice = <T>(value: string) => value as unknown as T;
/** Blank optional numbers are left out; anything else goes as a number (NaN is refused by the schema). */
const optionalNumber = (value: string): number | undefined =>
  value.trim() === '' ? undefined : Number(value);
const optionalChoice = <T>(value: string): T | undefined =>
  value === '' ? undefined : (value as unknown as T);

export interface CaseContext {
  caseNo: string;
  version: number;
}

// 접수 -------------------------------------------------------------------------------------------

export interface IntakeValues {
  client: { name: string; birthDate: string; phone: string; address: string; household: string };
  intakeDate: string;
  discovery: string;
  presentingProblem: string;
  potentialProblems: string;
  strengths: string;
  weaknesses: string;
  intakeOutcome: string;
  caseType: string;
  caseManager: string;
  /** 보조담당자 (e-mail; optional). */
  assistant: string;
  /** One key per draft, kept with it: the same draft sent twice opens one case (saveIntake). */
  draftKey: string;
  /** The similar cases the case manager said are someone else (다른 사람입니다). */
  notDuplicateOf: string[];
}

/** A draft's key: random enough that two drafts never share one. */
export function newDraftKey(): string {
  const random = Array.from({ length: 4 }, () => Math.random().toString(36).slice(2, 8)).join('');
  return `d${Date.now().toString(36)}${random}`.slice(0, 40);
}

export function intakeValues(today: string): IntakeValues {
  return {
    client: { name: '', birthDate: '', phone: '', address: '', household: '' },
    intakeDate: today,
    discovery: '',
    presentingProblem: '',
    potentialProblems: '',
    strengths: '',
    weaknesses: '',
    intakeOutcome: '',
    caseType: 'general',
    caseManager: '',
    assistant: '',
    draftKey: newDraftKey(),
    notDuplicateOf: [],
  };
}

export function intakePayload(v: IntakeValues): IntakeInput {
  return {
    client: { ...v.client },
    intakeDate: v.intakeDate,
    discovery: choice(v.discovery),
    presentingProblem: v.presentingProblem,
    potentialProblems: v.potentialProblems,
    strengths: v.strengths,
    weaknesses: v.weaknesses,
    intakeOutcome: choice(v.intakeOutcome),
    caseType: optionalChoice(v.caseType),
    caseManager: v.caseManager.trim() === '' ? undefined : v.caseManager.trim(),
    assistant: v.assistant.trim() === '' ? undefined : v.assistant.trim(),
    draftKey: v.draftKey || undefined,
    notDuplicateOf: v.notDuplicateOf.length > 0 ? [...v.notDuplicateOf] : undefined,
  };
}

// 욕구사정 / 재사정 ------------------------------------------------------------------------------

export interface NeedRow {
  key: string;
  domain: string;
  problem: string;
  demand: string;
  need: string;
}

export interface AssessmentValues {
  assessedOn: string;
  needs: NeedRow[];
  strengths: string;
  supportSystem: string;
  functionalEvaluation: string;
  riskLevel: string;
}

export const emptyNeed = (): NeedRow => ({ key: newRowKey(), domain: '', problem: '', demand: '', need: '' });

/** A reassessment starts from the latest assessment, so only what changed needs typing. */
export function assessmentValues(
  today: string,
  file: CaseFileView | null,
  kind: 'initial' | 're',
): AssessmentValues {
  const last = kind === 're' && file ? file.assessments[file.assessments.length - 1] : undefined;
  if (!last) {
    return {
      assessedOn: today,
      needs: [emptyNeed()],
      strengths: '',
      supportSystem: '',
      functionalEvaluation: '',
      riskLevel: '',
    };
  }
  return {
    assessedOn: today,
    needs:
      last.needs.length > 0
        ? last.needs.map((n) => ({
            key: newRowKey(),
            domain: n.domain ?? '',
            problem: n.problem ?? '',
            demand: n.demand ?? '',
            need: n.need ?? '',
          }))
        : [emptyNeed()],
    strengths: last.strengths ?? '',
    supportSystem: last.supportSystem ?? '',
    functionalEvaluation: last.functionalEvaluation ?? '',
    riskLevel: last.riskLevel ?? '',
  };
}

export function assessmentPayload(
  v: AssessmentValues,
  ctx: CaseContext,
  kind: 'initial' | 're',
): AssessmentInput {
  return {
    caseNo: ctx.caseNo,
    kind,
    assessedOn: v.assessedOn,
    needs: v.needs.map((n) => ({
      domain: choice(n.domain),
      problem: n.problem,
      demand: n.demand,
      need: n.need,
    })),
    strengths: v.strengths,
    supportSystem: v.supportSystem,
    functionalEvaluation: v.functionalEvaluation,
    riskLevel: optionalChoice(v.riskLevel),
    version: ctx.version,
  };
}

// 사례회의 / 정보제공 동의 ------------------------------------------------------------------------

export interface ConferenceValues {
  kind: string;
  heldOn: string;
  decision: string;
  caseType: string;
  attendees: string;
  notes: string;
}

export function conferenceValues(today: string): ConferenceValues {
  return { kind: 'caseMeeting', heldOn: today, decision: '', caseType: '', attendees: '', notes: '' };
}

export function conferencePayload(v: ConferenceValues, ctx: CaseContext): ConferenceInput {
  return {
    caseNo: ctx.caseNo,
    kind: choice(v.kind),
    heldOn: v.heldOn,
    decision: choice(v.decision),
    caseType: optionalChoice(v.caseType),
    attendees: v.attendees,
    notes: v.notes,
    version: ctx.version,
  };
}

export interface ConsentValues {
  consentedOn: string;
  recipient: string;
  items: string;
  purpose: string;
  until: string;
  withheld: string;
  /** 본인 ('self') or 보호자 ('guardian'); the guardian's name and relation only for the latter. */
  consentBy: 'self' | 'guardian';
  guardianName: string;
  guardianRelation: string;
}

export function consentValues(today: string): ConsentValues {
  return {
    consentedOn: today,
    recipient: '',
    items: '',
    purpose: '',
    until: '',
    withheld: '',
    consentBy: 'self',
    guardianName: '',
    guardianRelation: '',
  };
}

export function consentPayload(v: ConsentValues, ctx: CaseContext): ConsentInput {
  return {
    caseNo: ctx.caseNo,
    consentedOn: v.consentedOn,
    recipient: v.recipient,
    items: v.items,
    purpose: v.purpose,
    until: v.until,
    withheld: v.withheld,
    consentBy: v.consentBy,
    // Hidden when 본인 signed: what was typed before switching back is not sent.
    guardianName: v.consentBy === 'guardian' ? v.guardianName : '',
    guardianRelation: v.consentBy === 'guardian' ? v.guardianRelation : '',
    version: ctx.version,
  };
}

// 서비스제공 계획 ---------------------------------------------------------------------------------

export interface PlanItemRow {
  key: string;
  goal: string;
  service: string;
  priority: string;
  timing: string;
  startDate: string;
  endDate: string;
  timesPerWeek: string;
  provider: string;
  providerContact: string;
  checkMethod: string;
  /** The 자원 the provider was picked from ('' when typed by hand). */
  resourceId: string;
  /** Its name, only for showing the link in the form. */
  resourceName: string;
}

export interface PlanValues {
  consentDate: string;
  shortTermGoal: string;
  longTermGoal: string;
  items: PlanItemRow[];
}

export const emptyPlanItem = (startDate: string, priority = ''): PlanItemRow => ({
  key: newRowKey(),
  goal: '',
  service: '',
  priority,
  timing: '',
  startDate,
  endDate: '',
  timesPerWeek: '',
  provider: '',
  providerContact: '',
  checkMethod: '',
  resourceId: '',
  resourceName: '',
});

export function planValues(today: string): PlanValues {
  return { consentDate: today, shortTermGoal: '', longTermGoal: '', items: [emptyPlanItem(today, '1')] };
}

/** A new plan that carries over the latest plan's goals and its items not yet achieved. */
export function planValuesFrom(today: string, file: CaseFileView): PlanValues | null {
  const last = file.plans[file.plans.length - 1];
  if (!last) return null;
  const open = last.items.filter((item) => item.outcome !== 'achieved');
  return {
    consentDate: today,
    shortTermGoal: last.shortTermGoal ?? '',
    longTermGoal: last.longTermGoal ?? '',
    items: (open.length > 0 ? open : last.items).map((item) => ({
      key: newRowKey(),
      goal: item.goal ?? '',
      service: item.service ?? '',
      priority: item.priority === null || item.priority === undefined ? '' : String(item.priority),
      timing: item.timing ?? '',
      startDate: today,
      endDate: item.endDate && item.endDate >= today ? item.endDate : '',
      timesPerWeek:
        item.timesPerWeek === null || item.timesPerWeek === undefined ? '' : String(item.timesPerWeek),
      provider: item.provider ?? '',
      providerContact: item.providerContact ?? '',
      checkMethod: item.checkMethod ?? '',
      resourceId: item.resourceId ?? '',
      resourceName: '',
    })),
  };
}

export function planPayload(v: PlanValues, ctx: CaseContext): PlanInput {
  return {
    caseNo: ctx.caseNo,
    consentDate: v.consentDate,
    shortTermGoal: v.shortTermGoal,
    longTermGoal: v.longTermGoal,
    items: v.items.map((item) => ({
      goal: item.goal,
      service: item.service,
      priority: optionalNumber(item.priority),
      timing: item.timing,
      startDate: item.startDate,
      endDate: item.endDate,
      timesPerWeek: optionalNumber(item.timesPerWeek),
      provider: item.provider,
      providerContact: item.providerContact,
      checkMethod: item.checkMethod,
      resourceId: item.resourceId ? item.resourceId : undefined,
    })),
    version: ctx.version,
  };
}

// 점검 -------------------------------------------------------------------------------------------

export interface CheckValues {
  checkedOn: string;
  method: string;
  note: string;
  /** 이행여부 per plan item id; '' = no change recorded. */
  outcomes: Record<string, string>;
  needsChanged: boolean;
}

export function checkValues(today: string, itemIds: readonly string[]): CheckValues {
  return {
    checkedOn: today,
    method: '',
    note: '',
    outcomes: Object.fromEntries(itemIds.map((id) => [id, ''])),
    needsChanged: false,
  };
}

export function checkPayload(v: CheckValues, ctx: CaseContext): CheckInput {
  return {
    caseNo: ctx.caseNo,
    checkedOn: v.checkedOn,
    method: choice(v.method),
    note: v.note,
    itemOutcomes: Object.entries(v.outcomes)
      .filter(([, outcome]) => outcome !== '')
      .map(([itemId, outcome]) => ({ itemId, outcome: choice(outcome) })),
    needsChanged: v.needsChanged,
    version: ctx.version,
  };
}

/** The schema speaks of `itemOutcomes.2.outcome`; the form shows one select per item id. */
export function checkErrorsToFields(errors: Record<string, string>, v: CheckValues): Record<string, string> {
  const chosen = Object.entries(v.outcomes)
    .filter(([, outcome]) => outcome !== '')
    .map(([itemId]) => itemId);
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const match = /^itemOutcomes\.(\d+)/.exec(key);
    const itemId = match ? chosen[Number(match[1])] : undefined;
    out[itemId ? `outcomes.${itemId}` : key] ??= message;
  }
  return out;
}

// 종결 / 사후관리 / 재개 / 담당자 변경 ---------------------------------------------------------------

export interface CloseValues {
  closedOn: string;
  reason: string;
  evaluation: string;
}

export const closeValues = (today: string): CloseValues => ({ closedOn: today, reason: '', evaluation: '' });

export function closePayload(v: CloseValues, ctx: CaseContext): CloseInput {
  return {
    caseNo: ctx.caseNo,
    closedOn: v.closedOn,
    reason: choice(v.reason),
    evaluation: v.evaluation,
    version: ctx.version,
  };
}

export interface FollowUpValues {
  contactedOn: string;
  method: string;
  note: string;
  newCrisis: boolean;
}

export const followUpValues = (today: string): FollowUpValues => ({
  contactedOn: today,
  method: '',
  note: '',
  newCrisis: false,
});

export function followUpPayload(v: FollowUpValues, ctx: CaseContext): FollowUpInput {
  return {
    caseNo: ctx.caseNo,
    contactedOn: v.contactedOn,
    method: choice(v.method),
    note: v.note,
    newCrisis: v.newCrisis,
    version: ctx.version,
  };
}

export interface ReopenValues {
  reopenedOn: string;
  reason: string;
}

export const reopenValues = (today: string): ReopenValues => ({ reopenedOn: today, reason: '' });

export function reopenPayload(v: ReopenValues, ctx: CaseContext): ReopenInput {
  return { caseNo: ctx.caseNo, reopenedOn: v.reopenedOn, reason: v.reason, version: ctx.version };
}

export interface ReassignValues {
  caseManager: string;
}

export function reassignPayload(v: ReassignValues, caseNo: string): ReassignInput {
  return { caseNos: [caseNo], caseManager: v.caseManager.trim() };
}
