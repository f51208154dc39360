/**
 * Who may do what: the 직원 tab (직원 명부) records each worker's role, 사례관리자 or 복지팀장. Only
 * a 복지팀장 may reassign cases, decide approvals, switch the daily reminders and change settings;
 * anyone else is refused before anything is written.
 *
 * A new centre's 직원 tab is empty (or names no 복지팀장 yet): then the spreadsheet's owner counts
 * as the 복지팀장, and so do the addresses in 설정 '슈퍼바이저(복지팀장) 이메일' (the digest's
 * recipients), so the person who made the case spreadsheet can set it up and fill the tab in. A
 * spreadsheet in a shared drive has no owner; there the tab or 설정 must name a 복지팀장 first.
 */
import { findStaff } from '../domain/staff';
import type { StaffRecord } from '../domain/records';
import { UserError } from '../domain/validation';
import { SETTINGS, STAFF } from '../db/tables';
import { readSettings } from '../domain/settings';
import type { AppContext } from './context';
import { requireIdentifiedUser, type UnitOfWork } from './unit-of-work';

/** The 직원 tab's rows; none when the tab is missing (a sheet not set up yet). */
function staffOf(work: UnitOfWork): StaffRecord[] {
  if (!work.ctx.spreadsheet.getSheetByName(STAFF.name)) return [];
  return work.rows(STAFF).map((row) => row.record);
}

function settingsSupervisors(work: UnitOfWork): string[] {
  if (!work.ctx.spreadsheet.getSheetByName(SETTINGS.name)) return [];
  return readSettings(work.rows(SETTINGS).map((row) => row.record)).settings.supervisorEmails;
}

function ownerOf(ctx: AppContext): string {
  try {
    return ctx.spreadsheet.getOwner()?.getEmail() ?? '';
  } catch {
    return '';
  }
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Refuses `what` (e.g. '담당자 변경') unless the person running is the 복지팀장. */
export function requireSupervisor(work: UnitOfWork, what: string): void {
  requireIdentifiedUser(work);
  const staff = staffOf(work);
  const user = work.user;
  const named = staff.some((member) => member.role === 'supervisor');
  if (named) {
    if (user && findStaff(staff, user)?.role === 'supervisor') return;
    throw new UserError(
      `${what}은(는) 복지팀장만 할 수 있습니다. 아무것도 바꾸지 않았습니다: ` +
        `${user || '이 계정'}은(는) 직원 탭(직원 명부)에 역할 '복지팀장'으로 등록되어 있지 않습니다. 복지팀장에게 부탁하세요.`,
      'NOT_ALLOWED',
    );
  }
  const owner = ownerOf(work.ctx);
  if (owner && user && same(owner, user)) return;
  if (user && settingsSupervisors(work).some((email) => same(email, user))) return;
  throw new UserError(
    `${what}은(는) 복지팀장만 할 수 있습니다. 아무것도 바꾸지 않았습니다: 직원 탭(직원 명부)에 복지팀장이 아직 없어 ` +
      (owner
        ? `시트 주인(${owner})과 설정의 '슈퍼바이저(복지팀장) 이메일'이 복지팀장 역할을 합니다. 그분께 부탁하거나, 직원 탭에 복지팀장을 등록하세요.`
        : "이 시트(공유 드라이브)에서는 아무도 할 수 없습니다. 직원 탭에 역할 '복지팀장'인 직원을 먼저 등록하세요."),
    'NOT_ALLOWED',
  );
}
