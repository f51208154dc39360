import { activityInputAsOf } from '../domain/schemas';
import { ACTIVITY_KINDS, PRACTICE_KINDS, practiceOf } from '../domain/vocabulary';
import { parseInput } from '../domain/validation';
import { ACTIVITIES } from '../db/tables';
import { todayOf, type AppContext } from './context';
import { caseTakingNote, changeCase } from './case-rows';
import { inTransaction } from './unit-of-work';

/** 활동 기록: a contact or intervention between checks (직접실천 or 간접실천), shown on the timeline. */
export function recordActivity(ctx: AppContext, payload: unknown): { activityId: string } {
  const input = parseInput(activityInputAsOf(todayOf(ctx)), payload);
  return inTransaction(ctx, (work) => {
    const { row, id: activityId } = caseTakingNote(work, input, ACTIVITIES, 'N', (r) => r.activityId);

    const practice = practiceOf(input.kind);
    work.append(ACTIVITIES, {
      activityId,
      caseNo: input.caseNo,
      on: input.on,
      practice,
      kind: input.kind,
      content: input.content,
      participants: input.participants ?? '',
      recordedBy: work.user,
    });
    changeCase(work, row, {});
    work.audit(
      input.caseNo,
      '활동 기록',
      `${activityId}: ${PRACTICE_KINDS.label(practice)} · ${ACTIVITY_KINDS.label(input.kind)}`,
    );
    return { activityId };
  });
}
