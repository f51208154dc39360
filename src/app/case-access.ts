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
import { inTransaction } from './unit-of-work';

export const VIEWED = '열람';

export function getCase(ctx: AppContext, payload: unknown): CaseFileWithProblems {
  const input = parseInput(getCaseInput, payload);
  // Under the document lock, as every append: two appends never take the same free row. One unit
  // reads the case and appends the entry, so the log's header comes in the case's batch read.
  return inTransaction(ctx, (work) => {
    const file = caseFileAfter(work, input.caseNo);
    work.audit(file.caseNo, VIEWED, '');
    return file;
  });
}
