import { caseSummary, matchesCaseQuery, nextFollowUps, type CaseSummary } from '../domain/case-file';
import { seoulDateKey, type DateKey } from '../domain/dates';
import { decodeDueSchedule, nextDueOf } from '../domain/due-items';
import type { CaseRecord } from '../domain/records';
import { getCaseInput, listCasesInput } from '../domain/schemas';
import { parseInput } from '../domain/validation';
import * as T from '../db/tables';
import type { AppContext } from './context';
import { caseFileAfter, type CaseFileWithProblems } from './case-file-after';
import { readReminderSettings } from './due-snapshot';
import { UnitOfWork } from './unit-of-work';

export type { CaseFileWithProblems };

/** The whole case: every stage's records, a timeline, and what is due next. Reads; writes nothing. */
export function getCase(ctx: AppContext, payload: unknown): CaseFileWithProblems {
  const input = parseInput(getCaseInput, payload);
  return caseFileAfter(new UnitOfWork(ctx), input.caseNo);
}

/** Cases filtered by stage, owner and a search over name, case number and phone; overdue first. */
export function listCases(
  ctx: AppContext,
  payload: unknown,
): { cases: CaseSummary[]; today: string; currentUser: string; problemCount: number } {
  const input = parseInput(listCasesInput, payload ?? {});
  const today = seoulDateKey(ctx.now());
  const work = new UnitOfWork(ctx);
  const records = work.rows(T.CASES).map((row) => row.record);
  const followUpsDue = followUpDueDates(work, records);
  // The cards' due dates move off days off as 오늘 할 일 moves them (the 설정 tab's extra holidays).
  const { settings } = readReminderSettings(work);
  const query = (input.query ?? '').trim().toLowerCase();
  const cases = records
    .filter((c) => !input.stage || c.stage === input.stage)
    .filter((c) => !input.caseManager || c.caseManager === input.caseManager)
    .filter((c) => matchesCaseQuery(c, query))
    .map((c) =>
      caseSummary(
        c,
        today,
        c.stage === 'followUp' ? (followUpsDue.get(c.caseNo) ?? null) : null,
        settings.extraHolidays,
      ),
    )
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        String(a.nextDue ?? '9').localeCompare(String(b.nextDue ?? '9')) ||
        a.caseNo.localeCompare(b.caseNo),
    );
  return { cases, today, currentUser: ctx.currentUser(), problemCount: work.problems().length };
}

/**
 * Each 사후관리 case's next follow-up, by the one due rule: from the schedule stored on its 사례
 * row (one small 설정 read besides), or, where a case has none yet, from the 종결 and 사후관리 tabs.
 */
function followUpDueDates(work: UnitOfWork, records: readonly CaseRecord[]): Map<string, DateKey | null> {
  const inFollowUp = records.filter((c) => c.stage === 'followUp');
  const schedules = inFollowUp.map((c) => [c.caseNo, decodeDueSchedule(c.dueSchedule)] as const);
  if (schedules.some(([, schedule]) => schedule === null))
    return nextFollowUps(
      work.rows(T.CLOSURES).map((r) => r.record),
      work.rows(T.FOLLOW_UPS).map((r) => r.record),
    );
  const { settings } = readReminderSettings(work);
  return new Map(
    schedules.map(([caseNo, schedule]) => [caseNo, nextDueOf(schedule ?? [], 'followUp', settings)]),
  );
}
