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

/**
 * Limits on what a refusal says, so a hostile or broken payload cannot flood the sidebar: a
 * message names at most a few problems, each short, and never echoes a long key or value back.
 */
const MAX_DEPTH = 12;
const MAX_PROBLEMS = 8;
const MAX_LINE = 200;

/** Text that came from a payload, cut to `max` characters for a message. */
export function shortened(text: string, max = 30): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

/**
 * Deeper than any form sends. Checked without recursion: a payload nested a hundred thousand levels
 * would otherwise end in "Maximum call stack size exceeded" instead of a sentence.
 */
function nestedTooDeep(payload: unknown): boolean {
  const stack: [unknown, number][] = [[payload, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) return true;
    for (const child of Object.values(value as Record<string, unknown>)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Names at most three unknown keys, each cut short: a key can be a megabyte long. */
export function unknownKeysMessage(keys: readonly string[]): string {
  const shown = keys.slice(0, 3).map((key) => shortened(key));
  return `알 수 없는 항목이 있습니다: ${shown.join(', ')}${keys.length > 3 ? ` 외 ${keys.length - 3}개` : ''}`;
}

/**
 * What the sidebar shows for any error a call ends with: Korean, and short. A message of ours is
 * cut to a readable length; anything else (a service's English error, a crash) becomes a Korean
 * sentence with the start of the original, so a failure is still reported, never swallowed.
 */
export function messageForOfficial(error: unknown): string {
  const message =
    error instanceof Error || (error !== null && typeof error === 'object' && 'message' in error)
      ? String((error as { message: unknown }).message)
      : String(error);
  if (/[가-힣]/.test(message)) return shortened(message, 500);
  return `처리하지 못했습니다. 잠시 후 다시 시도하고, 계속되면 담당자에게 알려 주세요. (${shortened(message, 80)})`;
}

const KINDS: Record<string, string> = {
  string: '글자',
  number: '숫자',
  int: '정수',
  boolean: '예/아니오',
  array: '목록',
  object: '항목 묶음',
};

/**
 * Korean for the checks a schema gives no message of its own (zod's defaults are English). Schema
 * messages win; this only fills the gaps.
 */
function koreanDefault(issue: z.core.$ZodRawIssue): string {
  const field = issue.path && issue.path.length > 0 ? `${shortened(issue.path.map(String).join('.'))}: ` : '';
  switch (issue.code) {
    case 'invalid_type':
      return `${field}${KINDS[issue.expected] ?? '올바른 형식'}(으)로 보내야 합니다.`;
    case 'too_big':
      return `${field}${Number(issue.maximum).toLocaleString('ko-KR')}${issue.origin === 'string' ? '자' : '개'} 이하여야 합니다.`;
    case 'too_small':
      return `${field}${Number(issue.minimum).toLocaleString('ko-KR')}${issue.origin === 'string' ? '자' : '개'} 이상이어야 합니다.`;
    case 'unrecognized_keys':
      return `알 수 없는 항목이 있습니다: ${issue.keys
        .slice(0, 3)
        .map((key) => shortened(key))
        .join(', ')}`;
    default:
      return `${field}입력 형식이 올바르지 않습니다.`;
  }
}

/** Validates `payload` against `schema`; throws a UserError listing every problem in Korean. */
export function parseInput<S extends z.ZodType>(schema: S, payload: unknown): z.output<S> {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new UserError('입력 형식이 올바르지 않습니다: 항목을 담은 객체를 보내야 합니다.');
  }
  if (nestedTooDeep(payload))
    throw new UserError('입력 형식이 올바르지 않습니다: 항목이 너무 깊게 중첩되어 있습니다.');
  if (containsResidentRegistrationNumber(payload)) throw new UserError(RRN_MESSAGE);
  const result = schema.safeParse(payload, { error: koreanDefault });
  if (result.success) return result.data;
  const messages = [...new Set(result.error.issues.map((issue) => describeIssue(issue)))];
  const more =
    messages.length > MAX_PROBLEMS
      ? [`그 밖에 ${messages.length - MAX_PROBLEMS}가지 문제가 더 있습니다.`]
      : [];
  throw new UserError([...messages.slice(0, MAX_PROBLEMS), ...more].join('\n'));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const position = issue.path.filter((part) => typeof part === 'number').map((index) => Number(index) + 1);
  const where = position.length > 0 ? `${position.join('-')}번째 줄 ` : '';
  return shortened(`${where}${issue.message}`, MAX_LINE);
}

/** Field-keyed messages for a form: `{ 'client.name': '대상자 이름: 필수 항목입니다.' }`. */
export function fieldErrors<S extends z.ZodType>(schema: S, payload: unknown): Record<string, string> {
  const result = schema.safeParse(payload, { error: koreanDefault });
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= issue.message;
  }
  return errors;
}
