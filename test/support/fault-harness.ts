/**
 * Failing Apps Script service calls on purpose, as Apps Script does under load, and looking at
 * what a reader would see afterwards: the fault suites' shared tools (robustness-faults*.test.ts).
 */
import type { DriveEntryJSON } from '../../dev/fakes/drive-store';
import type { Harness } from './addon-harness';
import { spreadsheetOf } from './robustness-harness';

export const SERVICE_FAILURE = 'Service Spreadsheets failed while accessing document with id 1FakeId.';
export const DRIVE_FAILURE = 'Service error: Drive. We are sorry, a server error occurred.';
/** A call that writes to a sheet. */
export const SHEET_WRITE = /^(Range|Sheet)\.(set|insert|clear|append|delete)/;
/** A call that reads cells: a range's values, a TextFinder search, the Sheets API's batch read. */
export const SHEET_READ =
  /^(Range\.(getValues|getValue|getDisplayValues|getDisplayValue|getFormulas)|TextFinder\.(findAll|findNext|findPrevious)|SpreadsheetsValues\.batchGet)$/;
/** A call that writes a property: document, script or user properties alike. */
export const PROPERTY_WRITE = /^Properties\.(setProperty|setProperties|deleteProperty|deleteAllProperties)$/;
/** A call that makes or removes a trigger (the daily reminders' switches). */
export const TRIGGER_WRITE = /^(ClockTriggerBuilder\.create|ScriptApp\.deleteTrigger)$/;
/** A write the add-on keeps outside the sheet: a property or a trigger. */
export const KEPT_WRITE = new RegExp(`${PROPERTY_WRITE.source}|${TRIGGER_WRITE.source}`);
/** Every write of a command that `contents` and `keptState` can see. */
export const ANY_WRITE = new RegExp(`${SHEET_WRITE.source}|${KEPT_WRITE.source}`);
export const PROPERTIES_FAILURE =
  'Service error: Properties. We are sorry, a server error occurred. Please wait a bit and try again.';

/**
 * Two workbooks' content made by the same calls: their times differ, so do the 변경이력's seals
 * (each workbook has its own key) and the ids of the Drive files each made; nothing else may.
 */
export const comparable = (text: string) =>
  text
    .replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/g, '')
    .replace(/[A-Za-z0-9+/]{43}=/g, '')
    .replace(/(?<![A-Za-z0-9_-])1[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g, '<id>');
export const DOCS_OR_DRIVE =
  /^(DocumentApp|Document|Body|HeaderSection|FooterSection|Paragraph|ListItem|Table|TableRow|TableCell|Text|DriveApp|Folder|File|FolderIterator|FileIterator|Blob)\./;

/** Every tab's content as people see it, and the document properties (the 관리번호 counter). */
export function contents(h: Harness, withProperties = true): string {
  const properties = (h.env.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
    .getDocumentProperties()
    .getProperties();
  return JSON.stringify([
    spreadsheetOf(h)
      .getSheets()
      .map((sheet) => [sheet.getName(), sheet.getDataRange().getValues()]),
    withProperties ? properties : null,
  ]);
}

/** Drive items not in the bin, themselves or through a folder above them. */
function liveEntries(h: Harness): DriveEntryJSON[] {
  const entries = h.env.toJSON().driveFiles as DriveEntryJSON[];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const binned = (e: DriveEntryJSON | undefined, depth = 0): boolean =>
    !!e && depth < 50 && (e.trashed || e.parents.some((p) => binned(byId.get(p), depth + 1)));
  return entries.filter((e) => !binned(e));
}

/**
 * What anyone can read anywhere: every live spreadsheet (the case sheet, the partners' sheet) with
 * its tabs and who may open it, every live Drive file with its content and sharing, and the
 * document properties. (A user's empty "My Drive" root, made on first use, is nobody's data.)
 */
export function visibleWorld(h: Harness): string {
  const json = h.env.toJSON();
  const live = liveEntries(h).filter((e) => e.parents.length > 0);
  const liveIds = new Set(live.map((e) => e.id));
  return JSON.stringify({
    spreadsheets: json.spreadsheets
      .filter((s) => s.id === h.env.activeSpreadsheetId() || liveIds.has(s.id))
      .map((s) => ({
        id: s.id,
        viewers: [...s.viewers].sort(),
        editors: [...s.editors].sort(),
        tabs: s.sheets.map((t) => [t.name, t.values]),
      })),
    files: live.map((e) => ({
      id: e.id,
      name: e.name,
      parents: e.parents,
      viewers: [...e.viewers].sort(),
      editors: [...e.editors].sort(),
      sharing: e.sharing ?? null,
      content: e.content ?? null,
    })),
    // The 변경이력's key is made by the first audited save, failed or not; no reader can see it.
    properties: Object.fromEntries(
      Object.entries(json.properties.document).filter(([key]) => key !== 'audit.key'),
    ),
  });
}

/** Docs made by the add-on and not in the bin. */
export function liveDocuments(h: Harness): string[] {
  const drive = h.env.globals.DriveApp as GoogleAppsScript.Drive.DriveApp;
  return h.env
    .documents()
    .map((d) => d.id)
    .filter((id) => !drive.getFileById(id).isTrashed());
}

/** The calls `act` makes, in order, as `Class.method` (the fakes count, the fault hook sees). */
export function callsDuring(h: Harness, act: () => unknown): string[] {
  const seen: string[] = [];
  h.env.injectFault((call) => {
    seen.push(call);
    return null;
  });
  try {
    act();
  } finally {
    h.env.injectFault(null);
  }
  return seen;
}

/** Fails the calls matching `pattern` numbered nth … nth+times-1 (1-based, among those calls). */
export function failing(h: Harness, pattern: RegExp, nth: number, times: number, message: string): void {
  let seen = 0;
  h.env.injectFault((call) => {
    if (!pattern.test(call)) return null;
    seen += 1;
    return seen >= nth && seen < nth + times ? message : null;
  });
}

/**
 * Lets the calls matching `pattern` numbered nth … nth+times-1 run, then throws `message`: the write
 * landed and Apps Script still reported a failure (dev/fakes/environment-api.ts, `afterApplying`).
 */
export function landing(h: Harness, pattern: RegExp, nth: number, times: number, message: string): void {
  let seen = 0;
  h.env.injectFault((call) => {
    if (!pattern.test(call)) return null;
    seen += 1;
    return seen >= nth && seen < nth + times ? { afterApplying: message } : null;
  });
}

/**
 * What the add-on keeps outside the sheet for everyone to rely on: the document properties, the
 * script properties, every user's properties and the triggers. (The 변경이력's key is made by the
 * first audited save, failed or not; no reader can see it.)
 */
export function keptState(h: Harness): string {
  const json = h.env.toJSON();
  const withoutKey = (store: Record<string, string>) =>
    Object.fromEntries(Object.entries(store).filter(([key]) => !key.startsWith('audit.key')));
  const text = JSON.stringify({
    document: withoutKey(json.properties.document),
    script: withoutKey(json.properties.script),
    user: json.properties.user,
    triggers: json.triggers,
  });
  // A trigger taken back is made anew: the same hourly run under another id.
  return json.triggers.reduce((kept, trigger, i) => kept.split(trigger.id).join(`trigger${i + 1}`), text);
}

/** Fails the first call of exactly this `Class.method`. */
export function failingFirst(h: Harness, key: string, message = DRIVE_FAILURE): void {
  let done = false;
  h.env.injectFault((call) => {
    if (done || call !== key) return null;
    done = true;
    return message;
  });
}

/** Calls `fn`, then stops failing: '' when it succeeded, else the message the person reads. */
export function run(h: Harness, fn: string, payload?: unknown): string {
  try {
    h.call(fn, payload);
    return '';
  } catch (error) {
    return String((error as Error).message);
  } finally {
    h.env.injectFault(null);
  }
}
