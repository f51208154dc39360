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
}

export interface SpreadsheetJSON {
  id: string;
  name: string;
  owner: string;
  editors: string[];
  viewers: string[];
  sheets: SheetJSON[];
}

/** Everything an environment holds, JSON-safe: a workbook file for the preview. */
export interface EnvironmentJSON {
  activeSpreadsheetId: string | null;
  spreadsheets: SpreadsheetJSON[];
  documents: unknown[];
  driveFiles: unknown[];
  mails: SentMail[];
  properties: { script: Record<string, string>; document: Record<string, string>; user: Record<string, Record<string, string>> };
  triggers: TriggerRecord[];
  now: string;
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
}

export interface UiRecord {
  menus: { title: string; items: ({ caption: string; functionName: string } | { separator: true })[] }[];
  sidebars: { title: string; html: string; file?: string }[];
  dialogs: { title: string; html: string; modal: boolean; width?: number; height?: number }[];
  alerts: { title?: string; prompt: string }[];
  toasts: { message: string; title?: string }[];
}

export interface FakeEnvironmentOptions {
  /** Parsed appsscript.json; a service whose scope is not listed throws when used. */
  manifest?: { oauthScopes?: string[]; timeZone?: string };
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
}

export interface CallCounters {
  /** Calls per method, keyed `Service.method` or `Class.method`, e.g. 'Range.getValues', 'SpreadsheetApp.getActiveSpreadsheet'. */
  snapshot(): Record<string, number>;
  reset(): void;
  /** Sum of calls whose key starts with one of the prefixes (default: all). */
  total(...prefixes: string[]): number;
  /** Cells read and written through Range methods since the last reset. */
  cells(): { read: number; written: number };
}

export interface FakeClock {
  now(): Date;
  set(when: Date | string): void;
  advance(ms: number): void;
}

export interface FakeGasEnvironment {
  /** The Apps Script globals: SpreadsheetApp, HtmlService, ScriptApp, PropertiesService, CacheService,
   * LockService, MailApp, DocumentApp, DriveApp, Session, Utilities, Logger, console. */
  globals: Record<string, unknown>;
  clock: FakeClock;
  counters: CallCounters;
  setAuthMode(mode: AuthModeName): void;
  setUser(email: string): void;
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
}
