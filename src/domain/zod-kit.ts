/**
 * The zod building blocks every input schema uses (src/domain/schemas.ts, resources/schemas.ts,
 * documents/input.ts, reminder-schemas.ts): one copy, so a refusal reads the same in every form.
 * Objects are strict (an unknown key, `__proto__` included, is refused and named shortly); text is
 * never trimmed or altered, "required" only means "not blank"; a choice is its key or its Korean
 * label; '' from an empty input means "not given".
 */
import { z } from 'zod';
import { isDateKey } from './dates';
import { unknownKeysMessage } from './validation';

/** Longest text accepted in one field: well under a Sheets cell's 50 000 characters. */
export const LONG_TEXT = 5000;
export const SHORT_TEXT = 200;

export function strict<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys) : '입력 형식이 올바르지 않습니다.',
  });
}

export const text = (label: string, max = LONG_TEXT) =>
  z
    .string({ error: `${label}: 글자로 입력하세요.` })
    .max(max, { error: `${label}: ${max.toLocaleString('ko-KR')}자 이내로 입력하세요.` });

export const requiredText = (label: string, max = LONG_TEXT) =>
  text(label, max).refine((value) => value.trim().length > 0, { error: `${label}: 필수 항목입니다.` });

export const optionalText = (label: string, max = LONG_TEXT) => text(label, max).optional();

/** '' and null from the sidebar mean "not given". */
export const blankAsMissing = (value: unknown) => (value === '' || value === null ? undefined : value);

export const date = (label: string) =>
  z
    .string({ error: `${label}: 날짜를 입력하세요.` })
    // An empty date box is a missing answer, not a badly written date.
    .refine((value) => value.trim() !== '', { error: `${label}: 필수 항목입니다.`, abort: true })
    .refine(isDateKey, { error: `${label}: 날짜는 YYYY-MM-DD 형식의 실제 날짜여야 합니다.` });

/** The sidebar sends '' for an empty date input: that means "not given". */
export const optionalDate = (label: string) => z.preprocess(blankAsMissing, date(label).optional());

/** A vocabulary of src/domain/vocabulary.ts: keys, their Korean labels, and label → key. */
export interface Vocabulary<K extends string> {
  keys: readonly [K, ...K[]];
  labels: Record<K, string>;
  parse(text: string): K | undefined;
}

/**
 * A choice given as its key or its Korean label (the demo data and people type '민간'); the message
 * lists the labels.
 */
export function choice<K extends string>(label: string, vocab: Vocabulary<K>) {
  const options = vocab.keys.map((key) => vocab.labels[key]).join(', ');
  return z.preprocess(
    (value) => (typeof value === 'string' ? (vocab.parse(value) ?? value) : value),
    z.enum(vocab.keys, { error: `${label}: ${options} 중에서 고르세요.` }),
  );
}

/** A choice that may be left out ('' means "not given"). */
export const optionalChoice = <K extends string>(label: string, vocab: Vocabulary<K>) =>
  z.preprocess(blankAsMissing, choice(label, vocab).optional());

export const email = (label: string) =>
  z
    .string({ error: `${label}: 이메일 주소를 입력하세요.` })
    .max(SHORT_TEXT)
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: `${label}: 이메일 주소 형식이 아닙니다.` });

/** The record's version when the form was loaded: a newer version on the server means a stale edit. */
export const version = z
  .number({ error: '버전: 숫자여야 합니다.' })
  .int({ error: '버전: 정수여야 합니다.' })
  .min(0, { error: '버전: 0 이상이어야 합니다.' })
  .optional();

/** A whole number within [min, max]. */
export const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}: 숫자여야 합니다.` })
    .int({ error: `${label}: 정수여야 합니다.` })
    .min(min, { error: `${label}: ${min} 이상이어야 합니다.` })
    .max(max, { error: `${label}: ${max} 이하여야 합니다.` });
