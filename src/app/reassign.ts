import { reassignInput } from '../domain/schemas';
import { parseInput, UserError } from '../domain/validation';
import { assertKnownStaff } from '../domain/staff';
import { CASES, STAFF } from '../db/tables';
import type { AppContext } from './context';
import { changeCase } from './case-rows';
import { requireSupervisor } from './roles';
import { inTransaction } from './unit-of-work';

/** Hands cases to another case manager (one case, or all of a worker's cases when they move 동). */
export function reassignCases(ctx: AppContext, payload: unknown): { reassigned: number } {
  const input = parseInput(reassignInput, payload);
  return inTransaction(ctx, (work) => {
    requireSupervisor(work, '담당자 변경');
    const staff = work.rows(STAFF).map((r) => r.record);
    assertKnownStaff(staff, input.caseManager, '새 담당 사례관리자');
    const byNo = new Map(work.rows(CASES).map((row) => [row.record.caseNo, row]));
    const missing = input.caseNos.filter((caseNo) => !byNo.has(caseNo));
    if (missing.length > 0)
      throw new UserError(
        `찾을 수 없는 관리번호가 있어 아무것도 바꾸지 않았습니다: ${missing.slice(0, 5).join(', ')}`,
        'NOT_FOUND',
      );
    let reassigned = 0;
    for (const caseNo of new Set(input.caseNos)) {
      const row = byNo.get(caseNo)!;
      if (row.record.caseManager === input.caseManager) continue;
      const previous = row.record.caseManager;
      changeCase(work, row, { caseManager: input.caseManager });
      work.audit(caseNo, '담당자 변경', `${previous || '(없음)'} → ${input.caseManager}`);
      reassigned++;
    }
    return { reassigned };
  });
}
