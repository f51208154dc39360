/**
 * How values are printed on a form. Dates are calendar-day keys ("YYYY-MM-DD") and are formatted
 * by splitting the key, never through a Date, so no time zone can move a day (merge tools that
 * pass dates through a spreadsheet's time zone are known for printing the day before).
 */
import type { DateKey } from '../dates';

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(key: DateKey | null | undefined): [number, number, number] | null {
  const match = key ? DATE_KEY.exec(key) : null;
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/**
 * "2026. 3. 20.": the date style of Korean public documents (행정업무운영 편람: 연·월·일 글자를
 * 생략하고 온점으로 표시), compact enough for a narrow table column.
 */
export function formatDate(key: DateKey | null | undefined): string {
  const p = parts(key);
  return p ? `${p[0]}. ${p[1]}. ${p[2]}.` : '';
}

/** "2026년 3월 20일": for a date inside a sentence ("본인은 2026년 3월 20일부터 …"). */
export function formatDateLong(key: DateKey | null | undefined): string {
  const p = parts(key);
  return p ? `${p[0]}년 ${p[1]}월 ${p[2]}일` : '';
}

/** "2026. 3. 23. ~ 2026. 6. 30.", or only the start when there is no end. */
export function formatPeriod(start: DateKey | null, end: DateKey | null): string {
  if (!start && !end) return '';
  return end ? `${formatDate(start)} ~ ${formatDate(end)}` : `${formatDate(start)} ~`;
}

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * A paper form's tick boxes: every choice is printed, the chosen one filled, so an empty choice is
 * visibly empty (to tick by hand) rather than missing: "■ 달성  □ 연장  □ 재사정".
 */
export function formatChoices<K extends string>(
  labels: Record<K, string>,
  chosen: K | null | undefined,
): string {
  return (Object.keys(labels) as K[]).map((key) => `${key === chosen ? '■' : '□'} ${labels[key]}`).join('  ');
}
