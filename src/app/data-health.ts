import type { ColumnDef, RowProblem, TableDef, TableSnapshot } from '../db/table';
import { readTable } from '../db/table';
import { ASSESSMENTS, AUDIT, AUDIT_INTAKE, CASES, CLOSURES, DOCUMENTS, PLANS } from '../db/tables';
import { locateTables, type TabLayout } from '../db/tab-layout';
import type { AuditRecord, CaseRecord, DocumentRecord } from '../domain/records';
import { auditTrailFindings } from '../domain/audit-trail';
import { seoulDateKey, seoulTimestamp } from '../domain/dates';
import { documentLink } from '../domain/document-links';
import { holidayCoverageWarning } from '../domain/holidays';
import { hasResidentNumber } from '../domain/resident-number';
import { unexplainedStage } from '../domain/stage-evidence';
import { noInput } from '../domain/schemas';
import { parseInput } from '../domain/validation';
import type { AppContext } from './context';
import { AUDIT_LAST_SEQ } from './unit-of-work';
import { auditKeeper } from './audit-keeper';

const LISTED = 200;

/**
 * The data-health report: every row a person broke by hand (text in a date column, a value not in
 * the dropdown, a 관리번호 typed twice, a row left behind by a deleted case, a cleared id, a
 * 주민등록번호 pasted anywhere, a 변경이력 row edited, typed in or deleted), by tab, row and column, so
 * it can be fixed in the sheet; and every
 * tab whose layout was changed (renamed, its header moved down or renamed). A missing tab or
 * column is reported the same way instead of failing, and so is a 단계 typed by hand that no
 * record explains. Reads each table once; writes nothing. `notices`
 * are problems of the add-on itself that a person should know of (next year's holidays unknown).
 */
export function checkDataHealth(
  ctx: AppContext,
  payload?: unknown,
): { problems: RowProblem[]; total: number; tabs: number; notices: string[] } {
  parseInput(noInput, payload ?? {});
  const problems: RowProblem[] = [];
  const snapshots = new Map<string, TableSnapshot<unknown>>();
  const layouts = locateTables(ctx.spreadsheet);
  for (const layout of layouts) {
    problems.push(...layoutProblems(layout));
    const def = layout.def as TableDef<unknown>;
    try {
      const snapshot = readTable(ctx.spreadsheet, def, ctx.zoneDay);
      snapshots.set(def.name, snapshot);
      problems.push(...snapshot.problems, ...rowProblems(snapshot));
    } catch (error) {
      problems.push({ table: def.name, rowNumber: 1, column: '', problem: (error as Error).message });
    }
  }
  problems.push(...caseProblems(snapshots), ...stageProblems(snapshots), ...auditProblems(ctx, snapshots));
  const holidaysUnknown = holidayCoverageWarning(seoulDateKey(ctx.now()));
  return {
    problems: problems.slice(0, LISTED),
    total: problems.length,
    tabs: layouts.length,
    notices: holidaysUnknown ? [holidaysUnknown] : [],
  };
}

function layoutProblems(layout: TabLayout): RowProblem[] {
  const table = layout.def.name;
  const found: RowProblem[] = [];
  if (layout.foundAs)
    found.push({
      table,
      rowNumber: layout.headerRow,
      column: '',
      problem: `탭 이름이 '${layout.foundAs}'(으)로 바뀌었습니다: 시트 준비·복구가 '${table}'(으)로 되돌립니다.`,
    });
  if (layout.headerRow > 1)
    found.push({
      table,
      rowNumber: layout.headerRow,
      column: '',
      problem: `머리글이 1행이 아니라 ${layout.headerRow}행에 있습니다 (위에 제목 행이 들어감).`,
    });
  for (const suspect of layout.suspects)
    found.push({
      table,
      rowNumber: layout.headerRow,
      column: suspect.found,
      problem: `머리글 '${suspect.found}'은(는) 이름이 바뀐 '${suspect.expected}' 열로 보입니다.`,
    });
  return found;
}

/** The table's own key: its first column when that is a number the add-on issues (…번호, … ID). */
function keyColumn(def: TableDef<unknown>): string | null {
  const [key, column] = (Object.entries(def.columns) as [string, ColumnDef][])[0] ?? [];
  return key && column && column.system && /(번호|ID)$/.test(column.header) ? key : null;
}

/** Within one table: cleared ids, and a 주민등록번호 in any cell (never quoted back). */
function rowProblems(snapshot: TableSnapshot<unknown>): RowProblem[] {
  const { def } = snapshot.layout;
  const key = keyColumn(def);
  const found: RowProblem[] = [];
  for (const row of snapshot.rows) {
    const record = row.record as Record<string, unknown>;
    if (key && record[key] === '')
      found.push({
        table: def.name,
        rowNumber: row.rowNumber,
        column: headerOf(def, key),
        problem: '번호가 지워졌습니다: 이 줄은 어느 기록인지 알 수 없어 읽지 않습니다.',
      });
    const cell = row.raw.findIndex((value) => typeof value === 'string' && hasResidentNumber(value));
    if (cell >= 0)
      found.push({
        table: def.name,
        rowNumber: row.rowNumber,
        column: columnHeader(snapshot, cell),
        problem: '주민등록번호로 보이는 값이 있습니다: 지우세요 (추가 기능은 화면과 문서에서 가립니다).',
      });
  }
  return found;
}

const headerOf = (def: TableDef<unknown>, key: string) =>
  (def.columns as Record<string, ColumnDef>)[key]?.header ?? key;

function columnHeader(snapshot: TableSnapshot<unknown>, index: number): string {
  const key = Object.entries(snapshot.layout.columnIndex).find(([, i]) => i === index)?.[0];
  return key ? headerOf(snapshot.layout.def, key) : `${index + 1}번째 열`;
}

/**
 * Across tables: a 관리번호 on two 사례 rows, rows of a case that is gone or whose 관리번호 was
 * cleared, links that are not Google's.
 */
function caseProblems(snapshots: Map<string, TableSnapshot<unknown>>): RowProblem[] {
  const cases = snapshots.get(CASES.name) as TableSnapshot<CaseRecord> | undefined;
  if (!cases) return [];
  const found: RowProblem[] = [];
  const firstRow = new Map<string, number>();
  for (const row of cases.rows) {
    const caseNo = row.record.caseNo;
    if (caseNo === '') continue;
    const first = firstRow.get(caseNo);
    if (first === undefined) firstRow.set(caseNo, row.rowNumber);
    else
      found.push({
        table: CASES.name,
        rowNumber: row.rowNumber,
        column: CASES.columns.caseNo.header,
        problem: `관리번호 ${caseNo}이(가) ${first}행에도 있습니다: 한 사례는 한 줄이어야 합니다.`,
      });
  }
  for (const snapshot of snapshots.values()) {
    const def = snapshot.layout.def;
    const caseNoColumn = (def.columns as Record<string, ColumnDef | undefined>)['caseNo'];
    if (
      def.name === CASES.name ||
      !caseNoColumn?.system ||
      def.name === AUDIT.name ||
      def.name === AUDIT_INTAKE.name
    )
      continue;
    // Where 관리번호 is the row's own id, rowProblems already names it cleared.
    const ownNumber = keyColumn(def) !== 'caseNo';
    for (const row of snapshot.rows) {
      const caseNo = (row.record as { caseNo: string }).caseNo;
      if (caseNo === '' && ownNumber)
        found.push({
          table: def.name,
          rowNumber: row.rowNumber,
          column: '관리번호',
          problem: '관리번호가 지워졌습니다: 어느 사례의 기록인지 알 수 없어 사례 화면에 나오지 않습니다.',
        });
      else if (caseNo !== '' && !firstRow.has(caseNo))
        found.push({
          table: def.name,
          rowNumber: row.rowNumber,
          column: '관리번호',
          problem: `관리번호 ${caseNo}의 사례가 '사례' 탭에 없습니다: 사례 줄이 지워지고 남은 기록입니다.`,
        });
    }
  }
  const documents = snapshots.get(DOCUMENTS.name) as TableSnapshot<DocumentRecord> | undefined;
  for (const row of documents?.rows ?? [])
    if (row.record.url !== '' && documentLink(row.record.url) === '')
      found.push({
        table: DOCUMENTS.name,
        rowNumber: row.rowNumber,
        column: DOCUMENTS.columns.url.header,
        problem: 'Google 문서 주소가 아닌 링크입니다: 사이드바는 이 링크를 열지 않습니다.',
      });
  return found;
}

function stageProblems(read: ReadonlyMap<string, TableSnapshot<unknown>>): RowProblem[] {
  const rows = <R>(def: TableDef<R>) => (read.get(def.name) as TableSnapshot<R> | undefined)?.rows ?? [];
  const caseNos = (def: TableDef<{ caseNo: string }>) => new Set(rows(def).map((r) => r.record.caseNo));
  const evidence = { assessed: caseNos(ASSESSMENTS), planned: caseNos(PLANS), closed: caseNos(CLOSURES) };
  return rows(CASES).flatMap((row) => {
    const problem = unexplainedStage(row.record.caseNo, row.record.stage, evidence);
    return problem
      ? [{ table: CASES.name, rowNumber: row.rowNumber, column: CASES.columns.stage.header, problem }]
      : [];
  });
}

/**
 * The 변경이력 rows whose 서명 or 순번 give away a hand edit, an insertion or a deletion: one 순번
 * chain over 변경이력 and 변경이력 접수 together (decision 0014). A 접수 row already moved (the same
 * 순번 and 서명 in 변경이력) is the leftover of a failed move, which the next one removes; 접수 rows
 * older than a day mean the keeper's hourly run has stopped, and say who must act.
 */
/** Past any row a sheet can have (10 million cells in all). */
const INTAKE_OFFSET = 100_000_000;

function auditProblems(ctx: AppContext, read: ReadonlyMap<string, TableSnapshot<unknown>>): RowProblem[] {
  const audit = read.get(AUDIT.name) as TableSnapshot<AuditRecord> | undefined;
  if (!audit) return [];
  const intake = read.get(AUDIT_INTAKE.name) as TableSnapshot<AuditRecord> | undefined;
  const moved = new Set(audit.rows.map((row) => `${row.record.seq ?? ''}\u0000${row.record.seal ?? ''}`));
  const waiting = (intake?.rows ?? []).filter(
    (row) => (row.record.seq ?? '') === '' || !moved.has(`${row.record.seq}\u0000${row.record.seal ?? ''}`),
  );
  // One list for the chain: 접수 rows numbered past any sheet row, then given back their tab.
  const rows = [
    ...audit.rows,
    ...waiting.map((row) => ({ ...row, rowNumber: row.rowNumber + INTAKE_OFFSET })),
  ];
  const lastSeq = Number(ctx.properties.get(AUDIT_LAST_SEQ) ?? 0) || 0;
  const found: RowProblem[] = auditTrailFindings(rows, ctx.auditSeal?.verifier() ?? null, lastSeq).map(
    (finding) => {
      const inIntake = finding.rowNumber >= INTAKE_OFFSET;
      return {
        table: inIntake ? AUDIT_INTAKE.name : AUDIT.name,
        rowNumber: inIntake ? finding.rowNumber - INTAKE_OFFSET : finding.rowNumber,
        column: '',
        problem: finding.problem.replace(/(\d+)행/g, (_, n: string) =>
          Number(n) >= INTAKE_OFFSET ? `'${AUDIT_INTAKE.name}' ${Number(n) - INTAKE_OFFSET}행` : `${n}행`,
        ),
      };
    },
  );
  const dayAgo = seoulTimestamp(new Date(ctx.now().getTime() - 24 * 60 * 60 * 1000));
  const stale = waiting.filter((row) => row.record.at !== '' && row.record.at < dayAgo);
  const oldest = stale[0];
  if (oldest) {
    const keeper = auditKeeper(ctx) || '매일 알림을 켠 담당자';
    found.push({
      table: AUDIT_INTAKE.name,
      rowNumber: oldest.rowNumber,
      column: '',
      problem:
        `하루 넘게 변경이력으로 옮겨지지 않은 기록이 ${stale.length}줄 있습니다 (가장 오래된 것: ${oldest.record.at}). ` +
        `알림을 켠 담당자(${keeper})의 실행이 한 시간마다 옮깁니다: ${keeper} 계정으로 매일 알림이 켜져 있는지 확인하고, ` +
        '그 담당자가 떠났다면 새 담당자가 매일 알림을 켠 뒤 시트 준비·복구를 실행하세요.',
    });
  }
  return found;
}
