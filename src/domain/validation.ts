/**
 * Turning a payload from the sidebar (never trusted) into a typed input, or a Korean message a case
 * manager can act on.
 */
import type { z } from 'zod';
import { hasResidentNumber } from './resident-number';

/** An error whose message is meant for the person at the keyboard (Korean, actionable). */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** Whether any text in `value` (nested arrays and objects included) holds a 주민등록번호. */
export function containsResidentRegistrationNumber(value: unknown): boolean {
  if (typeof value === 'string') return hasResidentNumber(value);
  if (Array.isArray(value)) return value.some(containsResidentRegistrationNumber);
  if (value !== null && typeof value === 'object') {
    return Object.values(value as Record<string, unknown>).some(containsResidentRegistrationNumber);
  }
  return false;
}

export const RRN_MESSAGE =
  '주민등록번호로 보이는 값이 있어 저장하지 않았습니다. 주민등록번호는 저장하지 않습니다: 생년월일 칸에 생년월일만 입력하세요.';

/** Validates `payload` against `schema`; throws a UserError listing every problem in Korean. */
export function parseInput<S extends z.ZodType>(schema: S, payload: unknown): z.output<S> {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new UserError('입력 형식이 올바르지 않습니다: 항목을 담은 객체를 보내야 합니다.');
  }
  if (containsResidentRegistrationNumber(payload)) throw new UserError(RRN_MESSAGE);
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const messages = [...new Set(result.error.issues.map((issue) => describeIssue(issue)))];
  throw new UserError(messages.join('\n'));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const position = issue.path.filter((part) => typeof part === 'number').map((index) => Number(index) + 1);
  const where = position.length > 0 ? `${position.join('-')}번째 줄 ` : '';
  return `${where}${issue.message}`;
}

/** Field-keyed messages for a form: `{ 'client.name': '대상자 이름: 필수 항목입니다.' }`. */
export function fieldErrors<S extends z.ZodType>(schema: S, payload: unknown): Record<string, string> {
  const result = schema.safeParse(payload);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= issue.message;
  }
  return errors;
}
