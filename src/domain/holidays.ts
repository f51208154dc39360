/**
 * Working days in a 동 주민센터: Monday to Friday, minus the public holidays of 관공서의 공휴일에 관한
 * 규정 (the rules for government offices, which is what case managers follow). A due date that falls
 * on a day off moves to the previous working day, so a reminder never expects work on a closed day.
 *
 * The holidays are data, not rules: lunar holidays, election days and one-off 임시공휴일 cannot be
 * computed, so each year is listed in full. To add a year, copy a block and fill it in from the
 * 한국천문연구원 월력요항 published the summer before. A centre can also add days of its own (a
 * 임시공휴일 announced mid-year) in the 설정 tab without a new release (`extraHolidays`).
 *
 * Sources: 한국천문연구원 「월력요항」 2025 and 2026; 관공서의 공휴일에 관한 규정 (대체공휴일:
 * 설·추석 on a Sunday or overlapping another holiday; 국경일, 어린이날, 부처님오신날, 성탄절 on a
 * Saturday or Sunday); 공휴일에 관한 법률 개정 (passed 2026-01-29) making 제헌절 a public holiday
 * again from 2026; 2025-01-27 임시공휴일 and 2025-06-03 제21대 대통령 선거일 (공직선거법: 선거일은
 * 공휴일); 2026-06-03 제9회 전국동시지방선거일. 2027 follows the same rules and the lunar calendar
 * (설날 2027-02-07 in Korea): check it against KASI's 2027 월력요항 when it is published.
 */
import type { DateKey } from './dates';

export const KOREAN_PUBLIC_HOLIDAYS: Readonly<Record<DateKey, string>> = {
  // 2025
  '2025-01-01': '신정',
  '2025-01-27': '임시공휴일',
  '2025-01-28': '설날 연휴',
  '2025-01-29': '설날',
  '2025-01-30': '설날 연휴',
  '2025-03-01': '삼일절',
  '2025-03-03': '대체공휴일(삼일절)',
  '2025-05-05': '어린이날·부처님오신날',
  '2025-05-06': '대체공휴일(어린이날·부처님오신날)',
  '2025-06-03': '대통령 선거일',
  '2025-06-06': '현충일',
  '2025-08-15': '광복절',
  '2025-10-03': '개천절',
  '2025-10-05': '추석 연휴',
  '2025-10-06': '추석',
  '2025-10-07': '추석 연휴',
  '2025-10-08': '대체공휴일(추석)',
  '2025-10-09': '한글날',
  '2025-12-25': '성탄절',
  // 2026
  '2026-01-01': '신정',
  '2026-02-16': '설날 연휴',
  '2026-02-17': '설날',
  '2026-02-18': '설날 연휴',
  '2026-03-01': '삼일절',
  '2026-03-02': '대체공휴일(삼일절)',
  '2026-05-05': '어린이날',
  '2026-05-24': '부처님오신날',
  '2026-05-25': '대체공휴일(부처님오신날)',
  '2026-06-03': '전국동시지방선거일',
  '2026-06-06': '현충일',
  '2026-07-17': '제헌절',
  '2026-08-15': '광복절',
  '2026-08-17': '대체공휴일(광복절)',
  '2026-09-24': '추석 연휴',
  '2026-09-25': '추석',
  '2026-09-26': '추석 연휴',
  '2026-10-03': '개천절',
  '2026-10-05': '대체공휴일(개천절)',
  '2026-10-09': '한글날',
  '2026-12-25': '성탄절',
  // 2027
  '2027-01-01': '신정',
  '2027-02-06': '설날 연휴',
  '2027-02-07': '설날',
  '2027-02-08': '설날 연휴',
  '2027-02-09': '대체공휴일(설날)',
  '2027-03-01': '삼일절',
  '2027-05-05': '어린이날',
  '2027-05-13': '부처님오신날',
  '2027-06-06': '현충일',
  '2027-07-17': '제헌절',
  '2027-07-19': '대체공휴일(제헌절)',
  '2027-08-15': '광복절',
  '2027-08-16': '대체공휴일(광복절)',
  '2027-09-14': '추석 연휴',
  '2027-09-15': '추석',
  '2027-09-16': '추석 연휴',
  '2027-10-03': '개천절',
  '2027-10-04': '대체공휴일(개천절)',
  '2027-10-09': '한글날',
  '2027-10-11': '대체공휴일(한글날)',
  '2027-12-25': '성탄절',
  '2027-12-27': '대체공휴일(성탄절)',
};

/** Years the list covers in full; outside them only weekends count as days off. */
export const HOLIDAY_YEARS: readonly number[] = [2025, 2026, 2027];

const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'] as const;

/** 0 = Sunday … 6 = Saturday, for a calendar day (no time zone involved). */
export function dayOfWeek(key: DateKey): number {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** '월' … '일': how a Korean date is written ("3월 3일 (화)"). */
export function weekdayLabel(key: DateKey): string {
  return WEEKDAYS[dayOfWeek(key)] as string;
}

/** The holiday's name, '' when the day is not a public holiday (or one the centre added). */
export function holidayName(key: DateKey, extraHolidays: readonly DateKey[] = []): string {
  return KOREAN_PUBLIC_HOLIDAYS[key] ?? (extraHolidays.includes(key) ? '추가 휴일' : '');
}

export function isWorkingDay(key: DateKey, extraHolidays: readonly DateKey[] = []): boolean {
  const weekday = dayOfWeek(key);
  return weekday !== 0 && weekday !== 6 && holidayName(key, extraHolidays) === '';
}

/** The day itself when it is a working day, otherwise the last working day before it. */
export function previousWorkingDay(key: DateKey, extraHolidays: readonly DateKey[] = []): DateKey {
  let day = key;
  // At most a fortnight back: no run of days off in Korea is anywhere near that long.
  for (let i = 0; i < 14 && !isWorkingDay(day, extraHolidays); i++) day = shiftDay(day, -1);
  return day;
}

function shiftDay(key: DateKey, days: number): DateKey {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
