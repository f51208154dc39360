/**
 * The 직원 tab read and written from the settings view. Once the tab names a 복지팀장, only a
 * 복지팀장 may change it (the list decides who may approve and who may own cases).
 */
import { planStaffChanges, saveStaffInput } from '../domain/staff-directory';
import type { StaffRecord } from '../domain/records';
import { parseInput, UserError } from '../domain/validation';
import { STAFF } from '../db/tables';
import type { AppContext } from './context';
import { requireSupervisor } from './roles';
import { inTransaction } from './unit-of-work';

export function getStaff(ctx: AppContext): { staff: StaffRecord[]; currentUser: string } {
  return inTransaction(ctx, (work) => ({
    staff: work.rows(STAFF).map((row) => row.record),
    currentUser: ctx.currentUser(),
  }));
}

export function saveStaff(
  ctx: AppContext,
  payload: unknown,
): { added: number; changed: number; removed: number; staff: StaffRecord[] } {
  const input = parseInput(saveStaffInput, payload);
  return inTransaction(ctx, (work) => {
    const rows = work.rows(STAFF);
    const current = rows.map((row) => row.record);
    requireSupervisor(work, '직원 명부 변경');
    const hadSupervisor = current.some((m) => m.role === 'supervisor');
    if (hadSupervisor && !input.staff.some((m) => m.role === 'supervisor'))
      throw new UserError(
        '저장하지 않았습니다: 복지팀장이 한 명도 남지 않습니다. 결재와 담당자 변경을 할 사람이 없어집니다. 복지팀장을 한 명 이상 두세요.',
      );
    const plan = planStaffChanges(current, input.staff);
    for (const { index, record } of plan.changed) work.update(STAFF, rows[index]!, record);
    for (const index of plan.removed)
      work.update(STAFF, rows[index]!, { email: '', name: '', phone: '', role: null });
    if (plan.added.length > 0) work.append(STAFF, ...plan.added);
    const total = plan.added.length + plan.changed.length + plan.removed.length;
    if (total > 0)
      work.audit(
        '',
        '직원 명부 변경',
        `추가 ${plan.added.length}명, 수정 ${plan.changed.length}명, 삭제 ${plan.removed.length}명`,
      );
    const staff = [
      ...current
        .map((row, i) => plan.changed.find((c) => c.index === i)?.record ?? row)
        .filter((_, i) => !plan.removed.includes(i)),
      ...plan.added,
    ];
    return { added: plan.added.length, changed: plan.changed.length, removed: plan.removed.length, staff };
  });
}
