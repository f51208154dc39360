/**
 * The honest naive baseline (PERFORMANCE.md): the straightforward design a competent person writes
 * first. Every operation reads each whole table it needs with one `getDataRange().getValues()`,
 * decides in memory, and writes each table it changes with one `setValues` (new rows appended
 * below the last one read, a changed row rewritten in place). Saves hold the document lock and
 * flush before releasing it, as the add-on does. Nothing is read or written cell by cell: that
 * would be a straw man.
 *
 * It runs against the same fakes and is priced by the same model as the add-on. It validates
 * nothing and keeps no number formats: what is compared is the cost of reaching the data.
 */
import { isDate, serialDateKey } from '../../src/db/cells';
import { monthsTo } from '../../src/domain/advocacy';
import { addDays, addMonths, daysBetween } from '../../src/domain/dates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cell = string | number | boolean | Date;
/** A row keyed by its column header. */
type Row = Record<string, Cell>;

const CASE_NO = '관리번호';
/** The tabs that hold a case's records (getCase reads them all). */
const CASE_TABS = [
  '사례',
  '초기상담',
  '욕구사정',
  '욕구',
  '사례회의',
  '정보제공동의',
  '서비스계획',
  '계획항목',
  '점검',
  '종결',
  '사후관리',
  '의뢰',
  '문서',
];

/** The naive code reaches the services as a script does, through globals the bench hands in. */
export interface Services {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  LockService: GoogleAppsScript.Lock.LockService;
}

let given: Services | undefined;
export function useServices(services: Services): void {
  given = services;
}
function gas(): Services {
  if (!given) throw new Error('naive: call useServices first');
  return given;
}

interface LoadedTable {
  sheet: Sheet;
  header: string[];
  /** Data rows (below the header), up to the last one with a first cell. */
  rows: Row[];
}

/** One execution's view of the workbook: each table read once, whole. */
class Workbook {
  private readonly tables = new Map<string, LoadedTable>();
  private readonly ss: Spreadsheet = gas().SpreadsheetApp.getActiveSpreadsheet();

  read(name: string): LoadedTable {
    const known = this.tables.get(name);
    if (known) return known;
    const sheet = this.ss.getSheetByName(name);
    if (!sheet) throw new Error(`naive: no tab ${name}`);
    const [headerRow = [], ...body] = sheet.getDataRange().getValues();
    const header = headerRow.map(String);
    // Checkbox columns read FALSE down to the last row; a row exists when its first cell does.
    let used = body.length;
    while (used > 0 && body[used - 1]?.[0] === '') used--;
    const rows = body
      .slice(0, used)
      .map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] as Cell])));
    const table = { sheet, header, rows };
    this.tables.set(name, table);
    return table;
  }

  rowsOf(name: string, caseNo: string): Row[] {
    return this.read(name).rows.filter((row) => row[CASE_NO] === caseNo);
  }

  /** Appends below the last row read, in one setValues. */
  append(name: string, rows: Row[]): void {
    const table = this.read(name);
    const first = table.rows.length + 2;
    const last = first + rows.length - 1;
    const max = table.sheet.getMaxRows();
    if (last > max) table.sheet.insertRowsAfter(max, last - max);
    table.sheet
      .getRange(first, 1, rows.length, table.header.length)
      .setValues(rows.map((row) => table.header.map((h) => row[h] ?? '')));
    table.rows.push(...rows);
  }

  /** Rewrites one row (found among the rows read) with `changes`, in one setValues. */
  update(name: string, row: Row, changes: Row): void {
    const table = this.read(name);
    const index = table.rows.indexOf(row);
    Object.assign(row, changes);
    table.sheet
      .getRange(index + 2, 1, 1, table.header.length)
      .setValues([table.header.map((h) => row[h] ?? '')]);
  }

  setting(name: string): string {
    return String(this.read('설정').rows.find((row) => row['항목'] === name)?.['값'] ?? '');
  }
}

export interface Actor {
  user: string;
  /** "YYYY-MM-DD HH:mm:ss" */
  at: string;
  today: string;
}

/** A save: under the document lock, settings read, the audit row appended last, then flush. */
function save<T>(run: (db: Workbook) => T): T {
  const lock = gas().LockService.getDocumentLock();
  lock.waitLock(30_000);
  try {
    const db = new Workbook();
    db.read('설정');
    const result = run(db);
    gas().SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}

function findCase(db: Workbook, caseNo: string): Row {
  const row = db.rowsOf('사례', caseNo)[0];
  if (!row) throw new Error(`naive: no case ${caseNo}`);
  return row;
}

function touch(db: Workbook, caseRow: Row, actor: Actor, changes: Row = {}): void {
  db.update('사례', caseRow, {
    ...changes,
    버전: Number(caseRow['버전'] || 0) + 1,
    '최종 수정': actor.at,
    '최종 수정자': actor.user,
  });
}

function audit(db: Workbook, actor: Actor, caseNo: string, action: string, detail: string): void {
  db.append('변경이력', [
    { 일시: actor.at, 사용자: actor.user, [CASE_NO]: caseNo, 작업: action, 내용: detail },
  ]);
}

export type Operation = (actor: Actor, caseNo: string) => unknown;

/** The next 관리번호 of the year, from every case number in 사례. */
export const saveIntake: Operation = (actor) =>
  save((db) => {
    const prefix = db.setting('관리번호 앞글자 (동 이름)') || '행복';
    const year = actor.today.slice(0, 4);
    const taken = db.read('사례').rows.map((row) => String(row[CASE_NO]).split('-'));
    const highest = Math.max(
      0,
      ...taken.filter((p) => p[0] === prefix && p[1] === year).map((p) => Number(p[2])),
    );
    const caseNo = `${prefix}-${year}-${String(highest + 1).padStart(4, '0')}`;
    db.append('사례', [
      {
        [CASE_NO]: caseNo,
        대상자명: '김하늘',
        단계: '초기상담',
        '담당 사례관리자': actor.user,
        접수일: actor.today,
        버전: 1,
      },
    ]);
    db.append('초기상담', [
      { [CASE_NO]: caseNo, 접수일: actor.today, '주 호소 문제': '난방비 체납', 기록자: actor.user },
    ]);
    audit(db, actor, caseNo, '접수', '');
    return caseNo;
  });

export const saveAssessment: Operation = (actor, caseNo) =>
  save((db) => {
    const caseRow = findCase(db, caseNo);
    const id = `${caseNo}-S${db.rowsOf('욕구사정', caseNo).length + 1}`;
    db.append('욕구사정', [{ 사정번호: id, [CASE_NO]: caseNo, '사정 구분': '재사정', 사정일: actor.today }]);
    db.append(
      '욕구',
      ['경제', '건강'].map((domain) => ({
        사정번호: id,
        [CASE_NO]: caseNo,
        '생활 영역': domain,
        욕구: '지원',
      })),
    );
    touch(db, caseRow, actor, { '다음 재사정일': addDays(actor.today, 365) });
    audit(db, actor, caseNo, '재사정', id);
    return id;
  });

export const savePlan: Operation = (actor, caseNo) =>
  save((db) => {
    const caseRow = findCase(db, caseNo);
    const planId = `${caseNo}-P${db.rowsOf('서비스계획', caseNo).length + 1}`;
    db.read('계획항목');
    db.append('서비스계획', [{ 계획번호: planId, [CASE_NO]: caseNo, '동의일(서명일)': actor.today }]);
    db.append(
      '계획항목',
      [1, 2].map((k) => ({ 항목번호: `${planId}-${k}`, 계획번호: planId, [CASE_NO]: caseNo, 우선순위: k })),
    );
    touch(db, caseRow, actor, { 단계: '서비스제공·점검', '다음 점검일': addDays(actor.today, 30) });
    audit(db, actor, caseNo, '서비스계획', planId);
    return planId;
  });

/** A check that also records one plan item's outcome. */
export const recordCheck: Operation = (actor, caseNo) =>
  save((db) => {
    const caseRow = findCase(db, caseNo);
    const checkId = `${caseNo}-C${db.rowsOf('점검', caseNo).length + 1}`;
    const item = db.rowsOf('계획항목', caseNo)[0];
    db.append('점검', [
      { 점검번호: checkId, [CASE_NO]: caseNo, 점검일: actor.today, '점검 내용': '안부 확인' },
    ]);
    if (item) db.update('계획항목', item, { 이행여부: '연장', '이행여부 기록일': actor.today });
    touch(db, caseRow, actor, { '다음 점검일': addDays(actor.today, 30) });
    audit(db, actor, caseNo, '점검', checkId);
    return checkId;
  });

export const closeCase: Operation = (actor, caseNo) =>
  save((db) => {
    const caseRow = findCase(db, caseNo);
    const closureId = `${caseNo}-E${db.rowsOf('종결', caseNo).length + 1}`;
    db.read('사후관리');
    db.append('종결', [
      { 종결번호: closureId, [CASE_NO]: caseNo, 종결일: actor.today, '종결 사유': '목표달성' },
    ]);
    db.append(
      '사후관리',
      [30, 90].map((days, k) => ({
        사후관리번호: `${closureId}-F${k + 1}`,
        [CASE_NO]: caseNo,
        종결번호: closureId,
        예정일: addDays(actor.today, days),
      })),
    );
    touch(db, caseRow, actor, { 단계: '사후관리', 종결일: actor.today, '다음 점검일': '' });
    audit(db, actor, caseNo, '종결', closureId);
    return closureId;
  });

export const getCase: Operation = (_actor, caseNo) => {
  const db = new Workbook();
  return Object.fromEntries(CASE_TABS.map((name) => [name, db.rowsOf(name, caseNo)]));
};

/** 내 사례: the current manager's cases. */
export const listCases: Operation = (actor) =>
  new Workbook().read('사례').rows.filter((row) => row['담당 사례관리자'] === actor.user);

/** 오늘 할 일: the manager's open cases with a check, reassessment, plan item or follow-up due. */
export const getTodayList: Operation = (actor) => {
  const db = new Workbook();
  db.read('설정');
  const mine = new Set(
    db
      .read('사례')
      .rows.filter((row) => row['담당 사례관리자'] === actor.user && !row['종결일'])
      .map((row) => row[CASE_NO]),
  );
  const due = (name: string, column: string) =>
    db.read(name).rows.filter((row) => mine.has(row[CASE_NO] as string) && row[column] !== '');
  return [
    ...due('사례', '다음 점검일'),
    ...due('계획항목', '서비스 종료일자'),
    ...due('점검', '점검일'),
    ...due('사후관리', '예정일'),
  ];
};

/** The plan document: each table read once, a new Doc built with a handful of paragraphs and one table. */
export const generatePlanDocument: Operation = (actor, caseNo) => {
  const db = new Workbook();
  const caseRow = findCase(db, caseNo);
  const plan = db.rowsOf('서비스계획', caseNo).at(-1);
  const items = db.rowsOf('계획항목', caseNo);
  const checks = db.rowsOf('점검', caseNo);
  db.rowsOf('욕구', caseNo);
  db.rowsOf('문서', caseNo);
  const doc = gas().DocumentApp.create(`서비스제공 계획 - ${caseNo}`);
  const body = doc.getBody();
  body.appendParagraph('서비스제공 계획 및 점검표');
  body.appendParagraph(`관리번호 ${caseNo} · 대상자 ${String(caseRow['대상자명'])}`);
  body.appendParagraph(`단기 성과목표: ${String(plan?.['단기 성과목표'] ?? '')}`);
  body.appendTable([
    ['개입목표', '서비스 내용', '제공기관', '이행여부'],
    ...items.map((item) =>
      [item['개입목표'], item['서비스 내용'], item['제공기관'], item['이행여부']].map(String),
    ),
  ]);
  body.appendParagraph(`점검 ${checks.length}회`);
  doc.saveAndClose();
  const url = doc.getUrl();
  save((written) => {
    written.append('문서', [{ '문서 ID': doc.getId(), [CASE_NO]: caseNo, 링크: url, '만든 시각': actor.at }]);
    audit(written, actor, caseNo, '문서', url);
  });
  return url;
};

/** Shareable resources' public columns into a new spreadsheet, in one setValues. */
export const publishResources: Operation = (actor) => {
  const resources = new Workbook().read('자원').rows.filter((row) => row['협력기관 공유'] === true);
  const columns = [
    '자원번호',
    '자원명',
    '자원 유형',
    '제공기관',
    '서비스 내용',
    '연락처',
    '주소',
    '운영 시간',
  ];
  const target = gas().SpreadsheetApp.create('협력기관 자원 목록');
  const sheet = target.getSheets()[0] as Sheet;
  const rows = [columns, ...resources.map((row) => columns.map((c) => row[c] ?? ''))];
  sheet.getRange(1, 1, rows.length, columns.length).setValues(rows);
  save((db) => audit(db, actor, '', '자원 게시', `${resources.length}건`));
  return target.getId();
};

/** A date cell as a day key: a serial number, or a Date read on Seoul's clock. */
function dayKey(cell: Cell | undefined): string {
  if (typeof cell === 'number') return serialDateKey(cell);
  if (isDate(cell)) return new Date(cell.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
  return String(cell ?? '');
}

/**
 * 서비스체계 빈틈 보고서 of the last quarter ending today (the period the bench asks the add-on for):
 * 권익옹호 read whole and its system-level acts of the quarter, the quarter before and the last
 * twelve months counted by gap kind in memory; 사례 read whole for the names, phones and addresses
 * a text must not carry; 직원 for the author's name; a new Doc with two tables; the audit row under
 * the lock.
 */
export const generateGapReport: Operation = (actor) => {
  const db = new Workbook();
  const days = (from: string, to: string) => (row: Row) => {
    const on = dayKey(row['활동일']);
    return row['수준'] === '서비스체계 개선' && on >= from && on <= to;
  };
  const period = monthsTo(actor.today, 3);
  const length = daysBetween(period.from, period.to);
  const beforeTo = addDays(period.from, -1);
  const acts = db.read('권익옹호').rows;
  const now = acts.filter(days(period.from, period.to));
  const before = acts.filter(days(addDays(beforeTo, -length), beforeTo));
  const year = acts.filter(days(addDays(addMonths(period.to, -12), 1), period.to));
  const tally = (rows: Row[]) => {
    const counts = new Map<string, number>();
    for (const row of rows)
      counts.set(String(row['체계의 빈틈']), (counts.get(String(row['체계의 빈틈'])) ?? 0) + 1);
    return counts;
  };
  const [nowBy, beforeBy, yearBy] = [tally(now), tally(before), tally(year)];
  const markers = db
    .read('사례')
    .rows.flatMap((row) => [row['대상자명'], row['연락처'], row['주소'], row[CASE_NO]].map(String))
    .filter((text) => text !== '');
  const shown = (cell: Cell | undefined) => {
    const text = String(cell ?? '');
    return markers.some((marker) => text.includes(marker)) ? '(싣지 않음)' : text;
  };
  const author = db.read('직원').rows.find((row) => row['이메일'] === actor.user)?.['이름'] ?? actor.user;

  const doc = gas().DocumentApp.create(`서비스체계 빈틈 보고서 ${period.from}~${period.to}`);
  const body = doc.getBody();
  body.appendParagraph('서비스체계 빈틈 보고서');
  body.appendParagraph(`기간 ${period.from}~${period.to} · 작성자 ${String(author)}`);
  body.appendTable([
    ['빈틈 종류', '이 기간 (건)', '직전 기간 (건)', '최근 12개월 (건)'],
    ...[...new Set([...nowBy.keys(), ...beforeBy.keys()])].map((kind) =>
      [kind, nowBy.get(kind) ?? 0, beforeBy.get(kind) ?? 0, yearBy.get(kind) ?? 0].map(String),
    ),
  ]);
  body.appendTable([
    ['활동일', '빈틈 종류', '상대 (기관·사람)', '한 일', '결과'],
    ...now.map((row) => [
      dayKey(row['활동일']),
      String(row['체계의 빈틈']),
      shown(row['상대 (기관·사람)']),
      shown(row['한 일']),
      shown(row['결과']),
    ]),
  ]);
  doc.saveAndClose();
  const url = doc.getUrl();
  save((written) =>
    audit(written, actor, '', '빈틈 보고서', `${period.from}~${period.to}, ${now.length}건: ${url}`),
  );
  return { url, count: now.length };
};

export const NAIVE_OPERATIONS = {
  saveIntake,
  saveAssessment,
  savePlan,
  recordCheck,
  closeCase,
  getCase,
  listCases,
  getTodayList,
  generatePlanDocument,
  generateGapReport,
  publishResources,
} satisfies Record<string, Operation>;
