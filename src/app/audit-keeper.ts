/**
 * Who keeps the 변경이력 (decision 0014). The keeper is the account that ran 시트 준비·복구 and holds
 * the hourly trigger: their saves append to 변경이력, which is closed to them (and the spreadsheet's
 * owner); everyone else's append to 변경이력 접수, which the keeper's hourly run moves over
 * (src/app/audit-move.ts). Kept in the script properties under the spreadsheet's id, so the
 * keeper's time-driven run reads it even where it has no document properties.
 */
import type { TableDef } from '../db/table';
import { AUDIT, AUDIT_INTAKE } from '../db/tables';
import type { AuditRecord } from '../domain/records';
import type { AppContext } from './context';

/** The keeper's e-mail, lower case ('' before the first setup since decision 0014). */
export const AUDIT_KEEPER = 'audit.keeper';
/** The last 순번 appended to 변경이력 접수 and not yet moved ('' when 접수 is known to be empty). */
export const AUDIT_INTAKE_PENDING = 'audit.intakePending';

export function auditKeeper(ctx: AppContext): string {
  return (ctx.shared?.get(AUDIT_KEEPER) ?? '').trim().toLowerCase();
}

/** Where `user`'s audit rows go: one property read, no protection read. */
export function auditTableFor(ctx: AppContext, user: string): TableDef<AuditRecord> {
  const keeper = auditKeeper(ctx);
  return keeper === '' || keeper === user.trim().toLowerCase() ? AUDIT : AUDIT_INTAKE;
}
