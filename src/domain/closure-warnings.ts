/**
 * What a case manager should see before closing a case: plan items of the latest plan whose
 * 이행여부 was never recorded, and a last 욕구사정 that rated the 위기도 높음 or 위기. Closing is still
 * allowed (a client may move out or die): these are warnings, asked about once, not refusals.
 */
import type { DateKey } from './dates';
import { RISK_LEVELS, type ItemOutcome, type RiskLevel } from './vocabulary';

interface ClosingCase {
  plans: readonly {
    planId: string;
    items: readonly { itemId: string; goal: string; outcome: ItemOutcome | null }[];
  }[];
  assessments: readonly { assessedOn: DateKey | null; riskLevel: RiskLevel | null }[];
}

export function closureWarnings(file: ClosingCase): string[] {
  const warnings: string[] = [];
  const plan = file.plans[file.plans.length - 1];
  const open = (plan?.items ?? []).filter((item) => !item.outcome);
  if (plan && open.length > 0) {
    const goals = open.map((item) => item.goal || item.itemId).join(', ');
    warnings.push(
      `서비스계획 ${plan.planId}의 항목 ${open.length}개에 이행여부가 없습니다: ${goals}. 종결 전에 점검으로 기록하는 것이 좋습니다.`,
    );
  }
  const last = file.assessments[file.assessments.length - 1];
  if (last?.riskLevel === 'high' || last?.riskLevel === 'crisis') {
    warnings.push(
      `마지막 욕구사정(${last.assessedOn ?? '날짜 없음'})의 위기도가 '${RISK_LEVELS.label(last.riskLevel)}'입니다. 위기가 해소되었는지 확인하세요.`,
    );
  }
  return warnings;
}
