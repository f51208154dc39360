/**
 * One due-date rule for everything that shows a due date (docs/decisions/0008): whenever a command
 * changes a case, the rules of domain/due-items.ts run over that case's records and their result is
 * stored on the case row: the schedule itself, and the 다음 점검일 / 다음 재사정일 the case view shows.
 * 오늘 할 일 and the case list then read the 사례 tab alone and can never disagree with the case view.
 * The daily run recomputes every case from all records, which also picks up rows typed by hand.
 */
import { dueSchedule, encodeDueSchedule, nextDueOf, type DueRule } from '../domain/due-items';
import type { CaseRecord } from '../domain/records';
import type { Settings } from '../domain/settings';
import type { TableDef } from '../db/table';
import * as T from '../db/tables';
import { loadSettings } from './case-rows';
import type { UnitOfWork } from './unit-of-work';

/**
 * The records the due rules read besides the cases, each from its tab: `read` decides whether that
 * is one case's rows (a save) or the whole tab (the daily run).
 */
export function dueRecordsOf(read: <R extends { caseNo: string }>(def: TableDef<R>) => R[]) {
  return {
    intakes: read(T.INTAKES),
    assessments: read(T.ASSESSMENTS),
    conferences: read(T.CONFERENCES),
    plans: read(T.PLANS),
    planItems: read(T.PLAN_ITEMS),
    checks: read(T.CHECKS),
    closures: read(T.CLOSURES),
    followUps: read(T.FOLLOW_UPS),
    activities: read(T.ACTIVITIES),
  };
}

export function refreshDueSchedules(work: UnitOfWork): void {
  const touched = work.touchedCases();
  if (touched.length === 0) return;
  const settings = loadSettings(work);
  for (const { record, isNew } of touched) {
    const read = <R extends { caseNo: string }>(def: TableDef<R>) =>
      work.caseRecordsAfter(def, record.caseNo, isNew);
    const schedule = dueSchedule(
      {
        case: record,
        ...dueRecordsOf(read),
      },
      settings,
    );
    Object.assign(record, scheduleFields(schedule, settings));
  }
}

/** The case row's due fields for a schedule: what the case view, the list and 오늘 할 일 all show. */
export function scheduleFields(
  schedule: readonly DueRule[],
  settings: Settings,
): Pick<CaseRecord, 'dueSchedule' | 'nextCheckDue' | 'nextReassessmentDue'> {
  return {
    dueSchedule: encodeDueSchedule(schedule),
    nextCheckDue: nextDueOf(schedule, 'check', settings),
    nextReassessmentDue:
      nextDueOf(schedule, 'reassessment', settings) ??
      nextDueOf(schedule, 'assessmentDeadline', settings) ??
      null,
  };
}
