import { zonedParts, zonedToUtc } from '../tz';

/** Sheets stores dates as serial numbers: days since 1899-12-30 on the spreadsheet's wall clock. */
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86400000;

export function dateToSerial(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  return (wall - EPOCH) / DAY;
}

export function serialToDate(serial: number, timeZone: string): Date {
  const wall = new Date(EPOCH + Math.round(serial * DAY));
  return new Date(
    zonedToUtc(
      timeZone,
      wall.getUTCFullYear(),
      wall.getUTCMonth() + 1,
      wall.getUTCDate(),
      wall.getUTCHours(),
      wall.getUTCMinutes(),
      wall.getUTCSeconds(),
      wall.getUTCMilliseconds(),
    ),
  );
}
