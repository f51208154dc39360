/**
 * Starts the built add-on (dist/) inside a fresh fake Apps Script environment, the way the
 * integration tests need it: a bound spreadsheet, a user, a settable clock, and a set-up workbook.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR, loadAddon, type LoadedAddon } from '../../dev/addon-loader';
import { createGasEnvironment } from '../../dev/fakes';
import type { FakeEnvironmentOptions, FakeGasEnvironment } from '../../dev/fakes/environment-api';
import type { ServerResult } from '../../src/contract/server';

/** What getCase gives back: the server's own type (src/contract/server.ts), not a copy. */
export type CaseFile = ServerResult<'getCase'>;

export interface Harness {
  env: FakeGasEnvironment;
  addon: LoadedAddon;
  call<T = Record<string, unknown>>(name: string, input?: unknown): T;
}

export const MANAGER = 'kim.sw@dong.example';
export const OTHER_MANAGER = 'lee.sw@dong.example';

export function manifest(): { oauthScopes: string[]; timeZone: string } {
  return JSON.parse(readFileSync(path.join(DIST_DIR, 'appsscript.json'), 'utf8'));
}

/** The built manifest with the advanced Sheets service left out: Apps Script then has no `Sheets`. */
export function manifestWithoutSheetsApi(): ReturnType<typeof manifest> {
  const { dependencies: _left, ...rest } = manifest() as ReturnType<typeof manifest> & {
    dependencies?: unknown;
  };
  return rest;
}

export function startAddon(options: FakeEnvironmentOptions & { setup?: boolean } = {}): Harness {
  const { setup = true, ...envOptions } = options;
  const env = createGasEnvironment({
    manifest: manifest(),
    user: MANAGER,
    now: '2027-06-01T10:00:00+09:00',
    readProjectFile: (name) => {
      const file = path.join(DIST_DIR, name);
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    },
    ...envOptions,
  });
  const addon = loadAddon(env);
  if (setup) addon.call('setupWorkbook');
  return { env, addon, call: (name, input) => addon.call(name, input) };
}

/**
 * What a write could change in the case spreadsheet: each tab's size, values and formulas. (Formats
 * are only ever written together with values, so a change of format alone cannot hide here.)
 */
export function workbookState(env: FakeGasEnvironment, spreadsheetId = env.activeSpreadsheetId()): string {
  const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return JSON.stringify(
    app
      .openById(spreadsheetId)
      .getSheets()
      .map((sheet) => {
        const range = sheet.getDataRange();
        return [
          sheet.getName(),
          sheet.getMaxRows(),
          sheet.getMaxColumns(),
          range.getValues(),
          range.getFormulas(),
        ];
      }),
  );
}

/** Rows of a tab as objects keyed by header, display values. */
export function tabRows(env: FakeGasEnvironment, tab: string): Record<string, string>[] {
  const sheet = env.dumpSpreadsheet().sheets.find((s) => s.name === tab);
  if (!sheet) throw new Error(`no tab ${tab}`);
  const [header = [], ...rows] = sheet.values as string[][];
  return rows
    .filter((row) => row.some((cell) => cell !== '' && cell !== undefined && cell !== null))
    .map((row) => Object.fromEntries(header.map((h, i) => [String(h), String(row[i] ?? '')])));
}

/** Calls `name` expecting a refusal: returns the message, and checks that nothing was written. */
export function refusal(h: Harness, name: string, input: unknown): string {
  const before = workbookState(h.env);
  const properties = documentProperties(h.env);
  let message: string | undefined;
  try {
    h.call(name, input);
  } catch (error) {
    message = (error as Error).message;
  }
  if (message === undefined)
    throw new Error(`${name} accepted input it should refuse: ${JSON.stringify(input).slice(0, 200)}`);
  expect(workbookState(h.env)).toBe(before);
  expect(documentProperties(h.env)).toBe(properties);
  return message;
}

function documentProperties(env: FakeGasEnvironment): string {
  const service = env.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
  return JSON.stringify(service.getDocumentProperties().getProperties());
}

export function isKorean(message: string): boolean {
  return /[가-힣]/.test(message);
}
