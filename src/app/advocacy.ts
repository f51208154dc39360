import { advocacyInputAsOf } from '../domain/schemas';
import { ADVOCACY_LEVELS, GAP_KINDS } from '../domain/vocabulary';
import { parseInput } from '../domain/validation';
import { ADVOCACY } from '../db/tables';
import { todayOf, type AppContext } from './context';
import { caseTakingNote, changeCase } from './case-rows';
import { inTransaction } from './unit-of-work';

/**
 * 권익옹호: acting for the client's rights (with an agency, a landlord, a benefit decision), or
 * raising a gap in the service system, whose kind the 대시보드 counts for the 통합사례회의.
 */
export function recordAdvocacy(ctx: AppContext, payload: unknown): { advocacyId: string } {
  const input = parseInput(advocacyInputAsOf(todayOf(ctx)), payload);
  return inTransaction(ctx, (work) => {
    const { row, id: advocacyId } = caseTakingNote(work, input, ADVOCACY, 'A', (r) => r.advocacyId);

    work.append(ADVOCACY, {
      advocacyId,
      caseNo: input.caseNo,
      on: input.on,
      level: input.level,
      counterpart: input.counterpart,
      action: input.action,
      outcome: input.outcome ?? '',
      gapKind: input.gapKind ?? null,
      recordedBy: work.user,
    });
    changeCase(work, row, {});
    const gap = input.gapKind ? ` (${GAP_KINDS.label(input.gapKind)})` : '';
    work.audit(
      input.caseNo,
      '권익옹호',
      `${advocacyId}: ${ADVOCACY_LEVELS.label(input.level)}${gap}, ${input.counterpart}`,
    );
    return { advocacyId };
  });
}
