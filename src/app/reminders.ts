/**
 * The daily reminders: one digest per case manager per day, a summary for the supervisors, and
 * the 대시보드. Runs from an hourly trigger (src/gas/reminders.ts) and does its day's work on the
 * first run after the configured hour; later runs that day only finish what an earlier one could
 * not (time limit, mail quota, a failed send) and otherwise return at once.
 *
 * A run is one unit under the add-on's one document lock (src/gas/app-context.ts), which flushes
 * the sheet before letting go:
 *  1. read every table once and decide the digests (`planDay`);
 *  2. send, writing the sent-log to document properties after every mail, so a killed run loses
 *     nothing (`sendManagerDigests`, `sendSupervisorSummaries`);
 *  3. append the 발송기록 rows and rewrite the 대시보드 (`recordRun`).
 * A save made meanwhile waits for the lock (up to 20 s; past that it is refused and the form keeps
 * what was typed), so the run never records a picture older than a save it let through, and no
 * two runs overlap. See docs/reminders.md for why each step is where it is.
 */
import { seoulDateKey, seoulTimestamp, type DateKey } from '../domain/dates';
import {
  approvalLines,
  digestLine,
  failureMail,
  managerDigestMail,
  supervisorDigestMail,
  supervisorHasNews,
  staffName,
  type MailContent,
  type SupervisorRow,
} from '../domain/digest';
import { summarizeByManager, type DueItem } from '../domain/due-items';
import { isWorkingDay } from '../domain/holidays';
import {
  isSettled,
  ledgerIssues,
  ledgerKey,
  mailLabel,
  MAX_ATTEMPTS,
  parseLedger,
  recoverLedger,
  serializeLedger,
  fitsInProperty,
  type Audience,
  type Ledger,
  type LedgerEntry,
  type ReminderLogRecord,
  type SendState,
} from '../domain/reminder-log';
import { dashboardSheet, writeDashboard, writeDashboardBanner, type Tone } from '../db/dashboard';
import { appendToTable } from '../db/table';
import { CASES, REMINDER_LOG } from '../db/tables';
import type { AppContext } from './context';
import { dashboardModel, DASHBOARD_TITLE } from './dashboard';
import {
  readDueSnapshot,
  readReminderSettings,
  seoulHour,
  seoulTime,
  type DueSnapshot,
} from './due-snapshot';
import {
  REMINDER_KEYS,
  readJson,
  writeJson,
  type LastFailure,
  type LastRun,
  type RunStatus,
} from './reminder-state';
import { requireSupervisor } from './roles';
import { inTransaction, UnitOfWork } from './unit-of-work';
import { withCompensation, type OnFailure } from './compensate';
import { isServiceFailure } from './service-failure';

/** What the run needs from MailApp (src/gas/reminders.ts adapts it; tests may fake it). */
export interface MailPort {
  /** Recipients this account may still mail in the current 24 hours. */
  remainingDailyQuota(): number;
  send(to: string, mail: MailContent): void;
}

/**
 * What the run needs from Drive (src/gas/reminders.ts adapts it): the documents folder's editors
 * brought in line with the case sheet's, so someone taken off the sheet loses the case documents by
 * the next day's run, whether or not anyone makes a document (issue 12).
 */
export interface DocumentsFolderPort {
  /**
   * Adds the sheet's editors the folder lacks and removes the folder's editors who left the sheet.
   * Returns the folder's owner when they are no longer on the sheet (Drive keeps an owner's access),
   * else null. Throws when Drive fails.
   */
  syncEditors(folderId: string): { ownerOffSheet: string | null };
}

export interface ReminderRunOptions {
  mail: MailPort;
  /** Epoch ms after which no new mail is started: Apps Script ends an execution at 6 minutes. */
  deadline: number;
  /** Absent: the documents folder is left alone (tests of the mail alone). */
  documentsFolder?: DocumentsFolderPort;
  /** What the same execution's other work found (the 변경이력 move), told with the day's issues. */
  notices?: readonly string[];
}

export interface ReminderRunResult {
  status: RunStatus;
  day: DateKey;
  /** Mails this run sent. */
  sent: number;
  /** Mails still owed today (quota, time limit, a failed send to retry). */
  pending: number;
  /** Korean, one sentence. */
  message: string;
}

interface Outgoing {
  audience: Audience;
  to: string;
  overdue: number;
  dueSoon: number;
  content: () => MailContent;
}

/** What the first step decided: everything the sending and the recording need. */
interface DayPlan {
  day: DateKey;
  snapshot: DueSnapshot;
  ledger: Ledger;
  link: Links;
  /** Addresses a digest may go to. */
  known: Set<string>;
  sheetName: string;
  /** The account the mail leaves from (the trigger's owner). */
  sender: string;
  /** A holiday without 휴일에도 알림: only the dashboard is refreshed. */
  dayOff: boolean;
  /** What the run's own side work found (the documents folder's sharing), for the supervisors and the 대시보드. */
  runIssues: string[];
}

function outcome(day: DateKey, status: RunStatus, message: string, sent = 0, pending = 0): ReminderRunResult {
  return { status, day, sent, pending, message };
}

export function runReminders(ctx: AppContext, options: ReminderRunOptions): ReminderRunResult {
  const startedAt = ctx.now();
  const day = seoulDateKey(startedAt);
  if (ctx.properties.get(REMINDER_KEYS.doneDay) === day)
    return outcome(day, 'alreadyDone', '오늘 알림은 이미 모두 보냈습니다.');
  const run = locked(ctx, () => runDay(ctx, options, startedAt));
  if (!run.ok)
    return outcome(day, 'busy', '다른 실행이 진행 중이거나 시트를 쓰는 중이라 다음 실행으로 미룹니다.');
  // Only once the lock has flushed the 발송기록 and the 대시보드 is the day marked done.
  if (run.value.status === 'done') ctx.properties.set(REMINDER_KEYS.doneDay, day);
  return run.value;
}

/** The day's work, under the lock: decide, send, record. */
function runDay(ctx: AppContext, options: ReminderRunOptions, startedAt: Date): ReminderRunResult {
  const day = seoulDateKey(startedAt);
  const work = new UnitOfWork(ctx);
  const { settings } = readReminderSettings(work);
  if (seoulHour(startedAt) < settings.reminderHour)
    return outcome(day, 'notYet', `알림 시각(${settings.reminderHour}시) 전입니다.`);
  // Kept before anything else can fail: a run that dies reading the tables can still tell them.
  writeJson(ctx, REMINDER_KEYS.supervisors, settings.supervisorEmails);
  const plan = planDay(ctx, work, startedAt);
  plan.runIssues.push(
    ...(options.notices ?? []),
    ...syncDocumentsFolder(plan.snapshot.settings.documentFolderId, options),
  );
  // The 발송기록 tab holds the growing part of the day's state (a property holds 9 KB): entries
  // move there when the ledger outgrows its property, and at the end of the run.
  const send = new Sender(ctx, options, plan.ledger, () => appendLogRows(ctx, plan));
  const managers = plan.dayOff ? [] : managerMails(plan);
  sendManagerDigests(plan, managers, send, options.mail);
  const summaryOwed = send.timeUp
    ? plan.snapshot.settings.supervisorEmails
    : sendSupervisorSummaries(ctx, plan, send, options.mail);
  return recordRun(ctx, plan, { send, managers, summaryOwed });
}

/** Reads every table once and recovers today's ledger from the properties and the 발송기록 tab. */
function planDay(ctx: AppContext, work: UnitOfWork, startedAt: Date): DayPlan {
  const day = seoulDateKey(startedAt);
  const snapshot = readDueSnapshot(work, startedAt);
  const ledger = recoverLedger(
    parseLedger(ctx.properties.get(REMINDER_KEYS.ledger), day),
    loggedToday(work, day),
    seoulTime(startedAt),
  );
  ctx.properties.set(REMINDER_KEYS.ledger, serializeLedger(ledger));
  const { extraHolidays, remindOnHolidays } = snapshot.settings;
  return {
    day,
    snapshot,
    ledger,
    link: links(ctx, work),
    known: knownRecipients(ctx, snapshot),
    sheetName: ctx.spreadsheet.getName(),
    sender: ctx.currentUser(),
    dayOff: !isWorkingDay(day, extraHolidays) && !remindOnHolidays,
    runIssues: [],
  };
}

/**
 * The documents folder's editors made the case sheet's, once per day's run and before the mail, so
 * that the supervisors' summary and the 대시보드 tell of a failure. Nothing when 설정 names no folder
 * (no document was ever made). Drive failing never stops the digests: it becomes an issue, and the
 * next day's run (or the next document made) tries again.
 */
function syncDocumentsFolder(folderId: string, options: ReminderRunOptions): string[] {
  if (!folderId || !options.documentsFolder) return [];
  try {
    const { ownerOffSheet } = options.documentsFolder.syncEditors(folderId);
    return ownerOffSheet
      ? [
          `문서 보관 폴더의 주인 ${ownerOffSheet}은(는) 시트 편집자가 아니지만, Drive는 주인의 권한을 뺄 수 없어 ` +
            '모든 사례 문서를 계속 볼 수 있습니다. 폴더의 소유권을 시트 편집자에게 넘기세요 (Drive에서 공유 > 소유권 이전).',
        ]
      : [];
  } catch (error) {
    return [
      `문서 보관 폴더의 공유를 시트 편집자와 맞추지 못했습니다: ${errorMessage(error)} ` +
        '시트에서 빠진 사람이 아직 폴더의 문서를 볼 수 있습니다. 내일 실행(또는 다음 문서 만들기)에서 다시 맞춥니다.',
    ];
  }
}

/** Today's rows of the 발송기록 tab, as the ledger's history. */
function loggedToday(work: UnitOfWork, day: DateKey) {
  return work
    .rows(REMINDER_LOG)
    .map((r) => r.record)
    .filter((r) => r.day === day && r.audience && r.state)
    .map((r) => ({
      audience: r.audience as Audience,
      recipient: r.recipient,
      state: r.state as SendState,
      overdue: r.overdue ?? 0,
      dueSoon: r.dueSoon ?? 0,
      at: r.at,
      note: r.note,
    }));
}

/**
 * The quota is checked before the first mail: a shortfall is decided, recorded and reported,
 * keeping enough for the supervisors' summary that tells them about it.
 */
function sendManagerDigests(plan: DayPlan, managers: Outgoing[], send: Sender, mail: MailPort): void {
  const { ledger } = plan;
  const supervisors = plan.dayOff ? [] : plan.snapshot.settings.supervisorEmails;
  const reserve = supervisors.filter((s) => !isSettled(ledger.entries[ledgerKey('supervisor', s)])).length;
  const pending = managers.filter((m) => !isSettled(ledger.entries[ledgerKey('manager', m.to)]));
  if (pending.length + reserve === 0) return;
  const budget = Math.max(0, mail.remainingDailyQuota() - reserve);
  pending.forEach((m, i) => (i < budget ? send.mail(m) : send.holdForQuota(m)));
}

/**
 * The supervisors' summary, sent last so it reports what really happened. Returns the supervisors
 * still owed one: all of them when there is news, none when there is nothing to tell.
 */
function sendSupervisorSummaries(ctx: AppContext, plan: DayPlan, send: Sender, mail: MailPort): string[] {
  const { ledger, snapshot, link, day } = plan;
  const supervisors = plan.dayOff ? [] : snapshot.settings.supervisorEmails;
  if (supervisors.length === 0) return [];
  const failure = readJson<LastFailure>(ctx, REMINDER_KEYS.lastFailure);
  const rows = supervisorRows(snapshot, ledger);
  const base = {
    day,
    sheetName: plan.sheetName,
    sheetUrl: link.sheet,
    dashboardUrl: link.dashboard,
    sender: plan.sender,
    rows,
    // One line per case nobody owns; their other due items are counted in the '(담당자 없음)' row.
    unowned: snapshot.items
      .filter((i) => i.kind === 'noOwner')
      .map((i) => digestLine(i, link.caseRow(i.caseNo))),
    issues: [...supervisorIssues(snapshot, ledger, failure), ...plan.runIssues],
    approvals: approvalLines(snapshot.approvalsWaiting, snapshot.cases, snapshot.staff, link.caseRow),
  };
  if (!supervisorHasNews(base)) return [];
  for (const to of supervisors) {
    if (isSettled(ledger.entries[ledgerKey('supervisor', to)])) continue;
    const summary: Outgoing = {
      audience: 'supervisor',
      to,
      overdue: rows.reduce((n, r) => n + r.overdue, 0),
      dueSoon: rows.reduce((n, r) => n + r.dueSoon, 0),
      content: () => supervisorDigestMail({ ...base, recipient: to }),
    };
    if (mail.remainingDailyQuota() < 1) send.holdForQuota(summary);
    else send.mail(summary);
  }
  if (failure && !failure.reported && send.sentTo('supervisor'))
    writeJson(ctx, REMINDER_KEYS.lastFailure, { ...failure, reported: true });
  return supervisors;
}

/** What the supervisors must look at: an unreported failed run, mail trouble, broken settings or cells. */
function supervisorIssues(snapshot: DueSnapshot, ledger: Ledger, failure: LastFailure | null): string[] {
  return [
    ...(failure && !failure.reported
      ? [`${failure.at} 매일 알림 실행이 실패했습니다: ${failure.message}`]
      : []),
    ...ledgerIssues(ledger, ['manager']),
    ...snapshot.settingProblems,
    ...(snapshot.brokenRows > 0
      ? [
          `손으로 고친 칸 가운데 읽을 수 없는 값이 ${snapshot.brokenRows}개 있습니다 (대시보드와 사이드바에서 확인).`,
        ]
      : []),
  ];
}

/** The 발송기록 rows, the 대시보드, the ledger and the run's summary. */
function recordRun(
  ctx: AppContext,
  plan: DayPlan,
  sending: { send: Sender; managers: Outgoing[]; summaryOwed: string[] },
): ReminderRunResult {
  const { send, managers, summaryOwed } = sending;
  const { ledger, day, snapshot } = plan;
  const owed = [...managers, ...summaryOwed.map((to) => ({ audience: 'supervisor' as const, to }))].filter(
    (m) => !isSettled(ledger.entries[ledgerKey(m.audience, m.to)]),
  ).length;
  const finished = !send.timeUp && owed === 0;
  const summary = runSummary({
    day,
    now: ctx.now(),
    sent: send.sentCount,
    owed,
    finished,
    dayOff: plan.dayOff,
    sender: plan.sender,
    ledger,
  });
  appendLogRows(ctx, plan);
  // At once: should the dashboard fail, the next run must know these rows are in the tab already.
  ctx.properties.set(REMINDER_KEYS.ledger, serializeLedger(ledger));
  writeDashboard(
    ctx.spreadsheet,
    dashboardModel(snapshot, ctx.now(), report(summary, ledger, snapshot, plan.runIssues)),
    isServiceFailure,
  );
  writeJson(ctx, REMINDER_KEYS.lastRun, summary);
  return outcome(day, summary.status, summary.text, send.sentCount, owed);
}

/** Moves the ledger's changes to the 발송기록 tab (reading the tab's end afresh each time). */
function appendLogRows(ctx: AppContext, plan: DayPlan): void {
  const rows = logRows(plan.ledger, plan.day, plan.sender);
  if (rows.length > 0) appendToTable(ctx.spreadsheet, REMINDER_LOG, rows, ctx.zoneDay);
}

/**
 * A run that fails leaves its trace where people look, because installable triggers of add-ons
 * mail nobody: the first lines of the 대시보드, and a mail to the supervisors once a day.
 */
export function reportReminderFailure(ctx: AppContext, mail: MailPort, error: unknown): void {
  const now = ctx.now();
  const day = seoulDateKey(now);
  const message = errorMessage(error);
  const failure: LastFailure = { day, at: seoulTimestamp(now).slice(0, 16), message, reported: false };
  writeJson(ctx, REMINDER_KEYS.lastRun, {
    day,
    at: seoulTimestamp(now),
    status: 'failed',
    sent: 0,
    pending: 0,
    text: `매일 알림 실행 실패 (${failure.at}): ${message}`,
    tone: 'error',
  } satisfies LastRun);
  try {
    writeDashboardBanner(ctx.spreadsheet, {
      title: DASHBOARD_TITLE,
      subtitle: `${failure.at} 실행 기록`,
      text: `매일 알림 실행 실패 (${failure.at}): ${message} — 다음 실행(한 시간 뒤)에 다시 시도합니다.`,
      tone: 'error',
    });
  } catch {
    // The sheet itself may be what failed; the mail below and the properties still tell.
  }
  const ledger = parseLedger(ctx.properties.get(REMINDER_KEYS.ledger), day);
  const supervisors = readJson<string[]>(ctx, REMINDER_KEYS.supervisors) ?? [];
  for (const to of supervisors) {
    const key = ledgerKey('failure', to);
    if (isSettled(ledger.entries[key])) continue;
    try {
      if (mail.remainingDailyQuota() < 1) continue;
      mail.send(
        to,
        failureMail({
          day,
          at: failure.at,
          message,
          sheetName: ctx.spreadsheet.getName(),
          sheetUrl: ctx.spreadsheet.getUrl(),
          sender: ctx.currentUser(),
        }),
      );
      ledger.entries[key] = entry({
        audience: 'failure',
        recipient: to,
        state: 'sent',
        attempts: 1,
        at: seoulTime(now),
        note: message,
      });
      failure.reported = true;
    } catch {
      // Nothing more can be done from here; the dashboard banner and the properties keep the trace.
    }
  }
  ctx.properties.set(REMINDER_KEYS.ledger, serializeLedger(ledger));
  writeJson(ctx, REMINDER_KEYS.lastFailure, failure);
}

/** Errors from Apps Script services (or another realm, in tests) fail `instanceof Error`. */
function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** Runs `work` under the document lock; `ok: false` only when the lock itself could not be had. */
function locked<T>(ctx: AppContext, work: () => T): { ok: true; value: T } | { ok: false } {
  let entered = false;
  try {
    const value = ctx.withDocumentLock(() => {
      entered = true;
      return work();
    });
    return { ok: true, value };
  } catch (error) {
    if (entered) throw error;
    return { ok: false };
  }
}

interface Links {
  sheet: string;
  dashboard: string;
  caseRow(caseNo: string): string;
}

/** Links into the sheet: a case's line opens its row of the 사례 tab. */
function links(ctx: AppContext, work: UnitOfWork): Links {
  const sheet = ctx.spreadsheet.getUrl();
  const casesGid = work.layout(CASES).sheet.getSheetId();
  const dashboardGid = dashboardSheet(ctx.spreadsheet).getSheetId();
  const rows = new Map(work.rows(CASES).map((r) => [r.record.caseNo, r.rowNumber]));
  return {
    sheet,
    dashboard: `${sheet}#gid=${dashboardGid}`,
    caseRow: (caseNo) => `${sheet}#gid=${casesGid}&range=A${rows.get(caseNo) ?? 1}`,
  };
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** Who may receive a digest: the sheet's editors (they can read it all anyway) and 설정's lists. */
function knownRecipients(ctx: AppContext, snapshot: DueSnapshot): Set<string> {
  const known = new Set<string>();
  for (const user of ctx.spreadsheet.getEditors()) known.add(user.getEmail().trim().toLowerCase());
  for (const email of [...snapshot.settings.reminderRecipients, ...snapshot.settings.supervisorEmails])
    known.add(email);
  return known;
}

/** One digest per case manager with something to say; unknown addresses are settled, never mailed. */
function managerMails(plan: DayPlan): Outgoing[] {
  const { snapshot, ledger, link, known, sheetName, sender } = plan;
  const byManager = new Map<string, DueItem[]>();
  for (const item of snapshot.items) {
    if (item.caseManager === '') continue;
    const key = item.caseManager.toLowerCase();
    const list = byManager.get(key);
    if (list) list.push(item);
    else byManager.set(key, [item]);
  }
  const mails: Outgoing[] = [];
  const ordered = [...byManager].sort(
    ([a, x], [b, y]) => count(y, 'overdue') - count(x, 'overdue') || a.localeCompare(b),
  );
  for (const [to, items] of ordered) {
    const overdue = items.filter((i) => i.status === 'overdue');
    const dueSoon = items.filter((i) => i.status === 'dueSoon');
    const key = ledgerKey('manager', to);
    if (!isSettled(ledger.entries[key]) && !(EMAIL.test(to) && known.has(to))) {
      const why = EMAIL.test(to) ? '시트 편집자가 아니어서' : '이메일 주소가 아니어서';
      ledger.entries[key] = entry({
        audience: 'manager',
        recipient: to,
        state: 'notAllowed',
        attempts: 0,
        at: '',
        overdue: overdue.length,
        dueSoon: dueSoon.length,
        note: why,
      });
      continue;
    }
    mails.push({
      audience: 'manager',
      to,
      overdue: overdue.length,
      dueSoon: dueSoon.length,
      content: () =>
        managerDigestMail({
          day: snapshot.today,
          recipient: staffName(snapshot.staff, to),
          sheetName,
          sheetUrl: link.sheet,
          sender,
          overdue: overdue.map((i) => digestLine(i, link.caseRow(i.caseNo))),
          dueSoon: dueSoon.map((i) => digestLine(i, link.caseRow(i.caseNo))),
        }),
    });
  }
  return mails;
}

function count(items: readonly DueItem[], status: DueItem['status']): number {
  return items.filter((i) => i.status === status).length;
}

/** A ledger entry not yet in the 발송기록 tab; counts default to none. */
function entry(
  fields: Omit<LedgerEntry, 'logged' | 'overdue' | 'dueSoon'> &
    Partial<Pick<LedgerEntry, 'overdue' | 'dueSoon'>>,
): LedgerEntry {
  return { overdue: 0, dueSoon: 0, ...fields, logged: '' };
}

/** Hands mails to MailApp one by one, saving the ledger around each so a kill loses nothing. */
class Sender {
  sentCount = 0;
  timeUp = false;
  private readonly sentAudiences = new Set<Audience>();

  constructor(
    private readonly ctx: AppContext,
    private readonly options: ReminderRunOptions,
    private readonly ledger: Ledger,
    private readonly flushToTab: () => void,
  ) {}

  sentTo(audience: Audience): boolean {
    return this.sentAudiences.has(audience);
  }

  holdForQuota(mail: Outgoing): void {
    const key = ledgerKey(mail.audience, mail.to);
    const previous = this.ledger.entries[key];
    this.ledger.entries[key] = {
      ...entry({
        audience: mail.audience,
        recipient: mail.to,
        state: 'quota',
        attempts: previous?.attempts ?? 0,
        at: seoulTime(this.ctx.now()),
        overdue: mail.overdue,
        dueSoon: mail.dueSoon,
        note: '메일 할당량 부족',
      }),
      logged: previous?.logged ?? '',
    };
    this.save();
  }

  mail(mail: Outgoing): void {
    if (this.timeUp || this.ctx.now().getTime() > this.options.deadline) {
      // Left exactly as it was: the next run starts here.
      this.timeUp = true;
      return;
    }
    const key = ledgerKey(mail.audience, mail.to);
    const attempts = (this.ledger.entries[key]?.attempts ?? 0) + 1;
    const mark = (state: SendState, note = '', tries = attempts) => {
      this.ledger.entries[key] = {
        ...entry({
          audience: mail.audience,
          recipient: mail.to,
          state,
          attempts: tries,
          at: seoulTime(this.ctx.now()),
          overdue: mail.overdue,
          dueSoon: mail.dueSoon,
          note,
        }),
        logged: this.ledger.entries[key]?.logged ?? '',
      };
      this.save();
    };
    const content = mail.content();
    // Written before the hand-over: if the run dies inside sendEmail, the next run knows to ask.
    mark('sending');
    try {
      this.options.mail.send(mail.to, content);
    } catch (error) {
      const message = errorMessage(error);
      if (/too many times|quota|할당량/i.test(message)) mark('quota', '메일 할당량 부족', attempts - 1);
      else mark(attempts >= MAX_ATTEMPTS ? 'gaveUp' : 'failed', message.slice(0, 200));
      return;
    }
    mark('sent');
    this.sentCount++;
    this.sentAudiences.add(mail.audience);
  }

  private save(): void {
    if (!fitsInProperty(this.ledger)) this.flushToTab();
    this.ctx.properties.set(REMINDER_KEYS.ledger, serializeLedger(this.ledger));
  }
}

function supervisorRows(snapshot: DueSnapshot, ledger: Ledger): SupervisorRow[] {
  return summarizeByManager(snapshot.cases, snapshot.items).map((s) => ({
    caseManager: s.caseManager,
    openCases: s.openCases,
    overdueChecks: s.overdueChecks,
    overdueReassessments: s.overdueReassessments,
    followUpsDue: s.followUpsDue,
    overdue: s.overdue,
    dueSoon: s.dueSoon,
    mail:
      s.caseManager === ''
        ? '슈퍼바이저에게만'
        : mailLabel(ledger.entries[ledgerKey('manager', s.caseManager)], s.overdue + s.dueSoon > 0),
  }));
}

function runSummary(run: {
  day: DateKey;
  now: Date;
  sent: number;
  owed: number;
  finished: boolean;
  dayOff: boolean;
  sender: string;
  ledger: Ledger;
}): LastRun {
  const { day, now, sent, owed, finished, dayOff, sender, ledger } = run;
  const at = seoulTimestamp(now);
  const problems = ledgerIssues(ledger).length;
  let text: string;
  let tone: Tone;
  if (dayOff) {
    text = `${at.slice(0, 16)} 휴일이라 알림 메일을 보내지 않았습니다 (대시보드만 새로 고침).`;
    tone = 'muted';
  } else if (!finished) {
    text = `${at.slice(0, 16)} 메일 ${sent}통 발송, ${owed}통은 아직 못 보냄: 다음 실행(한 시간 뒤)에 이어서 보냅니다.`;
    tone = 'warn';
  } else {
    const total = Object.values(ledger.entries).filter((e) => e.state === 'sent').length;
    text =
      total === 0 && problems === 0
        ? `${at.slice(0, 16)} 알릴 일이 없어 메일을 보내지 않았습니다.`
        : `${at.slice(0, 16)} 오늘 알림 메일 ${total}통 발송 완료 (${sender} 계정).`;
    tone = problems > 0 ? 'warn' : 'ok';
  }
  if (problems > 0 && !dayOff) text += ` 확인이 필요한 일 ${problems}건이 있습니다.`;
  return { day, at, status: finished ? 'done' : 'partial', sent, pending: owed, text, tone };
}

function report(summary: LastRun, ledger: Ledger, snapshot: DueSnapshot, runIssues: readonly string[]) {
  return {
    banner: { text: `매일 알림: ${summary.text}`, tone: summary.tone },
    mailByManager: (manager: string, hasNews: boolean) =>
      mailLabel(ledger.entries[ledgerKey('manager', manager)], hasNews),
    issues: [...ledgerIssues(ledger), ...snapshot.settingProblems, ...runIssues],
  };
}

/** Rows for the 발송기록 tab: every entry whose state changed since it was last written. */
function logRows(ledger: Ledger, day: DateKey, runBy: string): ReminderLogRecord[] {
  const rows: ReminderLogRecord[] = [];
  for (const e of Object.values(ledger.entries)) {
    if (e.state === 'sending' || e.logged === e.state) continue;
    rows.push({
      day,
      audience: e.audience,
      recipient: e.recipient,
      state: e.state,
      overdue: e.overdue,
      dueSoon: e.dueSoon,
      at: `${day} ${e.at}`,
      runBy,
      note: e.note,
    });
    e.logged = e.state;
  }
  return rows;
}

/**
 * 매일 알림 켜기·끄기: only the 복지팀장 (src/app/roles.ts), and logged in 변경이력 (who, when,
 * which account sends). The switch and its log entry happen together or not at all (issue 12): the
 * switch is made inside the transaction that writes the entry, each step registering its undo before
 * it is taken, and should anything after a step fail (the entry's commit included) every step made
 * is taken back. Refused, neither happens.
 */
export function switchReminders<T>(
  ctx: AppContext,
  on: boolean,
  detail: string,
  apply: (work: UnitOfWork, onFailure: OnFailure) => T,
): T {
  return withCompensation(
    (onFailure) =>
      inTransaction(ctx, (work) => {
        requireSupervisor(work, on ? '매일 알림 켜기' : '매일 알림 끄기');
        work.audit('', on ? '매일 알림 켬' : '매일 알림 끔', detail);
        return { switched: apply(work, onFailure) };
      }).switched,
  );
}
