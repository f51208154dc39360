/**
 * One use case's reads and writes. Everything is read first, decided in memory, then written at
 * commit: every read the commit needs (where appends go) before its first write, so Sheets commits
 * its write cache once. A refusal (a thrown UserError) before commit writes nothing at all.
 *
 * Reads follow the case, not the workbook: `caseRows` finds one case's rows with a TextFinder and
 * reads only those; appends read only the tab's last rows. `rows` reads a whole table, for the few
 * callers that need every row (settings, lists, the daily run).
 *
 * A commit is whole or nothing (docs/decisions/0006): the writes go in an order that keeps a
 * half-written record unseen (new child rows, then the rows that make them visible, the audit entry
 * last), a transient service failure of a read or a write is retried once, and a write that still fails undoes the ones
 * before it, so no reader ever sees half a record.
 */
import { auditSealText } from '../domain/audit-trail';
import { seoulTimestamp } from '../domain/dates';
import type { AuditRecord, CaseRecord } from '../domain/records';
import { UserError } from '../domain/validation';
import {
  clearOwnCells,
  findRows,
  insertPlannedRows,
  openTable,
  planAppend,
  readColumn,
  readColumns,
  readTable,
  restoreRows,
  updateRows,
  writeAppended,
  type AppendPlan,
  type RowProblem,
  type TableDef,
  type TableLayout,
  type TableRow,
} from '../db/table';
import type { FieldValue } from '../db/cells';
import { readCaseRowsBatched } from '../db/case-batch';
import { decodeRowIndex, encodeRowIndex } from '../db/row-index';
import { AUDIT, AUDIT_INTAKE, CASE_FILE_TABLES, CASES, SETTINGS, STAFF } from '../db/tables';
import { AUDIT_INTAKE_PENDING, auditTableFor } from './audit-keeper';
import type { AppContext } from './context';
import { caseFileAfter, type CaseFileWithProblems } from './case-file-after';
import { refreshDueSchedules } from './due-schedule';
import { isServiceFailure } from './service-failure';

interface PendingWrites {
  layout: TableLayout<unknown>;
  appends: unknown[];
  updates: Map<number, { row: TableRow<unknown>; record: unknown }>;
}

/** A write that happened, and how to take it back. */
type Undo = () => void;

export class UnitOfWork {
  private readonly layouts = new Map<string, TableLayout<unknown>>();
  private readonly wholeTables = new Map<string, TableRow<unknown>[]>();
  private readonly caseReads = new Map<string, TableRow<unknown>[]>();
  private readonly casesBatched = new Set<string>();
  private readonly problemsSeen: RowProblem[] = [];
  private readonly pending = new Map<string, PendingWrites>();
  private readonly auditEntries: AuditRecord[] = [];
  private readonly afterCommitSteps: (() => void)[] = [];
  readonly timestamp: string;
  readonly user: string;

  constructor(readonly ctx: AppContext) {
    this.timestamp = seoulTimestamp(ctx.now());
    this.user = ctx.currentUser();
  }

  layout<R>(def: TableDef<R>): TableLayout<R> {
    let layout = this.layouts.get(def.name);
    if (!layout) {
      layout = retryOnce(() =>
        openTable(this.ctx.spreadsheet, def, this.ctx.zoneDay),
      ) as TableLayout<unknown>;
      this.layouts.set(def.name, layout);
    }
    return layout as TableLayout<R>;
  }

  /** Every row of a table (one read). For settings, lists and the daily run, not for one case. */
  rows<R>(def: TableDef<R>): TableRow<R>[] {
    let rows = this.wholeTables.get(def.name);
    if (!rows) {
      const snapshot = retryOnce(() => readTable(this.ctx.spreadsheet, def, this.ctx.zoneDay));
      this.layouts.set(def.name, snapshot.layout as TableLayout<unknown>);
      rows = snapshot.rows as TableRow<unknown>[];
      this.wholeTables.set(def.name, rows);
      this.problemsSeen.push(...snapshot.problems);
    }
    return rows as TableRow<R>[];
  }

  /** The rows of one case, found without reading the rest of the table. */
  caseRows<R extends { caseNo: string }>(def: TableDef<R>, caseNo: string): TableRow<R>[] {
    const whole = this.wholeTables.get(def.name) as TableRow<R>[] | undefined;
    if (whole) return whole.filter((row) => row.record.caseNo === caseNo);
    const key = caseReadKey(def, caseNo);
    if (!this.caseReads.has(key)) this.readCaseFileBatched(caseNo);
    let rows = this.caseReads.get(key);
    if (!rows) {
      const layout = this.layout(def);
      const read = retryOnce(() => findRows(layout, 'caseNo' as keyof R & string, caseNo));
      rows = read.rows as TableRow<unknown>[];
      this.caseReads.set(key, rows);
      this.problemsSeen.push(...read.problems);
    }
    // A copy: callers sort and pop what they get without touching what the unit remembers.
    return [...rows] as TableRow<R>[];
  }

  /**
   * The first time a case is read, all of its file's tables are read at once where the batch reader
   * exists: a case-level call needs nearly all of them (the case file it returns, the due schedule
   * it stores), and together they cost a few round trips instead of a few per table.
   */
  private readCaseFileBatched(caseNo: string): void {
    const readBatch = this.ctx.readRanges;
    if (!readBatch || caseNo === '' || this.casesBatched.has(caseNo)) return;
    this.casesBatched.add(caseNo);
    const defs = CASE_FILE_TABLES.filter(
      (def) => !this.wholeTables.has(def.name) && !this.caseReads.has(caseReadKey(def, caseNo)),
    );
    const known = (def: TableDef<{ caseNo: string }>) =>
      this.layouts.get(def.name) as TableLayout<{ caseNo: string }> | undefined;
    const whole = CASE_COMMAND_TABLES.filter((def) => !this.wholeTables.has(def.name));
    const headers = [AUDIT as unknown as TableDef<unknown>].filter((def) => !this.layouts.has(def.name));
    let batched: ReturnType<typeof readCaseRowsBatched>;
    try {
      batched = readCaseRowsBatched(
        this.ctx.spreadsheet,
        readBatch,
        defs,
        caseNo,
        known,
        this.ctx.zoneDay,
        whole,
        headers,
      );
    } catch (error) {
      // A refusal (a missing tab) stands; a failed batch call leaves the table-by-table reads to do it.
      if (error instanceof UserError) throw error;
      return;
    }
    for (const [name, { layout, read }] of batched.caseRows) {
      if (!this.layouts.has(name)) this.layouts.set(name, layout as TableLayout<unknown>);
      this.caseReads.set(caseReadKey({ name }, caseNo), read.rows as TableRow<unknown>[]);
      this.problemsSeen.push(...read.problems);
    }
    for (const layout of batched.layouts) this.layouts.set(layout.def.name, layout);
    for (const snapshot of batched.wholeTables) {
      this.layouts.set(snapshot.layout.def.name, snapshot.layout);
      this.wholeTables.set(snapshot.layout.def.name, snapshot.rows);
      this.problemsSeen.push(...snapshot.problems);
    }
  }

  /** One column of a table, e.g. every 관리번호 issued. */
  column<R>(def: TableDef<R>, field: keyof R & string): FieldValue[] {
    const layout = this.layout(def);
    return retryOnce(() => readColumn(layout, field));
  }

  /** A few columns of every row in one read, e.g. what identifies each client. */
  columns<R, K extends keyof R & string>(def: TableDef<R>, fields: readonly K[]): Record<K, FieldValue>[] {
    const whole = this.wholeTables.get(def.name) as TableRow<R>[] | undefined;
    if (whole)
      return whole.map(
        (row) =>
          Object.fromEntries(fields.map((f) => [f, row.record[f]])) as unknown as Record<K, FieldValue>,
      );
    const layout = this.layout(def);
    return retryOnce(() => readColumns(layout, fields));
  }

  /** Rows broken by hand among the rows read so far. */
  problems(): RowProblem[] {
    return [...this.problemsSeen];
  }

  append<R>(def: TableDef<R>, ...records: R[]): void {
    this.writesFor(def).appends.push(...records);
  }

  /** The 사례 rows this unit adds or changes, as they will be written: callers may still amend them. */
  touchedCases(): { record: CaseRecord; isNew: boolean }[] {
    const writes = this.pending.get(CASES.name);
    if (!writes) return [];
    return [
      ...(writes.appends as CaseRecord[]).map((record) => ({ record, isNew: true })),
      ...[...writes.updates.values()].map((u) => ({ record: u.record as CaseRecord, isNew: false })),
    ];
  }

  /** A case's records as they will be once this unit commits: what a command returns as the case file. */
  caseRecordsAfter<R extends { caseNo: string }>(def: TableDef<R>, caseNo: string, isNew = false): R[] {
    const appended = (this.pending.get(def.name)?.appends ?? []) as R[];
    return [
      // A case opened by this very unit has no rows in the sheet yet: nothing to search for.
      ...(isNew ? [] : this.caseRows(def, caseNo).map((row) => row.record)),
      ...appended.filter((record) => record.caseNo === caseNo),
    ];
  }

  update<R>(def: TableDef<R>, row: TableRow<R>, record: R): void {
    const writes = this.writesFor(def);
    const before = writes.updates.get(row.rowNumber)?.row ?? { ...row };
    row.record = record;
    writes.updates.set(row.rowNumber, { row: before as TableRow<unknown>, record });
  }

  audit(caseNo: string, action: string, detail: string): void {
    this.auditEntries.push({ at: this.timestamp, user: this.user, caseNo, action, detail });
  }

  /** Work that must only happen once the sheet holds the change (e.g. advancing the 관리번호 counter). */
  afterCommit(step: () => void): void {
    this.afterCommitSteps.push(step);
  }

  commit(): void {
    if (this.pending.size === 0 && this.auditEntries.length === 0) return;
    requireIdentifiedUser(this);
    this.touchCasesAppendedTo();
    const tables = [...this.pending.values()];
    // 변경이력 for its keeper, 변경이력 접수 for everyone else (decision 0014).
    const audit = this.auditEntries.length > 0 ? this.layout(auditTableFor(this.ctx, this.user)) : null;
    const sealed = sealEntries(this.ctx, this.auditEntries);
    // Reads first: where every append goes.
    const plans = new Map<PendingWrites, AppendPlan>();
    for (const writes of tables)
      if (writes.appends.length > 0)
        plans.set(
          writes,
          retryOnce(() => planAppend(writes.layout, writes.appends.length)),
        );
    const auditPlan = audit ? retryOnce(() => planAppend(audit, this.auditEntries.length)) : null;
    this.recordRowIndexes(plans);

    const undos: Undo[] = [];
    // The tab being written, for a refusal that names it.
    let writing = '';
    try {
      // The 사례 row makes a case (and its new records) visible: it goes after the other tables.
      const ordered = [...tables].sort(
        (a, b) => Number(a.layout.def === CASES) - Number(b.layout.def === CASES),
      );
      for (const writes of ordered) {
        writing = writes.layout.def.name;
        const plan = plans.get(writes);
        if (plan) {
          const { layout, appends } = writes;
          // The undo is known before the write: a write that fails half-way is undone too.
          undos.push(() => clearOwnCells(layout, plan.firstRow, appends.length));
          appendOnce(layout, appends, plan);
        }
        const changed = [...writes.updates.values()];
        if (changed.length > 0) {
          undos.push(() =>
            restoreRows(
              writes.layout,
              changed.map((c) => c.row),
            ),
          );
          retryOnce(() => updateRows(writes.layout, changed));
        }
      }
      if (audit && auditPlan) {
        writing = audit.def.name;
        undos.push(() => clearOwnCells(audit, auditPlan.firstRow, sealed.entries.length));
        appendOnce(audit, sealed.entries, auditPlan);
        // Only once the rows are in: a failed save leaves no gap in the 순번 (which would read as a deletion).
        if (sealed.lastSeq > 0) {
          // A write of it may land and still fail: undone, the next save numbers on from before.
          undos.push(() => this.ctx.properties.set(AUDIT_LAST_SEQ, sealed.seqBefore ?? ''));
          retryOnce(() => this.ctx.properties.set(AUDIT_LAST_SEQ, String(sealed.lastSeq)));
        }
        // What tells the keeper's hourly run there is something to move (its one read when there is not).
        if (audit.def === AUDIT_INTAKE)
          retryOnce(() => this.ctx.shared?.set(AUDIT_INTAKE_PENDING, String(sealed.lastSeq || 1)));
      }
    } catch (error) {
      undoAll(undos);
      if (isProtectionRefusal(error)) throw protectedTabRefusal(writing, this.user);
      throw new UserError(
        'Google 시트가 저장 도중 응답하지 않아 저장하지 않았습니다. 쓰던 내용은 모두 되돌렸습니다. 잠시 후 다시 저장하세요.',
        'REFUSED',
      );
    }
    // The sheet holds the change now. What follows only keeps hints (the 관리번호 counter, a
    // template's facts) that the next run checks against the sheet or reads again: a failure there
    // must not tell the officer that a saved record was not saved, or they save it again.
    for (const step of this.afterCommitSteps) {
      try {
        step();
      } catch {
        // The hint is stale; the next run's check finds the truth in the sheet.
      }
    }
  }

  /**
   * A case that gets new rows gets its 사례 row rewritten, even by a command that changes nothing
   * else on it: its 행 위치 must name the new rows, or the next read would trust an index that
   * misses them.
   */
  private touchCasesAppendedTo(): void {
    const touched = new Set(this.touchedCases().map((c) => c.record.caseNo));
    for (const def of INDEXED_TABLES)
      for (const record of (this.pending.get(def.name)?.appends ?? []) as { caseNo: string }[]) {
        if (touched.has(record.caseNo)) continue;
        touched.add(record.caseNo);
        const [row] = this.caseRows(CASES, record.caseNo);
        if (row) this.update(CASES, row, { ...row.record });
      }
  }

  /**
   * Each touched case's 행 위치 as it will be once the writes are in (db/row-index.ts): the rows this
   * unit read of it, tab by tab, and the rows it appends. A tab this unit did not read keeps what the
   * index said, plus its appends; one it never knew stays unknown (the next read searches it).
   */
  private recordRowIndexes(plans: ReadonlyMap<PendingWrites, AppendPlan>): void {
    const writes = this.pending.get(CASES.name);
    if (!writes) return;
    const cases = [
      ...(writes.appends as CaseRecord[]).map((record) => ({ record, before: null })),
      // What the row said when it was read, under the 버전 it was read with.
      ...[...writes.updates.values()].map((u) => ({
        record: u.record as CaseRecord,
        before: u.row.record as CaseRecord,
      })),
    ];
    for (const { record, before } of cases) {
      const known = before
        ? (decodeRowIndex(before.rowIndex ?? '', before) ?? new Map<string, number[]>())
        : null;
      const index = new Map<string, number[]>();
      for (const def of INDEXED_TABLES) {
        const rows = known ? (this.rowsReadOf(def, record.caseNo) ?? known.get(def.name)) : [];
        if (!rows) continue;
        const tableWrites = this.pending.get(def.name);
        const plan = tableWrites && plans.get(tableWrites);
        const appended = (tableWrites?.appends ?? []).flatMap((r, i) =>
          plan && (r as { caseNo: string }).caseNo === record.caseNo ? [plan.firstRow + i] : [],
        );
        index.set(def.name, [...rows, ...appended]);
      }
      record.rowIndex = encodeRowIndex(index, record);
    }
  }

  /** The sheet rows of a case this unit has read in a table (undefined: not read). */
  private rowsReadOf(def: TableDef<{ caseNo: string }>, caseNo: string): number[] | undefined {
    const rows = this.wholeTables.get(def.name) ?? this.caseReads.get(caseReadKey(def, caseNo));
    return rows
      ?.filter((row) => (row.record as { caseNo: string }).caseNo === caseNo)
      .map((row) => row.rowNumber);
  }

  private writesFor<R>(def: TableDef<R>): PendingWrites {
    let writes = this.pending.get(def.name);
    if (!writes) {
      writes = { layout: this.layout(def) as TableLayout<unknown>, appends: [], updates: new Map() };
      this.pending.set(def.name, writes);
    }
    return writes;
  }
}

/**
 * An unattributed change would break the audit log's promise: who changed what, and when. The unit
 * of work refuses to commit one; a command that makes files in Drive first asks here, so it is
 * refused before anything is made.
 */
export function requireIdentifiedUser({ user }: { user: string }): void {
  if (user.trim() === '')
    throw new UserError(
      '누가 저장하는지 Google이 알려 주지 않아 저장하지 않았습니다. 조직 계정으로 로그인한 뒤 다시 시도하세요.',
      'NOT_ALLOWED',
    );
}

/** Sheets refusing a script's write into a range its user may not edit (a protection not warning-only). */
function isProtectionRefusal(error: unknown): boolean {
  return /protected cell or object/i.test(String(error));
}

/**
 * A tab someone closed to other editors (e.g. 변경이력 set to "only you" in 보호된 시트 및 범위)
 * refuses this person's save, because the add-on writes as the person using it (decision 0014):
 * say so, not "Google did not answer", so the owner can reopen it.
 */
function protectedTabRefusal(tab: string, user: string): UserError {
  return new UserError(
    `'${tab}' 탭이 보호되어 있어 ${user} 계정으로는 쓸 수 없습니다. 저장하지 않았고, 쓰던 내용은 모두 되돌렸습니다. ` +
      `이 추가 기능은 쓰는 사람의 계정으로 시트에 기록하므로, 시트 주인에게 '${tab}' 탭의 보호를 '경고 표시'로 되돌려 달라고 하세요.`,
    'NOT_ALLOWED',
  );
}

/** Document property: the last 순번 the 변경이력 was given (src/domain/audit-trail.ts). */
export const AUDIT_LAST_SEQ = 'audit.lastSeq';

/**
 * Numbers and seals the unit's audit entries, without reading the log (it runs to tens of thousands
 * of rows): the last 순번 is kept in the document properties, read and written under the lock.
 */
function sealEntries(
  ctx: AppContext,
  entries: AuditRecord[],
): { entries: AuditRecord[]; lastSeq: number; seqBefore: string | null } {
  const sealer = ctx.auditSeal;
  if (!sealer || entries.length === 0) return { entries, lastSeq: 0, seqBefore: null };
  const seqBefore = ctx.properties.get(AUDIT_LAST_SEQ);
  let seq = Number(seqBefore ?? 0) || 0;
  const numbered = entries.map((entry) => {
    const numberedEntry = { ...entry, seq: String(++seq) };
    return { ...numberedEntry, seal: sealer.seal(auditSealText(numberedEntry)) };
  });
  return { entries: numbered, lastSeq: seq, seqBefore };
}

/** The tables of a case file whose rows the 사례 row's 행 위치 names (all but 사례 itself). */
const INDEXED_TABLES = CASE_FILE_TABLES.filter((def) => def !== (CASES as unknown));

/** Small tables a case command reads whole (its settings, the staff directory): batched with the case. */
const CASE_COMMAND_TABLES = [SETTINGS, STAFF] as unknown as readonly TableDef<unknown>[];

function caseReadKey(table: { name: string }, caseNo: string): string {
  return `${table.name}\u0000${caseNo}`;
}

/** A read or a write, tried again once when the service failed (a refusal is not retried). */
function retryOnce<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (!isServiceFailure(error)) throw error;
    return step();
  }
}

/**
 * An append, each of its two steps retried on its own: the rows inserted, then the block written.
 * A write may land and still report a failure: retried together, the insert would push a landed
 * block down below the data and the write would leave it twice. Alone, a landed insert retried only
 * adds empty rows, and a landed block retried writes the same cells again.
 */
function appendOnce<R>(layout: TableLayout<R>, records: readonly R[], plan: AppendPlan): void {
  retryOnce(() => insertPlannedRows(layout, plan));
  retryOnce(() => writeAppended(layout, records, plan));
}

/** Takes back what was written, newest first; each undo gets its own retry. */
function undoAll(undos: Undo[]): void {
  for (const undo of [...undos].reverse()) {
    try {
      retryOnce(undo);
    } catch {
      // Keep undoing the rest: a row left behind is reported by the data-health check.
    }
  }
}

/**
 * Validate first (outside), then: lock → read → decide → write → audit. A command that changed one
 * existing case returns that case's file as it now stands (`case`), built from what the unit already
 * read and wrote, so the sidebar shows it without calling getCase again.
 */
export function inTransaction<T>(ctx: AppContext, decide: (work: UnitOfWork) => T): T & CaseFileReturned {
  return ctx.withDocumentLock(() => {
    const work = new UnitOfWork(ctx);
    // Before deciding: a use case that writes beyond the sheet (Drive, the partners' sheet) writes nothing.
    requireIdentifiedUser(work);
    const result = decide(work);
    refreshDueSchedules(work);
    work.commit();
    return withCaseFile(work, result);
  });
}

/** What a case command adds to its result. */
export interface CaseFileReturned {
  case?: CaseFileWithProblems;
}

function withCaseFile<T>(work: UnitOfWork, result: T): T & CaseFileReturned {
  const touched = work.touchedCases();
  const only = touched.length === 1 ? touched[0] : undefined;
  // A case opened by this very call is shown by the sidebar's next getCase (it has no file to update);
  // a call over many cases (reassignment) returns none.
  if (!only || only.isNew || result === null || typeof result !== 'object' || Array.isArray(result))
    return result as T & CaseFileReturned;
  try {
    return { ...result, case: caseFileAfter(work, only.record.caseNo) };
  } catch {
    // The save stands; the sidebar reads the case itself when it comes without its file.
    return result as T & CaseFileReturned;
  }
}
