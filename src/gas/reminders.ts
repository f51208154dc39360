/**
 * The daily reminders' Apps Script edge: the trigger handler, turning the trigger on and off, and
 * MailApp. See docs/reminders.md.
 *
 * Why an hourly trigger and not `everyDays(1).atHour(h)`: an editor add-on may hold only one
 * time-driven trigger per user per document, so there is no second trigger to resume a run that
 * hit the 6-minute limit or the mail quota. The hourly handler does the day's work on its first
 * run after the hour set in 설정 and finishes leftovers on the next ones; every other run returns
 * after reading one document property.
 *
 * A time-driven trigger has no UI and no active spreadsheet: nothing here calls getUi(), and the
 * spreadsheet is opened by the id `setupWorkbook` stored. The trigger runs as the person who turned
 * it on, who is usually not every case manager: mail goes to each case's owner, from their account.
 */
import { seoulDateKey } from '../domain/dates';
import { publishResourcesForTrigger } from './resources';
import type { AppContext } from '../app/context';
import { refreshDashboard as refreshDashboardIn } from '../app/dashboard';
import { reportReminderFailure, runReminders, type MailPort, type ReminderRunResult } from '../app/reminders';
import { REMINDER_KEYS } from '../app/reminder-state';
import { getTodayList as getTodayListIn, type TodayList } from '../app/today';
import { readReminderSettings } from '../app/due-snapshot';
import { UnitOfWork } from '../app/unit-of-work';
import { appContext, caseSpreadsheet, rememberSpreadsheet } from './app-context';

const HANDLER = 'runDailyReminders';
/** Mail stops being started after this much of the 6-minute execution limit: the rest is bookkeeping. */
const SEND_BUDGET_MS = 4.5 * 60 * 1000;
const SENDER_NAME = '동 사례관리';

const mailApp: MailPort = {
  remainingDailyQuota: () => MailApp.getRemainingDailyQuota(),
  send: (to, mail) =>
    MailApp.sendEmail({
      to,
      subject: mail.subject,
      body: mail.body,
      htmlBody: mail.htmlBody,
      name: SENDER_NAME,
    }),
};

/** The reminders' own context: the document lock when Apps Script has one, else the script lock. */
function reminderContext(): AppContext {
  const base = appContext(caseSpreadsheet());
  return {
    ...base,
    withDocumentLock(work) {
      const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
      if (!lock.tryLock(20_000)) throw new Error('잠금을 얻지 못했습니다.');
      try {
        return work();
      } finally {
        lock.releaseLock();
      }
    },
  };
}

function myTriggers(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(spreadsheet).filter((t) => t.getHandlerFunction() === HANDLER);
}

function installTrigger(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  if (myTriggers(spreadsheet).length === 0) ScriptApp.newTrigger(HANDLER).timeBased().everyHours(1).create();
}

function removeMyTriggers(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const mine = myTriggers(spreadsheet);
  for (const trigger of mine) ScriptApp.deleteTrigger(trigger);
  return mine.length;
}

/**
 * The time-driven trigger's handler (also safe to call by hand: it never sends a digest twice a
 * day). Only the owner's trigger works; a trigger left behind by a former owner removes itself.
 */
export function runDailyReminders():
  | (ReminderRunResult & { resources?: ReturnType<typeof publishOncePerDay> })
  | { status: 'notOwner' | 'disabled'; message: string } {
  const ctx = reminderContext();
  const me = ctx.currentUser().trim().toLowerCase();
  const owner = (ctx.properties.get(REMINDER_KEYS.owner) ?? '').trim().toLowerCase();
  if (ctx.properties.get(REMINDER_KEYS.disabled) === 'true') {
    removeMyTriggers(ctx.spreadsheet);
    return { status: 'disabled', message: '매일 알림이 꺼져 있습니다.' };
  }
  if (owner === '') ctx.properties.set(REMINDER_KEYS.owner, me);
  else if (owner !== me) {
    removeMyTriggers(ctx.spreadsheet);
    return { status: 'notOwner', message: `매일 알림은 ${owner} 계정으로 보냅니다.` };
  }
  try {
    const result = runReminders(ctx, { mail: mailApp, deadline: ctx.now().getTime() + SEND_BUDGET_MS });
    return result.status === 'done' ? { ...result, resources: publishOncePerDay(ctx) } : result;
  } catch (error) {
    reportReminderFailure(ctx, mailApp, error);
    throw error;
  }
}

const RESOURCES_PUBLISHED_ON = 'resourcesPublishedOn';

/**
 * The partners' resource list rides on the same trigger (an add-on gets one per user and
 * document), once a day after the digests are done. A failure is returned and logged, never thrown,
 * so it cannot undo the day's reminders.
 */
function publishOncePerDay(ctx: AppContext) {
  const today = seoulDateKey(ctx.now());
  if (ctx.properties.get(RESOURCES_PUBLISHED_ON) === today) return { skipped: '오늘 이미 게시했습니다.' };
  const outcome = publishResourcesForTrigger(ctx);
  if (outcome.error) console.error(outcome.error);
  else ctx.properties.set(RESOURCES_PUBLISHED_ON, today);
  return outcome;
}

function reminderHour(ctx: AppContext): number {
  try {
    return readReminderSettings(new UnitOfWork(ctx)).settings.reminderHour;
  } catch {
    return 8;
  }
}

/** Menu "매일 알림 켜기": this person's account sends from now on (one trigger per spreadsheet). */
export function enableDailyReminders(): { enabled: true; owner: string; hour: number; message: string } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  rememberSpreadsheet(spreadsheet);
  const ctx = appContext(spreadsheet);
  const me = ctx.currentUser().trim().toLowerCase();
  const previous = (ctx.properties.get(REMINDER_KEYS.owner) ?? '').trim().toLowerCase();
  installTrigger(spreadsheet);
  ctx.properties.set(REMINDER_KEYS.owner, me);
  ctx.properties.set(REMINDER_KEYS.disabled, '');
  const hour = reminderHour(ctx);
  const takeover =
    previous && previous !== me
      ? ` 전에는 ${previous} 계정으로 보냈으며, 그 알림은 다음 실행 때 스스로 꺼집니다.`
      : '';
  const message = `매일 알림을 켰습니다: 매일 ${hour}시 이후 한 시간 안에 ${me} 계정으로 보냅니다.${takeover}`;
  spreadsheet.toast(message, '동 사례관리', 10);
  return { enabled: true, owner: me, hour, message };
}

/** Menu "매일 알림 끄기": removes this person's trigger; anyone else's stops itself on its next run. */
export function disableDailyReminders(): { enabled: false; message: string } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = appContext(spreadsheet);
  removeMyTriggers(spreadsheet);
  ctx.properties.set(REMINDER_KEYS.disabled, 'true');
  ctx.properties.set(REMINDER_KEYS.owner, '');
  const message =
    '매일 알림을 껐습니다. 다시 켜려면 확장 프로그램 > 동 사례관리 > 매일 알림 켜기를 누르세요.';
  spreadsheet.toast(message, '동 사례관리', 10);
  return { enabled: false, message };
}

/**
 * Called by setupWorkbook: turns the reminders on for the person setting up, unless someone turned
 * them off or another person's account already sends them. Running it twice changes nothing.
 */
export function ensureDailyReminders(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const ctx = appContext(spreadsheet);
  if (ctx.properties.get(REMINDER_KEYS.disabled) === 'true') return;
  const me = ctx.currentUser().trim().toLowerCase();
  const owner = (ctx.properties.get(REMINDER_KEYS.owner) ?? '').trim().toLowerCase();
  if (owner !== '' && owner !== me) return;
  installTrigger(spreadsheet);
  if (owner !== me) ctx.properties.set(REMINDER_KEYS.owner, me);
}

/** Menu "대시보드 새로 고침". */
export function refreshDashboard(): { overdue: number; dueSoon: number; managers: number } {
  return refreshDashboardIn(appContext());
}

/** The sidebar's "오늘 할 일": `{ scope?: 'mine' | 'all', caseManager?, limit? }`. */
export function getTodayList(payload?: unknown): TodayList {
  return getTodayListIn(appContext(), payload);
}
