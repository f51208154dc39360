/**
 * One use case's reads and writes. Everything is read first, decided in memory, then written in one
 * batch per table at commit, the audit entries last. A refusal (a thrown UserError) before commit
 * therefore writes nothing at all.
 */
import { seoulTimestamp } from '../domain/dates';
import type { AuditRecord } from '../domain/records';
import {
  appendRows,
  readTable,
  updateRows,
  type RowProblem,
  type TableDef,
  type TableRow,
  type TableSnapshot,
} from '../db/table';
import { AUDIT } from '../db/tables';
import type { AppContext } from './context';

interface PendingWrites {
  snapshot: TableSnapshot<unknown>;
  appends: unknown[];
  updates: Map<number, unknown>;
}

export class UnitOfWork {
  private readonly snapshots = new Map<string, TableSnapshot<unknown>>();
  private readonly pending = new Map<string, PendingWrites>();
  private readonly auditEntries: AuditRecord[] = [];
  readonly timestamp: string;
  readonly user: string;

  constructor(readonly ctx: AppContext) {
    this.timestamp = seoulTimestamp(ctx.now());
    this.user = ctx.currentUser();
  }

  read<R>(def: TableDef<R>): TableSnapshot<R> {
    let snapshot = this.snapshots.get(def.name);
    if (!snapshot) {
      snapshot = readTable(this.ctx.spreadsheet, def) as TableSnapshot<unknown>;
      this.snapshots.set(def.name, snapshot);
    }
    return snapshot as TableSnapshot<R>;
  }

  rows<R>(def: TableDef<R>): TableRow<R>[] {
    return this.read(def).rows;
  }

  /** Rows broken by hand in every table read so far. */
  problems(): RowProblem[] {
    return [...this.snapshots.values()].flatMap((snapshot) => snapshot.problems);
  }

  append<R>(def: TableDef<R>, ...records: R[]): void {
    this.writesFor(def).appends.push(...records);
  }

  update<R>(def: TableDef<R>, row: TableRow<R>, record: R): void {
    row.record = record;
    this.writesFor(def).updates.set(row.rowNumber, record);
  }

  audit(caseNo: string, action: string, detail: string): void {
    this.auditEntries.push({ at: this.timestamp, user: this.user, caseNo, action, detail });
  }

  commit(): void {
    for (const writes of this.pending.values()) {
      updateRows(
        writes.snapshot,
        [...writes.updates].map(([rowNumber, record]) => ({ rowNumber, record })),
      );
      appendRows(writes.snapshot, writes.appends);
    }
    if (this.auditEntries.length > 0) appendRows(this.read(AUDIT), this.auditEntries);
  }

  private writesFor<R>(def: TableDef<R>): PendingWrites {
    let writes = this.pending.get(def.name);
    if (!writes) {
      writes = { snapshot: this.read(def) as TableSnapshot<unknown>, appends: [], updates: new Map() };
      this.pending.set(def.name, writes);
    }
    return writes;
  }
}

/** Validate first (outside), then: lock → read → decide → write → audit. */
export function inTransaction<T>(ctx: AppContext, decide: (work: UnitOfWork) => T): T {
  return ctx.withDocumentLock(() => {
    const work = new UnitOfWork(ctx);
    const result = decide(work);
    work.commit();
    return result;
  });
}
