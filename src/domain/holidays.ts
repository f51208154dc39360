/**
 * Working days in a 동 주민센터: Monday to Friday, minus the public holidays of 관공서의 공휴일에 관한
 * 규정 (the rules for government offices, which is what case managers follow). A due date that falls
 * on a day off moves to the previous working day, so a reminder never expects work on a closed day.
 *
 * The holidays are data, not rules: lunar holidays, election days and one-off 임시공휴일 cannot be
 * computed. They come from `@hyunbinseo/holidays-kr` (MIT), which is built from the official
 * gazette (관보) and 한국천문연구원 「월력요항」 and publishes next year's list each summer: adding a
 * year is `npm update @hyunbinseo/holidays-kr` and a release (docs/decisions/0006). The package is
 * plain data (no Node APIs); esbuild bundles it into Code.js. A centre can also add days of its own
 * (a 임시공휴일 announced mid-year) in the 설정 tab without a new release (`extraHolidays`).
 */
import * as gazette from '@hyunbinseo/holidays-kr/all';
import type { DateKey } from './dates';

type GazetteYear = Readonly<Record<string, readonly string[]>>;

/**
 * One year of the package: day → names. A CommonJS bundle of the package (the bench's) also shows
 * its module's `default` export among the values; that one is not a year.
 */
function isGazetteYear(value: unknown): value is GazetteYear {
  return (
    typeof value === 'object' && value !== null && Object.values(value).every((names) => Array.isArray(names))
  );
}

/** Date → the gazette's name ('설날', '대체공휴일(노동절)'); two holidays on one day are joined with '·'. */
export const KOREAN_PUBLIC_HOLIDAYS: Readonly<Record<DateKey, string>> = Object.fromEntries(
  (Object.values(gazette) as unknown[])
    .filter(isGazetteYear)
    .flatMap((year) => Object.entries(year).map(([day, names]) => [day, names.join('·')])),
);

/** Years the list covers in full; outside them only weekends (and the centre's own days) count. */
export const HOLIDAY_YEARS: readonly number[] = Object.keys(gazette)
  .map((name) => Number(name.slice(1)))
  .sort((a, b) => a - b);

/** From this day of a year on, next year's holidays should be known (the gazette is out by summer). */
const WARN_FROM = '10-01';

/**
 * What the 대시보드 and the data-health report say when due dates would silently ignore holidays:
 * this year is not covered, or it is 1 October or later and next year is not. null when all is well.
 */
export function holidayCoverageWarning(today: DateKey): string | null {
  const year = Number(today.slice(0, 4));
  const missing = !HOLIDAY_YEARS.includes(year)
    ? year
    : today.slice(5) >= WARN_FROM && !HOLIDAY_YEARS.includes(year + 1)
      ? year + 1
      : null;
  if (missing === null) return null;
  return (
    `${missing}년 공휴일 정보가 아직 없습니다: ${missing}년의 기한은 주말만 피하고 공휴일은 피하지 않습니다. ` +
    "추가 기능을 새 버전으로 업데이트해 달라고 담당자에게 요청하고, 그 전까지는 '설정' 탭의 추가 휴일에 " +
    `${missing}년 공휴일을 입력하세요.`
  );
}

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
