/**
 * Pure helpers for 오늘 할 일: what to ask getTodayList for, the lines in order (overdue first),
 * and the daily reminders' state in words.
 */
import type { TodayListInput } from '../domain/reminder-schemas';
import type { TodayItem, TodayList } from './api';

export type TodayScope = 'mine' | 'all';

/**
 * 내 사례 asks for the account the list knows as "me" (which may be one picked by hand), else the
 * server's signed-in user; 전체 asks for everyone's.
 */
export function todayRequest(scope: TodayScope, me: string | null): TodayListInput {
  if (scope === 'all') return { scope: 'all' };
  return me ? { caseManager: me } : { scope: 'mine' };
}

export interface TodayLine {
  /** Unique within the list (a case can have several lines of the same kind). */
  key: string;
  tone: 'overdue' | 'soon';
  item: TodayItem;
}

/** Overdue lines first, then due soon, each in the server's order. */
export function todayLines(list: Pick<TodayList, 'overdue' | 'dueSoon'>): TodayLine[] {
  const seen = new Map<string, number>();
  const line = (item: TodayItem, tone: TodayLine['tone']): TodayLine => {
    const base = `${tone}|${item.caseNo}|${item.kind}|${item.refId}|${item.dueOn}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: n === 0 ? base : `${base}|${n}`, tone, item };
  };
  return [...list.overdue.map((i) => line(i, 'overdue')), ...list.dueSoon.map((i) => line(i, 'soon'))];
}

/** How many things are due (before `limit` cut the lists), for "오늘 할 일 (n)". */
export function todayCount(list: Pick<TodayList, 'counts'>): number {
  return list.counts.overdue + list.counts.dueSoon;
}

/** "2026-03-03 (화)", with the holiday's name or 쉬는 날. */
export function dayLine(list: Pick<TodayList, 'today' | 'weekday' | 'holiday' | 'isWorkingDay'>): string {
  const extra = list.holiday ? ` · ${list.holiday}` : list.isWorkingDay ? '' : ' · 쉬는 날';
  return `${list.today} (${list.weekday})${extra}`;
}

export interface ReminderLines {
  /** "매일 알림: 켜짐 (8시, kim.sw@…)". */
  state: string;
  /** The last run in words, '' when it never ran. */
  lastRun: string;
  /** The last failure, shown as a warning; '' when none. */
  failure: string;
}

export function reminderLines(reminders: TodayList['reminders']): ReminderLines {
  const owner = reminders.owner ? `, ${reminders.owner}` : '';
  const state = reminders.enabled
    ? `매일 알림: 켜짐 (${reminders.hour}시${owner})`
    : '매일 알림: 꺼짐 (설정 메뉴에서 켤 수 있습니다)';
  const run = reminders.lastRun;
  const lastRun = run ? `마지막 실행 ${run.at}${run.text ? `: ${run.text}` : ''}` : '';
  const fail = reminders.lastFailure;
  // A failure that a later successful run has already overtaken is history, not a warning.
  const overtaken =
    fail && run && run.at > fail.at && (run.status === 'done' || run.status === 'alreadyDone');
  const failure = fail && !overtaken ? `알림 실패 (${fail.at}): ${fail.message}` : '';
  return { state, lastRun, failure };
}
