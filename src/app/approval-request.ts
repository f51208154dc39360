import { approvalRequestInput } from '../domain/schemas';
import { APPROVAL_STATUSES, APPROVAL_SUBJECTS } from '../domain/vocabulary';
import { parseInput, UserError } from '../domain/validation';
import { APPROVALS, CLOSURES, PLANS } from '../db/tables';
import type { AppContext } from './context';
import { findCase, nextIdIn } from './case-rows';
import { inTransaction, type UnitOfWork } from './unit-of-work';

/**
 * 결재 요청: asks the 복지팀장 to sign off a service plan (the latest, or `planId`) or the case's
 * latest closure. One request per plan or closure stands at a time; a returned one may be asked again.
 */
export function requestApproval(ctx: AppContext, payload: unknown): { approvalId: string } {
  const input = parseInput(approvalRequestInput, payload);
  return inTransaction(ctx, (work) => {
    findCase(work, input.caseNo);
    const targetId =
      input.subject === 'plan'
        ? planToApprove(work, input.caseNo, input.planId)
        : closureToApprove(work, input.caseNo);
    const standing = work
      .caseRows(APPROVALS, input.caseNo)
      .find((r) => r.record.targetId === targetId && r.record.status !== 'returned');
    if (standing?.record.status)
      throw new UserError(
        `${targetId}은(는) 이미 ${APPROVAL_STATUSES.label(standing.record.status)} 상태입니다 (${standing.record.approvalId}). 다시 요청하지 않았습니다.`,
        'WRONG_STAGE',
      );
    const approvalId = nextIdIn(work, APPROVALS, input.caseNo, 'K', (r) => r.approvalId);
    work.append(APPROVALS, {
      approvalId,
      caseNo: input.caseNo,
      subject: input.subject,
      targetId,
      status: 'requested',
      requestedAt: work.timestamp,
      requestedBy: work.user,
      decidedAt: '',
      decidedBy: '',
      comment: '',
    });
    work.audit(
      input.caseNo,
      '결재 요청',
      `${approvalId}: ${APPROVAL_SUBJECTS.label(input.subject)} ${targetId}`,
    );
    return { approvalId };
  });
}

function planToApprove(work: UnitOfWork, caseNo: string, planId: string | undefined): string {
  const plans = work.caseRows(PLANS, caseNo);
  const plan = planId ? plans.find((r) => r.record.planId === planId) : plans[plans.length - 1];
  if (!plan)
    throw new UserError(
      planId
        ? `계획 ${planId}은(는) ${caseNo} 사례의 서비스계획이 아닙니다.`
        : `${caseNo} 사례에는 결재할 서비스계획이 없습니다. 계획을 먼저 저장하세요.`,
      'NOT_FOUND',
    );
  return plan.record.planId;
}

function closureToApprove(work: UnitOfWork, caseNo: string): string {
  const closure = work.caseRows(CLOSURES, caseNo).pop();
  if (!closure)
    throw new UserError(
      `${caseNo} 사례에는 결재할 종결 기록이 없습니다. 종결을 먼저 기록하세요.`,
      'NOT_FOUND',
    );
  return closure.record.closureId;
}
