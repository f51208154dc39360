import {
  assembleCaseFile,
  caseSummary,
  matchesCaseQuery,
  nextFollowUps,
  type CaseFile,
  type CaseSummary,
} from '../domain/case-file';
import { seoulDateKey } from '../domain/dates';
import { readSettings } from '../domain/settings';
import { getCaseInput, listCasesInput } from '../domain/schemas';
import { parseInput } from '../domain/validation';
import { readTable, type RowProblem, type TableDef } from '../db/table';
import * as T from '../db/tables';
import type { AppContext } from './context';
import { findCase } from './case-rows';
import { UnitOfWork } from './unit-of-work';

/** The whole case: every stage's records, a timeline, and what is due next. Reads; writes nothing. */
export function getCase(ctx: AppContext, payload: unknown): CaseFileWithProblems {
  const input = parseInput(getCaseInput, payload);
  return caseFileAfter(new UnitOfWork(ctx), input.caseNo);
}

export type CaseFileWithProblems = CaseFile & { problems: RowProblem[] };

/**
 * The case file as it stands once `work` commits: read case by case (a TextFinder per table), so it
 * costs the case's rows, not the workbook. Commands return it, so the sidebar need not ask again.
 */
export function caseFileAfter(work: UnitOfWork, caseNo: string): CaseFileWithProblems {
  const row = findCase(work, caseNo);
  const read = <R extends { caseNo: string }>(def: TableDef<R>) => work.caseRecordsAfter(def, caseNo);
  const file = assembleCaseFile(row.record, {
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
  });
  return { ...file, problems: work.problems().slice(0, 20) };
}

/** Cases filtered by stage, owner and a search over name, case number and phone; overdue first. */
export function listCases(
  ctx: AppContext,
  payload: unknown,
): { cases: CaseSummary[]; today: string; currentUser: string; problemCount: number } {
  const input = parseInput(listCasesInput, payload ?? {});
  const today = seoulDateKey(ctx.now());
  const snapshot = readTable(ctx.spreadsheet, T.CASES);
  const followUpsDue = nextFollowUps(
    readTable(ctx.spreadsheet, T.CLOSURES).rows.map((r) => r.record),
    readTable(ctx.spreadsheet, T.FOLLOW_UPS).rows.map((r) => r.record),
  );
  // The cards' due dates move off days off as 오늘 할 일 moves them (the 설정 tab's extra holidays).
  const { settings } = readSettings(readTable(ctx.spreadsheet, T.SETTINGS).rows.map((r) => r.record));
  const query = (input.query ?? '').trim().toLowerCase();
  const cases = snapshot.rows
    .map((row) => row.record)
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
  return { cases, today, currentUser: ctx.currentUser(), problemCount: snapshot.problems.length };
}
