import { uncoveredProviders } from '../domain/consent-lifecycle';
import { planInputAsOf } from '../domain/schemas';
import { checkDue } from '../domain/schedule';
import { parseInput } from '../domain/validation';
import { assertAllowed, stageAfter } from '../domain/workflow';
import { CONSENTS, PLAN_ITEMS, PLANS } from '../db/tables';
import { todayOf, type AppContext } from './context';
import { assertFresh, changeCase, findCase, loadSettings, nextIdIn } from './case-rows';
import { inTransaction } from './unit-of-work';

/**
 * 서비스제공 계획 및 점검표. The consent date is the client's signed agreement to this plan; a plan
 * needs an assessment first (the stage machine says so). A 제공기관 that no consent in force covers
 * (src/domain/consent-lifecycle.ts) does not stop the save: the sidebar asks first ("동의 없이
 * 저장"), and the result and the audit name it so nothing about the client goes there unnoticed.
 */
export function savePlan(
  ctx: AppContext,
  payload: unknown,
): { planId: string; itemIds: string[]; uncoveredProviders: string[] } {
  const today = todayOf(ctx);
  const input = parseInput(planInputAsOf(today), payload);
  return inTransaction(ctx, (work) => {
    const row = findCase(work, input.caseNo);
    assertFresh(row, input.version);
    assertAllowed('plan', row.record.stage, input.caseNo);
    const settings = loadSettings(work);
    const uncovered = uncoveredProviders(
      input.items.map((item) => item.provider),
      work.caseRows(CONSENTS, input.caseNo).map((r) => r.record),
      today,
    );
    const planId = nextIdIn(work, PLANS, input.caseNo, 'P', (r) => r.planId);
    work.append(PLANS, {
      planId,
      caseNo: input.caseNo,
      consentDate: input.consentDate,
      shortTermGoal: input.shortTermGoal,
      longTermGoal: input.longTermGoal ?? '',
      createdBy: work.user,
    });
    const itemIds = input.items.map((_, i) => `${planId}-${i + 1}`);
    work.append(
      PLAN_ITEMS,
      ...input.items.map((item, i) => ({
        itemId: itemIds[i] as string,
        planId,
        caseNo: input.caseNo,
        goal: item.goal,
        service: item.service,
        priority: item.priority ?? null,
        timing: item.timing ?? '',
        startDate: item.startDate,
        endDate: item.endDate ?? null,
        timesPerWeek: item.timesPerWeek ?? null,
        provider: item.provider ?? '',
        providerContact: item.providerContact ?? '',
        checkMethod: item.checkMethod ?? '',
        resourceId: item.resourceId ?? '',
        outcome: null,
        outcomeOn: null,
      })),
    );
    changeCase(work, row, {
      stage: stageAfter('plan', row.record.stage),
      nextCheckDue: checkDue([input.consentDate], settings),
    });
    work.audit(
      input.caseNo,
      '서비스계획',
      `${planId}: 항목 ${itemIds.length}개, 동의일 ${input.consentDate}` +
        (uncovered.length > 0 ? `; 정보제공 동의 없는 제공기관: ${uncovered.join(', ')}` : ''),
    );
    return { planId, itemIds, uncoveredProviders: uncovered };
  });
}
