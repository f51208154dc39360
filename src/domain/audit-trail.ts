/**
 * Tamper evidence for the 변경이력 (docs/decisions/0011-audit-tamper-evidence.md). Every officer's
 * save appends to the log as that officer, so the log cannot be closed to them; instead each row
 * carries a 순번 (one more than the last) and a 서명, an HMAC of the row under a key only the add-on
 * holds. A row edited by hand no longer matches its 서명, a row typed in has none (or a wrong one),
 * a row deleted leaves a gap in the 순번, and deleting the newest rows leaves the last 순번 the
 * add-on issued unseen. Pure: the HMAC itself is computed at the edge (src/gas/app-context.ts).
 */
import type { AuditRecord } from './records';

/** Exactly what a 서명 covers, one canonical text (unit separators, never typed by a person). */
export function auditSealText(entry: AuditRecord & { seq: string }): string {
  return [entry.seq, entry.at, entry.user, entry.caseNo, entry.action, entry.detail].join('\u001f');
}

export interface AuditRowRead {
  rowNumber: number;
  record: AuditRecord;
}

export interface AuditFinding {
  rowNumber: number;
  problem: string;
}

/**
 * What is wrong with the log as read: `seal` recomputes a 서명 (null when the add-on never sealed a
 * row, i.e. there is no key yet); `lastSeq` is the last 순번 the add-on issued. Rows older than
 * sealing (before the first sealed row) have neither 순번 nor 서명 and are not findings.
 */
export function auditTrailFindings(
  rows: readonly AuditRowRead[],
  seal: ((text: string) => string) | null,
  lastSeq: number,
): AuditFinding[] {
  const found: AuditFinding[] = [];
  const firstSealed = rows.findIndex((r) => (r.record.seq ?? '') !== '' || (r.record.seal ?? '') !== '');
  if (firstSealed < 0 && lastSeq === 0) return found;
  // Where each 순번 sits: a sealed row's, and an edited row's too (it was not deleted, only changed).
  const seen = new Map<number, number>();
  const claimed = new Map<number, number>();
  for (const row of firstSealed < 0 ? [] : rows.slice(firstSealed)) {
    const seq = row.record.seq ?? '';
    const given = row.record.seal ?? '';
    const n = /^\d+$/.test(seq) ? Number(seq) : NaN;
    if (seq === '' && given === '') {
      found.push({
        rowNumber: row.rowNumber,
        problem: '순번과 서명이 없는 기록입니다: 추가 기능이 쓰지 않은 줄(손으로 넣은 줄)입니다.',
      });
      continue;
    }
    if (!Number.isNaN(n) && !claimed.has(n)) claimed.set(n, row.rowNumber);
    if (Number.isNaN(n) || !seal || seal(auditSealText({ ...row.record, seq })) !== given) {
      found.push({
        rowNumber: row.rowNumber,
        problem: '서명이 맞지 않습니다: 기록된 뒤 손으로 고쳐졌거나, 추가 기능이 쓰지 않은 줄입니다.',
      });
      continue;
    }
    const earlier = seen.get(n);
    if (earlier !== undefined)
      found.push({
        rowNumber: row.rowNumber,
        problem: `순번 ${n}이(가) ${earlier}행에도 있습니다: 복사해 붙인 줄입니다.`,
      });
    else seen.set(n, row.rowNumber);
  }
  const issued = [...claimed.keys()].sort((a, b) => a - b);
  // The first 순번 the add-on issues in a workbook is 1.
  const oldest = issued[0];
  if (oldest !== undefined && oldest > 1)
    found.push({ rowNumber: claimed.get(oldest) as number, problem: missing(1, oldest - 1, '맨 앞') });
  for (let i = 1; i < issued.length; i++) {
    const n = issued[i] as number;
    const expected = (issued[i - 1] as number) + 1;
    if (n > expected)
      found.push({ rowNumber: claimed.get(n) as number, problem: missing(expected, n - 1, '바로 앞') });
  }
  const newest = issued[issued.length - 1] ?? 0;
  if (lastSeq > newest) {
    const lastRow = rows[rows.length - 1]?.rowNumber ?? 1;
    found.push({ rowNumber: lastRow, problem: missing(newest + 1, lastSeq, '맨 끝') });
  }
  return found;
}

function missing(from: number, to: number, where: string): string {
  const range = from === to ? `순번 ${from}` : `순번 ${from}–${to}`;
  return `${where}의 기록(${range})이 지워졌습니다: 변경이력의 줄은 지우지 마세요.`;
}
