/**
 * Helpers for the resource directory's tests: valid payloads, bulk resources for cost tests, and
 * reading what the add-on left in Drive and in the partners' spreadsheet.
 */
import type { ResourceRecord } from '../../src/domain/records';
import { appendToTable, extentOf } from '../../src/db/table';
import { RESOURCES } from '../../src/db/tables';
import type { Harness } from './addon-harness';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function resource(overrides: Record<string, unknown> = {}) {
  return {
    name: '도시락 배달',
    kind: 'material',
    sector: 'private',
    category: '식생활',
    provider: '행복종합사회복지관',
    description: '거동이 불편한 어르신 댁으로 점심 도시락을 배달합니다.',
    contact: '02-0000-3001',
    email: 'lunch@welfare.example',
    website: 'https://welfare.example/lunch',
    address: '서울특별시 행복구 햇살로 100',
    postalCode: '06236',
    area: '행복동 전역',
    eligibility: '만 65세 이상 홀로 사는 어르신',
    fees: '무료',
    hours: '평일 11:00-13:00',
    languages: '한국어, 영어',
    capacity: '이번 달 여유 2명',
    contactPerson: '박담당',
    notes: '월말에 명단 갱신',
    shareable: true,
    ...overrides,
  };
}

export function activeSpreadsheet(h: Harness): Spreadsheet {
  return (h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
}

/**
 * `count` fictional resources in one batched write. The tab keeps spare rows below the data, as a
 * sheet people use does, so one more row never costs an extra insert at either size.
 */
export function fillResources(ss: Spreadsheet, count: number): ResourceRecord[] {
  const kinds = ['material', 'human', 'relational'] as const;
  const records: ResourceRecord[] = Array.from({ length: count }, (_, i) => {
    const kind = kinds[i % 3] as (typeof kinds)[number];
    return {
      resourceId: `행복-자원-${String(i + 1).padStart(4, '0')}`,
      name: `자원 ${i + 1}`,
      kind,
      sector: i % 2 === 0 ? 'public' : 'private',
      category: ['식생활', '돌봄', '주거', '의료'][i % 4] as string,
      provider: `기관 ${i % 40}`,
      description: '지역 자원',
      contact: `02-0000-${String(i % 10000).padStart(4, '0')}`,
      email: '',
      website: '',
      address: `행복동 ${i + 1}`,
      stateProvince: '',
      city: '',
      postalCode: '',
      area: '행복동',
      eligibility: '누구나',
      fees: '무료',
      hours: '평일',
      languages: '한국어',
      capacity: '',
      contactPerson: '',
      notes: '',
      status: 'active',
      shareable: kind !== 'relational',
      verifiedOn: '2026-01-10',
      verifiedBy: 'kim.sw@dong.example',
      version: 1,
      updatedAt: '2026-01-10 10:00:00',
      updatedBy: 'kim.sw@dong.example',
    };
  });
  // Appending reads no date cell; the zone's day is told as the add-on's Utilities.formatDate would.
  const layout = appendToTable(ss, RESOURCES, records, (instant, zone) =>
    new Intl.DateTimeFormat('sv-SE', { timeZone: zone }).format(instant),
  );
  const sheet = ss.getSheetByName(RESOURCES.name) as GoogleAppsScript.Spreadsheet.Sheet;
  const spare = extentOf(layout) + 200 - sheet.getMaxRows();
  if (spare > 0) sheet.insertRowsAfter(sheet.getMaxRows(), spare);
  return records;
}

interface DriveFileJSON {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  content?: string;
}

/** The files of a Drive folder the add-on made, as text. */
export function folderFiles(h: Harness, folderId: string): { name: string; content: string }[] {
  const files = h.env.toJSON().driveFiles as DriveFileJSON[];
  return files
    .filter((f) => f.parents.includes(folderId) && f.content !== undefined)
    .map((f) => ({ name: f.name, content: Buffer.from(f.content as string, 'base64').toString('utf8') }));
}

/** Every value, formula and note of a spreadsheet as one string, for scanning. */
export function everything(h: Harness, spreadsheetId: string): string {
  return JSON.stringify(h.env.toJSON().spreadsheets.find((s) => s.id === spreadsheetId));
}

/** Rows of a tab of any spreadsheet as objects keyed by header. */
export function rowsOf(h: Harness, spreadsheetId: string, tab: string): Record<string, string>[] {
  const sheet = h.env.dumpSpreadsheet(spreadsheetId).sheets.find((s) => s.name === tab);
  if (!sheet) throw new Error(`no tab ${tab} in ${spreadsheetId}`);
  const [header = [], ...rows] = sheet.values as string[][];
  return rows
    .filter((row) => row.some((cell) => cell !== '' && cell !== undefined && cell !== null))
    .map((row) => Object.fromEntries(header.map((name, i) => [String(name), String(row[i] ?? '')])));
}

/** Sets a value in the 설정 tab, as a person would type it. */
export function setSetting(h: Harness, name: string, value: string): void {
  const sheet = activeSpreadsheet(h).getSheetByName('설정') as GoogleAppsScript.Spreadsheet.Sheet;
  const values = sheet.getDataRange().getValues();
  const index = values.findIndex((row) => row[0] === name);
  if (index < 0) throw new Error(`no setting ${name}`);
  sheet
    .getRange(index + 1, 2)
    .setNumberFormat('@')
    .setValue(value);
}
