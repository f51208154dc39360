/**
 * The keeper's hourly move of 변경이력 접수 into 변경이력 (decision 0014), under the add-on's one
 * lock: every row's 서명 checked, the sound rows appended to 변경이력 in 순번 order, then removed from
 * 접수. A row whose 순번 is already in 변경이력 is only removed (what a run that died between the
 * append and the removal leaves); a row failing its check stays, and 데이터 점검 names it. With 접수
 * empty the move costs one property read.
 */
import { auditSealText } from '../domain/audit-trail';
import type { AuditRecord } from '../domain/records';
import { appendRows, openTable, planAppend, readColumn, readTable, type TableRow } from '../db/table';
import { AUDIT, AUDIT_INTAKE } from '../db/tables';
import { AUDIT_INTAKE_PENDING, auditKeeper } from './audit-keeper';
import type { AppContext } from './context';

export interface AuditMove {
  /** Rows appended to 변경이력. */
  moved: number;
  /** Rows taken out of 접수 (the moved ones, and leftovers already in 변경이력). */
  removed: number;
  /** Rows left in 접수 because their 서명 or 순번 does not check. */
  kept: number;
}

/**
 * What the hour's move must tell the supervisors and the 대시보드 (through the day's reminder run):
 * rows edited in 접수 since they were written, which the move keeps out of 변경이력 (their 서명 does
 * not check), and a move that failed. Nothing when all went well.
 */
export function auditMoveIssues(move: AuditMove | { error: string } | null): string[] {
  if (!move) return [];
  if ('error' in move)
    return [
      `변경이력 접수의 기록을 변경이력으로 옮기지 못했습니다: ${move.error} 다음 실행(한 시간 뒤)에 다시 옮깁니다.`,
    ];
  if (move.kept === 0) return [];
  return [
    `변경이력 접수에 저장된 뒤 손으로 고쳐진(서명이 맞지 않는) 기록이 ${move.kept}건 있어 변경이력으로 옮기지 않았습니다. ` +
      '데이터 점검에서 어느 행인지 확인하세요.',
  ];
}

/** Null when there was nothing to do (or this run is not the keeper's). */
export function moveAuditIntake(ctx: AppContext): AuditMove | null {
  if ((ctx.shared?.get(AUDIT_INTAKE_PENDING) ?? '') === '') return null;
  if (auditKeeper(ctx) !== ctx.currentUser().trim().toLowerCase()) return null;
  return ctx.withDocumentLock(() => moveLocked(ctx));
}

function moveLocked(ctx: AppContext): AuditMove {
  const intake = readTable(ctx.spreadsheet, AUDIT_INTAKE, ctx.zoneDay);
  const verify = ctx.auditSeal?.verifier() ?? null;
  const sound: TableRow<AuditRecord>[] = [];
  let kept = 0;
  for (const row of intake.rows) {
    const seq = row.record.seq ?? '';
    const checks =
      verify !== null &&
      /^\d+$/.test(seq) &&
      verify(auditSealText({ ...row.record, seq })) === row.record.seal;
    if (checks) sound.push(row);
    else kept += 1;
  }
  let moved = 0;
  if (sound.length > 0) {
    const log = openTable(ctx.spreadsheet, AUDIT, ctx.zoneDay);
    const inLog = new Set(readColumn(log, 'seq').map((value) => String(value)));
    // In 순번 order, each 순번 once (a row copied within 접수 is the same entry).
    const toAppend = new Map<string, AuditRecord>();
    for (const row of [...sound].sort((a, b) => Number(a.record.seq) - Number(b.record.seq)))
      if (!inLog.has(row.record.seq as string)) toAppend.set(row.record.seq as string, row.record);
    if (toAppend.size > 0) appendRows(log, [...toAppend.values()], planAppend(log, toAppend.size));
    moved = toAppend.size;
    // Only once they are in 변경이력: a run dying here leaves them in both, and the next only removes them.
    removeRows(
      intake.layout.sheet,
      intake.layout.headerRow,
      sound.map((row) => row.rowNumber),
    );
  }
  if (kept === 0) ctx.shared?.set(AUDIT_INTAKE_PENDING, '');
  return { moved, removed: sound.length, kept };
}

/** Deletes the rows, bottom block first so the numbers above stay true; never the tab's last body row. */
function removeRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, headerRow: number, rows: number[]): void {
  const maxRows = sheet.getMaxRows();
  // Sheets refuses to delete every row below the frozen header: keep one empty row.
  if (maxRows - rows.length <= headerRow) sheet.insertRowsAfter(maxRows, 1);
  const blocks: { start: number; count: number }[] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const last = blocks[blocks.length - 1];
    if (last && last.start + last.count === row) last.count += 1;
    else blocks.push({ start: row, count: 1 });
  }
  for (const block of blocks.reverse()) sheet.deleteRows(block.start, block.count);
}
