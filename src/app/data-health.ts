import type { RowProblem, TableDef, TableSnapshot } from '../db/table';
import { readTable } from '../db/table';
import { ALL_TABLES, ASSESSMENTS, CASES, CLOSURES, PLANS } from '../db/tables';
import { unexplainedStage } from '../domain/stage-evidence';
import { noInput } from '../domain/schemas';
import { parseInput } from '../domain/validation';
import type { AppContext } from './context';

const LISTED = 200;

/**
 * The data-health report: every row a person broke by hand (text in a date column, a value not in
 * the dropdown), by tab, row and column, so it can be fixed in the sheet. A missing tab or column is
 * reported the same way instead of failing, and so is a 단계 typed by hand that no record explains.
 * Reads each table once; writes nothing.
 */
export function checkDataHealth(
  ctx: AppContext,
  payload?: unknown,
): { problems: RowProblem[]; total: number; tabs: number } {
  parseInput(noInput, payload ?? {});
  const problems: RowProblem[] = [];
  const read = new Map<string, TableSnapshot<unknown>>();
  for (const def of ALL_TABLES as readonly TableDef<unknown>[]) {
    try {
      const snapshot = readTable(ctx.spreadsheet, def);
      read.set(def.name, snapshot);
      problems.push(...snapshot.problems);
    } catch (error) {
      problems.push({ table: def.name, rowNumber: 1, column: '', problem: (error as Error).message });
    }
  }
  problems.push(...stageProblems(read));
  return { problems: problems.slice(0, LISTED), total: problems.length, tabs: ALL_TABLES.length };
}

function stageProblems(read: ReadonlyMap<string, TableSnapshot<unknown>>): RowProblem[] {
  const rows = <R>(def: TableDef<R>) => (read.get(def.name) as TableSnapshot<R> | undefined)?.rows ?? [];
  const caseNos = (def: TableDef<{ caseNo: string }>) => new Set(rows(def).map((r) => r.record.caseNo));
  const evidence = { assessed: caseNos(ASSESSMENTS), planned: caseNos(PLANS), closed: caseNos(CLOSURES) };
  return rows(CASES).flatMap((row) => {
    const problem = unexplainedStage(row.record.caseNo, row.record.stage, evidence);
    return problem
      ? [{ table: CASES.name, rowNumber: row.rowNumber, column: CASES.columns.stage.header, problem }]
      : [];
  });
}
