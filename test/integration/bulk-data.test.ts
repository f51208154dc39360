import { fillWorkbook } from '../../dev/bulk-data';
import { startAddon } from '../support/addon-harness';

/**
 * The benchmark's realistic 동 (dev/bulk-data.ts) has the shape of PERFORMANCE.md, and its rows
 * are interleaved in time order: a case's checks are not a contiguous run, or the bench would
 * flatter any design that reads neighbouring rows.
 */
describe('bulk data: the realistic 동', () => {
  const h = startAddon();
  const ss = (
    h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActiveSpreadsheet();
  const open = fillWorkbook(ss, 200, { today: '2026-03-02' });
  const rows = (tab: string) => {
    const [header = [], ...body] = ss.getSheetByName(tab)!.getDataRange().getValues();
    const key = header.indexOf('관리번호');
    return body.filter((row) => row[0] !== '').map((row) => String(row[key]));
  };

  it('has the shape of PERFORMANCE.md', () => {
    expect(open).toHaveLength(30); // 15 % open
    expect(rows('사례')).toHaveLength(200);
    expect(rows('점검')).toHaveLength(2000);
    expect(rows('계획항목')).toHaveLength(600);
    expect(rows('종결')).toHaveLength(170);
    expect(rows('사후관리')).toHaveLength(340);
    expect(rows('자원')).toHaveLength(20);
    // One case in five has 권익옹호, every other of them twice: 0.3 acts per case.
    expect(rows('권익옹호')).toHaveLength(60);
    expect(rows('변경이력').length / 200).toBeCloseTo(14, 0);
  });

  it("spreads a case's checks among other cases' rows", () => {
    const checks = rows('점검');
    const positions = checks.flatMap((caseNo, i) => (caseNo === open[0] ? [i] : []));
    expect(positions).toHaveLength(10);
    expect((positions.at(-1) as number) - (positions[0] as number)).toBeGreaterThan(10 * 5);
  });
});
