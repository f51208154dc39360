/**
 * The 직원 명부 as the settings view edits it: the whole list at once, checked with the same Korean
 * messages in the sidebar and on the server.
 */
import { z } from 'zod';
import type { StaffRecord } from './records';
import { STAFF_ROLES } from './vocabulary';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const staffMemberInput = z.strictObject(
  {
    email: z
      .string({ error: '이메일: 이메일 주소를 입력하세요.' })
      .max(200, { error: '이메일: 200자 이내로 입력하세요.' })
      .refine((v) => v.trim() !== '', { error: '이메일: 필수 항목입니다.', abort: true })
      .refine((v) => EMAIL.test(v.trim()), { error: '이메일: 이메일 주소 형식이 아닙니다.' }),
    name: z
      .string({ error: '이름: 글자로 입력하세요.' })
      .max(50, { error: '이름: 50자 이내로 입력하세요.' })
      .refine((v) => v.trim() !== '', { error: '이름: 필수 항목입니다.' }),
    phone: z
      .string({ error: '연락처: 글자로 입력하세요.' })
      .max(40, { error: '연락처: 40자 이내로 입력하세요.' }),
    role: z.enum(STAFF_ROLES.keys, { error: '역할: 사례관리자, 복지팀장 중에서 고르세요.' }),
  },
  { error: '입력 형식이 올바르지 않습니다.' },
);

export const saveStaffInput = z
  .strictObject(
    { staff: z.array(staffMemberInput, { error: '직원 목록이 필요합니다.' }).max(200) },
    { error: '입력 형식이 올바르지 않습니다.' },
  )
  .superRefine((input, ctx) => {
    const seen = new Map<string, number>();
    input.staff.forEach((member, index) => {
      const key = member.email.trim().toLowerCase();
      const first = seen.get(key);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['staff', index, 'email'],
          message: `이메일: ${member.email.trim()}은(는) ${first + 1}번째 직원과 같은 주소입니다.`,
        });
      else seen.set(key, index);
    });
  });

export type StaffMemberInput = z.infer<typeof staffMemberInput>;
export type SaveStaffInput = z.infer<typeof saveStaffInput>;

/** What saving the list does to the tab, row by row (matched by e-mail, whatever its case). */
export interface StaffChanges {
  added: StaffRecord[];
  changed: { index: number; record: StaffRecord }[];
  /** Rows of people no longer on the list: their cells are emptied, the row stays. */
  removed: number[];
}

export function planStaffChanges(
  current: readonly StaffRecord[],
  wanted: readonly StaffMemberInput[],
): StaffChanges {
  const key = (email: string) => email.trim().toLowerCase();
  const wantedBy = new Map(wanted.map((m) => [key(m.email), m]));
  const changes: StaffChanges = { added: [], changed: [], removed: [] };
  const kept = new Set<string>();
  current.forEach((row, index) => {
    const member = wantedBy.get(key(row.email));
    if (!member || kept.has(key(row.email))) {
      changes.removed.push(index);
      return;
    }
    kept.add(key(row.email));
    const record = toRecord(member);
    if (
      record.email !== row.email ||
      record.name !== row.name ||
      record.phone !== row.phone ||
      record.role !== row.role
    )
      changes.changed.push({ index, record });
  });
  for (const member of wanted) if (!kept.has(key(member.email))) changes.added.push(toRecord(member));
  return changes;
}

function toRecord(member: StaffMemberInput): StaffRecord {
  return {
    email: member.email.trim(),
    name: member.name.trim(),
    phone: member.phone.trim(),
    role: member.role,
  };
}
