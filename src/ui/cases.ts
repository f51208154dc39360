/**
 * Pure helpers for showing cases: grouping the list, due dates in words, and the buttons of each
 * stage (read from the one table of actions, src/domain/workflow.ts).
 */
import { daysBetween, isDateKey, seoulDateKey } from '../domain/dates';
import type { ApprovalSubject, Stage } from '../domain/vocabulary';
import {
  CASE_ACTION_KEYS,
  CASE_ACTIONS,
  isAllowed,
  type ActionRule,
  type CaseAction,
  type CaseForm,
} from '../domain/workflow';
import type { CaseFileView, CaseSummary } from './api';

/** Today in Seoul by this computer's clock: only a fallback for the server's `today`. */
export function localToday(): string {
  return seoulDateKey(new Date());
}

export type DueState = 'none' | 'overdue' | 'today' | 'soon' | 'later';

export interface DueInfo {
  state: DueState;
  /** "3일 지남", "오늘", "D-5" */
  text: string;
}

export function dueInfo(due: string | null | undefined, today: string, soonDays = 7): DueInfo {
  if (!due || !isDateKey(due) || !isDateKey(today)) return { state: 'none', text: '' };
  const days = daysBetween(today, due);
  if (days < 0) return { state: 'overdue', text: `${-days}일 지남` };
  if (days === 0) return { state: 'today', text: '오늘' };
  return { state: days <= soonDays ? 'soon' : 'later', text: `D-${days}` };
}

/**
 * What the next due date of a case is for ("서비스계획 기한", "다음 점검", "사후관리 연락" …): the server
 * names it from the case's due schedule, the same item 오늘 할 일 lists.
 */
export function nextDueKind(summary: Pick<CaseSummary, 'nextDue' | 'nextDueLabel'>): string {
  return summary.nextDue ? summary.nextDueLabel : '';
}

/** In the intake stage the "reassessment" date is the deadline of the first assessment. */
export function reassessmentLabel(stage: Stage | null): string {
  return stage === 'intake' ? '욕구사정 기한' : '다음 재사정';
}

export const STAGE_ORDER: readonly Stage[] = [
  'intake',
  'assessment',
  'intervention',
  'followUp',
  'closed',
  'notSelected',
  'endedAtIntake',
];

export interface CaseGroup {
  stage: Stage | null;
  label: string;
  cases: CaseSummary[];
  overdue: number;
  /** Finished work: shown folded. */
  finished: boolean;
}

/**
 * Cases grouped by stage in process order; inside a group overdue cases come first, then by the
 * next due date (the server's order, kept stable).
 */
export function groupCases(cases: readonly CaseSummary[]): CaseGroup[] {
  const groups = new Map<string, CaseGroup>();
  for (const c of cases) {
    const id = c.stage ?? '';
    let group = groups.get(id);
    if (!group) {
      group = {
        stage: c.stage,
        label: c.stageLabel || '단계 없음',
        cases: [],
        overdue: 0,
        finished: c.stage === 'closed' || c.stage === 'endedAtIntake' || c.stage === 'notSelected',
      };
      groups.set(id, group);
    }
    group.cases.push(c);
    if (c.overdue) group.overdue++;
  }
  const rank = (stage: Stage | null) => (stage ? STAGE_ORDER.indexOf(stage) : STAGE_ORDER.length);
  const byDue = (a: CaseSummary, b: CaseSummary) =>
    Number(b.overdue) - Number(a.overdue) || String(a.nextDue ?? '9').localeCompare(String(b.nextDue ?? '9'));
  return [...groups.values()]
    .sort((a, b) => rank(a.stage) - rank(b.stage))
    .map((g) => ({ ...g, cases: [...g.cases].sort(byDue) }));
}

/** A sidebar form of a case (the route `form/<kind>`): the forms of `CASE_ACTIONS`. */
export type FormKind = CaseForm;

/** A button of the case view: the form it opens, its label, and whether it is the usual next step. */
export interface ActionButton {
  action: CaseAction;
  form: FormKind;
  label: string;
  primary: boolean;
}

/**
 * The buttons of the case view: every action the server allows in this stage (`CASE_ACTIONS`), in
 * the order of the work; `primary` marks the usual next step.
 */
export function actionsFor(stage: Stage | null, selected: boolean): ActionButton[] {
  if (!stage) return [];
  return CASE_ACTION_KEYS.filter((action) => isAllowed(action, stage)).map((action) => {
    const rule: ActionRule = CASE_ACTIONS[action];
    return {
      action,
      form: rule.form,
      label: rule.labelIn?.[stage] ?? rule.label,
      primary: rule.primaryIn.some((p) => p.stage === stage && (p.selected ?? selected) === selected),
    };
  });
}

/** The heading of each form. */
export const FORM_TITLES: Record<FormKind | 'intake', string> = {
  intake: '새 접수 (초기상담)',
  assessment: '욕구사정 (초기사정)',
  reassessment: '재사정',
  conference: '사례회의·대상자 선정',
  consent: '제3자 정보제공 동의',
  plan: '서비스제공 계획',
  check: '점검·모니터링',
  close: '평가 및 종결',
  followUp: '사후관리',
  reopen: '사례 재개',
  referral: '서비스 의뢰',
};

/** The latest plan (plans come in the order they were made). */
export function latestPlan<P>(plans: readonly P[]): P | null {
  return plans.length > 0 ? (plans[plans.length - 1] as P) : null;
}

type ApprovalView = CaseFileView['approvals'][number];

/**
 * What a 결재 is about, in the words of the case view: "2차 서비스계획 (동의일 …)" or "종결 (…)".
 * Plans are told apart by their number, as on the case view; never by their id.
 */
export function approvalTargetLabel(approval: ApprovalView, file: CaseFileView): string {
  if (approval.subject === 'closure') {
    const closure = file.closures.find((c) => c.closureId === approval.targetId);
    return `종결${closure?.closedOn ? ` (종결일 ${closure.closedOn})` : ''}`;
  }
  const index = file.plans.findIndex((p) => p.planId === approval.targetId);
  if (index < 0) return '서비스계획';
  const plan = file.plans[index];
  return `${index + 1}차 서비스계획${plan?.consentDate ? ` (동의일 ${plan.consentDate})` : ''}`;
}

/** The 결재 requests still waiting for the 복지팀장, oldest first. */
export function waitingApprovals(file: CaseFileView): ApprovalView[] {
  return file.approvals
    .filter((a) => a.status === 'requested')
    .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
}

/**
 * What may be sent for 결재 now: the latest plan and the latest closure, each unless a request for
 * it is waiting or already approved (the server refuses those the same way).
 */
export function approvalSubjectsOpen(file: CaseFileView): ApprovalSubject[] {
  const standing = (targetId: string) =>
    file.approvals.some((a) => a.targetId === targetId && a.status !== 'returned');
  const plan = latestPlan(file.plans);
  const closure = file.closure;
  const open: ApprovalSubject[] = [];
  if (plan && !standing(plan.planId)) open.push('plan');
  if (closure && !standing(closure.closureId)) open.push('closure');
  return open;
}
