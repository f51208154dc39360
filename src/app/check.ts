import { checkInputAsOf } from '../domain/schemas';
import { checkDue } from '../domain/schedule';
import { ITEM_OUTCOMES } from '../domain/vocabulary';
import { parseInput, UserError } from '../domain/validation';
import { assertAllowed } from '../domain/workflow';
import { CHECKS, PLAN_ITEMS } from '../db/tables';
import { todayOf, type AppContext } from './context';
import { assertFresh, changeCase, findCase, loadSettings, nextIdIn } from './case-rows';
import { inTransaction } from './unit-of-work';

/**
 * 점검·모니터링. Updates plan items' 이행여부; a change of needs (or an item marked 재사정) makes a
 * reassessment due on the check's day.
 */
export function recordCheck(ctx: AppContext, payload: unknown): { checkId: string } {
  const input = parseInput(checkInputAsOf(todayOf(ctx)), payload);
  return inTransaction(ctx, (work) => {
    const row = findCase(work, input.caseNo);
    assertFresh(row, input.version);
    assertAllowed('check', row.record.stage, input.caseNo);
    const settings = loadSettings(work);
    const items = work.caseRows(PLAN_ITEMS, input.caseNo);
    const outcomes = input.itemOutcomes ?? [];
    for (const { itemId, outcome } of outcomes) {
      const item = items.find((r) => r.record.itemId === itemId);
      if (!item)
        throw new UserError(`계획 항목 ${itemId}은(는) ${input.caseNo} 사례의 항목이 아닙니다.`, 'NOT_FOUND');
      work.update(PLAN_ITEMS, item, { ...item.record, outcome, outcomeOn: input.checkedOn });
    }
    const checkId = nextIdIn(work, CHECKS, input.caseNo, 'C', (r) => r.checkId);
    work.append(CHECKS, {
      checkId,
      caseNo: input.caseNo,
      checkedOn: input.checkedOn,
      method: input.method,
      note: input.note,
      needsChanged: input.needsChanged === true,
      itemOutcomes: outcomes.map((o) => `${o.itemId}: ${ITEM_OUTCOMES.label(o.outcome)}`).join('; '),
      checkedBy: work.user,
    });
    const reassessNow = input.needsChanged === true || outcomes.some((o) => o.outcome === 'reassess');
    const lastChecks = work.caseRows(CHECKS, input.caseNo).map((r) => r.record.checkedOn);
    changeCase(work, row, {
      nextCheckDue: checkDue([...lastChecks, input.checkedOn], settings),
      nextReassessmentDue:
        reassessNow && (!row.record.nextReassessmentDue || row.record.nextReassessmentDue > input.checkedOn)
          ? input.checkedOn
          : row.record.nextReassessmentDue,
    });
    work.audit(input.caseNo, '점검', `${checkId}${reassessNow ? ' (욕구 변화: 재사정 필요)' : ''}`);
    return { checkId };
  });
}
