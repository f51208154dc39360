import { isDate } from '../errors';
import { daysInMonth, zonedToUtc } from '../tz';
import {
  DEFAULT_DATE_FORMAT,
  DEFAULT_DATETIME_FORMAT,
  DEFAULT_TIME_FORMAT,
  defaultDateFormatFor,
  isDateTimeFormat,
} from './number-format';
import type { StoredValue } from './model';

/**
 * What Sheets makes of a value a script writes. Range.setValue(s) and Sheet.appendRow treat a
 * string exactly as if a person typed it ("user entered"): Sheets may turn it into a formula, a
 * number, a boolean or a date (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue,
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption : USER_ENTERED
 * "values will be parsed as if the user typed them into the UI"). The add-on has to defend
 * against this, so the fake does it too. Rules, for the ko_KR locale:
 *
 * - The cell's number format is plain text `@`: stored verbatim (even `'abc` keeps its quote).
 * - A leading apostrophe forces text and is not part of the value ("quote prefix").
 * - `=...`: a formula. `+...`/`-...` that is not a plain number also becomes a formula
 *   (`+82 10-1234-5678` → `=+82 10-1234-5678`, `-abc` → `=-abc`), as the Sheets UI does.
 * - A number (`3.5`, `-5`, `+5`, `1,000`, `01012345678` → 1012345678, `1e3`, `50%`, `₩1,000`).
 * - TRUE/FALSE in any case: a boolean.
 * - A date `2026-03-02`, `2026/3/2`, `2026. 3. 2`, `2026.03.02` (optional ` HH:mm[:ss]`): a Date at
 *   that wall-clock time in the spreadsheet's time zone; a time `HH:mm[:ss]`: a time of 1899-12-30.
 *   Impossible dates (2026-02-30) stay text. `010-1234-5678` is neither a number nor a date: text.
 * - Everything else: text.
 *
 * Numbers, booleans and Dates written as such are stored as they are; null/undefined/'' clear.
 */

export interface Typed {
  /** '' when the cell becomes empty or holds a formula. */
  value: StoredValue | '';
  formula?: string;
  /** Number format Sheets applies when it recognised a date, time, percent or grouped number. */
  format?: string;
}

const NUMBER = /^([+-])?([₩$])?(?:(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d+))?(%)?$/;
const TIME_SUFFIX = String.raw`(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?`;
const DATE_FORMS = [
  new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME_SUFFIX}$`),
  new RegExp(String.raw`^(\d{4})/(\d{1,2})/(\d{1,2})${TIME_SUFFIX}$`),
  new RegExp(String.raw`^(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?${TIME_SUFFIX}$`),
];
const TIME_ONLY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

export function parseNumber(text: string): { value: number; format?: string } | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const [, sign, currency, intPart, fraction, bareFraction, exponent, percent] = m;
  const digits = `${(intPart ?? '0').replace(/,/g, '')}.${fraction ?? bareFraction ?? ''}`;
  let value = Number(digits) * (exponent ? 10 ** Number(exponent) : 1);
  if (sign === '-') value = -value;
  if (percent) value /= 100;
  let format: string | undefined;
  if (percent) format = fraction ? `0.${'0'.repeat(fraction.length)}%` : '0%';
  else if (currency) format = `"${currency}"#,##0`;
  else if (intPart?.includes(',')) format = '#,##0';
  return { value, format };
}

export function parseDate(text: string, timeZone: string): { value: Date; format: string } | null {
  for (const form of DATE_FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) =>
      x === undefined ? undefined : Number(x),
    );
    if (y === undefined || mo === undefined || d === undefined) return null;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
    if ((h ?? 0) > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59) return null;
    const value = new Date(zonedToUtc(timeZone, y, mo, d, h ?? 0, mi ?? 0, s ?? 0));
    return { value, format: h === undefined ? DEFAULT_DATE_FORMAT : DEFAULT_DATETIME_FORMAT };
  }
  const t = TIME_ONLY.exec(text);
  if (t) {
    const [h, mi, s] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
    if (h > 23 || mi > 59 || s > 59) return null;
    return { value: new Date(zonedToUtc(timeZone, 1899, 12, 30, h, mi, s)), format: DEFAULT_TIME_FORMAT };
  }
  return null;
}

export function typeInput(input: unknown, cellFormat: string | undefined, timeZone: string): Typed {
  if (input === null || input === undefined || input === '') return { value: '' };
  if (typeof input === 'number') return { value: input };
  if (typeof input === 'boolean') return { value: input };
  if (isDate(input)) {
    const date = new Date((input as Date).getTime());
    if (Number.isNaN(date.getTime())) return { value: '#NUM!' };
    return {
      value: date,
      format: isDateTimeFormat(cellFormat) ? undefined : defaultDateFormatFor(date, timeZone),
    };
  }
  const text = String(input);
  if (cellFormat === '@') return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const number = parseNumber(text);
  if (number) return { value: number.value, format: number.format };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true' };
  const date = parseDate(text, timeZone);
  if (date) return { value: date.value, format: isDateTimeFormat(cellFormat) ? undefined : date.format };
  if ((text.startsWith('+') || text.startsWith('-')) && text.length > 1)
    return { value: '', formula: `=${text}` };
  return { value: text };
}
