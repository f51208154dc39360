/**
 * A case's file as it stands once a unit of work commits: what getCase shows and what every case
 * command returns, so the sidebar need not ask again after a save.
 */
import { assembleCaseFile, NEXT_DUE_LABELS, nextScheduledDue, type CaseFile } from '../domain/case-file';
import { seoulDateKey, type DateKey } from '../domain/dates';
import type { DueKind } from '../domain/due-items';
import type { HouseholdView } from '../domain/household';
import type { RowProblem, TableDef } from '../db/table';
import * as T from '../db/tables';
import { findCase } from './case-rows';
import { readReminderSettings } from './due-snapshot';
import { householdOf } from './household-view';
import type { UnitOfWork } from './unit-of-work';

/** What is due first for the case, as 오늘 할 일 and the case card name it. */
export interface NextDue {
  kind: DueKind;
  dueOn: DateKey;
  label: string;
}

export type CaseFileWithProblems = CaseFile & {
  nextDue: NextDue | null;
  problems: RowProblem[];
  /** 가구 (issue 14): the 가구원 rows and the other cases of the household (src/app/household-view.ts). */
  household: HouseholdView;
};

/**
 * The case file as it stands once `work` commits: read case by case (a TextFinder per table), so it
 * costs the case's rows, not the workbook. Commands return it, so the sidebar need not ask again.
 */
export function caseFileAfter(work: UnitOfWork, caseNo: string): CaseFileWithProblems {
  const row = findCase(work, caseNo);
  const read = <R extends { caseNo: string }>(def: TableDef<R>) => work.caseRecordsAfter(def, caseNo);
  const file = assembleCaseFile(
    row.record,
    {
      intakes: read(T.INTAKES),
      assessments: read(T.ASSESSMENTS),
      needs: read(T.NEEDS),
      conferences: read(T.CONFERENCES),
      consents: read(T.CONSENTS),
      plans: read(T.PLANS),
      // In the order they were planned, whatever order a person sorted the tab into.
      planItems: read(T.PLAN_ITEMS).sort((x, y) => x.itemId.localeCompare(y.itemId, 'ko', { numeric: true })),
      checks: read(T.CHECKS),
      closures: read(T.CLOSURES),
      followUps: read(T.FOLLOW_UPS),
      advocacy: read(T.ADVOCACY),
      activities: read(T.ACTIVITIES),
      approvals: read(T.APPROVALS),
    },
    // Read whole with the case's batch (unit-of-work.ts CASE_COMMAND_TABLES): no extra round trip.
    work.rows(T.STAFF).map((r) => r.record),
  );
  // The one due rule, read from the schedule stored on the case row with the centre's holidays:
  // the case view then names the date 오늘 할 일 names (a 욕구사정-stage case: its 서비스계획 기한).
  const { settings } = readReminderSettings(work);
  const due = nextScheduledDue(row.record, seoulDateKey(work.ctx.now()), settings.extraHolidays);
  const nextDue = due ? { ...due, label: NEXT_DUE_LABELS[due.kind] } : null;
  const household = householdOf(work, row.record);
  return { ...file, nextDue, household, problems: work.problems().slice(0, 20) };
}
