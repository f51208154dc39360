import {
  assembleCaseFile,
  caseSummary,
  nextFollowUps,
  type CaseFile,
  type CaseSummary,
} from '../domain/case-file';
import { seoulDateKey } from '../domain/dates';
import { getCaseInput, listCasesInput } from '../domain/schemas';
import { parseInput } from '../domain/validation';
import { readTable, type RowProblem, type TableDef } from '../db/table';
import * as T from '../db/tables';
import type { AppContext } from './context';
import { findCase } from './case-rows';
import { UnitOfWork } from './unit-of-work';

/** The whole case: every stage's records, a timeline, and what is due next. Reads; writes nothing. */
export function getCase(ctx: AppContext, payload: unknown): CaseFile & { problems: RowProblem[] } {
  const input = parseInput(getCaseInput, payload);
  const work = new UnitOfWork(ctx);
  const row = findCase(work, input.caseNo);
  const read = <R>(def: TableDef<R>) => work.rows(def).map((r) => r.record);
  const file = assembleCaseFile(row.record, {
    intakes: read(T.INTAKES),
    assessments: read(T.ASSESSMENTS),
    needs: read(T.NEEDS),
    conferences: read(T.CONFERENCES),
    consents: read(T.CONSENTS),
    plans: read(T.PLANS),
    planItems: read(T.PLAN_ITEMS),
    checks: read(T.CHECKS),
    closures: read(T.CLOSURES),
    followUps: read(T.FOLLOW_UPS),
    advocacy: read(T.ADVOCACY),
    activities: read(T.ACTIVITIES),
    approvals: read(T.APPROVALS),
  });
  // Only this case's row of 사례 matters here; other tables' problems may touch any case.
  const problems = work.problems().filter((p) => p.table !== T.CASES.name || p.rowNumber === row.rowNumber);
  return { ...file, problems: problems.slice(0, 20) };
}

/** Cases filtered by stage, owner and a search over name and case number; overdue first. */
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
  const query = (input.query ?? '').trim().toLowerCase();
  const cases = snapshot.rows
    .map((row) => row.record)
    .filter((c) => !input.stage || c.stage === input.stage)
    .filter((c) => !input.caseManager || c.caseManager === input.caseManager)
    .filter(
      (c) => !query || c.clientName.toLowerCase().includes(query) || c.caseNo.toLowerCase().includes(query),
    )
    .map((c) => caseSummary(c, today, c.stage === 'followUp' ? (followUpsDue.get(c.caseNo) ?? null) : null))
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        String(a.nextDue ?? '9').localeCompare(String(b.nextDue ?? '9')) ||
        a.caseNo.localeCompare(b.caseNo),
    );
  return { cases, today, currentUser: ctx.currentUser(), problemCount: snapshot.problems.length };
}
