/**
 * The same operations done the naive way, kept only for comparison: one `getValue` per cell when
 * reading, `appendRow` per new row and `setValue` per changed cell when writing. They run against
 * the same fake spreadsheet as the add-on, so their calls are counted the same way.
 *
 * They are deliberately plain (no number formats, no validation, no lock): what is compared is
 * the cost of reaching the data, which is the same whatever else a real implementation adds.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cell = string | number | boolean | Date;

/** The tabs a case's records live in, keyed by the header of their case-number column. */
export const CASE_TABS = [
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
];
const CASE_NO = '관리번호';

function tab(ss: Spreadsheet, name: string): Sheet {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet;
}

/** The header row, one cell at a time. */
function headerOf(sheet: Sheet): string[] {
  const columns = sheet.getLastColumn();
  const header: string[] = [];
  for (let c = 1; c <= columns; c++) header.push(String(sheet.getRange(1, c).getValue()));
  return header;
}

function readRow(sheet: Sheet, row: number, header: string[]): Record<string, Cell> {
  const record: Record<string, Cell> = {};
  header.forEach((name, i) => {
    record[name] = sheet.getRange(row, i + 1).getValue() as Cell;
  });
  return record;
}

/** Rows whose case-number cell equals `caseNo`, scanning that column one cell per row. */
function rowsOfCase(sheet: Sheet, header: string[], caseNo: string): number[] {
  const column = header.indexOf(CASE_NO) + 1;
  const last = sheet.getLastRow();
  const rows: number[] = [];
  for (let r = 2; r <= last; r++) if (sheet.getRange(r, column).getValue() === caseNo) rows.push(r);
  return rows;
}

/** listCases({ query }) the naive way: the whole 사례 tab cell by cell, then a filter. */
export function naiveListCases(ss: Spreadsheet, query: string): Record<string, Cell>[] {
  const sheet = tab(ss, '사례');
  const header = headerOf(sheet);
  const last = sheet.getLastRow();
  const cases: Record<string, Cell>[] = [];
  for (let r = 2; r <= last; r++) cases.push(readRow(sheet, r, header));
  return cases.filter((c) => String(c['대상자명']).includes(query) || String(c[CASE_NO]).includes(query));
}

/** getCase the naive way: in every tab, scan the case-number column and read matching rows cell by cell. */
export function naiveGetCase(ss: Spreadsheet, caseNo: string): Record<string, Record<string, Cell>[]> {
  const file: Record<string, Record<string, Cell>[]> = {};
  for (const name of CASE_TABS) {
    const sheet = tab(ss, name);
    const header = headerOf(sheet);
    file[name] = rowsOfCase(sheet, header, caseNo).map((r) => readRow(sheet, r, header));
  }
  return file;
}

function settingsOf(ss: Spreadsheet): Record<string, Cell> {
  const sheet = tab(ss, '설정');
  const last = sheet.getLastRow();
  const settings: Record<string, Cell> = {};
  for (let r = 2; r <= last; r++)
    settings[String(sheet.getRange(r, 1).getValue())] = sheet.getRange(r, 2).getValue() as Cell;
  return settings;
}

function appendByHeader(sheet: Sheet, values: Record<string, Cell>): void {
  const header = headerOf(sheet);
  sheet.appendRow(header.map((name) => values[name] ?? ''));
}

export interface NaiveIntake {
  name: string;
  birthDate: string;
  intakeDate: string;
  presentingProblem: string;
}

/** saveIntake the naive way: settings and every case number cell by cell, then appendRow per row. */
export function naiveSaveIntake(ss: Spreadsheet, input: NaiveIntake, user: string, at: string): string {
  const prefix = String(settingsOf(ss)['관리번호 앞글자 (동 이름)'] || '행복');
  const cases = tab(ss, '사례');
  const header = headerOf(cases);
  const column = header.indexOf(CASE_NO) + 1;
  const year = input.intakeDate.slice(0, 4);
  let highest = 0;
  const last = cases.getLastRow();
  for (let r = 2; r <= last; r++) {
    const parts = String(cases.getRange(r, column).getValue()).split('-');
    if (parts[0] === prefix && parts[1] === year) highest = Math.max(highest, Number(parts[2]) || 0);
  }
  const caseNo = `${prefix}-${year}-${String(highest + 1).padStart(4, '0')}`;
  appendByHeader(cases, {
    [CASE_NO]: caseNo,
    대상자명: input.name,
    생년월일: input.birthDate,
    단계: '초기상담',
    '담당 사례관리자': user,
    접수일: input.intakeDate,
    버전: 1,
    '최종 수정': at,
    '최종 수정자': user,
  });
  appendByHeader(tab(ss, '초기상담'), {
    [CASE_NO]: caseNo,
    접수일: input.intakeDate,
    '주 호소 문제': input.presentingProblem,
    기록자: user,
  });
  appendByHeader(tab(ss, '변경이력'), { 일시: at, 사용자: user, [CASE_NO]: caseNo, 작업: '접수', 내용: '' });
  return caseNo;
}

export interface NaiveCheck {
  caseNo: string;
  checkedOn: string;
  note: string;
}

/**
 * recordCheck the naive way: find the case row cell by cell, read it, scan plan items and checks
 * of the case, append the check with appendRow, set the changed cells of the case one by one.
 */
export function naiveRecordCheck(ss: Spreadsheet, input: NaiveCheck, user: string, at: string): string {
  settingsOf(ss);
  const cases = tab(ss, '사례');
  const caseHeader = headerOf(cases);
  const [caseRow] = rowsOfCase(cases, caseHeader, input.caseNo);
  if (caseRow === undefined) throw new Error(`no case ${input.caseNo}`);
  const record = readRow(cases, caseRow, caseHeader);
  const items = tab(ss, '계획항목');
  rowsOfCase(items, headerOf(items), input.caseNo);
  const checks = tab(ss, '점검');
  const checkHeader = headerOf(checks);
  const previous = rowsOfCase(checks, checkHeader, input.caseNo);
  const checkId = `${input.caseNo}-C${previous.length + 1}`;
  checks.appendRow(
    checkHeader.map(
      (name) =>
        ({
          점검번호: checkId,
          [CASE_NO]: input.caseNo,
          점검일: input.checkedOn,
          '점검 방법': '전화',
          '점검 내용': input.note,
          점검자: user,
        })[name] ?? '',
    ),
  );
  const changes: Record<string, Cell> = {
    '다음 점검일': input.checkedOn,
    버전: Number(record['버전'] ?? 0) + 1,
    '최종 수정': at,
    '최종 수정자': user,
  };
  for (const [name, value] of Object.entries(changes))
    cases.getRange(caseRow, caseHeader.indexOf(name) + 1).setValue(value);
  appendByHeader(tab(ss, '변경이력'), {
    일시: at,
    사용자: user,
    [CASE_NO]: input.caseNo,
    작업: '점검',
    내용: checkId,
  });
  return checkId;
}
