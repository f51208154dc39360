/**
 * The whole case as the sidebar and `getCase` show it, assembled from the rows of every table, with
 * a timeline of everything that happened and what is missing for the next step.
 */
import type { DateKey } from './dates';
import { DUE_KINDS, decodeDueSchedule, type DueKind } from './due-items';
import { previousWorkingDay } from './holidays';
import { staffName } from './staff';
import type * as R from './records';
import {
  ASSESSMENT_KINDS,
  CHECK_METHODS,
  CLOSURE_REASONS,
  CONFERENCE_KINDS,
  SELECTION_DECISIONS,
  STAGES,
  ACTIVITY_KINDS,
  ADVOCACY_LEVELS,
  APPROVAL_STATUSES,
  APPROVAL_SUBJECTS,
  GAP_KINDS,
  PRACTICE_KINDS,
} from './vocabulary';

export interface CaseTables {
  intakes: R.IntakeRecord[];
  assessments: R.AssessmentRecord[];
  needs: R.NeedRecord[];
  conferences: R.ConferenceRecord[];
  consents: R.ConsentRecord[];
  plans: R.PlanRecord[];
  planItems: R.PlanItemRecord[];
  checks: R.CheckRecord[];
  closures: R.ClosureRecord[];
  followUps: R.FollowUpRecord[];
  advocacy: R.AdvocacyRecord[];
  activities: R.ActivityRecord[];
  approvals: R.ApprovalRecord[];
}

export interface TimelineEntry {
  date: DateKey | null;
  kind: string;
  title: string;
  detail: string;
}

function omitCaseNo<T extends { caseNo: string }>(record: T): Omit<T, 'caseNo'> {
  const { caseNo: _omitted, ...rest } = record;
  return rest;
}

/**
 * `staff` is the 직원 명부: people are shown and printed by its names (by their address when it does
 * not know them, or when no directory is given).
 */
export function assembleCaseFile(
  record: R.CaseRecord,
  tables: CaseTables,
  staff: readonly R.StaffRecord[] = [],
) {
  const mine = <T extends { caseNo: string }>(rows: T[]) =>
    rows.filter((row) => row.caseNo === record.caseNo);
  const needs = mine(tables.needs);
  const items = mine(tables.planItems);
  const intake = mine(tables.intakes)[0] ?? null;
  const assessments = mine(tables.assessments).map((a) => ({
    ...omitCaseNo(a),
    needs: needs
      .filter((n) => n.assessmentId === a.assessmentId)
      .map(({ assessmentId: _a, caseNo: _c, ...need }) => need),
  }));
  const conferences = mine(tables.conferences).map(omitCaseNo);
  const consents = mine(tables.consents).map(omitCaseNo);
  const plans = mine(tables.plans).map((p) => ({
    ...omitCaseNo(p),
    items: items.filter((i) => i.planId === p.planId).map(({ caseNo: _c, ...item }) => item),
  }));
  const checks = mine(tables.checks).map(omitCaseNo);
  const closures = mine(tables.closures).map(omitCaseNo);
  const followUps = mine(tables.followUps).map(omitCaseNo);
  const advocacy = mine(tables.advocacy).map(omitCaseNo);
  const activities = mine(tables.activities).map(omitCaseNo);
  const named = (email: string) => staffName(staff, email);
  const approvals = mine(tables.approvals).map((a) => ({
    ...omitCaseNo(a),
    requestedByName: named(a.requestedBy),
    decidedByName: a.decidedBy ? named(a.decidedBy) : '',
  }));

  const timeline: TimelineEntry[] = [];
  if (intake)
    timeline.push({
      date: intake.intakeDate,
      kind: 'intake',
      title: '접수·초기상담',
      detail: intake.presentingProblem,
    });
  for (const a of assessments) {
    timeline.push({
      date: a.assessedOn,
      kind: 'assessment',
      title: a.kind ? ASSESSMENT_KINDS.label(a.kind) : '욕구사정',
      detail: a.needs.map((n) => n.need).join(' / '),
    });
  }
  for (const c of conferences) {
    timeline.push({
      date: c.heldOn,
      kind: 'conference',
      title: c.kind ? CONFERENCE_KINDS.label(c.kind) : '사례회의',
      detail: c.decision ? SELECTION_DECISIONS.label(c.decision) : '',
    });
  }
  for (const d of consents)
    timeline.push({ date: d.consentedOn, kind: 'consent', title: '정보제공 동의', detail: d.recipient });
  for (const p of plans)
    timeline.push({ date: p.consentDate, kind: 'plan', title: '서비스계획 동의', detail: p.shortTermGoal });
  for (const c of checks) {
    timeline.push({
      date: c.checkedOn,
      kind: 'check',
      title: `점검 (${c.method ? CHECK_METHODS.label(c.method) : ''})`,
      detail: c.note,
    });
  }
  for (const c of closures) {
    timeline.push({
      date: c.closedOn,
      kind: 'closure',
      title: `종결 (${c.reason ? CLOSURE_REASONS.label(c.reason) : ''})`,
      detail: c.evaluation,
    });
    if (c.reopenedOn)
      timeline.push({ date: c.reopenedOn, kind: 'reopen', title: '재개', detail: c.reopenReason });
  }
  for (const f of followUps) {
    if (f.contactedOn)
      timeline.push({ date: f.contactedOn, kind: 'followUp', title: '사후관리', detail: f.note });
  }
  for (const a of advocacy) {
    const gap = a.gapKind ? ` · ${GAP_KINDS.label(a.gapKind)}` : '';
    timeline.push({
      date: a.on,
      kind: 'advocacy',
      title: `권익옹호 (${a.level ? ADVOCACY_LEVELS.label(a.level) : ''}${gap})`,
      detail: [a.counterpart, a.action, a.outcome].filter(Boolean).join(' / '),
    });
  }
  for (const a of activities) {
    timeline.push({
      date: a.on,
      kind: 'activity',
      title: `${a.practice ? PRACTICE_KINDS.label(a.practice) : '활동'} (${a.kind ? ACTIVITY_KINDS.label(a.kind) : ''})`,
      detail: a.content,
    });
  }
  for (const a of approvals) {
    // The request and the decision are moments, not days: their day is the timestamp's date.
    const decided = a.status === 'approved' || a.status === 'returned';
    timeline.push({
      date: (decided ? a.decidedAt : a.requestedAt).slice(0, 10) || null,
      kind: 'approval',
      title: `결재 ${a.status ? APPROVAL_STATUSES.label(a.status) : ''} (${a.subject ? APPROVAL_SUBJECTS.label(a.subject) : ''})`,
      detail: decided ? [a.decidedByName, a.comment].filter(Boolean).join(': ') : a.requestedByName,
    });
  }
  timeline.sort((a, b) => String(a.date ?? '').localeCompare(String(b.date ?? '')));

  const missing: string[] = [];
  const open = record.stage === 'intake' || record.stage === 'assessment' || record.stage === 'intervention';
  if (open && plans.length > 0 && !record.selectedOn) missing.push('사례회의의 대상자 선정 기록이 없습니다.');
  if (open && !record.caseManager) missing.push('담당 사례관리자가 없습니다.');
  // What a review meeting decided stays on the case view until it is done.
  const reopened =
    closures
      .map((c) => c.reopenedOn ?? '')
      .sort()
      .pop() ?? '';
  const decided = (decision: string) =>
    conferences
      .filter((c) => c.decision === decision && c.heldOn && c.heldOn >= reopened)
      .map((c) => c.heldOn as string)
      .sort()
      .pop();
  const planChange = decided('planChanged');
  if (open && planChange && !plans.some((p) => (p.consentDate ?? '') >= planChange))
    missing.push(`사례회의(${planChange})에서 계획 변경을 결정했습니다: 새 서비스계획을 세우세요.`);
  const closing = decided('closureDecided');
  if (open && closing) missing.push(`사례회의(${closing})에서 종결을 결정했습니다: 종결을 기록하세요.`);

  return {
    caseNo: record.caseNo,
    stage: record.stage,
    stageLabel: record.stage ? STAGES.label(record.stage) : '',
    version: record.version ?? 0,
    caseType: record.caseType,
    client: {
      name: record.clientName,
      birthDate: record.birthDate,
      phone: record.phone,
      address: record.address,
      household: record.household,
    },
    caseManager: record.caseManager,
    /** What forms print on 담당사례관리자 and ⑮ 사례관리자 (인), and the case view shows. */
    caseManagerName: named(record.caseManager),
    /** 보조담당자 (e-mail, '' when none) and the name forms print for it. */
    assistant: record.assistant,
    assistantName: record.assistant ? named(record.assistant) : '',
    openedOn: record.openedOn,
    selectedOn: record.selectedOn,
    closedOn: record.closedOn,
    nextCheckDue: record.nextCheckDue,
    nextReassessmentDue: record.nextReassessmentDue,
    updatedAt: record.updatedAt,
    updatedBy: record.updatedBy,
    intake: intake ? omitCaseNo(intake) : null,
    assessments,
    conferences,
    consents,
    plans,
    checks,
    closure: closures[closures.length - 1] ?? null,
    closures,
    followUps,
    advocacy,
    activities,
    approvals,
    timeline,
    missing,
  };
}

export type CaseFile = ReturnType<typeof assembleCaseFile>;

/** The words a case card puts before its next due date: the same thing 오늘 할 일 lists for it. */
export const NEXT_DUE_LABELS: Record<DueKind, string> = {
  reassessment: '다음 재사정',
  check: '다음 점검',
  planItemEnd: '서비스 종료 (이행여부 기록)',
  followUp: '사후관리 연락',
  assessmentDeadline: '욕구사정 기한',
  planDeadline: '서비스계획 기한',
  noOwner: '담당자 지정',
  inactive: '기록 없음',
  reopenReview: '재개 검토',
};

/**
 * The first thing due in the schedule stored on the case row (src/app/due-schedule.ts), moved to a
 * working day as 오늘 할 일 moves it. "오랫동안 기록 없음" is a fact, not an appointment: it counts
 * only once it is overdue. Null when nothing is scheduled or the schedule cell cannot be read.
 */
export function nextScheduledDue(
  record: R.CaseRecord,
  today: DateKey,
  extraHolidays: readonly DateKey[],
): { kind: DueKind; dueOn: DateKey } | null {
  const schedule = decodeDueSchedule(record.dueSchedule);
  if (!schedule) return null;
  const order = Object.keys(DUE_KINDS);
  const dues = schedule
    .map((rule) => ({
      kind: rule.kind,
      dueOn: rule.shift ? previousWorkingDay(rule.ruleDueOn, extraHolidays) : rule.ruleDueOn,
    }))
    .filter((due) => due.kind !== 'inactive' || due.dueOn < today)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || order.indexOf(a.kind) - order.indexOf(b.kind));
  return dues[0] ?? null;
}

/**
 * One line of the case list, with how urgent it is today. Its due date is the first item of the
 * case's stored schedule (what 오늘 할 일 shows); a case without a readable schedule falls back to
 * the 다음 점검일 / 다음 재사정일 columns and the next 사후관리.
 */
export function caseSummary(
  record: R.CaseRecord,
  today: DateKey,
  nextFollowUpDue: DateKey | null = null,
  extraHolidays: readonly DateKey[] = [],
) {
  const dues = [record.nextCheckDue, record.nextReassessmentDue, nextFollowUpDue].filter((d): d is string =>
    Boolean(d),
  );
  const scheduled = nextScheduledDue(record, today, extraHolidays);
  const earliest = scheduled ? scheduled.dueOn : (dues.sort()[0] ?? null);
  const kind: DueKind | null = scheduled
    ? scheduled.kind
    : earliest === null
      ? null
      : earliest === nextFollowUpDue
        ? 'followUp'
        : earliest === record.nextCheckDue
          ? 'check'
          : record.stage === 'intake'
            ? 'assessmentDeadline'
            : 'reassessment';
  return {
    caseNo: record.caseNo,
    clientName: record.clientName,
    stage: record.stage,
    stageLabel: record.stage ? STAGES.label(record.stage) : '',
    caseType: record.caseType,
    caseManager: record.caseManager,
    // Two people of one name are told apart by their birth date in the list.
    birthDate: record.birthDate,
    openedOn: record.openedOn,
    nextCheckDue: record.nextCheckDue,
    nextReassessmentDue: record.nextReassessmentDue,
    nextFollowUpDue,
    nextDue: earliest,
    /** What the next due date is for ("서비스계획 기한", "다음 점검" …), '' when nothing is due. */
    nextDueLabel: kind ? NEXT_DUE_LABELS[kind] : '',
    overdue: earliest !== null && earliest < today,
    version: record.version ?? 0,
  };
}
export type CaseSummary = ReturnType<typeof caseSummary>;

/**
 * The case list's search (already lower-cased): part of the name or the 관리번호, or four or more
 * digits of the phone number however it was typed (01023456789 finds 010-2345-6789).
 */
export function matchesCaseQuery(record: R.CaseRecord, query: string): boolean {
  if (!query) return true;
  if (record.clientName.toLowerCase().includes(query) || record.caseNo.toLowerCase().includes(query))
    return true;
  // Only a query of digits and separators is a phone number ("2026-0001" was matched above).
  const digits = query.replace(/\D/g, '');
  const isNumber = digits.length >= 4 && digits.length === query.replace(/[\s.\-()]/g, '').length;
  return isNumber && record.phone.replace(/\D/g, '').includes(digits);
}

/**
 * The earliest 사후관리 still to do per case, counting only the latest closure's schedule (a case
 * re-opened and closed again starts a new one).
 */
export function nextFollowUps(
  closures: R.ClosureRecord[],
  followUps: R.FollowUpRecord[],
): Map<string, DateKey> {
  const latestClosure = new Map<string, string>();
  for (const closure of closures) latestClosure.set(closure.caseNo, closure.closureId);
  const next = new Map<string, DateKey>();
  for (const f of followUps) {
    if (f.contactedOn || !f.dueOn || latestClosure.get(f.caseNo) !== f.closureId) continue;
    const current = next.get(f.caseNo);
    if (!current || f.dueOn < current) next.set(f.caseNo, f.dueOn);
  }
  return next;
}
