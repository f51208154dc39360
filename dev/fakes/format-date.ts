import { fail } from './errors';
import { zonedParts } from './tz';

/**
 * Java SimpleDateFormat, which Utilities.formatDate uses
 * (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
 * Names (E, MMM, a) are English, as Apps Script prints them whatever the user's locale.
 */
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
const ZONE_ABBREVIATIONS: Record<string, [string, string]> = {
  'Asia/Seoul': ['KST', 'Korea Standard Time'],
  'Asia/Tokyo': ['JST', 'Japan Standard Time'],
  UTC: ['UTC', 'Coordinated Universal Time'],
  'Etc/UTC': ['UTC', 'Coordinated Universal Time'],
  GMT: ['GMT', 'Greenwich Mean Time'],
};

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function offset(exactMinutes: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  const minutes = Math.round(exactMinutes);
  if (minutes === 0 && style !== 'Z') return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const h = pad(Math.floor(abs / 60), 2);
  const m = pad(abs % 60, 2);
  if (style === 'X') return `${sign}${h}`;
  if (style === 'XXX') return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      if (end < 0) fail(`Invalid argument: pattern (unterminated quote in "${pattern}")`);
      // '' inside a quoted run is a literal quote.
      let j = i + 1;
      let literal = '';
      while (j < pattern.length) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            literal += "'";
            j += 2;
            continue;
          }
          break;
        }
        literal += pattern[j];
        j++;
      }
      out += literal;
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    out += field(ch, n, p, timeZone);
  }
  return out;
}

function field(ch: string, n: number, p: ReturnType<typeof zonedParts>, timeZone: string): string {
  const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
  switch (ch) {
    case 'G':
      return p.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
      return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
    case 'M':
    case 'L':
      if (n >= 4) return MONTHS[p.month - 1] as string;
      if (n === 3) return (MONTHS[p.month - 1] as string).slice(0, 3);
      return pad(p.month, n);
    case 'd':
      return pad(p.day, n);
    case 'D': {
      const start = Date.UTC(p.year, 0, 1);
      const today = Date.UTC(p.year, p.month - 1, p.day);
      return pad((today - start) / 86400000 + 1, n);
    }
    case 'E':
      return n >= 4 ? (DAYS[p.weekday] as string) : (DAYS[p.weekday] as string).slice(0, 3);
    case 'u':
      return pad(p.weekday === 0 ? 7 : p.weekday, n);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(p.hour, n);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, n);
    case 'h':
      return pad(hour12, n);
    case 'K':
      return pad(p.hour % 12, n);
    case 'm':
      return pad(p.minute, n);
    case 's':
      return pad(p.second, n);
    case 'S':
      return pad(p.millisecond, n);
    case 'z': {
      const names = ZONE_ABBREVIATIONS[timeZone];
      if (names) return n >= 4 ? names[1] : names[0];
      return `GMT${offset(p.offsetMinutes, 'XXX').replace('Z', '+00:00')}`;
    }
    case 'Z':
      return offset(p.offsetMinutes, 'Z');
    case 'X':
      return offset(p.offsetMinutes, n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX');
    default:
      return fail(`Invalid argument: pattern (Illegal pattern character '${ch}')`);
  }
}
