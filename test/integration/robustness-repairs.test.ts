/**
 * 시트 준비·복구 after the hand edits that used to make it hide every case: a title row above the
 * header, the 사례 tab renamed, a header renamed. Repair finds what is there and never writes a
 * second header, a fresh empty tab or an empty twin of a column; when it cannot tell, it stops,
 * writes nothing and says in Korean what it found.
 */
import { startAddon, workbookState, type Harness } from '../support/addon-harness';
import { intake } from '../support/payloads';
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

  it('stops rather than write a header over a tab whose header row was deleted', () => {
    const h = twentyCases();
    tab(h, '사례').deleteRow(1);
    const message = refusedSetup(h);
    expect(message).toContain("'사례' 탭의 첫 5행에서 머리글");
  });
});
