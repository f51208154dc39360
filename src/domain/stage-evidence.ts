/**
 * A 단계 typed by hand into the 사례 tab that no record explains (종결 without a closure, 서비스제공
 * without a plan): the stage machine never produces these, so the data-health report names them.
 */
import type { Stage } from './vocabulary';
import { STAGES } from './vocabulary';

interface Evidence {
  assessed: ReadonlySet<string>;
  planned: ReadonlySet<string>;
  closed: ReadonlySet<string>;
}

/** What record each stage needs behind it, and what to say when it is missing. */
const NEEDS: Partial<Record<Stage, { has: keyof Evidence; missing: string }>> = {
  assessment: { has: 'assessed', missing: '욕구사정 기록' },
  intervention: { has: 'planned', missing: '서비스계획' },
  followUp: { has: 'closed', missing: '종결 기록' },
  closed: { has: 'closed', missing: '종결 기록' },
};

/** The problem with `stage` of case `caseNo`, or null when its records explain it. */
export function unexplainedStage(caseNo: string, stage: Stage | null, evidence: Evidence): string | null {
  const need = stage ? NEEDS[stage] : undefined;
  if (!stage || !need || evidence[need.has].has(caseNo)) return null;
  return `단계가 '${STAGES.label(stage)}'인데 ${need.missing}이 없습니다: 손으로 바꾼 단계로 보입니다. 단계를 되돌리거나 빠진 기록을 입력하세요.`;
}
