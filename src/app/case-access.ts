/**
 * Opening a case file (`getCase`) is logged: one 변경이력 row, action 열람, with who and when. The
 * log is append-only and cheap: the file is read case by case as before, and the entry is one
 * appended row (the unit of work's append reads the tab's header and last rows, never the table).
 * Like a save, a read that cannot say who is reading is refused: the log must name the person.
 */
import { getCaseInput } from '../domain/schemas';
import { parseInput } from '../domain/validation';
import type { AppContext } from './context';
import { caseFileAfter, type CaseFileWithProblems } from './case-file-after';
import { inTransaction, UnitOfWork } from './unit-of-work';

export const VIEWED = '열람';

export function getCase(ctx: AppContext, payload: unknown): CaseFileWithProblems {
  const input = parseInput(getCaseInput, payload);
  const file = caseFileAfter(new UnitOfWork(ctx), input.caseNo);
  // Under the document lock, as every append: two appends never take the same free row.
  inTransaction(ctx, (work) => work.audit(file.caseNo, VIEWED, ''));
  return file;
}
