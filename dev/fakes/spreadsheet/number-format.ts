import { isDate } from '../errors';
import { zonedParts } from '../tz';
import { dateToSerial, serialToDate } from './serial';
import type { StoredValue } from './model';

/**
 * Display values as Sheets renders them for the formats this add-on meets: General, plain text
 * `@`, number patterns (`0`, `0.00`, `#,##0`, `0%`) and date/time patterns (`yyyy-mm-dd`,
 * `hh:mm`...). Sheets format tokens: https://developers.google.com/sheets/api/guides/formats
 */

export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';
export const DEFAULT_DATETIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
export const DEFAULT_TIME_FORMAT = 'hh:mm';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function unquoted(format: string): string {
  return format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

export function isDateTimeFormat(format: string | undefined): boolean {
  if (!format || format === '@') return false;
  const bare = unquoted(format.split(';')[0] ?? '').toLowerCase();
  return /[ydhs]/.test(bare) || /am\/pm/.test(bare) || (/m/.test(bare) && !/[0#]/.test(bare));
}

export function formatGeneralNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '#NUM!' : '#NUM!';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  if (Math.abs(n) >= 1e15) return n.toExponential().toUpperCase().replace('E+', 'E+');
  return String(Number(n.toPrecision(10)));
}

export function displayValue(value: StoredValue, format: string | undefined, timeZone: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDate(value)) {
    if (format && !isDateTimeFormat(format) && format !== '@')
      return formatNumber(dateToSerial(value, timeZone), format);
    return formatDateTime(
      value,
      format && isDateTimeFormat(format) ? format : defaultDateFormatFor(value, timeZone),
      timeZone,
    );
  }
  if (!format || format === '@' || /^general$/i.test(format)) return formatGeneralNumber(value);
  if (isDateTimeFormat(format)) return formatDateTime(serialToDate(value, timeZone), format, timeZone);
  return formatNumber(value, format);
}

export function defaultDateFormatFor(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  if (p.year === 1899 && p.month === 12 && p.day === 30) return DEFAULT_TIME_FORMAT;
  return p.hour || p.minute || p.second ? DEFAULT_DATETIME_FORMAT : DEFAULT_DATE_FORMAT;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

interface Token {
  kind: 'y' | 'm' | 'd' | 'h' | 's' | 'ampm' | 'literal';
  text: string;
}

function tokenizeDate(format: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < format.length) {
    const ch = format[i] as string;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      tokens.push({ kind: 'literal', text: format.slice(i + 1, stop) });
      i = stop + 1;
      continue;
    }
    if (ch === '\\') {
      tokens.push({ kind: 'literal', text: format[i + 1] ?? '' });
      i += 2;
      continue;
    }
    if (/^am\/pm/i.test(format.slice(i))) {
      tokens.push({ kind: 'ampm', text: 'am/pm' });
      i += 5;
      continue;
    }
    const lower = ch.toLowerCase();
    if ('ymdhs'.includes(lower)) {
      let n = 1;
      while ((format[i + n] ?? '').toLowerCase() === lower) n++;
      tokens.push({ kind: lower as Token['kind'], text: lower.repeat(n) });
      i += n;
      continue;
    }
    tokens.push({ kind: 'literal', text: ch });
    i++;
  }
  return tokens;
}

export function formatDateTime(date: Date, format: string, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const tokens = tokenizeDate(format.split(';')[0] ?? format);
  const twelveHour = tokens.some((t) => t.kind === 'ampm');
  let out = '';
  tokens.forEach((t, index) => {
    const n = t.text.length;
    switch (t.kind) {
      case 'literal':
        out += t.text;
        break;
      case 'y':
        out += n <= 2 ? pad(p.year % 100, 2) : String(p.year);
        break;
      case 'd':
        if (n >= 4) out += DAYS[p.weekday];
        else if (n === 3) out += (DAYS[p.weekday] as string).slice(0, 3);
        else out += n === 2 ? pad(p.day, 2) : String(p.day);
        break;
      case 'h': {
        const h = twelveHour ? (p.hour % 12 === 0 ? 12 : p.hour % 12) : p.hour;
        out += n >= 2 ? pad(h, 2) : String(h);
        break;
      }
      case 's':
        out += n >= 2 ? pad(p.second, 2) : String(p.second);
        break;
      case 'ampm':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'm': {
        // "m" is minutes right after an hour or right before a seconds token, else the month.
        const prev = tokens
          .slice(0, index)
          .reverse()
          .find((x) => x.kind !== 'literal');
        const next = tokens.slice(index + 1).find((x) => x.kind !== 'literal');
        const minutes = prev?.kind === 'h' || next?.kind === 's';
        if (minutes) out += n >= 2 ? pad(p.minute, 2) : String(p.minute);
        else if (n >= 5) out += (MONTHS[p.month - 1] as string).slice(0, 1);
        else if (n === 4) out += MONTHS[p.month - 1];
        else if (n === 3) out += (MONTHS[p.month - 1] as string).slice(0, 3);
        else out += n === 2 ? pad(p.month, 2) : String(p.month);
        break;
      }
    }
  });
  return out;
}

export function formatNumber(value: number, format: string): string {
  const sections = format.split(';');
  const section = (value < 0 && sections[1] !== undefined ? sections[1] : sections[0]) ?? '';
  const negativeSection = value < 0 && sections[1] !== undefined;
  const core = /[#0,.]*[#0][#0,.]*/.exec(section);
  if (!core) return literalText(section) || formatGeneralNumber(value);
  const prefix = literalText(section.slice(0, core.index));
  const suffix = literalText(section.slice(core.index + core[0].length));
  const percent = suffix.includes('%');
  const [intPattern = '', decPattern = ''] = core[0].split('.');
  const minDecimals = (decPattern.match(/0/g) ?? []).length;
  const maxDecimals = (decPattern.match(/[0#]/g) ?? []).length;
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const grouping = intPattern.includes(',');
  let n = Math.abs(value) * (percent ? 100 : 1);
  let text = n.toFixed(maxDecimals);
  if (maxDecimals > minDecimals) {
    const [i, d = ''] = text.split('.');
    let trimmed = d;
    while (trimmed.length > minDecimals && trimmed.endsWith('0')) trimmed = trimmed.slice(0, -1);
    text = trimmed ? `${i}.${trimmed}` : (i as string);
  }
  const [wholePart = '0', decPart] = text.split('.');
  let intPart = wholePart;
  if (intPart === '0' && minInt === 0) intPart = '';
  intPart = intPart.padStart(minInt, '0');
  if (grouping) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  n = Number(text);
  const sign = value < 0 && !negativeSection && n !== 0 ? '-' : '';
  return `${sign}${prefix}${intPart}${decPart !== undefined ? `.${decPart}` : ''}${suffix}`;
}

function literalText(part: string): string {
  return part
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/[_*]./g, '');
}
