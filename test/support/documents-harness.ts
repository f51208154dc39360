/**
 * Helpers for the document tests: a case with a plan, reading a generated Doc back from the fakes in
 * reading order, writing a setting, and making a centre's own template Doc.
 */
import type { FakeGasEnvironment } from '../../dev/fakes/environment-api';
import type { Harness } from './addon-harness';
import * as P from './payloads';

export interface Generated {
  documentId: string;
  url: string;
  name: string;
  version: number;
  planId: string;
  pdfId?: string;
  pdfUrl?: string;
  templateCreated: boolean;
}

export type Json = {
  type?: string;
  text?: string;
  inline?: string;
  children?: Json[];
  attributes?: Record<string, unknown>;
};

/** A case taken through intake, assessment and selection to a plan with `items` items. */
export function caseWithPlan(h: Harness, itemCount = 2, overrides: Record<string, unknown> = {}): string {
  const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
  h.call('saveAssessment', P.assessment(caseNo));
  h.call('recordConference', {
    caseNo,
    kind: 'internalReview',
    heldOn: '2026-03-12',
    decision: 'selected',
    caseType: 'general',
  });
  const base = P.plan(caseNo).items;
  const items = Array.from({ length: itemCount }, (_, i) => ({
    ...base[i % base.length],
    goal: `${base[i % base.length]!.goal} ${i + 1}`,
  }));
  h.call('savePlan', P.plan(caseNo, { items, ...overrides }));
  return caseNo;
}

function cellText(cell: Json): string {
  return (cell.children ?? []).map((p) => p.text ?? '').join('\n');
}

/** Top-level elements as text: a paragraph as its text, a table as rows of cell texts. */
export function docBlocks(env: FakeGasEnvironment, id: string): (string | string[][])[] {
  const doc = env.documents().find((d) => d.id === id);
  if (!doc) throw new Error(`no document ${id}`);
  return (doc.elements as Json[]).map((e) =>
    e.type === 'TABLE' ? (e.children ?? []).map((row) => (row.children ?? []).map(cellText)) : (e.text ?? ''),
  );
}

/** The raw element tree of a Doc as the fakes store it (attributes included). */
export function docJson(env: FakeGasEnvironment, id: string): Json[] {
  const doc = env.documents().find((d) => d.id === id);
  if (!doc) throw new Error(`no document ${id}`);
  return doc.elements as Json[];
}

/** Every paragraph and table cell of the Doc, in reading order. */
export function docTexts(env: FakeGasEnvironment, id: string): string[] {
  return docBlocks(env, id).flatMap((b) => (typeof b === 'string' ? [b] : b.flat()));
}

/** Asserts that `expected` appear in `texts` in this order (each one within one paragraph or cell). */
export function expectInOrder(texts: string[], expected: string[]): void {
  let at = 0;
  for (const want of expected) {
    const found = texts.findIndex((t, i) => i >= at && t.includes(want));
    if (found < 0) {
      throw new Error(
        `"${want}" not found after position ${at}.\nDocument:\n${texts.map((t, i) => `${i}: ${t}`).join('\n')}`,
      );
    }
    at = found + 1;
  }
}

/** Writes the value of a row of the 설정 tab as a person would. */
export function writeSetting(env: FakeGasEnvironment, name: string, value: string): void {
  const ss = (
    env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActiveSpreadsheet();
  const sheet = ss.getSheetByName('설정')!;
  const values = sheet.getDataRange().getValues();
  const row = values.findIndex((r) => String(r[0]) === name);
  if (row < 0) throw new Error(`no setting ${name}`);
  sheet.getRange(row + 1, 2).setValue(value);
}

export function readSetting(env: FakeGasEnvironment, name: string): string {
  return sheetRows(env, '설정').find((r) => r['항목'] === name)?.['값'] ?? '';
}

/**
 * Rows of one tab keyed by header, as displayed. Reads that tab only (dumping the whole workbook
 * costs seconds per call in the fakes).
 */
export function sheetRows(env: FakeGasEnvironment, tab: string): Record<string, string>[] {
  const ss = (
    env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActiveSpreadsheet();
  const [header = [], ...rows] = ss.getSheetByName(tab)!.getDataRange().getDisplayValues();
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

/** A centre's own template, made in Docs by the user: paragraphs and tables as given. */
export function makeTemplate(
  env: FakeGasEnvironment,
  name: string,
  content: (string | string[][])[],
  sections: { header?: string; footer?: string } = {},
): string {
  const docs = env.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
  const doc = docs.create(name);
  if (sections.header !== undefined) doc.addHeader().getChild(0).asParagraph().setText(sections.header);
  if (sections.footer !== undefined) doc.addFooter().getChild(0).asParagraph().setText(sections.footer);
  const body = doc.getBody();
  const initial = body.getChild(0);
  for (const block of content) {
    if (typeof block === 'string') body.appendParagraph(block);
    else body.appendTable(block);
  }
  initial.removeFromParent();
  doc.saveAndClose();
  return doc.getId();
}

export const PLAN_TEMPLATE_SETTING = '서식: 서비스제공 계획 및 점검표 (문서 ID)';
export const FOLDER_SETTING = '문서 보관 폴더 (Drive 폴더 ID)';

export function drive(env: FakeGasEnvironment): GoogleAppsScript.Drive.DriveApp {
  return env.globals.DriveApp as GoogleAppsScript.Drive.DriveApp;
}

/** The folders a file sits in, from its own folder up to My Drive. */
export function drivePath(env: FakeGasEnvironment, fileId: string): GoogleAppsScript.Drive.Folder[] {
  const path: GoogleAppsScript.Drive.Folder[] = [];
  let parents = drive(env).getFileById(fileId).getParents();
  while (parents.hasNext()) {
    const folder = parents.next();
    path.push(folder);
    parents = folder.getParents();
  }
  return path;
}

/** Files (not folders) directly in a folder. */
export function filesIn(folder: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.File[] {
  const out: GoogleAppsScript.Drive.File[] = [];
  const files = folder.getFiles();
  while (files.hasNext()) out.push(files.next());
  return out;
}
