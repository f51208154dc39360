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
  );
}
