/**
 * What the daily reminders remember between runs, in document properties (shared by everyone who
 * uses this spreadsheet, and small: see PERFORMANCE.md's 9 KB per value). An empty string means
 * "not set": AppContext can set a property but not delete one.
 */
import type { DateKey } from '../domain/dates';
import type { Tone } from '../db/dashboard';
import type { AppContext } from './context';

export const REMINDER_KEYS = {
  /** Email of the one person whose trigger runs the reminders for this spreadsheet. */
  owner: 'reminders.owner',
  /** 'true' after someone turned the reminders off: setup must not turn them back on. */
  disabled: 'reminders.disabled',
  /** The last day whose run finished everything (every mail settled). */
  doneDay: 'reminders.doneDay',
  /** What today's sent-log holds that the 발송기록 tab does not yet (src/domain/reminder-log.ts). */
  ledger: 'reminders.ledger',
  lastRun: 'reminders.lastRun',
  lastFailure: 'reminders.lastFailure',
  /** The supervisors' addresses as last read from 설정, to report a run that cannot read 설정. */
  supervisors: 'reminders.supervisors',
} as const;

export type RunStatus = 'alreadyDone' | 'notYet' | 'busy' | 'done' | 'partial' | 'failed';

export interface LastRun {
  day: DateKey;
  /** "YYYY-MM-DD HH:mm:ss" in Seoul. */
  at: string;
  status: RunStatus;
  sent: number;
  pending: number;
  /** One Korean sentence for the dashboard's banner. */
  text: string;
  tone: Tone;
}

export interface LastFailure {
  day: DateKey;
  at: string;
  message: string;
  /** Whether a supervisor has been told (by a failure mail or the next digest). */
  reported: boolean;
}

export function readJson<T>(ctx: AppContext, key: string): T | null {
  const text = ctx.properties.get(key);
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

export function writeJson(ctx: AppContext, key: string, value: unknown): void {
  ctx.properties.set(key, value === null ? '' : JSON.stringify(value));
}

export interface ReminderStatus {
  enabled: boolean;
  /** Whose account sends the mails ('' when nobody turned them on). */
  owner: string;
  lastRun: LastRun | null;
  lastFailure: LastFailure | null;
}

export function reminderStatus(ctx: AppContext): ReminderStatus {
  const owner = ctx.properties.get(REMINDER_KEYS.owner) ?? '';
  return {
    enabled: owner !== '' && ctx.properties.get(REMINDER_KEYS.disabled) !== 'true',
    owner,
    lastRun: readJson<LastRun>(ctx, REMINDER_KEYS.lastRun),
    lastFailure: readJson<LastFailure>(ctx, REMINDER_KEYS.lastFailure),
  };
}
