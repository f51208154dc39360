/**
 * 직원 명부 (the 직원 tab, part of 설정): who works at the 동, by e-mail, with the name forms print
 * and the role that decides what they may do (DOMAIN.md: 사례관리자, 복지팀장).
 */
import type { StaffRecord } from './records';
import { CASE_FIELDS } from './fields-catalogue';
import { UserError } from './validation';

const key = (email: string) => email.trim().toLowerCase();

export function findStaff(staff: readonly StaffRecord[], email: string): StaffRecord | undefined {
  return staff.find((member) => member.email && key(member.email) === key(email));
}

/** The name to print or address a person by; their e-mail when the directory does not know them. */
export function staffName(staff: readonly StaffRecord[], email: string): string {
  return findStaff(staff, email)?.name.trim() || email;
}

/**
 * A case manager must be someone the 직원 tab knows (a similar-looking address of a stranger never
 * gets a case). Until a centre fills in the tab nothing is checked, so an existing workbook keeps
 * working.
 */
export function assertKnownStaff(staff: readonly StaffRecord[], email: string, field: string): void {
  if (staff.length === 0) return;
  assertInDirectory(staff, email, field);
}

function assertInDirectory(staff: readonly StaffRecord[], email: string, field: string): void {
  if (findStaff(staff, email)) return;
  throw new UserError(
    `${field}: ${email}은(는) 직원 탭(직원 명부)에 없는 계정입니다. 직원 탭에 먼저 등록하거나 목록의 직원을 고르세요.`,
    'NOT_FOUND',
  );
}

/**
 * 보조담당자 (DOMAIN.md `assistant`): someone the 직원 tab names, always (the field is new and
 * optional, so no older workbook depends on it being free text), and not the case manager again.
 */
export function assertAssistant(staff: readonly StaffRecord[], email: string, caseManager: string): void {
  const label = CASE_FIELDS.assistant.label;
  assertInDirectory(staff, email, label);
  if (findStaff(staff, caseManager) === findStaff(staff, email))
    throw new UserError(
      `${label}: ${email}은(는) 이 사례의 담당 사례관리자입니다. 보조담당자는 다른 직원으로 고르세요.`,
      'INVALID_INPUT',
    );
}
