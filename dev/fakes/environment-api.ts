/**
 * The public face of the in-memory Apps Script fakes.
 *
 * Tests, the local preview and the benchmark build one `FakeGasEnvironment` per run and load the
 * built `dist/` bundle into it (see test/support/addon.ts). Everything the bundle can reach is in
 * `globals`; everything a test or the preview wants to observe (mail sent, documents made, menus
 * built, call counts) is on the environment itself.
 */

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** A cell as stored: what `getValues` returns. */
export type CellValue = string | number | boolean | Date;

export interface SheetJSON {
  name: string;
  maxRows: number;
  maxColumns: number;
  /** Row-major; trailing empty cells may be omitted. Dates as `{ $date: ISO }`. */
  values: unknown[][];
  formulas?: Record<string, string>; // A1 -> '=...'
  numberFormats?: Record<string, string>; // A1 -> '@' etc.
  frozenRows?: number;
  hidden?: boolean;
  protections?: unknown[];
  validations?: Record<string, unknown>;
  // Added by the fakes (all optional, so hand-written states stay valid):
  sheetId?: number;
  frozenColumns?: number;
  tabColor?: string;
  notes?: Record<string, string>; // A1 -> note
  styles?: Record<string, Record<string, unknown>>; // A1 -> recorded formatting
  columnWidths?: Record<string, number>;
  rowHeights?: Record<string, number>;
}

export interface SpreadsheetJSON {
  id: string;
  name: string;
  owner: string;
  editors: string[];
  viewers: string[];
  sheets: SheetJSON[];
  timeZone?: string;
  locale?: string;
  activeSheetId?: number;
}

/** Everything an environment holds, JSON-safe: a workbook file for the preview. */
export interface EnvironmentJSON {
  activeSpreadsheetId: string | null;
  spreadsheets: SpreadsheetJSON[];
  documents: unknown[];
  driveFiles: unknown[];
  mails: SentMail[];
  properties: {
    script: Record<string, string>;
    document: Record<string, string>;
    user: Record<string, Record<string, string>>;
  };
  triggers: TriggerRecord[];
  now: string;
  // Added by the fakes (optional):
  /** Document properties of every document, by id (`properties.document` is the bound one's). */
  documentProperties?: Record<string, Record<string, string>>;
  /** Each user's "My Drive" root folder id. */
  driveRoots?: Record<string, string>;
  mailDailyQuota?: number;
}

export interface SentMail {
  to: string;
  cc?: string;
  bcc?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  sentAt: string; // ISO
  sentBy: string; // effective user
  noReply?: boolean;
  attachments?: { name: string | null; contentType: string | null; size: number }[];
}

export interface TriggerRecord {
  id: string;
  handlerFunction: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  sourceId: string | null;
  owner: string;
  /** For CLOCK triggers. */
  everyDays?: number;
  everyHours?: number;
  atHour?: number;
  /** Added by the fakes: the document the add-on trigger belongs to, and schedule details. */
  documentId?: string | null;
  nearMinute?: number;
  timeZone?: string;
  created?: string;
}

export type UiMenuItem =
  { caption: string; functionName: string; submenu?: UiMenuItem[] } | { separator: true };

export interface UiRecord {
  /** A sub-menu is an item with `submenu` (its functionName is ''). */
  menus: {
    title: string;
    items: ({ caption: string; functionName: string; submenu?: UiMenuItem[] } | { separator: true })[];
  }[];
  sidebars: { title: string; html: string; file?: string }[];
  dialogs: { title: string; html: string; modal: boolean; width?: number; height?: number }[];
  alerts: { title?: string; prompt: string }[];
  toasts: { message: string; title?: string }[];
}

export interface FakeEnvironmentOptions {
  /** Parsed appsscript.json; a service whose scope is not listed throws when used. */
  manifest?: {
    oauthScopes?: string[];
    timeZone?: string;
    addOns?: { common?: { name?: string } };
    /** An advanced service enabled here gets its global (only `sheets` is faked). */
    dependencies?: {
      enabledAdvancedServices?: { userSymbol: string; serviceId: string; version?: string }[];
    };
  };
  /** The auth mode calls run in (default FULL). NONE forbids all data access, as onOpen before authorisation. */
  authMode?: AuthModeName;
  /** Email of the active (and effective) user. Default 'manager1@dong.example'. */
  user?: string;
  /** Initial clock. Default 2026-03-02T09:00:00+09:00. */
  now?: Date | string;
  /** Restore a saved state. */
  state?: EnvironmentJSON;
  /** HtmlService.createHtmlOutputFromFile(name) reads `${name}.html` through this (e.g. from dist/). */
  readProjectFile?: (fileName: string) => string | undefined;
  /** Name of the active spreadsheet created when no state is given. */
  spreadsheetName?: string;
  // Added by the fakes:
  /** 'trigger' runs as a time-driven trigger: no UI, no active spreadsheet. Default 'ui'. */
  executionContext?: ExecutionContextName;
  /** Title of createAddonMenu() menus. Default: manifest addOns.common.name, else 'Add-on'. */
  addonName?: string;
  /** MailApp recipients per 24 h (default 100, a consumer account's quota). */
  mailDailyQuota?: number;
  /** Let getActiveSpreadsheet() answer in a trigger context (default false; see dev/fakes/README.md). */
  triggerHasActiveSpreadsheet?: boolean;
  /** Keep document properties, cache and lock in a time-driven run (default true; false: they are null). */
  triggerHasDocument?: boolean;
  /** Whether getUserTriggers(spreadsheet) lists time-driven triggers (default true; see dev/fakes/README.md). */
  userTriggersListTimeDriven?: boolean;
  /** Play an add-on run from a test deployment: getInstallationSource() answers NONE. */
  testDeployment?: boolean;
}

export type ExecutionContextName = 'ui' | 'trigger';
export type LockKindName = 'script' | 'document' | 'user';

export interface CallCounters {
  /** Calls per method, keyed `Service.method` or `Class.method`, e.g. 'Range.getValues', 'SpreadsheetApp.getActiveSpreadsheet'. */
  snapshot(): Record<string, number>;
  reset(): void;
  /** Sum of calls whose key starts with one of the prefixes (default: all). */
  total(...prefixes: string[]): number;
  /** Cells read and written through Range methods, and searched by TextFinders, since the last reset. */
  cells(): { read: number; written: number; searched: number };
}

export interface FakeClock {
  now(): Date;
  set(when: Date | string): void;
  advance(ms: number): void;
}

/** What a fault hook makes of one call: run it (null), fail it first (a message), or after it ran. */
export type FaultDecision = string | null | { afterApplying: string };

export interface FakeGasEnvironment {
  /** The Apps Script globals: SpreadsheetApp, HtmlService, ScriptApp, PropertiesService, CacheService,
   * LockService, MailApp, DocumentApp, DriveApp, Session, Utilities, Logger, console. */
  globals: Record<string, unknown>;
  clock: FakeClock;
  counters: CallCounters;
  /**
   * Fails service calls as Apps Script does under load: `decide` sees each call's `Class.method`
   * before it runs and returns a message to throw it with (as an Apps Script Exception), or null to let
   * it run. Pass null to stop failing.
   *
   * `{ afterApplying: message }` lets the call run and then throws: the write landed, the script is
   * told it failed. Apps Script reports a Spreadsheet service failure on whichever call it surfaces
   * in, and it bundles writes ("Spreadsheet operations are sometimes bundled together to improve
   * performance", https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()),
   * so a call's error says nothing of whether its write was applied; a call that times out ("Service
   * timed out", https://developers.google.com/apps-script/guides/support/troubleshooting) may have
   * been carried out all the same.
   */
  injectFault(decide: ((call: string) => FaultDecision) | null): void;
  setAuthMode(mode: AuthModeName): void;
  /** Who runs the script. `access` is what they get on the bound spreadsheet when they have none yet
   * (default 'editor': someone using the add-on has the spreadsheet open). */
  setUser(email: string, options?: { access?: 'editor' | 'viewer' | 'none' }): void;
  /** The active spreadsheet's id (the one the add-on is bound to). */
  activeSpreadsheetId(): string;
  /** Plain-data view of a spreadsheet for assertions and the preview grid (display values). */
  dumpSpreadsheet(id?: string): SpreadsheetJSON;
  ui: UiRecord;
  mails(): SentMail[];
  /** Documents created via DocumentApp, with their body as plain text and as structured elements. */
  documents(): { id: string; name: string; url: string; text: string; elements: unknown[] }[];
  triggers(): TriggerRecord[];
  toJSON(): EnvironmentJSON;

  // Added by the fakes:
  /** 'trigger' simulates a time-driven trigger run (getUi throws, no active spreadsheet). */
  setExecutionContext(context: ExecutionContextName): void;
  /** MailApp recipients allowed per 24 h. */
  setMailQuota(recipientsPerDay: number): void;
  /** Another execution takes the lock (optionally for `forMs` of fake time). Calling the result, or
   * its release(), lets go. */
  holdLock(kind: LockKindName, options?: { forMs?: number }): (() => void) & { release(): void };
  /** Ends this execution (its locks are released, as when a script finishes) and starts another. */
  newExecution(): void;
  /** Runs `fn` as a time-driven trigger execution (AuthMode.FULL, context 'trigger', a separate
   * execution, optionally as the trigger's owner), then restores the previous mode, context and user. */
  runAsTrigger<T>(fn: () => T, options?: { user?: string }): T;
  /** The next Ui.alert answers with this button ('OK', 'CANCEL', 'YES', 'NO', 'CLOSE'). */
  queueAlertResponse(button: string): void;
  /** The next Ui.prompt answers with this button and text. */
  queuePromptResponse(button: string, text?: string): void;
  /** Logger.log and console output, recorded instead of printed. */
  logs(): string[];
  /** The event object Apps Script passes to onOpen/onInstall in the current auth mode. */
  openEvent(): { authMode: AuthModeName; source?: unknown; user?: unknown };
}
