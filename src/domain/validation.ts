/**
 * Turning a payload from the sidebar (never trusted) into a typed input, or a Korean message a case
 * manager can act on.
 */
import type { z } from 'zod';
import { hasResidentNumber, maskResidentNumbers } from './resident-number';

/**
 * Why a call was refused, as a stable code the sidebar can act on (a stale edit reopens the case)
 * without reading the Korean sentence. `BUG` is not a refusal: something broke (src/gas/serve.ts).
 */
export const REFUSAL_CODES = [
  'INVALID_INPUT', // the payload does not pass its schema
  'RESIDENT_NUMBER', // a 주민등록번호 in a payload
  'STALE_EDIT', // someone saved the record after the form was opened
  'LOCK_BUSY', // another save holds the document lock
  'NOT_FOUND', // no such case, plan, resource…
  'NOT_ALLOWED', // this person may not do that (a 복지팀장's decision, a partner's sheet)
  'WRONG_STAGE', // the case is not at a stage where that step fits
  'NO_CONSENT', // a referral the client did not agree to
  'BAD_SETTING', // a value of the 설정 tab that cannot be understood
  'SHEET_BROKEN', // a tab edited by hand so that a repair would be a guess
  'SERVICE_BUSY', // Google's service failed twice in a row: trying again later usually works
  'REFUSED', // any other refusal with its own sentence
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];
export type ErrorCode = RefusalCode | 'BUG';

/** An error whose message is meant for the person at the keyboard (Korean, actionable), with its code. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: RefusalCode = 'REFUSED',
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Longest message that reaches the sidebar (a refusal lists at most eight short problems). */
export const MAX_MESSAGE = 500;

/**
 * What crosses google.script.run as an error's message: `[CODE] 한국어 문장`. A refusal may quote what
 * a person typed (a 설정 value, a template's text), so a 주민등록번호 in it is masked like any output.
 */
export function wireMessage(code: ErrorCode, message: string): string {
  return `[${code}] ${shortened(maskResidentNumbers(message), MAX_MESSAGE)}`;
}

const WIRE = /^\[([A-Z_]+)\]\s*/;

/** The code and the sentence of a message that crossed google.script.run (code null: not ours). */
export function readWireMessage(text: string): { code: ErrorCode | null; message: string } {
  const match = WIRE.exec(text);
  return match
    ? { code: match[1] as ErrorCode, message: text.slice(match[0].length) }
    : { code: null, message: text };
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
    throw new UserError('입력 형식이 올바르지 않습니다: 항목을 담은 객체를 보내야 합니다.', 'INVALID_INPUT');
  }
  if (nestedTooDeep(payload))
    throw new UserError(
      '입력 형식이 올바르지 않습니다: 항목이 너무 깊게 중첩되어 있습니다.',
      'INVALID_INPUT',
    );
  if (containsResidentRegistrationNumber(payload)) throw new UserError(RRN_MESSAGE, 'RESIDENT_NUMBER');
  const result = schema.safeParse(payload, { error: koreanDefault });
  if (result.success) return result.data;
  const messages = [...new Set(result.error.issues.map((issue) => describeIssue(issue)))];
  const more =
    messages.length > MAX_PROBLEMS
      ? [`그 밖에 ${messages.length - MAX_PROBLEMS}가지 문제가 더 있습니다.`]
      : [];
  throw new UserError([...messages.slice(0, MAX_PROBLEMS), ...more].join('\n'), 'INVALID_INPUT');
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
