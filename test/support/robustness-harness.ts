/**
 * Checks shared by the robustness and privacy suites: what a refusal must look like (a readable
 * Korean message, not one write call, not one changed cell) and cheap views of the workbook.
 *
 * `workbookState` of addon-harness serialises the whole environment (slow for hundreds of
 * generated cases), so these helpers read the workbook through the Spreadsheet API instead: every
 * tab's used range (values, formulas, number formats) and the document properties.
 */
import type { Harness } from './addon-harness';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function spreadsheetOf(h: Harness): Spreadsheet {
  return (h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
}

/** Values, formulas and number formats of every tab, and the document properties, as one string. */
export function snapshot(h: Harness): string {
  const ss = spreadsheetOf(h);
  const tabs = ss.getSheets().map((sheet) => {
    const range = sheet.getDataRange();
    return {
      name: sheet.getName(),
      maxRows: sheet.getMaxRows(),
      maxColumns: sheet.getMaxColumns(),
      values: range.getValues(),
      formulas: range.getFormulas(),
      formats: range.getNumberFormats(),
    };
  });
  const properties = (h.env.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
    .getDocumentProperties()
    .getProperties();
  return JSON.stringify({
    tabs,
    properties,
    mails: h.env.mails().length,
    documents: h.env.documents().length,
  });
}

/**
 * Calls that change something: any Spreadsheet, Document, Drive, Properties, Cache or Mail method
 * that writes. The fakes count every call, so a refusal must show none of these.
 */
const WRITE_METHOD =
  /^(set|append|insert|delete|clear|add|remove|protect|unprotect|hide|show|sort|copy|move|merge|autoResize|create|put|send|make|trash|replace|edit)/;
const READ_ONLY_CLASSES = new Set(['Session', 'User', 'Utilities', 'Logger', 'Lock', 'LockService']);

export function writeCalls(h: Harness): string[] {
  return Object.entries(h.env.counters.snapshot())
    .filter(([key, n]) => {
      if (n === 0) return false;
      const [cls = '', method = ''] = key.split('.');
      if (READ_ONLY_CLASSES.has(cls)) return false;
      if (cls === 'DataValidationBuilder' || method.startsWith('new')) return false;
      // Building a search changes nothing (replaceAllWith would, and matches WRITE_METHOD's /replace/).
      if (method === 'createTextFinder') return false;
      return WRITE_METHOD.test(method);
    })
    .map(([key, n]) => `${key}×${n}`);
}

export type Outcome<T = unknown> =
  { ok: true; result: T; writes: string[] } | { ok: false; message: string; writes: string[] };

/** Calls a function as google.script.run would and reports what happened, counting writes. */
export function attempt<T = unknown>(h: Harness, fn: string, payload: unknown): Outcome<T> {
  h.env.counters.reset();
  try {
    const result = h.call<T>(fn, payload);
    return { ok: true, result, writes: writeCalls(h) };
  } catch (error) {
    return { ok: false, message: String((error as Error)?.message ?? error), writes: writeCalls(h) };
  }
}

const JS_INTERNALS =
  /TypeError|ReferenceError|RangeError|SyntaxError|is not a function|Cannot read|Cannot set|undefined|\[object |NaN|Exception:|at [\w.]+ \(/;

/** A message a case manager can read: Korean, and no JavaScript internals leaking through. */
export function isReadableKorean(message: string): boolean {
  return /[가-힣]/.test(message) && !JS_INTERNALS.test(message);
}

/**
 * Expects `fn(payload)` to be refused: returns the message, or a description of what went wrong
 * (accepted, unreadable message, a write call, a changed workbook) so a property can report it.
 * Not one write call is the exact check (the fakes count every call); `deep` also compares the
 * workbook before and after, which costs a full read of every tab.
 */
export function checkRefusal(
  h: Harness,
  fn: string,
  payload: unknown,
  options: { deep?: boolean } = { deep: true },
): { message?: string; problem?: string } {
  const before = options.deep ? snapshot(h) : '';
  const outcome = attempt(h, fn, payload);
  if (outcome.ok)
    return { problem: `${fn} accepted it and returned ${JSON.stringify(outcome.result).slice(0, 200)}` };
  if (!isReadableKorean(outcome.message)) return { problem: `unreadable message: ${outcome.message}` };
  if (outcome.writes.length > 0) return { problem: `refused, but called ${outcome.writes.join(', ')}` };
  if (options.deep && snapshot(h) !== before)
    return { problem: 'refused, but the workbook or its properties changed' };
  return { message: outcome.message };
}

/** Cells holding a formula anywhere in the case spreadsheet, as 'tab!R1C1'. */
export function formulaCells(h: Harness): string[] {
  const found: string[] = [];
  for (const sheet of spreadsheetOf(h).getSheets()) {
    sheet
      .getDataRange()
      .getFormulas()
      .forEach((row, r) =>
        row.forEach((formula, c) => {
          if (formula) found.push(`${sheet.getName()}!R${r + 1}C${c + 1}`);
        }),
      );
  }
  return found;
}

/** Rows of a tab as objects keyed by header, raw values (Dates stay Dates). */
export function rowsOf(h: Harness, tab: string): Record<string, unknown>[] {
  const sheet = spreadsheetOf(h).getSheetByName(tab);
  if (!sheet) return [];
  const [header = [], ...rows] = sheet.getDataRange().getValues();
  return rows
    .filter((row) => row.some((cell) => cell !== '' && cell !== null))
    .map((row) => Object.fromEntries(header.map((name, i) => [String(name), row[i]])));
}

/** Every cell of every tab, as text, with where it is: for scanning what is stored. */
export function everyCell(h: Harness): { where: string; text: string }[] {
  const cells: { where: string; text: string }[] = [];
  for (const sheet of spreadsheetOf(h).getSheets()) {
    sheet
      .getDataRange()
      .getDisplayValues()
      .forEach((row, r) =>
        row.forEach((text, c) => {
          if (text !== '') cells.push({ where: `${sheet.getName()}!R${r + 1}C${c + 1}`, text });
        }),
      );
  }
  return cells;
}
