/**
 * What needs doing today, case by case: the handbook's reminder rules and DOMAIN.md's time rules
 * as pure functions of the records, today's date and the 설정 values. The daily digest, the
 * 대시보드 tab and the sidebar's "오늘 할 일" all call `dueItems`, so the three never disagree.
 *
 * Everything is derived from the records themselves (assessments, checks, plan items, follow-ups)
 * rather than from the case row's "다음 점검일" columns, so data typed into the tabs by hand is
 * covered too. A due date that falls on a day off moves to the previous working day.
 */
import { addDays, addMonths, daysBetween, maxDateKey, type DateKey } from './dates';
import { previousWorkingDay } from './holidays';
import type * as R from './records';
import type { Settings } from './settings';
import { isOpen } from './workflow';

export const DUE_KINDS = {
  reassessment: '재사정',
  check: '점검',
  planItemEnd: '이행여부 기록',
  followUp: '사후관리',
  assessmentDeadline: '욕구사정 기한',
  planDeadline: '서비스계획 기한',
  noOwner: '담당자 없음',
  inactive: '활동 없음',
  reopenReview: '재개 검토',
} as const;
export type DueKind = keyof typeof DUE_KINDS;
export type DueStatus = 'overdue' | 'dueSoon';

export interface DueItem {
  kind: DueKind;
  status: DueStatus;
  caseNo: string;
  clientName: string;
  /** '' when the case has no owner. */
  caseManager: string;
  /** The day it is due, moved to a working day. */
  dueOn: DateKey;
  /** The day the rule gives before a day off moved it (equal to dueOn when nothing moved). */
  ruleDueOn: DateKey;
  /** Days past due: 0 = due today, negative = days left. */
  daysOverdue: number;
  /** What to do, in Korean. Never contains what the client said: digests carry it by e-mail. */
  title: string;
  /** Why it is due: only dates, ids and setting values, for the same reason. */
  reason: string;
  /** The plan item or follow-up the line is about, '' when it is about the whole case. */
  refId: string;
}

/** The tables the rules read; the same shape the use cases read them in. */
export interface ReminderRecords {
  cases: readonly R.CaseRecord[];
  intakes: readonly R.IntakeRecord[];
  assessments: readonly R.AssessmentRecord[];
  conferences: readonly R.ConferenceRecord[];
  plans: readonly R.PlanRecord[];
  planItems: readonly R.PlanItemRecord[];
  checks: readonly R.CheckRecord[];
  closures: readonly R.ClosureRecord[];
  followUps: readonly R.FollowUpRecord[];
  /** 활동 기록: contacts between checks; they count for the due rules only where 설정 says so. */
  activities: readonly R.ActivityRecord[];
}

/** Most urgent first: overdue by how late, then due soon by date; one case's lines stay in rule order. */
const KIND_ORDER = Object.keys(DUE_KINDS) as DueKind[];

export function compareDueItems(a: DueItem, b: DueItem): number {
  if (a.status !== b.status) return a.status === 'overdue' ? -1 : 1;
  return (
    b.daysOverdue - a.daysOverdue ||
    a.caseNo.localeCompare(b.caseNo) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    a.refId.localeCompare(b.refId)
  );
}

export function dueItems(records: ReminderRecords, today: DateKey, settings: Settings): DueItem[] {
  const byCase = groupByCase(records);
  const items: DueItem[] = [];
  for (const record of records.cases) {
    const group = byCase.get(record.caseNo) ?? emptyGroup();
    items.push(...dueItemsFromSchedule(record, rulesFor(record, group, settings), today, settings));
  }
  return items.sort(compareDueItems);
}

/**
 * A case's schedule: every due date its records give, before today decides which are worth a line.
 * Commands store it on the case row (`dueSchedule`), so 오늘 할 일 and the case list read one table
 * and still apply exactly these rules.
 */
export function dueSchedule(
  records: Omit<ReminderRecords, 'cases'> & { case: R.CaseRecord },
  settings: Settings,
): DueRule[] {
  const group = groupByCase({ ...records, cases: [records.case] }).get(records.case.caseNo) ?? emptyGroup();
  return rulesFor(records.case, group, settings);
}

/** Today's lines of one case from its schedule: overdue, or inside the rule's window. */
export function dueItemsFromSchedule(
  record: R.CaseRecord,
  schedule: readonly DueRule[],
  today: DateKey,
  settings: Settings,
): DueItem[] {
  return schedule
    .map((rule) => classify(record, rule, today, settings))
    .filter((item): item is DueItem => item !== null);
}

/** The next day a rule of `kind` falls due in a schedule (moved to a working day), or null. */
export function nextDueOf(schedule: readonly DueRule[], kind: DueKind, settings: Settings): DateKey | null {
  const dates = schedule
    .filter((rule) => rule.kind === kind)
    .map((rule) => (rule.shift ? previousWorkingDay(rule.ruleDueOn, settings.extraHolidays) : rule.ruleDueOn))
    .sort();
  return dates[0] ?? null;
}

/** What a rule proposes before today decides whether it is overdue, due soon or not yet worth a line. */
export interface DueRule {
  kind: DueKind;
  ruleDueOn: DateKey;
  /** Days before the due date from which it is shown; null: only once overdue. */
  window: number | null;
  /** Facts (no owner, no activity) are not moved to a working day: they are not appointments. */
  shift: boolean;
  title: string;
  reason: string;
  refId?: string;
}

function classify(record: R.CaseRecord, c: DueRule, today: DateKey, settings: Settings): DueItem | null {
  const dueOn = c.shift ? previousWorkingDay(c.ruleDueOn, settings.extraHolidays) : c.ruleDueOn;
  const daysOverdue = daysBetween(dueOn, today);
  let status: DueStatus;
  if (daysOverdue > 0) status = 'overdue';
  else if (c.window !== null && -daysOverdue <= c.window) status = 'dueSoon';
  else return null;
  return {
    kind: c.kind,
    status,
    caseNo: record.caseNo,
    clientName: record.clientName,
    caseManager: record.caseManager.trim(),
    dueOn,
    ruleDueOn: c.ruleDueOn,
    daysOverdue,
    title: c.title,
    reason: c.reason,
    refId: c.refId ?? '',
  };
}

interface CaseGroup {
  intakes: R.IntakeRecord[];
  assessments: R.AssessmentRecord[];
  conferences: R.ConferenceRecord[];
  plans: R.PlanRecord[];
  planItems: R.PlanItemRecord[];
  checks: R.CheckRecord[];
  closures: R.ClosureRecord[];
  followUps: R.FollowUpRecord[];
  activities: R.ActivityRecord[];
}

function emptyGroup(): CaseGroup {
  return {
    intakes: [],
    assessments: [],
    conferences: [],
    plans: [],
    planItems: [],
    checks: [],
    closures: [],
    followUps: [],
    activities: [],
  };
}

/** One pass over each table: the rules then look at one case's rows only, whatever the caseload. */
function groupByCase(records: ReminderRecords): Map<string, CaseGroup> {
  const groups = new Map<string, CaseGroup>();
  const add = <K extends keyof CaseGroup>(key: K, rows: readonly CaseGroup[K][number][]) => {
    for (const row of rows) {
      let group = groups.get(row.caseNo);
      if (!group) groups.set(row.caseNo, (group = emptyGroup()));
      (group[key] as CaseGroup[K][number][]).push(row);
    }
  };
  add('intakes', records.intakes);
  add('assessments', records.assessments);
  add('conferences', records.conferences);
  add('plans', records.plans);
  add('planItems', records.planItems);
  add('checks', records.checks);
  add('closures', records.closures);
  add('followUps', records.followUps);
  add('activities', records.activities);
  return groups;
}

function rulesFor(record: R.CaseRecord, g: CaseGroup, s: Settings): DueRule[] {
  const candidates: (DueRule | null)[] = [];
  if (isOpen(record.stage)) {
    candidates.push(noOwner(record));
    candidates.push(assessmentDeadline(record, g, s));
    candidates.push(planDeadline(record, g, s));
    candidates.push(reassessment(record, g, s));
    candidates.push(check(record, g, s));
    candidates.push(...planItemEnds(record, g, s));
    candidates.push(inactive(record, g, s));
  } else if (record.stage === 'followUp') {
    candidates.push(...followUps(g, s));
    candidates.push(reopenReview(g));
  }
  return candidates.filter((c): c is DueRule => c !== null);
}

function intakeDate(record: R.CaseRecord, g: CaseGroup): DateKey | null {
  return g.intakes[0]?.intakeDate ?? record.openedOn;
}

function noOwner(record: R.CaseRecord): DueRule | null {
  if (record.caseManager.trim() !== '' || !record.openedOn) return null;
  return {
    kind: 'noOwner',
    ruleDueOn: record.openedOn,
    window: 0,
    shift: false,
    title: '담당 사례관리자 지정',
    reason: `접수 ${record.openedOn}, 담당 사례관리자가 비어 있음`,
  };
}

/** 접수 → 욕구·위기도 조사 within `intakeToAssessmentDays`. */
function assessmentDeadline(record: R.CaseRecord, g: CaseGroup, s: Settings): DueRule | null {
  const received = intakeDate(record, g);
  if (record.stage !== 'intake' || g.assessments.length > 0 || !received) return null;
  return {
    kind: 'assessmentDeadline',
    ruleDueOn: addDays(received, s.intakeToAssessmentDays),
    window: s.dueSoonDays,
    shift: true,
    title: '욕구사정(욕구·위기도 조사) 하기',
    reason: `접수 ${received} 후 ${s.intakeToAssessmentDays}일 안`,
  };
}

/** 접수 → 계획 within `intakeToPlanDays`, and 선정 → 계획 within `selectionToPlanDays`: the earlier. */
function planDeadline(record: R.CaseRecord, g: CaseGroup, s: Settings): DueRule | null {
  if (g.plans.length > 0 || (record.stage !== 'intake' && record.stage !== 'assessment')) return null;
  const options: { due: DateKey; reason: string }[] = [];
  const received = intakeDate(record, g);
  if (received)
    options.push({
      due: addDays(received, s.intakeToPlanDays),
      reason: `접수 ${received} 후 ${s.intakeToPlanDays}일 안`,
    });
  if (record.selectedOn)
    options.push({
      due: addDays(record.selectedOn, s.selectionToPlanDays),
      reason: `대상자 선정 ${record.selectedOn} 후 ${s.selectionToPlanDays}일 안`,
    });
  const first = options.sort((a, b) => a.due.localeCompare(b.due))[0];
  if (!first) return null;
  return {
    kind: 'planDeadline',
    ruleDueOn: first.due,
    window: s.dueSoonDays,
    shift: true,
    title: '서비스제공 계획 수립·동의',
    reason: first.reason,
  };
}

/**
 * At least every `reassessmentMonths` after the last assessment; sooner ("now") when a check since
 * then flagged a change of needs or marked an item 재사정, or when the case was re-opened.
 */
function reassessment(record: R.CaseRecord, g: CaseGroup, s: Settings): DueRule | null {
  if (record.stage !== 'assessment' && record.stage !== 'intervention') return null;
  const last = maxDateKey(g.assessments.map((a) => a.assessedOn));
  const reopened = maxDateKey(g.closures.map((c) => c.reopenedOn));
  // A case re-opened before it was ever assessed is due for its assessment the day it came back.
  if (!last && reopened)
    return {
      kind: 'reassessment',
      ruleDueOn: reopened,
      window: s.dueSoonDays,
      shift: true,
      title: '재사정 하기',
      reason: `${reopened} 사례 재개`,
    };
  if (!last) return null;
  const triggers: { on: DateKey; reason: string }[] = [];
  for (const c of g.checks)
    if (c.needsChanged && c.checkedOn && c.checkedOn > last)
      triggers.push({ on: c.checkedOn, reason: `${c.checkedOn} 점검에서 욕구 변화` });
  for (const i of g.planItems)
    if (i.outcome === 'reassess' && i.outcomeOn && i.outcomeOn > last)
      triggers.push({ on: i.outcomeOn, reason: `${i.outcomeOn} 항목 ${i.itemId} 이행여부 '재사정'` });
  for (const c of g.closures)
    if (c.reopenedOn && c.reopenedOn > last)
      triggers.push({ on: c.reopenedOn, reason: `${c.reopenedOn} 사례 재개` });
  const first = triggers.sort((a, b) => a.on.localeCompare(b.on))[0];
  const annual = addMonths(last, s.reassessmentMonths);
  if (first && first.on < annual) {
    return {
      kind: 'reassessment',
      ruleDueOn: first.on,
      window: s.dueSoonDays,
      shift: true,
      title: '재사정 하기',
      reason: first.reason,
    };
  }
  return {
    kind: 'reassessment',
    ruleDueOn: annual,
    window: s.reassessmentDueSoonDays,
    shift: true,
    title: '정기 재사정 하기',
    reason: `마지막 욕구사정 ${last} 후 ${s.reassessmentMonths}개월`,
  };
}

/**
 * The days of the 활동 기록 that count as contact: every kind (직접실천 and 간접실천 alike) when the
 * centre's 설정 says so, none otherwise. The check rule and the inactivity rule both read this.
 */
function activityContacts(g: CaseGroup, s: Settings): (DateKey | null)[] {
  return s.activityCountsAsCheck ? g.activities.map((a) => a.on) : [];
}

/**
 * The next check: one cycle after the latest contact (a check, the plan's agreement, or an activity
 * where 설정 counts activities as contact). The cycle
 * is the shortest one written into an active plan item's 점검방법 ("월 1회 전화", "격주 방문"), or
 * the default contact cycle when no item says. 횟수(회/1주당) is how often the *service* is
 * delivered, not how often the case manager checks, so it does not set the cycle.
 */
function check(record: R.CaseRecord, g: CaseGroup, s: Settings): DueRule | null {
  if (record.stage !== 'intervention' || g.plans.length === 0) return null;
  const contacts = activityContacts(g, s);
  const last = maxDateKey([
    ...g.checks.map((c) => c.checkedOn),
    ...g.plans.map((p) => p.consentDate),
    ...contacts,
  ]);
  if (!last) return null;
  let cycle = s.checkCycleDays;
  let source = `기본 점검 주기 ${s.checkCycleDays}일`;
  let refId = '';
  for (const item of g.planItems) {
    if (item.outcome === 'achieved' || (item.endDate && item.endDate < last)) continue;
    const days = checkCycleFromText(item.checkMethod);
    if (days !== null && days < cycle) {
      cycle = days;
      source = `항목 ${item.itemId}의 점검 주기 ${days}일`;
      refId = item.itemId;
    }
  }
  return {
    kind: 'check',
    ruleDueOn: addDays(last, cycle),
    window: s.dueSoonDays,
    shift: true,
    title: '점검(모니터링) 하기',
    reason: `마지막 ${contacts.includes(last) ? '활동 기록' : '점검·계획'} ${last} 후 ${source}`,
    refId,
  };
}

/** A plan item whose end date is near or past while its 이행여부 is still blank. */
function planItemEnds(record: R.CaseRecord, g: CaseGroup, s: Settings): DueRule[] {
  if (record.stage !== 'intervention') return [];
  return g.planItems
    .filter((item) => item.endDate && item.outcome === null)
    .map((item) => ({
      kind: 'planItemEnd' as const,
      ruleDueOn: item.endDate as DateKey,
      window: s.dueSoonDays,
      shift: true,
      title: '서비스 종료: 이행여부(달성·연장·재사정) 기록',
      reason: `항목 ${item.itemId} 서비스 종료일 ${item.endDate}`,
      refId: item.itemId,
    }));
}

/** Nothing recorded for a long time: the case may have fallen through the cracks. */
function inactive(record: R.CaseRecord, g: CaseGroup, s: Settings): DueRule | null {
  const last = maxDateKey([
    record.openedOn,
    ...g.intakes.map((i) => i.intakeDate),
    ...g.assessments.map((a) => a.assessedOn),
    ...g.conferences.map((c) => c.heldOn),
    ...g.plans.map((p) => p.consentDate),
    ...g.planItems.map((i) => i.outcomeOn),
    ...g.checks.map((c) => c.checkedOn),
    ...g.closures.map((c) => c.reopenedOn),
    ...activityContacts(g, s),
  ]);
  if (!last) return null;
  return {
    kind: 'inactive',
    ruleDueOn: addDays(last, s.inactivityDays),
    window: null,
    shift: false,
    title: '오랫동안 기록 없음: 사례 상황 확인',
    reason: `마지막 기록 ${last} 후 ${s.inactivityDays}일 넘게 기록 없음`,
  };
}

/** The scheduled 사후관리 contacts of the latest closure that have not happened yet. */
function followUps(g: CaseGroup, s: Settings): DueRule[] {
  const closure = [...g.closures].sort((a, b) => String(a.closedOn).localeCompare(String(b.closedOn))).pop();
  const scheduled = g.followUps
    .filter((f) => f.dueOn && (!closure || !f.closureId || f.closureId === closure.closureId))
    .sort((a, b) => String(a.dueOn).localeCompare(String(b.dueOn)));
  return scheduled.flatMap((f, index) =>
    f.contactedOn
      ? []
      : [
          {
            kind: 'followUp' as const,
            ruleDueOn: f.dueOn as DateKey,
            window: s.dueSoonDays,
            shift: true,
            title: '사후관리 연락',
            reason: `종결 ${closure?.closedOn ?? '?'} 후 사후관리 ${index + 1}/${scheduled.length}회차`,
            refId: f.followUpId,
          },
        ],
  );
}

/**
 * A 사후관리 contact that found a new crisis raises the alarm: the case manager decides at once
 * whether to re-open the case (recordFollowUp keeps such a case in 사후관리 until then).
 */
function reopenReview(g: CaseGroup): DueRule | null {
  const closure = [...g.closures].sort((a, b) => String(a.closedOn).localeCompare(String(b.closedOn))).pop();
  // Only the latest contact counts: a later one that found things well again clears the alarm.
  const crisis = g.followUps
    .filter((f) => f.contactedOn && (!closure || f.closureId === closure.closureId))
    .sort((a, b) => String(a.contactedOn).localeCompare(String(b.contactedOn)))
    .pop();
  if (!crisis?.newCrisis || !crisis.contactedOn) return null;
  return {
    kind: 'reopenReview',
    ruleDueOn: crisis.contactedOn,
    window: 0,
    shift: false,
    title: '재개 검토',
    reason: `사후관리 ${crisis.contactedOn}에 새 위기 발견: 사례 재개 여부를 정하세요`,
    refId: crisis.followUpId,
  };
}

const MIN_CYCLE = 7;
const MAX_CYCLE = 365;

/**
 * The check cycle a person wrote into 점검방법, in days, or null when the text names none. Reminders
 * come at most weekly: "매일 전화" describes the service, and a daily e-mail would be ignored.
 */
export function checkCycleFromText(text: string): number | null {
  const t = text.replace(/\s+/g, '');
  if (t === '') return null;
  const every = '(?:마다|에한번|에1회|간격|주기|1회|씩)';
  const rules: [RegExp, (m: RegExpExecArray) => number][] = [
    [new RegExp(`(\\d+)일${every}`), (m) => Number(m[1])],
    [new RegExp(`(\\d+)주${every}`), (m) => 7 * Number(m[1])],
    [new RegExp(`(\\d+)(?:개월|달)${every}`), (m) => 30 * Number(m[1])],
    [/격주/, () => 14],
    [/격월/, () => 60],
    [/분기/, () => 91],
    [/반기|반년/, () => 182],
    [/매년|연1회|년1회/, () => 365],
    [/월(\d+)회/, (m) => Math.round(30 / Math.max(1, Number(m[1])))],
    [/매월|매달|월1회|한달|월간|monthly/i, () => 30],
    [/매주|주(\d+)회|주간|weekly/i, () => 7],
    [/매일|daily/i, () => 7],
  ];
  for (const [pattern, days] of rules) {
    const match = pattern.exec(t);
    if (match) {
      const value = days(match);
      if (Number.isFinite(value) && value > 0) return Math.min(MAX_CYCLE, Math.max(MIN_CYCLE, value));
    }
  }
  return null;
}

/** Per case manager: caseload and what is overdue, for the 대시보드 and the supervisor's digest. */
export interface ManagerSummary {
  /** '' for cases without an owner. */
  caseManager: string;
  openCases: number;
  followUpCases: number;
  overdueChecks: number;
  overdueReassessments: number;
  /** Follow-up contacts overdue or due soon. */
  followUpsDue: number;
  overdueOther: number;
  overdue: number;
  dueSoon: number;
}

export type ManagerCounts = Omit<ManagerSummary, 'caseManager'>;

function noCounts(): ManagerCounts {
  return {
    openCases: 0,
    followUpCases: 0,
    overdueChecks: 0,
    overdueReassessments: 0,
    followUpsDue: 0,
    overdueOther: 0,
    overdue: 0,
    dueSoon: 0,
  };
}

/** The whole 동's line under the managers' lines: each count added up. */
export function sumCounts(summaries: readonly ManagerCounts[]): ManagerCounts {
  const total = noCounts();
  for (const s of summaries)
    for (const key of Object.keys(total) as (keyof ManagerCounts)[]) total[key] += s[key];
  return total;
}

export function summarizeByManager(
  cases: readonly R.CaseRecord[],
  items: readonly DueItem[],
): ManagerSummary[] {
  const rows = new Map<string, ManagerSummary>();
  const row = (manager: string) => {
    let summary = rows.get(manager);
    if (!summary) {
      summary = { caseManager: manager, ...noCounts() };
      rows.set(manager, summary);
    }
    return summary;
  };
  for (const c of cases) {
    if (isOpen(c.stage)) row(c.caseManager.trim()).openCases++;
    else if (c.stage === 'followUp') row(c.caseManager.trim()).followUpCases++;
  }
  for (const item of items) {
    const summary = row(item.caseManager);
    if (item.kind === 'followUp') summary.followUpsDue++;
    if (item.status === 'dueSoon') {
      summary.dueSoon++;
      continue;
    }
    summary.overdue++;
    if (item.kind === 'check') summary.overdueChecks++;
    else if (item.kind === 'reassessment') summary.overdueReassessments++;
    else if (item.kind !== 'followUp') summary.overdueOther++;
  }
  // Named managers alphabetically, the cases without an owner last.
  return [...rows.values()].sort(
    (a, b) =>
      Number(a.caseManager === '') - Number(b.caseManager === '') ||
      a.caseManager.localeCompare(b.caseManager),
  );
}

/** "3일 지남", "오늘", "2일 남음": how a line reads in the digest, the sidebar and the dashboard. */
export function whenLabel(item: Pick<DueItem, 'daysOverdue'>): string {
  if (item.daysOverdue > 0) return `${item.daysOverdue}일 지남`;
  if (item.daysOverdue === 0) return '오늘';
  return `${-item.daysOverdue}일 남음`;
}

/** The schedule as it is kept in its cell on the case row: compact JSON, written only by the add-on. */
export function encodeDueSchedule(schedule: readonly DueRule[]): string {
  return JSON.stringify(
    schedule.map((r) => [r.kind, r.ruleDueOn, r.window, r.shift ? 1 : 0, r.title, r.reason, r.refId ?? '']),
  );
}

/** Null when the cell is empty or was changed by hand into something else: the schedule is then unknown. */
export function decodeDueSchedule(text: string): DueRule[] | null {
  if (text.trim() === '') return null;
  try {
    const rows: unknown = JSON.parse(text);
    if (!Array.isArray(rows)) return null;
    const rules: DueRule[] = [];
    for (const row of rows) {
      if (!Array.isArray(row) || row.length !== 7) return null;
      const [kind, ruleDueOn, window, shift, title, reason, refId] = row as unknown[];
      if (typeof kind !== 'string' || !(kind in DUE_KINDS)) return null;
      if (typeof ruleDueOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(ruleDueOn)) return null;
      if (window !== null && typeof window !== 'number') return null;
      if (typeof title !== 'string' || typeof reason !== 'string' || typeof refId !== 'string') return null;
      rules.push({
        kind: kind as DueKind,
        ruleDueOn,
        window,
        shift: shift === 1,
        title,
        reason,
        ...(refId ? { refId } : {}),
      });
    }
    return rules;
  } catch {
    return null;
  }
}
