/**
 * 주민등록번호: six birth digits (YYMMDD), a gender/century digit 1-8 and six more. It must never be
 * stored, shown or sent, however it was typed: `480517-2345678`, `480517ㅡ2345678`, `480517 一
 * 2345678`, `４８０５１７－２３４５６７８`, `4 8 0 5 1 7 - 2 3 4 5 6 7 8`, `48.05.17-2345678`,
 * `480517-2 345678`, `480517 -- 23-45678`, `④⑧⓪⑤①⑦-②③④⑤⑥⑦⑧`, or only its back half after
 * "뒷자리" (`뒷자리 2 3 4 5 6 7 8`).
 *
 * The text is folded first (src/domain/text-folding.ts: invisible characters gone, every digit
 * ASCII), then cut into groups of digits joined by short runs of separators. A number is a run of
 * whole groups holding 13 digits that splits into a front of 6 and a back of 7, each in at most
 * three groups or spaced out digit by digit. The front must be a calendar date and the back start
 * with 1-8, which keeps dates and phone numbers out: Korean phone numbers start with 0, and a
 * date's YYYYMM is never a valid YYMMDD.
 */
import { foldText } from './text-folding';

/** Anything that is neither a letter nor a digit, and the letters people type as dashes. */
const SEPARATOR = /^(?:[^\p{L}\p{N}]|[ㅡ一ーｰ])$/u;
/**
 * Longer gaps (or any letter) end a number: two numbers a sentence apart are two numbers. Six
 * still joins `480517  -  2345678` and `480517 -- 2345678`.
 */
const MAX_GAP = 6;
const BACK_HALF_KEYWORD = /(?:뒷\s*자리|뒷\s*번호|뒤\s*7\s*자리|뒤\s*일곱\s*자리)\D{0,6}$/;

interface DigitGroup {
  digits: string;
  start: number;
  end: number;
}

/** Runs of digits, each with where it starts and ends in the folded text. */
function digitGroups(text: string): DigitGroup[][] {
  const runs: DigitGroup[][] = [];
  let current: DigitGroup[] = [];
  const pattern = /\d+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const group = { digits: match[0], start: match.index, end: match.index + match[0].length };
    const previous = current[current.length - 1];
    const gap = previous ? [...text.slice(previous.end, group.start)] : [];
    const joined = previous && gap.length <= MAX_GAP && gap.every((c) => SEPARATOR.test(c));
    if (!joined && current.length > 0) {
      runs.push(current);
      current = [];
    }
    current.push(group);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

const allSingles = (lengths: number[]) => lengths.every((n) => n === 1);

/**
 * How either half may be grouped: whole (480517), in up to three groups (48 05 17, 4805 17;
 * 2 345678, 234 5678, 23 45678, 2 345 678), or spaced out digit by digit (2 3 4 5 6 7 8). That
 * a number is made of whole groups keeps a 14-digit account number (480517-23-456789) out.
 */
function halfShape(lengths: number[]): boolean {
  return lengths.length <= 3 || allSingles(lengths);
}

function isFront(digits: string): boolean {
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

const isBack = (digits: string) => /^[1-8]\d{6}$/.test(digits);

/** Where, in `groups`, a whole number starts and ends (as group indexes), or null. */
function numberIn(groups: DigitGroup[], from: number): number | null {
  let total = 0;
  for (let to = from; to < groups.length && total < 13; to++) {
    total += (groups[to] as DigitGroup).digits.length;
    if (total !== 13) continue;
    const window = groups.slice(from, to + 1);
    const digits = window.map((g) => g.digits).join('');
    if (!isFront(digits.slice(0, 6)) || !isBack(digits.slice(6))) return null;
    if (window.length === 1) return to;
    let frontLength = 0;
    let split = 0;
    while (frontLength < 6) frontLength += (window[split++] as DigitGroup).digits.length;
    if (frontLength !== 6) return null;
    const lengths = window.map((g) => g.digits.length);
    return halfShape(lengths.slice(0, split)) && halfShape(lengths.slice(split)) ? to : null;
  }
  return null;
}

/** Where a back half said after "뒷자리" ends (a group index), however it is grouped, or null. */
function backHalfIn(folded: string, groups: DigitGroup[], from: number): number | null {
  const first = groups[from] as DigitGroup;
  if (!BACK_HALF_KEYWORD.test(folded.slice(Math.max(0, first.start - 20), first.start))) return null;
  let digits = '';
  for (let to = from; to < groups.length && digits.length < 7; to++) {
    digits += (groups[to] as DigitGroup).digits;
    if (digits.length !== 7) continue;
    const lengths = groups.slice(from, to + 1).map((g) => g.digits.length);
    return isBack(digits) && halfShape(lengths) ? to : null;
  }
  return null;
}

/** The spans [start, end) of the folded text that hold a 주민등록번호 or its back half. */
function spans(folded: string): [number, number][] {
  const found: [number, number][] = [];
  for (const groups of digitGroups(folded)) {
    for (let from = 0; from < groups.length; from++) {
      const to = numberIn(groups, from) ?? backHalfIn(folded, groups, from);
      if (to === null) continue;
      found.push([(groups[from] as DigitGroup).start, (groups[to] as DigitGroup).end]);
      from = to;
    }
  }
  return found;
}

/**
 * Whether the text can hold one at all: 13 digits, or 7 after a keyword. Most text (a phone
 * number has 11 digits, a date 8) is answered without folding.
 */
function mayHold(text: string): boolean {
  // A circled ⑩ stands for two digits.
  const digits = (text.match(/\p{Nd}/gu)?.length ?? 0) + 2 * (text.match(/\p{No}/gu)?.length ?? 0);
  return digits >= 13 || (digits >= 7 && /뒷|뒤/.test(text));
}

export function hasResidentNumber(text: string): boolean {
  return mayHold(text) && spans(foldText(text)).length > 0;
}

/**
 * The text with every 주민등록번호 in it replaced by `******-*******`, for anything the add-on shows
 * or sends. The rest of the text is returned as it was typed, not folded.
 */
export function maskResidentNumbers(text: string): string {
  if (!mayHold(text)) return text;
  const folded = foldText(text);
  const found = spans(folded);
  if (found.length === 0) return text;
  // Folding can change lengths (an invisible character dropped), so mask the folded text.
  let masked = '';
  let at = 0;
  for (const [start, end] of found) {
    masked += `${folded.slice(at, start)}******-*******`;
    at = end;
  }
  return masked + folded.slice(at);
}

/** `value` with every string in it (nested arrays and objects included) masked; our own data only. */
export function maskResidentNumbersIn<T>(value: T): T {
  if (typeof value === 'string') return maskResidentNumbers(value) as T;
  if (Array.isArray(value)) return value.map(maskResidentNumbersIn) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, maskResidentNumbersIn(v)]),
    ) as T;
  return value;
}
