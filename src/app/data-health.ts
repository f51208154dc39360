import type { RowProblem, TableDef } from '../db/table';
import { readTable } from '../db/table';
import { ALL_TABLES } from '../db/tables';
import { seoulDateKey } from '../domain/dates';
import { holidayCoverageWarning } from '../domain/holidays';
import { noInput } from '../domain/schemas';
import { parseInput } from '../domain/validation';
import type { AppContext } from './context';

const LISTED = 200;

/**
 * The data-health report: every row a person broke by hand (text in a date column, a value not in
 * the dropdown), by tab, row and column, so it can be fixed in the sheet. A missing tab or column is
 * reported the same way instead of failing. Reads each table once; writes nothing. `notices` are
 * problems of the add-on itself that a person should know of (next year's holidays unknown).
 */
export function checkDataHealth(
  ctx: AppContext,
  payload?: unknown,
): { problems: RowProblem[]; total: number; tabs: number; notices: string[] } {
  parseInput(noInput, payload ?? {});
  const problems: RowProblem[] = [];
  for (const def of ALL_TABLES as readonly TableDef<unknown>[]) {
    try {
      problems.push(...readTable(ctx.spreadsheet, def).problems);
    } catch (error) {
      problems.push({ table: def.name, rowNumber: 1, column: '', problem: (error as Error).message });
    }
  }
  const holidaysUnknown = holidayCoverageWarning(seoulDateKey(ctx.now()));
  return {
    problems: problems.slice(0, LISTED),
    total: problems.length,
    tabs: ALL_TABLES.length,
    notices: holidaysUnknown ? [holidaysUnknown] : [],
  };
}
