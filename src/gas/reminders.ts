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
import { documentsFolderPort } from './documents';
import type { AppContext } from '../app/context';
import { refreshDashboard as refreshDashboardIn } from '../app/dashboard';
import {
  reportReminderFailure,
  runReminders,
  switchReminders,
  type MailPort,
  type ReminderRunResult,
} from '../app/reminders';
import { REMINDER_KEYS } from '../app/reminder-state';
import { getTodayList as getTodayListIn } from '../app/today';
import type { TodayListInput } from '../domain/reminder-schemas';
import { forTheSidebar, serve } from './serve';
import type { OnFailure } from '../app/compensate';
import { readReminderSettings } from '../app/due-snapshot';
import { UnitOfWork } from '../app/unit-of-work';
import { UserError } from '../domain/validation';
import { auditMoveIssues, moveAuditIntake, type AuditMove } from '../app/audit-move';
import {
  appContext,
  caseSpreadsheet,
  forgetTriggerSpreadsheet,
  rememberSpreadsheet,
  rememberTriggerSpreadsheet,
  setProperty,
  triggerSpreadsheetId,
} from './app-context';

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

/** The reminders' context: the one lock of src/gas/app-context.ts, as every use case. */
function reminderContext(triggerUid?: string): AppContext {
  return appContext(caseSpreadsheet(triggerUid));
}

type Trigger = GoogleAppsScript.Script.Trigger;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * This person's reminder triggers for this spreadsheet. Whether getUserTriggers(spreadsheet) lists
 * time-driven triggers is not documented, so the project's triggers count too when the user
 * properties say they were made for this spreadsheet, or when one is the trigger now running
 * (`runningUid`, from its event object: it fired for this spreadsheet).
 */
function myTriggers(spreadsheet: Spreadsheet, runningUid?: string): Trigger[] {
  const mine = new Map<string, Trigger>();
  for (const trigger of ScriptApp.getUserTriggers(spreadsheet))
    if (trigger.getHandlerFunction() === HANDLER) mine.set(trigger.getUniqueId(), trigger);
  for (const trigger of ScriptApp.getProjectTriggers()) {
    const uid = trigger.getUniqueId();
    const forThis = uid === runningUid || triggerSpreadsheetId(uid) === spreadsheet.getId();
    if (trigger.getHandlerFunction() === HANDLER && forThis) mine.set(uid, trigger);
  }
  return [...mine.values()];
}

/** Apps Script's refusal of a second time-driven trigger in one document for one user. */
const TRIGGER_LIMIT = /too many time-based triggers/i;

/**
 * One hourly trigger per person and spreadsheet. A refusal for "too many time-based triggers" means
 * the one this add-on may hold in the document exists already, listed or not. (Made in a test
 * deployment too, where it will not run: the trigger is then ready once the add-on is published.)
 */
function installTrigger(spreadsheet: Spreadsheet, onFailure?: OnFailure): void {
  const existing = myTriggers(spreadsheet)[0];
  if (existing) {
    rememberTriggerSpreadsheet(existing.getUniqueId(), spreadsheet, onFailure);
    return;
  }
  // A create that reports a failure may still have made the trigger: the undo takes back whatever
  // trigger of this handler is new, not only the one this call got back.
  if (onFailure) {
    const before = new Set(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId()));
    onFailure(() => {
      for (const trigger of ScriptApp.getProjectTriggers())
        if (trigger.getHandlerFunction() === HANDLER && !before.has(trigger.getUniqueId())) {
          forgetTriggerSpreadsheet(trigger.getUniqueId());
          ScriptApp.deleteTrigger(trigger);
        }
    });
  }
  let trigger: Trigger;
  try {
    trigger = ScriptApp.newTrigger(HANDLER).timeBased().everyHours(1).create();
  } catch (error) {
    if (TRIGGER_LIMIT.test(String(error))) return;
    throw error;
  }
  rememberTriggerSpreadsheet(trigger.getUniqueId(), spreadsheet);
}

function removeMyTriggers(spreadsheet: Spreadsheet, runningUid?: string, onFailure?: OnFailure): number {
  const mine = myTriggers(spreadsheet, runningUid);
  // Undone, the person's reminders run again: the triggers still there are remembered again, and
  // when none is left, one is made (a new id, the same hourly run).
  if (onFailure && mine.length > 0) {
    const uids = mine.map((trigger) => trigger.getUniqueId());
    onFailure(() => {
      const left = ScriptApp.getProjectTriggers().filter((t) => uids.includes(t.getUniqueId()));
      if (left.length === 0) installTrigger(spreadsheet);
      else for (const trigger of left) rememberTriggerSpreadsheet(trigger.getUniqueId(), spreadsheet);
    });
  }
  for (const trigger of mine) {
    forgetTriggerSpreadsheet(trigger.getUniqueId());
    ScriptApp.deleteTrigger(trigger);
  }
  return mine.length;
}

/**
 * Installable triggers do not run in a test deployment ("Test an Editor add-on": installable
 * triggers aren't supported when testing), where the add-on is not installed from anywhere and
 * getInstallationSource() answers NONE.
 */
function inTestDeployment(): boolean {
  return ScriptApp.getInstallationSource() === ScriptApp.InstallationSource.NONE;
}

const TEST_DEPLOYMENT_NOTICE =
  '테스트 배포에서는 매일 알림이 꺼져 있습니다: Google은 테스트 중에 설치형 트리거를 실행하지 않습니다. ' +
  '게시된 추가 기능에서 시트 준비·복구를 실행하면 매일 알림이 켜집니다.';

/**
 * The time-driven trigger's handler (also safe to call by hand: it never sends a digest twice a
 * day). Only the owner's trigger works; a trigger left behind by a former owner removes itself.
 */
export function runDailyReminders(
  event?: Partial<GoogleAppsScript.Events.TimeDriven>,
):
  | (ReminderRunResult & { resources?: ReturnType<typeof publishOncePerDay>; auditMove?: AuditMoveOutcome })
  | { status: 'notOwner' | 'disabled'; message: string } {
  const ctx = reminderContext(event?.triggerUid);
  const me = ctx.currentUser().trim().toLowerCase();
  const owner = (ctx.properties.get(REMINDER_KEYS.owner) ?? '').trim().toLowerCase();
  if (ctx.properties.get(REMINDER_KEYS.disabled) === 'true') {
    removeMyTriggers(ctx.spreadsheet, event?.triggerUid);
    return { status: 'disabled', message: '매일 알림이 꺼져 있습니다.' };
  }
  if (owner === '') ctx.properties.set(REMINDER_KEYS.owner, me);
  else if (owner !== me) {
    removeMyTriggers(ctx.spreadsheet, event?.triggerUid);
    return { status: 'notOwner', message: `매일 알림은 ${owner} 계정으로 보냅니다.` };
  }
  const auditMove = moveAuditLog(ctx);
  try {
    const result = {
      ...runReminders(ctx, {
        mail: mailApp,
        deadline: ctx.now().getTime() + SEND_BUDGET_MS,
        documentsFolder: documentsFolderPort(ctx.spreadsheet),
        notices: auditMoveIssues(auditMove),
      }),
      ...(auditMove ? { auditMove } : {}),
    };
    return result.status === 'done' ? { ...result, resources: publishOncePerDay(ctx) } : result;
  } catch (error) {
    reportReminderFailure(ctx, mailApp, error);
    throw error;
  }
}

type AuditMoveOutcome = AuditMove | { error: string };

/**
 * Every hour, before the day's reminders: 변경이력 접수 into 변경이력 (decision 0014). A failure is
 * logged and returned, never thrown, so it cannot stop the reminders; what it left is moved next hour.
 */
function moveAuditLog(ctx: AppContext): AuditMoveOutcome | null {
  try {
    return moveAuditIntake(ctx);
  } catch (error) {
    console.error(error);
    return { error: String((error as { message?: unknown })?.message ?? error) };
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

/** The hour set in 설정; 8 when 설정 cannot be understood (a missing tab). A service failure is not hidden. */
function reminderHour(work: UnitOfWork): number {
  try {
    return readReminderSettings(work).settings.reminderHour;
  } catch (error) {
    if (error instanceof UserError) return 8;
    throw error;
  }
}

/** A notice on the sheet: the switch is made whether or not it shows (the result carries the message too). */
function toast(spreadsheet: Spreadsheet, message: string): void {
  try {
    spreadsheet.toast(message, '동 사례관리', 10);
  } catch {
    // the menu's return value reaches nobody, but the switch stands: nothing to undo
  }
}

/**
 * Menu "매일 알림 켜기": this person's account sends from now on (one trigger per spreadsheet). The
 * trigger, the properties and the 변경이력 entry are made together or not at all.
 */
export const enableDailyReminders = forTheSidebar(
  (): { enabled: true; owner: string; hour: number; message: string } => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const ctx = appContext(spreadsheet);
    const me = ctx.currentUser().trim().toLowerCase();
    const previous = (ctx.properties.get(REMINDER_KEYS.owner) ?? '').trim().toLowerCase();
    const result = switchReminders(
      ctx,
      true,
      `발송 계정 ${me}${previous && previous !== me ? ` (전: ${previous})` : ''}`,
      (work, onFailure) => {
        const hour = reminderHour(work);
        const properties = PropertiesService.getDocumentProperties();
        rememberSpreadsheet(spreadsheet, onFailure);
        installTrigger(spreadsheet, onFailure);
        setProperty(properties, REMINDER_KEYS.owner, me, onFailure);
        setProperty(properties, REMINDER_KEYS.disabled, '', onFailure);
        const takeover =
          previous && previous !== me
            ? ` 전에는 ${previous} 계정으로 보냈으며, 그 알림은 다음 실행 때 스스로 꺼집니다.`
            : '';
        const message = inTestDeployment()
          ? TEST_DEPLOYMENT_NOTICE
          : `매일 알림을 켰습니다: 매일 ${hour}시 이후 한 시간 안에 ${me} 계정으로 보냅니다.${takeover}`;
        return { enabled: true as const, owner: me, hour, message };
      },
    );
    toast(spreadsheet, result.message);
    return result;
  },
);

/**
 * Menu "매일 알림 끄기": removes this person's trigger; anyone else's stops itself on its next run.
 * The trigger's removal, the properties and the 변경이력 entry are made together or not at all.
 */
export const disableDailyReminders = forTheSidebar((): { enabled: false; message: string } => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = appContext(spreadsheet);
  const sender = (ctx.properties.get(REMINDER_KEYS.owner) ?? '').trim();
  const result = switchReminders(ctx, false, sender ? `발송 계정이던 ${sender}` : '', (_work, onFailure) => {
    const properties = PropertiesService.getDocumentProperties();
    removeMyTriggers(spreadsheet, undefined, onFailure);
    setProperty(properties, REMINDER_KEYS.disabled, 'true', onFailure);
    setProperty(properties, REMINDER_KEYS.owner, '', onFailure);
    const message =
      '매일 알림을 껐습니다. 다시 켜려면 확장 프로그램 > 동 사례관리 > 매일 알림 켜기를 누르세요.';
    return { enabled: false as const, message };
  });
  toast(spreadsheet, result.message);
  return result;
});

/**
 * Called by setupWorkbook: turns the reminders on for the person setting up, unless someone turned
 * them off, another person's account already sends them, or the person may not switch them (only
 * the 복지팀장, as from the menu). Running it twice changes nothing.
 * Returns what the person should know, in Korean (nothing when all is as expected).
 */
export function ensureDailyReminders(spreadsheet: Spreadsheet): string[] {
  const ctx = appContext(spreadsheet);
  if (ctx.properties.get(REMINDER_KEYS.disabled) === 'true') return [];
  const me = ctx.currentUser().trim().toLowerCase();
  const owner = (ctx.properties.get(REMINDER_KEYS.owner) ?? '').trim().toLowerCase();
  if (owner !== '' && owner !== me) return [];
  const notices = () => (inTestDeployment() ? [TEST_DEPLOYMENT_NOTICE] : []);
  if (owner === me) {
    // Already this person's: setup only puts back a trigger removed by hand (no switch, no log row).
    installTrigger(spreadsheet);
    return notices();
  }
  // Turning them on is the supervisor's, as from the menu (issue 12), and logged in 변경이력 as the
  // menu's switch is: setup by anyone else sets up the tabs and says who may switch them on.
  try {
    // Made together with its 변경이력 row or not at all: a trigger left behind by a failed save
    // would make the next setup take the reminders as switched on already, and log nothing.
    return switchReminders(ctx, true, `발송 계정 ${me} (시트 준비·복구에서 처음 켬)`, (_work, onFailure) => {
      installTrigger(spreadsheet, onFailure);
      setProperty(PropertiesService.getDocumentProperties(), REMINDER_KEYS.owner, me, onFailure);
      return notices();
    });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return [`매일 알림은 켜지 않았습니다. ${error.message}`];
  }
}

/** Menu "대시보드 새로 고침" (a failure in Korean, as the sidebar's). */
export const refreshDashboard = forTheSidebar((): { overdue: number; dueSoon: number; managers: number } =>
  refreshDashboardIn(appContext()),
);

/** The sidebar's "오늘 할 일": `{ scope?: 'mine' | 'all', caseManager?, limit? }`. */
export const getTodayList = serve<TodayListInput>()(getTodayListIn);
