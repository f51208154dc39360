import { assessmentInputAsOf } from '../domain/schemas';
import { reassessmentDue } from '../domain/schedule';
import { LIFE_DOMAINS } from '../domain/vocabulary';
import { parseInput } from '../domain/validation';
import { assertAllowed, stageAfter } from '../domain/workflow';
import { ASSESSMENTS, NEEDS } from '../db/tables';
import { todayOf, type AppContext } from './context';
import { assertFresh, changeCase, findCase, loadSettings, nextIdIn } from './case-rows';
import { inTransaction } from './unit-of-work';

/** 욕구사정 (initial) or 재사정 (re): per life domain the problem, the client's demand and the need. */
export function saveAssessment(
  ctx: AppContext,
  payload: unknown,
): { assessmentId: string; nextReassessmentDue: string } {
  const input = parseInput(assessmentInputAsOf(todayOf(ctx)), payload);
  return inTransaction(ctx, (work) => {
    const row = findCase(work, input.caseNo);
    assertFresh(row, input.version);
    const action = input.kind === 'initial' ? 'assess' : 'reassess';
    assertAllowed(action, row.record.stage, input.caseNo);
    const settings = loadSettings(work);
    const assessmentId = nextIdIn(work, ASSESSMENTS, input.caseNo, 'S', (r) => r.assessmentId);
    work.append(ASSESSMENTS, {
      assessmentId,
      caseNo: input.caseNo,
      kind: input.kind,
      assessedOn: input.assessedOn,
      strengths: input.strengths ?? '',
      supportSystem: input.supportSystem ?? '',
      functionalEvaluation: input.functionalEvaluation ?? '',
      riskLevel: input.riskLevel ?? null,
      assessedBy: work.user,
    });
    work.append(
      NEEDS,
      ...input.needs.map((need) => ({
        assessmentId,
        caseNo: input.caseNo,
        domain: need.domain,
        problem: need.problem ?? '',
        demand: need.demand ?? '',
        need: need.need,
      })),
    );
    const nextReassessmentDue = reassessmentDue(input.assessedOn, settings);
    changeCase(work, row, {
      stage: stageAfter(action, row.record.stage),
      nextReassessmentDue,
    });
    const domains = input.needs.map((need) => LIFE_DOMAINS.label(need.domain)).join(', ');
    work.audit(input.caseNo, input.kind === 'initial' ? '욕구사정' : '재사정', `${assessmentId}: ${domains}`);
    return { assessmentId, nextReassessmentDue };
  });
}
