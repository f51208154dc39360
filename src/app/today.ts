/**
 * "오늘 할 일" for the sidebar: the daily digest's rules, live. The sidebar is inside the sheet's
 * access control, so names are shown whole here (the e-mail masks them). Reads; writes nothing.
 */
import { weekdayLabel, holidayName, isWorkingDay } from '../domain/holidays';
import { DUE_KINDS, whenLabel, type DueItem } from '../domain/due-items';
import { todayListInput } from '../domain/reminder-schemas';
import { parseInput } from '../domain/validation';
import type { DateKey } from '../domain/dates';
import type { AppContext } from './context';
import { readDueSnapshot, readStoredDueItems } from './due-snapshot';
import { reminderStatus, type ReminderStatus } from './reminder-state';
import { UnitOfWork } from './unit-of-work';

/** A due item as the sidebar shows it: the rule's item with its kind and timing in words. */
export interface TodayItem extends DueItem {
  /** '재사정', '점검', '사후관리' … */
  kindLabel: string;
  /** "3일 지남", "오늘", "2일 남음". */
  when: string;
}

export interface TodayList {
  today: DateKey;
  /** '월' … '일'. */
  weekday: string;
  isWorkingDay: boolean;
  /** The holiday's name, '' on an ordinary day. */
  holiday: string;
  user: string;
  scope: 'mine' | 'all';
  /** Whose list it is ('' for everyone). */
  caseManager: string;
  overdue: TodayItem[];
  dueSoon: TodayItem[];
  /** Counts before `limit` cut the lists. */
  counts: { overdue: number; dueSoon: number };
  truncated: boolean;
  /** The daily reminders' state, for a line such as "매일 알림: 켜짐 (8시, kim@…)". */
  reminders: ReminderStatus & { hour: number };
}

const DEFAULT_LIMIT = 200;

export function getTodayList(ctx: AppContext, payload: unknown): TodayList {
  const input = parseInput(todayListInput, payload ?? {});
  const user = ctx.currentUser().trim().toLowerCase();
  const scope = input.scope ?? (input.caseManager ? 'all' : 'mine');
  const manager = (input.caseManager ?? (scope === 'mine' ? user : '')).trim().toLowerCase();
  const work = new UnitOfWork(ctx);
  const snapshot = readStoredDueItems(work, ctx.now()) ?? readDueSnapshot(work, ctx.now());
  const mine = (item: DueItem) => manager === '' || item.caseManager.toLowerCase() === manager;
  const items = snapshot.items.filter(mine);
  const limit = input.limit ?? DEFAULT_LIMIT;
  const overdue = items.filter((i) => i.status === 'overdue');
  const dueSoon = items.filter((i) => i.status === 'dueSoon');
  return {
    today: snapshot.today,
    weekday: weekdayLabel(snapshot.today),
    isWorkingDay: isWorkingDay(snapshot.today, snapshot.settings.extraHolidays),
    holiday: holidayName(snapshot.today, snapshot.settings.extraHolidays),
    user,
    scope,
    caseManager: manager,
    overdue: overdue.slice(0, limit).map(toTodayItem),
    dueSoon: dueSoon.slice(0, Math.max(0, limit - Math.min(limit, overdue.length))).map(toTodayItem),
    counts: { overdue: overdue.length, dueSoon: dueSoon.length },
    truncated: overdue.length + dueSoon.length > limit,
    reminders: { ...reminderStatus(ctx), hour: snapshot.settings.reminderHour },
  };
}

function toTodayItem(item: DueItem): TodayItem {
  return {
    kind: item.kind,
    kindLabel: DUE_KINDS[item.kind],
    status: item.status,
    caseNo: item.caseNo,
    clientName: item.clientName,
    caseManager: item.caseManager,
    dueOn: item.dueOn,
    ruleDueOn: item.ruleDueOn,
    daysOverdue: item.daysOverdue,
    when: whenLabel(item),
    title: item.title,
    reason: item.reason,
    refId: item.refId,
  };
}
