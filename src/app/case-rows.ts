/** Finding a case, refusing stale edits, and stamping a change: shared by every use case on a case. */
import type { CaseRecord } from '../domain/records';
import { readSettings, type Settings } from '../domain/settings';
import { UserError } from '../domain/validation';
import { assertManaged } from '../domain/workflow';
import type { TableDef, TableRow } from '../db/table';
import { CASES, SETTINGS } from '../db/tables';
import type { UnitOfWork } from './unit-of-work';

export function findCase(work: UnitOfWork, caseNo: string): TableRow<CaseRecord> {
  const row = work.caseRows(CASES, caseNo)[0];
  if (!row)
    throw new UserError(`관리번호 ${caseNo} 사례를 찾을 수 없습니다. 관리번호를 확인하세요.`, 'NOT_FOUND');
  return row;
}

/**
 * A form carries the version of the case it was loaded with. If someone saved the case since, the
 * edit is refused instead of overwriting theirs.
 */
export function assertFresh(row: TableRow<CaseRecord>, expectedVersion: number | undefined): void {
  if (expectedVersion === undefined) return;
  const current = row.record.version ?? 0;
  if (current !== expectedVersion) {
    const who = row.record.updatedBy ? `${row.record.updatedBy}님이 ` : '';
    throw new UserError(
      `${row.record.caseNo} 사례를 ${who}${row.record.updatedAt}에 먼저 수정했습니다. ` +
        '덮어쓰지 않도록 저장하지 않았습니다: 사례를 다시 열어 최신 내용을 확인한 뒤 다시 입력하세요.',
      'STALE_EDIT',
    );
  }
}

/** Applies `changes` to the case row and bumps its version. */
export function changeCase(
  work: UnitOfWork,
  row: TableRow<CaseRecord>,
  changes: Partial<CaseRecord>,
): CaseRecord {
  const record: CaseRecord = {
    ...row.record,
    ...changes,
    version: (row.record.version ?? 0) + 1,
    updatedAt: work.timestamp,
    updatedBy: work.user,
  };
  work.update(CASES, row, record);
  return record;
}

/** Child ids read like the case they belong to: 행복-2026-0001-S2 is that case's second assessment. */
export function nextChildId(caseNo: string, letter: string, existingIds: readonly string[]): string {
  const prefix = `${caseNo}-${letter}`;
  let highest = 0;
  for (const id of existingIds) {
    if (!id.startsWith(prefix)) continue;
    const n = Number(id.slice(prefix.length));
    if (Number.isInteger(n)) highest = Math.max(highest, n);
  }
  return `${prefix}${highest + 1}`;
}

export function loadSettings(work: UnitOfWork): Settings {
  return readSettings(work.rows(SETTINGS).map((row) => row.record)).settings;
}

/** The next id of a case's rows in `table` (`…-S3` after `…-S2`), from the case's rows alone. */
export function nextIdIn<R extends { caseNo: string }>(
  work: UnitOfWork,
  table: TableDef<R>,
  caseNo: string,
  letter: string,
  idOf: (record: R) => string,
): string {
  return nextChildId(
    caseNo,
    letter,
    work.caseRows(table, caseNo).map((r) => idOf(r.record)),
  );
}

/**
 * A note added to a case under management (활동 기록, 권익옹호): the case as loaded by the form,
 * in a stage that takes notes, and the id the new row gets from the case's rows of `table`.
 */
export function caseTakingNote<R extends { caseNo: string }>(
  work: UnitOfWork,
  input: { caseNo: string; version?: number },
  table: TableDef<R>,
  letter: string,
  idOf: (record: R) => string,
): { row: TableRow<CaseRecord>; id: string } {
  const row = findCase(work, input.caseNo);
  assertFresh(row, input.version);
  assertManaged(row.record.stage, input.caseNo);
  const id = nextIdIn(work, table, input.caseNo, letter, idOf);
  return { row, id };
}
