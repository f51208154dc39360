/**
 * 직원 명부 (the 직원 tab, part of 설정): who works at the 동, by e-mail, with the name forms print
 * and the role that decides what they may do (DOMAIN.md: 사례관리자, 복지팀장).
 */
import type { StaffRecord } from './records';
import { UserError } from './validation';

const key = (email: string) => email.trim().toLowerCase();

export function findStaff(staff: readonly StaffRecord[], email: string): StaffRecord | undefined {
  return staff.find((member) => member.email && key(member.email) === key(email));
}

/** The name to print or address a person by; their e-mail when the directory does not know them. */
export function staffName(staff: readonly StaffRecord[], email: string): string {
  return findStaff(staff, email)?.name.trim() || email;
}

/** Refuses `what` unless `user` is a 복지팀장 in the directory. */
export function assertSupervisor(staff: readonly StaffRecord[], user: string, what: string): void {
  if (findStaff(staff, user)?.role === 'supervisor') return;
  throw new UserError(
    `${what}은(는) 복지팀장만 할 수 있습니다. 직원 탭(직원 명부)에 역할 '복지팀장'으로 등록된 계정으로 하세요.`,
    'NOT_ALLOWED',
  );
}

/**
 * A case manager must be someone the 직원 tab knows (a similar-looking address of a stranger never
 * gets a case). Until a centre fills in the tab nothing is checked, so an existing workbook keeps
 * working.
 */
export function assertKnownStaff(staff: readonly StaffRecord[], email: string, field: string): void {
  if (staff.length === 0 || findStaff(staff, email)) return;
  throw new UserError(
    `${field}: ${email}은(는) 직원 탭(직원 명부)에 없는 계정입니다. 직원 탭에 먼저 등록하거나 목록의 직원을 고르세요.`,
    'NOT_FOUND',
  );
}

/** Like `assertSupervisor`, once the 직원 tab names a 복지팀장 (before that, anyone may). */
export function assertSupervisorOnceNamed(staff: readonly StaffRecord[], user: string, what: string): void {
  if (staff.some((member) => member.role === 'supervisor')) assertSupervisor(staff, user, what);
}
