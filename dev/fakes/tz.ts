/** Wall-clock arithmetic in named time zones (Intl/ICU), the way Apps Script's Java side does it. */

export interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Java's TimeZone.getTimeZone falls back to GMT for unknown ids; so do we. */
const knownZones = new Map<string, string>();

export function normalizeTimeZone(tz: string): string {
  const known = knownZones.get(tz);
  if (known) return known;
  let normalized = tz;
  if (!/^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.test(tz)) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
    } catch {
      normalized = 'UTC';
    }
  }
  knownZones.set(tz, normalized);
  return normalized;
}

function fixedOffset(tz: string): number | null {
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(tz);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

const HOUR = 3600000;
const bucketOffsets = new Map<string, number | null>();

/** The zone's UTC offset at an instant, straight from ICU (slow: formatToParts). */
function exactOffset(ms: number, tz: string): number {
  const parts: Record<string, string> = {};
  for (const p of formatter(tz).formatToParts(new Date(ms))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC') year = 1 - year;
  const asUtc = Date.UTC(
    year,
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  // Not rounded: local mean time offsets (Seoul before 1908: +8:27:52) have seconds.
  return (asUtc - (ms - (((ms % 1000) + 1000) % 1000))) / 60000;
}

/**
 * Offsets only change at transitions; an hour whose start and end share an offset has no
 * transition inside, so that offset is cached for the whole hour (sheet writes type many dates).
 */
export function offsetMinutes(ms: number, timeZone: string): number {
  const tz = normalizeTimeZone(timeZone);
  const fixed = fixedOffset(tz);
  if (fixed !== null) return fixed;
  const bucket = Math.floor(ms / HOUR);
  const key = `${tz}|${bucket}`;
  let cached = bucketOffsets.get(key);
  if (cached === undefined) {
    const a = exactOffset(bucket * HOUR, tz);
    const b = exactOffset((bucket + 1) * HOUR - 1000, tz);
    cached = a === b ? a : null;
    if (bucketOffsets.size > 100000) bucketOffsets.clear();
    bucketOffsets.set(key, cached);
  }
  return cached ?? exactOffset(ms, tz);
}

export function zonedParts(when: Date | number, timeZone: string): ZonedParts {
  const ms = typeof when === 'number' ? when : when.getTime();
  const offset = offsetMinutes(ms, timeZone);
  const shifted = new Date(ms + offset * 60000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
    offsetMinutes: offset,
  };
}

/** The instant at which the wall clock in `timeZone` shows the given fields. */
export function zonedToUtc(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  let guess = wall - zonedParts(wall, timeZone).offsetMinutes * 60000;
  // A second pass settles DST/LMT edges where the offset differs between the two instants.
  guess = wall - zonedParts(guess, timeZone).offsetMinutes * 60000;
  return guess;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
