/**
 * The preview's one fake Apps Script environment with the built add-on loaded into it: opening
 * the spreadsheet (onOpen), running menu items and google.script.run calls, and the plain-data
 * view of it all that the page draws. Every call is measured, logged and followed by a save.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadAddon, crossBoundary, type LoadedAddon } from '../addon-loader';
import { createGasEnvironment } from '../fakes';
import type { FakeGasEnvironment, UiRecord } from '../fakes/environment-api';
import { seedDemo } from '../demo/seed';
import { readSettings } from '../../src/domain/settings';
import { formatCall, measure, summarizeCall, type CallRecord } from './call-log';
import { applyHandEdit, HandEditRefused, parseHandEdit } from './hand-edit';
import { DIST_DIR } from './paths';
import { toSheetView, type SheetView } from './sheet-view';
import { WorkbookStore } from './workbook-store';

export interface SessionOptions {
  dataDir: string;
  distDir?: string;
  /** The signed-in user (default kim.sw@dong.example). */
  user?: string;
  /** A fixed clock (ISO). Without it the fake clock follows the real one. */
  now?: string;
  spreadsheetName?: string;
  /** A new workbook stays empty (no setup, no demo cases): what a centre sees on its first run. */
  empty?: boolean;
  log?: (line: string) => void;
}

export type Menu = UiRecord['menus'][number];

export interface PreviewState {
  spreadsheet: { id: string; name: string; sheets: SheetView[] };
  user: string;
  menus: Menu[];
  sidebars: { count: number; title: string | null };
  dialogs: {
    count: number;
    latest: { title: string; modal: boolean; width?: number; height?: number } | null;
  };
  toasts: UiRecord['toasts'];
  alerts: UiRecord['alerts'];
  mails: number;
  documents: number;
  /** Installed time-driven triggers (the page offers to run them now). */
  timeTriggers: number;
  /** The fake clock, and its hour in Seoul (what the daily reminders compare with their hour). */
  clock: { now: string; seoulHour: number; fixed: boolean };
  /** 설정's 매일 알림 시각 (null before setup): before it, ▶ 시간 트리거 실행 sends nothing. */
  reminderHour: number | null;
  lastCall: { summary: string; ok: boolean; error?: string } | null;
}

/** How long after the last call the workbook is written. */
const SAVE_DELAY_MS = 200;

export type RunOutcome =
  { ok: true; result: unknown } | { ok: false; error: { name: string; message: string } };

export class PreviewSession {
  readonly env: FakeGasEnvironment;
  readonly user: string;
  private addon: LoadedAddon;
  private menus: Menu[] = [];
  private lastCall: CallRecord | null = null;
  /** The page asks for the state after every call; it only changes when a call runs. */
  private cachedState: PreviewState | null = null;
  private pendingSave: ReturnType<typeof setTimeout> | null = null;
  private distStamp: number;
  private readonly store: WorkbookStore;
  private readonly distDir: string;
  /** Once set (PREVIEW_NOW, or the page's clock), the clock only moves when told to. */
  private fixedClock: boolean;
  private readonly log: (line: string) => void;

  constructor(options: SessionOptions) {
    this.distDir = options.distDir ?? DIST_DIR;
    this.user = options.user ?? 'kim.sw@dong.example';
    this.fixedClock = options.now !== undefined;
    this.log = options.log ?? ((line) => console.log(line));
    this.store = new WorkbookStore(options.dataDir);

    const manifestFile = path.join(this.distDir, 'appsscript.json');
    if (!existsSync(manifestFile) || !existsSync(path.join(this.distDir, 'Code.js'))) {
      throw new Error(`${this.distDir} has no built add-on: run \`npm run build\` first`);
    }
    const saved = this.store.load();
    this.env = createGasEnvironment({
      manifest: JSON.parse(readFileSync(manifestFile, 'utf8')),
      readProjectFile: (fileName) => this.readDistFile(fileName),
      user: this.user,
      now: saved ? undefined : (options.now ?? new Date()),
      spreadsheetName: options.spreadsheetName ?? '행복동 사례관리',
      // The add-on menu's title: the Marketplace listing's name (editor add-ons' manifests carry none).
      addonName: '동 사례관리',
      state: saved,
    });
    this.distStamp = this.stampOfDist();
    this.addon = loadAddon(this.env, this.distDir);

    if (saved) {
      this.log(`workbook restored from ${this.store.file}`);
      // A saved workbook keeps its clock, unless this start asks for another (PREVIEW_NOW).
      if (options.now !== undefined) this.env.clock.set(options.now);
    } else if (options.empty) {
      this.log('empty workbook: open the sidebar to see the first run');
    } else {
      this.prepareNewWorkbook();
    }
    this.openSpreadsheet();
  }

  /** First start: the same setup a user runs from the menu, then the fictional demo cases. */
  private prepareNewWorkbook(): void {
    this.syncClock();
    if (this.addon.fn('setupWorkbook')) {
      this.runLogged('setupWorkbook', () => this.addon.fn('setupWorkbook')!());
    } else {
      this.log('setupWorkbook is not in dist/Code.js yet: starting with an empty spreadsheet');
    }
    const report = seedDemo(this.addon, this.env);
    for (const line of report.log) this.log(`seed: ${line}`);
    this.store.save(this.env.toJSON());
  }

  /** Opening the spreadsheet runs onOpen in AuthMode.LIMITED, which builds the add-on menu. */
  openSpreadsheet(): void {
    this.reloadIfRebuilt();
    const onOpen = this.addon.fn('onOpen');
    if (!onOpen) {
      this.menus = [];
      return;
    }
    this.env.setAuthMode('LIMITED');
    try {
      // The event Apps Script passes in LIMITED mode: authMode (ScriptApp.AuthMode.LIMITED), source, user.
      this.runLogged('onOpen', () => onOpen(this.env.openEvent()));
    } finally {
      this.env.setAuthMode('FULL');
    }
    // Whether the fake replaces a menu of the same title or appends it again, show each title once.
    const byTitle = new Map<string, Menu>();
    for (const menu of this.env.ui.menus) byTitle.set(menu.title, menu);
    this.menus = [...byTitle.values()];
  }

  /** A menu item click: only functions the current menus offer, called with no argument. */
  runMenuItem(functionName: string): RunOutcome {
    this.reloadIfRebuilt();
    const offered = this.menus.some((menu) =>
      menu.items.some((item) => 'functionName' in item && item.functionName === functionName),
    );
    const target = this.addon.fn(functionName);
    if (!offered || !target) {
      return { ok: false, error: { name: 'Error', message: `메뉴에 없는 함수입니다: ${functionName}` } };
    }
    return this.outcome(this.runLogged(functionName, () => target()));
  }

  /** A google.script.run call: the arguments and the result cross the JSON boundary, Dates refused. */
  runScriptFunction(name: string, args: unknown[]): RunOutcome {
    this.reloadIfRebuilt();
    // Apps Script hides functions whose name ends with `_` from the client.
    const target = name.endsWith('_') ? undefined : this.addon.fn(name);
    if (!target) {
      return { ok: false, error: { name: 'ScriptError', message: `Script function not found: ${name}` } };
    }
    return this.outcome(
      this.runLogged(name, () =>
        args.length <= 1
          ? this.addon.call(name, args[0])
          : crossBoundary(target(...(args.map((a) => crossBoundary(a, 'argument')) as [unknown])), 'result'),
      ),
    );
  }

  /**
   * Runs every time-driven trigger now, as Apps Script would at its hour: in the trigger context
   * (no UI, no active spreadsheet), as the user who installed it, with the time-driven event.
   */
  runTimeTriggers(): RunOutcome[] {
    this.reloadIfRebuilt();
    const clockTriggers = this.env.triggers().filter((trigger) => trigger.eventType === 'CLOCK');
    return clockTriggers.map((trigger) => {
      const handler = this.addon.fn(trigger.handlerFunction);
      if (!handler) {
        const message = `트리거 함수가 없습니다: ${trigger.handlerFunction}`;
        this.log(`${trigger.handlerFunction} (time trigger)  ERROR: ${message}`);
        return { ok: false, error: { name: 'Error', message } };
      }
      this.env.setExecutionContext('trigger');
      this.env.setUser(trigger.owner);
      try {
        const event = { authMode: 'FULL', triggerUid: trigger.id };
        return this.outcome(
          this.runLogged(`${trigger.handlerFunction} (time trigger)`, () => handler(event)),
        );
      } finally {
        this.env.setExecutionContext('ui');
        this.env.setUser(this.user);
      }
    });
  }

  sidebar(index?: number): UiRecord['sidebars'][number] | undefined {
    const list = this.env.ui.sidebars;
    return list[index ?? list.length - 1];
  }

  dialog(index?: number): UiRecord['dialogs'][number] | undefined {
    const list = this.env.ui.dialogs;
    return list[index ?? list.length - 1];
  }

  state(): PreviewState {
    this.cachedState ??= this.computeState();
    return this.cachedState;
  }

  /** Writes the workbook now if a save is pending (the server calls this when it stops). */
  flush(): void {
    if (!this.pendingSave) return;
    clearTimeout(this.pendingSave);
    this.pendingSave = null;
    this.store.save(this.env.toJSON());
  }

  /**
   * A person's edit in the grid (typing, a row, a column, a sort), made through the fake
   * Spreadsheet as that person; the add-on sees it on its next call. A refusal is a Korean sentence.
   */
  editByHand(body: unknown): { ok: true; message: string } | { ok: false; message: string } {
    try {
      const app = this.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      const message = applyHandEdit(app.getActiveSpreadsheet(), parseHandEdit(body));
      this.log(`hand edit: ${message}`);
      this.cachedState = null;
      this.scheduleSave();
      return { ok: true, message };
    } catch (error) {
      if (error instanceof HandEditRefused) return { ok: false, message: error.message };
      throw error;
    }
  }

  /** The page's clock: the fake clock is set and stays there (as with PREVIEW_NOW). */
  setClock(iso: string): void {
    this.env.clock.set(iso);
    this.fixedClock = true;
    this.cachedState = null;
    this.log(`clock set to ${this.env.clock.now().toISOString()}`);
  }

  private computeState(): PreviewState {
    this.syncClock();
    const now = this.env.clock.now();
    const dump = this.env.dumpSpreadsheet();
    const ui = this.env.ui;
    const latestDialog = ui.dialogs[ui.dialogs.length - 1];
    return {
      spreadsheet: { id: dump.id, name: dump.name, sheets: dump.sheets.map(toSheetView) },
      user: this.user,
      menus: this.menus,
      sidebars: { count: ui.sidebars.length, title: ui.sidebars[ui.sidebars.length - 1]?.title ?? null },
      dialogs: {
        count: ui.dialogs.length,
        latest: latestDialog
          ? {
              title: latestDialog.title,
              modal: latestDialog.modal,
              width: latestDialog.width,
              height: latestDialog.height,
            }
          : null,
      },
      toasts: ui.toasts,
      alerts: ui.alerts,
      mails: this.env.mails().length,
      documents: this.env.documents().length,
      timeTriggers: this.env.triggers().filter((trigger) => trigger.eventType === 'CLOCK').length,
      clock: { now: now.toISOString(), seoulHour: seoulHour(now), fixed: this.fixedClock },
      reminderHour: reminderHourIn(dump.sheets),
      lastCall: this.lastCall
        ? { summary: summarizeCall(this.lastCall), ok: this.lastCall.ok, error: this.lastCall.error }
        : null,
    };
  }

  /**
   * Runs one call measured and logged, then saves the workbook whatever happened. The save runs
   * just after the reply (a big workbook takes a moment to serialise), once for a burst of calls
   * such as a sidebar loading; `flush()` writes a pending save at once.
   */
  private runLogged(name: string, work: () => unknown): ReturnType<typeof measure> {
    this.syncClock();
    const measured = measure(name, this.env.counters, work);
    this.lastCall = measured.record;
    this.cachedState = null;
    this.log(formatCall(measured.record));
    this.scheduleSave();
    return measured;
  }

  private scheduleSave(): void {
    if (this.pendingSave) clearTimeout(this.pendingSave);
    this.pendingSave = setTimeout(() => this.flush(), SAVE_DELAY_MS);
    this.pendingSave.unref();
  }

  private outcome(measured: ReturnType<typeof measure>): RunOutcome {
    if (measured.record.ok) return { ok: true, result: measured.value ?? null };
    // Errors thrown inside the add-on come from gas-local's realm: `instanceof Error` is false there.
    const name = (measured.error as { name?: unknown } | null)?.name;
    return {
      ok: false,
      error: {
        name: typeof name === 'string' ? name : 'Error',
        message: measured.record.error ?? 'Unknown error',
      },
    };
  }

  private syncClock(): void {
    if (!this.fixedClock) this.env.clock.set(new Date());
  }

  private readDistFile(fileName: string): string | undefined {
    const file = path.join(this.distDir, path.basename(fileName));
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  }

  private stampOfDist(): number {
    try {
      return statSync(path.join(this.distDir, 'Code.js')).mtimeMs;
    } catch {
      return this.distStamp;
    }
  }

  /** `npm run watch` rewrites dist/: the next request loads the new bundle into the same workbook. */
  private reloadIfRebuilt(): void {
    const stamp = this.stampOfDist();
    if (stamp === this.distStamp) return;
    try {
      this.addon = loadAddon(this.env, this.distDir);
      this.distStamp = stamp;
      this.log('dist/ changed: add-on reloaded');
      this.openSpreadsheet();
    } catch (error) {
      this.log(`dist/ changed but does not load yet: ${(error as Error).message}`);
    }
  }
}

function seoulHour(when: Date): number {
  return Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Seoul', hour: '2-digit', hourCycle: 'h23' }).format(
      when,
    ),
  );
}

/** The reminder hour as the add-on reads it from the 설정 tab (its default when blank or broken). */
function reminderHourIn(sheets: readonly { name: string; values: unknown[][] }[]): number | null {
  const tab = sheets.find((sheet) => sheet.name === '설정');
  if (!tab) return null;
  const [header = [], ...rows] = tab.values;
  const name = header.indexOf('항목');
  const value = header.indexOf('값');
  const pairs = rows.map((row) => ({ name: String(row[name] ?? ''), value: String(row[value] ?? '') }));
  return readSettings(pairs).settings.reminderHour;
}
