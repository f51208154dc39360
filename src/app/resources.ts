/**
 * The resource directory's use cases: add and edit a resource, search it, export it as HSDS 3.0
 * (CSV files or JSON) and import a partner's directory (dry run first). Publishing to partners is ./publish.ts.
 */
import { seoulDateKey } from '../domain/dates';
import type { ResourceRecord } from '../domain/records';
import {
  dataOf,
  decodeHsds,
  decodeResourceSheet,
  distinct,
  encodeHsds,
  encodeHsdsJson,
  exportResourcesInput,
  FIELD_LABELS,
  importResourcesInput,
  isPublishable,
  listResourcesInput,
  matches,
  nextResourceIds,
  planImport,
  RESOURCE_DATA_KEYS,
  resourceSequence,
  saveResourceInput,
  usageByResource,
  viewOf,
  BLANK_RESOURCE,
  type HsdsExport,
  type ImportPlan,
  type IncomingResource,
  type ResourceData,
  type ResourceView,
  type SaveResourceInput,
} from '../domain/resources';
import { parseInput, UserError } from '../domain/validation';
import { readPartnerTab } from '../db/partner-sheet';
import type { TableRow } from '../db/table';
import { PLAN_ITEMS, RESOURCES } from '../db/tables';
import { withCompensation } from './compensate';
import type { AppContext } from './context';
import { loadSettings } from './case-rows';
import { withholdClientData, type WithheldResource } from './partner-guard';
import { inTransaction, UnitOfWork } from './unit-of-work';

const LAST_RESOURCE_NO = 'lastResourceNumber';
const RELATIONAL_NOT_SHAREABLE =
  '관계 자원은 대상자의 이웃 관계망이라 협력기관에 공유할 수 없습니다. 협력기관 공유를 끄고 저장하세요.';

const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/**
 * The 자원 tab's rows that hold a resource. Sheets fills the empty cells of a checkbox column with
 * FALSE, so a blank row under the data can still be read as a row: it has neither id nor name.
 */
export function resourceRows(work: UnitOfWork): TableRow<ResourceRecord>[] {
  return work.rows(RESOURCES).filter((r) => r.record.resourceId !== '' || r.record.name !== '');
}

function lastIssued(ctx: AppContext, prefix: string): number {
  const stored = ctx.properties.get(LAST_RESOURCE_NO);
  return stored ? (resourceSequence(prefix, stored) ?? 0) : 0;
}

/** The stale-edit rule of the case tables, for a resource row. */
function assertFreshResource(row: TableRow<ResourceRecord>, expected: number | undefined) {
  if (expected === undefined || (row.record.version ?? 0) === expected) return;
  const who = row.record.updatedBy ? `${row.record.updatedBy}님이 ` : '';
  throw new UserError(
    `자원 ${row.record.resourceId}을(를) ${who}${row.record.updatedAt}에 먼저 수정했습니다. ` +
      '덮어쓰지 않도록 저장하지 않았습니다: 자원을 다시 열어 최신 내용을 확인한 뒤 다시 입력하세요.',
    'STALE_EDIT',
  );
}

/** A form's values over the stored ones: a field the form did not send keeps its value. */
function applyInput(base: ResourceData, input: SaveResourceInput, user: string): ResourceData {
  const next = { ...base } as Record<keyof ResourceData, unknown>;
  for (const key of RESOURCE_DATA_KEYS) {
    if (key === 'verifiedOn' || key === 'verifiedBy') continue;
    const value = (input as Record<string, unknown>)[key];
    if (value !== undefined) next[key] = value;
  }
  if (input.sector === undefined && 'sector' in input) next.sector = null;
  if (input.verifiedOn) {
    next.verifiedOn = input.verifiedOn;
    next.verifiedBy = user;
  }
  return next as ResourceData;
}

/** Adds a resource, or edits one (`resourceId`); `verifiedOn` records who checked it and when. */
export function saveResource(ctx: AppContext, payload: unknown): { resourceId: string } {
  const input = parseInput(saveResourceInput, payload);
  const today = seoulDateKey(ctx.now());
  if (input.verifiedOn && input.verifiedOn > today)
    throw new UserError('최종 확인일: 오늘보다 늦은 날짜일 수 없습니다.', 'INVALID_INPUT');
  return inTransaction(ctx, (work) => {
    const rows = resourceRows(work);
    const existing = input.resourceId
      ? rows.find((r) => r.record.resourceId === input.resourceId)
      : undefined;
    if (input.resourceId && !existing)
      throw new UserError(
        `자원번호 ${input.resourceId} 자원을 찾을 수 없습니다. 목록을 새로 고친 뒤 다시 고르세요.`,
        'NOT_FOUND',
      );
    if (existing) assertFreshResource(existing, input.version);
    const data = applyInput(existing ? dataOf(existing.record) : BLANK_RESOURCE, input, work.user);
    if (data.kind === 'relational' && data.shareable)
      throw new UserError(RELATIONAL_NOT_SHAREABLE, 'REFUSED');
    const twin = rows.find(
      (r) =>
        r !== existing &&
        squash(r.record.name) === squash(data.name) &&
        squash(r.record.provider) === squash(data.provider),
    );
    if (twin)
      throw new UserError(
        `같은 이름과 제공기관의 자원이 이미 있습니다 (${twin.record.resourceId}). 새로 만들지 말고 그 자원을 고치세요.`,
        'REFUSED',
      );
    const stamp = { updatedAt: work.timestamp, updatedBy: work.user };
    if (existing) {
      const record: ResourceRecord = {
        ...existing.record,
        ...data,
        ...stamp,
        version: (existing.record.version ?? 0) + 1,
      };
      work.update(RESOURCES, existing, record);
      const before = dataOf(existing.record);
      const changed = RESOURCE_DATA_KEYS.filter((k) => before[k] !== data[k]).map((k) => FIELD_LABELS[k]);
      work.audit(
        '',
        '자원 수정',
        `${record.resourceId} ${record.name}: ${changed.join(', ') || '변경 없음'}`,
      );
      return { resourceId: record.resourceId };
    }
    const prefix = loadSettings(work).casePrefix;
    const [resourceId] = nextResourceIds(
      prefix,
      rows.map((r) => r.record.resourceId),
      lastIssued(ctx, prefix),
      1,
    ) as [string];
    work.append(RESOURCES, { resourceId, ...data, ...stamp, version: 1 });
    work.audit('', '자원 등록', `${resourceId} ${data.name}${data.shareable ? ' (협력기관 공유)' : ''}`);
    // Outside the sheet: only once the row is there (a failed save must not use up the number).
    work.afterCommit(() => ctx.properties.set(LAST_RESOURCE_NO, resourceId));
    return { resourceId };
  });
}

const LIST_LIMIT = 500;

/** Search and filter; each resource with how often plan items use it (never by whom). */
export function listResources(
  ctx: AppContext,
  payload: unknown,
): { resources: ResourceView[]; total: number; categories: string[]; areas: string[]; problemCount: number } {
  const input = parseInput(listResourcesInput, payload ?? {});
  const work = new UnitOfWork(ctx);
  const today = seoulDateKey(ctx.now());
  const settings = loadSettings(work);
  const all = resourceRows(work).map((r) => r.record);
  const usage = usageByResource(
    work.rows(PLAN_ITEMS).map((r) => r.record),
    today,
  );
  const found = all
    .filter((r) => matches(r, input))
    .sort((a, b) => a.name.localeCompare(b.name, 'ko') || a.resourceId.localeCompare(b.resourceId));
  return {
    resources: found
      .slice(0, LIST_LIMIT)
      .map((r) => viewOf(r, usage.get(r.resourceId), today, settings.resourceVerifyMonths)),
    total: found.length,
    categories: distinct(all.map((r) => r.category)),
    areas: distinct(all.map((r) => r.area)),
    problemCount: work.problems().length,
  };
}

/** Where export files go: a new Drive folder per export (src/gas gives DriveApp behind this). */
export interface ExportDrive {
  createFolder(name: string): {
    id: string;
    url: string;
    addFile(name: string, content: string, mimeType: string): { id: string; name: string; url: string };
    /** To the bin, with what it holds: an export that failed half-way leaves no files behind. */
    bin(): void;
  };
}

type ExportedFile = { id: string; name: string; url: string };

/**
 * One export into a new Drive folder, audited. Default: only what may leave the 동 (shareable,
 * public fields); `scope: 'all'` is a full backup with the internal fields.
 */
function exportResources(
  ctx: AppContext,
  payload: unknown,
  drive: ExportDrive,
  form: { label: string; encode(resources: ResourceRecord[], internal: boolean): HsdsExport },
): { folderId: string; url: string; count: number; files: ExportedFile[]; withheld: WithheldResource[] } {
  const input = parseInput(exportResourcesInput, payload ?? {});
  const internal = input.scope === 'all';
  return withCompensation((onFailure) =>
    inTransaction(ctx, (work) => {
      const all = resourceRows(work).map((r) => r.record);
      // The shareable export leaves the 동: the partner guard holds back what looks like client data.
      const { shared: resources, withheld } = internal
        ? { shared: all, withheld: [] }
        : withholdClientData(work, all.filter(isPublishable));
      const exported = form.encode(resources, internal);
      const folder = drive.createFolder(
        `자원목록 HSDS ${internal ? '전체 백업' : '공유용'} ${work.timestamp.replace(/:/g, '')}`,
      );
      onFailure(() => folder.bin());
      const files = exported.files.map((file) => folder.addFile(file.name, file.content, file.mimeType));
      work.audit(
        '',
        '자원 내보내기',
        `${form.label} ${exported.count}건 (${internal ? '전체, 내부 항목 포함' : '공유 자원의 공개 항목'}) → 폴더 ${folder.id}`,
      );
      return { folderId: folder.id, url: folder.url, count: exported.count, files, withheld };
    }),
  );
}

/** HSDS 3.0 CSV files and the official datapackage.json in a new Drive folder. */
export function exportResourcesCsv(ctx: AppContext, payload: unknown, drive: ExportDrive) {
  return exportResources(ctx, payload, drive, {
    label: 'HSDS CSV',
    encode: (resources, internal) => encodeHsds(resources, { internal }),
  });
}

/** The HSDS API's form: one services.json (a service_list page of service_full records). */
export function exportResourcesJson(ctx: AppContext, payload: unknown, drive: ExportDrive) {
  return exportResources(ctx, payload, drive, {
    label: 'HSDS JSON',
    encode: (resources, internal) => {
      const exported = encodeHsdsJson(resources, { internal });
      return {
        files: [{ name: 'services.json', content: exported.content, mimeType: 'application/json' }],
        count: exported.count,
      };
    },
  });
}

/** Reads a partner's sheet (src/gas opens it by id or URL). */
/** Opens a partner's spreadsheet by its address or id (SpreadsheetApp.openById, from src/gas). */
export interface PartnerSheetReader {
  open(spreadsheet: string): GoogleAppsScript.Spreadsheet.Spreadsheet;
}

export interface ImportSummary {
  source: string;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** The first changes, for the preview (every change is written; this is what a person reads). */
  changes: { action: 'new' | 'update'; resourceId: string; name: string; fields: string[]; where: string }[];
  skippedRows: { where: string; problems: string[] }[];
  notes: string[];
  previewToken: string;
}

const SHOWN = 50;

function incomingFrom(
  input: ReturnType<typeof parseImport>,
  reader: PartnerSheetReader,
): { source: string; resources: IncomingResource[]; notes: string[] } {
  if (input.files && input.files.length > 0) {
    const decoded = decodeHsds(input.files);
    if (decoded.problems.length > 0) throw new UserError(decoded.problems.join('\n'), 'INVALID_INPUT');
    const notes =
      decoded.ignoredFiles.length > 0 ? [`읽지 않은 파일: ${decoded.ignoredFiles.join(', ')}`] : [];
    return { source: `HSDS CSV ${input.files.length}개 파일`, resources: decoded.resources, notes };
  }
  const sheet = readPartnerTab(reader.open((input.spreadsheet ?? '').trim()));
  if (!sheet) throw new UserError('협력기관 시트에 탭이 없습니다.', 'SHEET_BROKEN');
  const decoded = decodeResourceSheet(sheet.tabName, sheet.values);
  if (decoded.problems.length > 0) throw new UserError(decoded.problems.join('\n'), 'INVALID_INPUT');
  const notes =
    decoded.ignoredColumns.length > 0 ? [`읽지 않은 열: ${decoded.ignoredColumns.join(', ')}`] : [];
  return { source: `협력기관 시트 '${sheet.tabName}' 탭`, resources: decoded.resources, notes };
}

const parseImport = (payload: unknown) => parseInput(importResourcesInput, payload);

function summarize(source: string, total: number, plan: ImportPlan, notes: string[]): ImportSummary {
  return {
    source,
    total,
    created: plan.changes.filter((c) => c.action === 'new').length,
    updated: plan.changes.filter((c) => c.action === 'update').length,
    unchanged: plan.unchanged,
    skipped: plan.skipped.length,
    changes: plan.changes.slice(0, SHOWN).map((c) => ({
      action: c.action,
      resourceId: c.resourceId,
      name: c.data.name,
      fields: c.action === 'update' ? c.changedFields : [],
      where: c.where,
    })),
    skippedRows: plan.skipped.slice(0, SHOWN),
    notes: [...notes, ...plan.notes],
    previewToken: plan.token,
  };
}

function planFor(ctx: AppContext, work: UnitOfWork, resources: IncomingResource[]): ImportPlan {
  const prefix = loadSettings(work).casePrefix;
  return planImport(
    resources,
    resourceRows(work).map((r) => r.record),
    { prefix, lastIssued: lastIssued(ctx, prefix) },
  );
}

/** The dry run: what an import would add, change, leave and skip. Writes nothing. */
export function previewResourceImport(
  ctx: AppContext,
  payload: unknown,
  reader: PartnerSheetReader,
): ImportSummary {
  const input = parseImport(payload);
  const incoming = incomingFrom(input, reader);
  const work = new UnitOfWork(ctx);
  const plan = planFor(ctx, work, incoming.resources);
  return summarize(incoming.source, incoming.resources.length, plan, incoming.notes);
}

/**
 * Writes what the preview showed, or nothing: the preview's token must match the plan made now
 * (same files, same directory), otherwise the person is asked to preview again.
 */
export function importResources(
  ctx: AppContext,
  payload: unknown,
  reader: PartnerSheetReader,
): ImportSummary {
  const input = parseImport(payload);
  if (!input.previewToken)
    throw new UserError('가져오기 전에 미리보기로 무엇이 추가·수정되는지 먼저 확인하세요.', 'REFUSED');
  const incoming = incomingFrom(input, reader);
  return inTransaction(ctx, (work) => {
    const plan = planFor(ctx, work, incoming.resources);
    if (plan.token !== input.previewToken)
      throw new UserError(
        '미리보기 뒤에 자원 목록이나 가져올 자료가 바뀌었습니다. 아무것도 저장하지 않았습니다: 미리보기를 다시 하세요.',
        'STALE_EDIT',
      );
    const stamp = { updatedAt: work.timestamp, updatedBy: work.user };
    const rows = new Map(resourceRows(work).map((r) => [r.record.resourceId, r]));
    let highest = '';
    const prefix = loadSettings(work).casePrefix;
    for (const change of plan.changes) {
      if (change.action === 'update') {
        const row = rows.get(change.resourceId) as TableRow<ResourceRecord>;
        work.update(RESOURCES, row, {
          ...row.record,
          ...change.data,
          ...stamp,
          version: (row.record.version ?? 0) + 1,
        });
        work.audit(
          '',
          '자원 가져오기',
          `${change.resourceId} ${change.data.name}: ${change.changedFields.join(', ')} 수정 (${incoming.source})`,
        );
      } else {
        work.append(RESOURCES, { resourceId: change.resourceId, ...change.data, ...stamp, version: 1 });
        work.audit(
          '',
          '자원 가져오기',
          `${change.resourceId} ${change.data.name}: 새로 추가 (${incoming.source})`,
        );
        const n = resourceSequence(prefix, change.resourceId);
        if (n !== null && n > (resourceSequence(prefix, highest) ?? 0)) highest = change.resourceId;
      }
    }
    if (highest && (resourceSequence(prefix, highest) ?? 0) > lastIssued(ctx, prefix))
      work.afterCommit(() => ctx.properties.set(LAST_RESOURCE_NO, highest));
    return summarize(incoming.source, incoming.resources.length, plan, incoming.notes);
  });
}
