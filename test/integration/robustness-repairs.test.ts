/**
 * 시트 준비·복구 after the hand edits that used to make it hide every case: a title row above the
 * header, the 사례 tab renamed, a header renamed. Repair finds what is there and never writes a
 * second header, a fresh empty tab or an empty twin of a column; when it cannot tell, it stops,
 * writes nothing and says in Korean what it found.
 */
import { startAddon, workbookState, type Harness } from '../support/addon-harness';
import { assessment, intake } from '../support/payloads';
import { activeSpreadsheet } from '../support/resources-harness';

type Report = {
  createdTabs: string[];
  addedColumns: string[];
  renamedTabs: string[];
  restoredHeaders: string[];
};

function twentyCases(): Harness {
  const h = startAddon();
  for (let i = 0; i < 20; i++)
    h.call(
      'saveIntake',
      intake({ client: { name: `대상자${i}`, birthDate: '1950-01-01', phone: `010-0000-${1000 + i}` } }),
    );
  return h;
}

const tab = (h: Harness, name: string) => activeSpreadsheet(h).getSheetByName(name)!;
const values = (h: Harness, name: string) => tab(h, name).getDataRange().getValues();
const listed = (h: Harness) => h.call<{ cases: unknown[] }>('listCases', {}).cases.length;

function refusedSetup(h: Harness): string {
  const before = workbookState(h.env);
  let message = '';
  try {
    h.call('setupWorkbook');
  } catch (error) {
    message = (error as Error).message;
  }
  expect(workbookState(h.env)).toBe(before);
  return message;
}

describe('시트 준비·복구', () => {
  it('finds the header below a title row a person inserted, and writes no second one', () => {
    const h = twentyCases();
    const cases = tab(h, '사례');
    cases.insertRowBefore(1);
    cases.getRange(1, 1).setValue('2026년 행복동 사례 목록');
    const before = values(h, '사례');
    const report = h.call<Report>('setupWorkbook');
    expect(report).toMatchObject({ createdTabs: [], addedColumns: [], renamedTabs: [] });
    expect(values(h, '사례')).toEqual(before);
    expect(before.filter((row) => row.includes('관리번호'))).toHaveLength(1);
    expect(cases.getFrozenRows()).toBe(2);
  });

  it('recognises the 사례 tab a person renamed by its columns, and every case is listed again', () => {
    const h = twentyCases();
    tab(h, '사례').setName('사례 목록 (2026)');
    const report = h.call<Report>('setupWorkbook');
    expect(report.createdTabs).toEqual([]);
    expect(report.renamedTabs).toEqual(['사례 목록 (2026) → 사례']);
    expect(listed(h)).toBe(20);
  });

  it('stops and says what it found when a renamed header holds the data of a missing column', () => {
    const h = twentyCases();
    const cases = tab(h, '사례');
    const column = values(h, '사례')[0]!.indexOf('연락처') + 1;
    cases.getRange(1, column).setValue('전화번호');
    const message = refusedSetup(h);
    expect(message).toContain('멈췄습니다');
    expect(message).toMatch(/'전화번호'.*'연락처'/);
    expect(values(h, '사례')[0]!.filter((cell) => cell === '연락처')).toHaveLength(0);
  });

  it('gives a renamed header with nothing under it its name back instead of adding an empty twin', () => {
    const h = startAddon();
    const checks = tab(h, '점검');
    const width = checks.getLastColumn();
    const column = values(h, '점검')[0]!.indexOf('점검 방법') + 1;
    checks.getRange(1, column).setValue('방법');
    const report = h.call<Report>('setupWorkbook');
    expect(report.addedColumns).toEqual([]);
    expect(report.restoredHeaders).toEqual(['점검!방법 → 점검 방법']);
    expect(checks.getLastColumn()).toBe(width);
    expect(values(h, '점검')[0]![column - 1]).toBe('점검 방법');
  });

  it('stops when two renamed tabs could each be the 사례 tab', () => {
    const h = twentyCases();
    const ss = activeSpreadsheet(h);
    tab(h, '사례').setName('사례 A');
    const copied = values(h, '사례 A');
    ss.insertSheet('사례 B').getRange(1, 1, copied.length, copied[0]!.length).setValues(copied);
    const message = refusedSetup(h);
    expect(message).toContain("'사례 A', '사례 B'");
  });

  it('stops rather than write a header into an empty 사례 tab while the renamed one holds the cases (issue 12)', () => {
    const h = twentyCases();
    tab(h, '사례').setName('사례 (옛)');
    activeSpreadsheet(h).insertSheet('사례');
    const message = refusedSetup(h);
    expect(message).toContain("'사례 (옛)'");
    // Doing what it says brings every case back.
    activeSpreadsheet(h).deleteSheet(tab(h, '사례'));
    tab(h, '사례 (옛)').setName('사례');
    expect(listed(h)).toBe(20);
  });

  it('stops rather than write a header over a tab whose header row was deleted', () => {
    const h = twentyCases();
    tab(h, '사례').deleteRow(1);
    const message = refusedSetup(h);
    expect(message).toContain("'사례' 탭의 첫 5행에서 머리글");
  });
});

describe('the data-health report', () => {
  type Problem = { table: string; rowNumber: number; column: string; problem: string };
  const health = (h: Harness) => h.call<{ problems: Problem[] }>('checkDataHealth').problems;

  function threeCases(): { h: Harness; caseNos: string[] } {
    const h = startAddon();
    const caseNos = [0, 1, 2].map(
      (i) =>
        h.call<{ caseNo: string }>(
          'saveIntake',
          intake({ client: { name: `대상자${i}`, birthDate: '1950-01-01' } }),
        ).caseNo,
    );
    expect(health(h)).toEqual([]);
    return { h, caseNos };
  }
  const cell = (h: Harness, name: string, row: number, header: string) =>
    tab(h, name).getRange(row, values(h, name)[0]!.indexOf(header) + 1);

  it('names a 관리번호 typed on two 사례 rows', () => {
    const { h, caseNos } = threeCases();
    cell(h, '사례', 4, '관리번호').setValue(caseNos[0]);
    expect(health(h)).toContainEqual(
      expect.objectContaining({ table: '사례', rowNumber: 4, problem: expect.stringContaining('2행에도') }),
    );
  });

  it('names the rows a deleted case left behind, and a cleared id', () => {
    const { h, caseNos } = threeCases();
    tab(h, '사례').deleteRow(3);
    cell(h, '초기상담', 4, '관리번호').setValue('');
    const problems = health(h);
    expect(problems).toContainEqual(
      expect.objectContaining({
        table: '초기상담',
        rowNumber: 3,
        problem: expect.stringContaining(caseNos[1]!),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        table: '초기상담',
        rowNumber: 4,
        problem: expect.stringContaining('번호가 지워졌습니다'),
      }),
    );
  });

  it('names a record whose 관리번호 was cleared though its own number stands (issue 12)', () => {
    const { h, caseNos } = threeCases();
    h.call('saveAssessment', assessment(caseNos[1]!));
    // The 욕구사정 row keeps its 사정번호: read, but no case shows it any more.
    cell(h, '욕구사정', 2, '관리번호').setValue('');
    expect(health(h)).toContainEqual(
      expect.objectContaining({
        table: '욕구사정',
        rowNumber: 2,
        column: '관리번호',
        problem: expect.stringContaining('관리번호가 지워졌습니다'),
      }),
    );
  });

  it('names a header moved down by a title row and a renamed header', () => {
    const { h } = threeCases();
    tab(h, '초기상담').insertRowBefore(1);
    cell(h, '사례', 1, '연락처').setValue('전화');
    const problems = health(h).map((p) => `${p.table} ${p.rowNumber} ${p.problem}`);
    expect(problems).toContainEqual(expect.stringMatching(/^초기상담 2 머리글이 1행이 아니라 2행에/));
    expect(problems).toContainEqual(
      expect.stringMatching(/^사례 1 머리글 '전화'은\(는\) 이름이 바뀐 '연락처'/),
    );
  });

  it('names a 주민등록번호 pasted into a cell by hand, without quoting it', () => {
    const { h } = threeCases();
    cell(h, '초기상담', 2, '주 호소 문제').setValue('본인 주민번호 480517ㅡ2345678 확인');
    const problems = health(h);
    expect(problems).toContainEqual(
      expect.objectContaining({
        table: '초기상담',
        rowNumber: 2,
        column: '주 호소 문제',
        problem: expect.stringContaining('주민등록번호'),
      }),
    );
    expect(JSON.stringify(problems)).not.toContain('2345678');
  });
});
