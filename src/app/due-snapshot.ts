/**
 * Everything the reminder rules need, read once: one getValues per table whatever the caseload,
 * then `dueItems` in memory. Shared by the daily run, the 대시보드 and the sidebar's 오늘 할 일.
 */
import { seoulDateKey, type DateKey } from '../domain/dates';
import {
  compareDueItems,
  decodeDueSchedule,
  dueItems,
  dueItemsFromSchedule,
  type DueItem,
} from '../domain/due-items';
import type { AdvocacyRecord, ApprovalRecord, CaseRecord, StaffRecord } from '../domain/records';
import { readSettings, type Settings } from '../domain/settings';
import type { TableDef } from '../db/table';
import * as T from '../db/tables';
import { dueRecordsOf } from './due-schedule';
import type { UnitOfWork } from './unit-of-work';

export interface DueSnapshot {
  today: DateKey;
  settings: Settings;
  settingProblems: string[];
  cases: CaseRecord[];
  /** The 사례 tab's row of each case, for links that open it. */
  caseRows: Map<string, number>;
  items: DueItem[];
  /** Rows broken by hand in the tables read (counted, not fatal). */
  brokenRows: number;
  /** 권익옹호 records, for the supervisor's count of service-system gaps. */
  advocacy: AdvocacyRecord[];
  /** 결재 requests still waiting for the 복지팀장. */
  approvalsWaiting: ApprovalRecord[];
  /** 직원 명부, so digests address people by name (none before the tab exists). */
  staff: StaffRecord[];
}

/**
 * Today's lines from the schedules stored on the 사례 rows: one table read, whatever the number of
 * checks and plans. Null when an open case has no readable schedule yet (a workbook from before
 * schedules, or a cell changed by hand): the caller then reads every table (`readDueSnapshot`).
 */
export function readStoredDueItems(
  work: UnitOfWork,
  now: Date,
): Pick<DueSnapshot, 'today' | 'settings' | 'items'> | null {
  const { settings } = readReminderSettings(work);
  const today = seoulDateKey(now);
  const items: DueItem[] = [];
  for (const { record } of work.rows(T.CASES)) {
    const schedule = decodeDueSchedule(record.dueSchedule);
    if (!schedule) {
      if (record.stage === 'closed' || record.stage === 'endedAtIntake') continue;
      return null;
    }
    items.push(...dueItemsFromSchedule(record, schedule, today, settings));
  }
  return { today, settings, items: items.sort(compareDueItems) };
}

/** The settings alone: the daily run checks its hour before reading anything else. */
export function readReminderSettings(work: UnitOfWork): { settings: Settings; problems: string[] } {
  return readSettings(work.rows(T.SETTINGS).map((row) => row.record));
}

export function readDueSnapshot(work: UnitOfWork, now: Date): DueSnapshot {
  const { settings, problems } = readReminderSettings(work);
  const today = seoulDateKey(now);
  const read = <R>(def: TableDef<R>) => work.rows(def).map((row) => row.record);
  const caseRows = work.rows(T.CASES);
  const cases = caseRows.map((row) => row.record);
  const items = dueItems(
    {
      cases,
      ...dueRecordsOf(read),
    },
    today,
    settings,
  );
  return {
    today,
    settings,
    settingProblems: problems,
    cases,
    caseRows: new Map(caseRows.map((row) => [row.record.caseNo, row.rowNumber])),
    items,
    advocacy: read(T.ADVOCACY),
    approvalsWaiting: read(T.APPROVALS).filter((a) => a.status === 'requested'),
    staff: work.ctx.spreadsheet.getSheetByName(T.STAFF.name) ? read(T.STAFF) : [],
    brokenRows: work.problems().length,
  };
}

/** "HH:mm" in Seoul. */
export function seoulTime(instant: Date): string {
  return new Date(instant.getTime() + 9 * 3600_000).toISOString().slice(11, 16);
}

export function seoulHour(instant: Date): number {
  return new Date(instant.getTime() + 9 * 3600_000).getUTCHours();
}
