import { approvalDecisionInput } from '../domain/schemas';
import { APPROVAL_DECISIONS, APPROVAL_STATUSES } from '../domain/vocabulary';
import { parseInput, UserError } from '../domain/validation';
import { APPROVALS } from '../db/tables';
import type { ApprovalStatus } from '../domain/vocabulary';
import type { AppContext } from './context';
import { requireSupervisor } from './roles';
import { inTransaction } from './unit-of-work';

/** 결재: the 복지팀장 approves a request, or returns it with a comment saying what to change. */
export function decideApproval(
  ctx: AppContext,
  payload: unknown,
): { approvalId: string; status: ApprovalStatus } {
  const input = parseInput(approvalDecisionInput, payload);
  return inTransaction(ctx, (work) => {
    requireSupervisor(work, '결재');
    const row = work.rows(APPROVALS).find((r) => r.record.approvalId === input.approvalId);
    if (!row) throw new UserError(`결재번호 ${input.approvalId}을(를) 찾을 수 없습니다.`, 'NOT_FOUND');
    if (row.record.status !== 'requested') {
      const status = row.record.status ? APPROVAL_STATUSES.label(row.record.status) : '알 수 없음';
      throw new UserError(
        `${input.approvalId}은(는) 이미 '${status}' 상태라서 다시 결정할 수 없습니다.`,
        'WRONG_STAGE',
      );
    }
    work.update(APPROVALS, row, {
      ...row.record,
      status: input.decision,
      decidedAt: work.timestamp,
      decidedBy: work.user,
      comment: input.comment ?? '',
    });
    work.audit(
      row.record.caseNo,
      '결재',
      `${input.approvalId}: ${APPROVAL_DECISIONS.label(input.decision)}${input.comment ? ` (${input.comment})` : ''}`,
    );
    return { approvalId: input.approvalId, status: input.decision };
  });
}
