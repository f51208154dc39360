/**
 * The daily reminders' test bench: the built add-on in the fakes, with
 * - a clock set in Seoul time and the handler run as a time-driven trigger (no UI, no active
 *   spreadsheet, the trigger owner as the user);
 * - hooks around MailApp.sendEmail, to make mail slow (the 6-minute limit) or to stop the world in
 *   the middle of a send and restart from that exact state (a run killed by Apps Script);
 * - helpers that put cases into a given state through the contract functions.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR, loadAddon } from '../../dev/addon-loader';
import { createGasEnvironment } from '../../dev/fakes';
import type { EnvironmentJSON, FakeGasEnvironment, SentMail } from '../../dev/fakes/environment-api';
import { manifest, MANAGER, tabRows, type Harness } from './addon-harness';
import * as P from './payloads';

export const SUPERVISOR = 'choi.lead@dong.example';

export interface MailHooks {
  /** Runs before the fake MailApp sees the mail; throwing makes MailApp refuse it. */
  beforeSend?: (message: GoogleAppsScript.Mail.MailAdvancedParameters) => void;
  /** Runs after the fake MailApp accepted the mail: `n` counts the sends of this harness. */
  afterSend?: (n: number) => void;
}

export interface ReminderHarness extends Harness {
  hooks: MailHooks;
  /** Runs `runDailyReminders` as the time-driven trigger of `user` at Seoul time "YYYY-MM-DD HH:mm". */
  runAt(when: string, user?: string): Record<string, unknown>;
  /** As `call`, in the UI as `user` (a menu click or a sidebar call). */
  callAs<T = Record<string, unknown>>(user: string, name: string, input?: unknown): T;
  setClock(when: string): void;
  mailsTo(email: string): SentMail[];
  /** Writes a 설정 value the way a person would, by typing into the 값 column. */
  setSetting(name: string, value: string): void;
  share(...emails: string[]): void;
  dashboard(): string[][];
}

const seoul = (when: string) => `${when.replace(' ', 'T')}:00+09:00`;

function readDistFile(name: string): string | undefined {
  const file = path.join(DIST_DIR, name);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** A fresh workbook set up by MANAGER (so MANAGER's trigger sends), or one restored from `state`. */
export function startReminders(
  options: { now?: string; state?: EnvironmentJSON; user?: string; hooks?: MailHooks } = {},
): ReminderHarness {
  const env = createGasEnvironment({
    manifest: manifest(),
    user: options.user ?? MANAGER,
    now: seoul(options.now ?? '2026-03-03 09:00'),
    readProjectFile: readDistFile,
    ...(options.state ? { state: options.state } : {}),
  });
  const hooks: MailHooks = options.hooks ?? {};
  const realMail = env.globals.MailApp as GoogleAppsScript.Mail.MailApp;
  let sends = 0;
  const mailApp = {
    getRemainingDailyQuota: () => realMail.getRemainingDailyQuota(),
    sendEmail: (message: GoogleAppsScript.Mail.MailAdvancedParameters) => {
      hooks.beforeSend?.(message);
      realMail.sendEmail(message);
      sends++;
      hooks.afterSend?.(sends);
    },
  };
  // The add-on sees the fake MailApp through this wrapper; everything else is the environment's.
  const view = {
    globals: { ...env.globals, MailApp: mailApp },
    clock: env.clock,
  } as unknown as FakeGasEnvironment;
  const addon = loadAddon(view);
  if (!options.state) addon.call('setupWorkbook');
  const spreadsheet = () =>
    (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(
      env.activeSpreadsheetId(),
    );
  const h: ReminderHarness = {
    env,
    addon,
    hooks,
    call: (name, input) => addon.call(name, input),
    setClock: (when) => env.clock.set(seoul(when)),
    runAt(when, user = MANAGER) {
      env.clock.set(seoul(when));
      env.newExecution();
      env.setUser(user);
      env.setExecutionContext('trigger');
      try {
        return addon.call('runDailyReminders');
      } finally {
        env.setExecutionContext('ui');
        env.setUser(MANAGER);
      }
    },
    callAs(user, name, input) {
      env.setUser(user);
      try {
        return addon.call(name, input);
      } finally {
        env.setUser(MANAGER);
      }
    },
    mailsTo: (email) => env.mails().filter((m) => m.to === email),
    setSetting(name, value) {
      const sheet = spreadsheet().getSheetByName('설정')!;
      const names = sheet
        .getRange(1, 1, sheet.getLastRow(), 1)
        .getValues()
        .map((r) => String(r[0]));
      const row = names.indexOf(name) + 1;
      if (row < 1) throw new Error(`no setting ${name}`);
      sheet.getRange(row, 2).setNumberFormat('@').setValue(value);
    },
    share(...emails) {
      for (const email of emails) spreadsheet().addEditor(email);
    },
    dashboard: () =>
      (env.dumpSpreadsheet().sheets.find((s) => s.name === '대시보드')?.values ?? []).map((row) =>
        row.map((cell) => String(cell ?? '')),
      ),
  };
  return h;
}

/** Rows of the 발송기록 tab. */
export function sentLog(h: Harness): Record<string, string>[] {
  return tabRows(h.env, '발송기록');
}

/**
 * A case in 서비스제공·점검 whose dates are all given: intake, assessment, selection, plan (one
 * item, no end date, checked by phone) and optional checks. Nothing else is due unless asked.
 */
export function caseInService(
  h: Harness,
  dates: {
    intake: string;
    assessed: string;
    selected: string;
    planned: string;
    checks?: string[];
    name?: string;
    caseManager?: string;
    itemEnd?: string;
    checkMethod?: string;
  },
): string {
  const { caseNo } = h.call<{ caseNo: string }>(
    'saveIntake',
    P.intake({
      intakeDate: dates.intake,
      client: { name: dates.name ?? '김하늘', birthDate: '1948-05-17' },
      ...(dates.caseManager ? { caseManager: dates.caseManager } : {}),
    }),
  );
  h.call('saveAssessment', P.assessment(caseNo, { assessedOn: dates.assessed }));
  h.call('recordConference', {
    caseNo,
    kind: 'internalReview',
    heldOn: dates.selected,
    decision: 'selected',
    caseType: 'general',
  });
  h.call(
    'savePlan',
    P.plan(caseNo, {
      consentDate: dates.planned,
      items: [
        {
          goal: '끼니 해결',
          service: '도시락 배달',
          startDate: dates.planned,
          ...(dates.itemEnd ? { endDate: dates.itemEnd } : {}),
          checkMethod: dates.checkMethod ?? '전화',
        },
      ],
    }),
  );
  for (const checkedOn of dates.checks ?? []) h.call('recordCheck', P.check(caseNo, { checkedOn }));
  return caseNo;
}
