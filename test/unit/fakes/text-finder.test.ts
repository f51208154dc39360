import { setup, thrown } from './helpers';

describe('TextFinder', () => {
  function sheetWithCases() {
    const { env, g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet
      .getRange(1, 1, 5, 2)
      .setNumberFormat('@')
      .setValues([
        ['관리번호', '메모'],
        ['행복-2026-0001', '첫 점검'],
        ['행복-2026-0002', '행복-2026-0001 관련'],
        ['행복-2026-0001', '둘째 점검'],
        ['행복-2026-0001-C1', ''],
      ]);
    return { env, sheet };
  }

  test('findAll on a column returns the matching cells, row by row', () => {
    const { sheet } = sheetWithCases();
    const hits = sheet
      .getRange(2, 1, 999, 1)
      .createTextFinder('행복-2026-0001')
      .matchEntireCell(true)
      .findAll();
    expect(hits.map((r: { getRow(): number }) => r.getRow())).toEqual([2, 4]);
  });

  test('a partial match is the default, and a sheet finder searches every column', () => {
    const { sheet } = sheetWithCases();
    const hits = sheet.createTextFinder('행복-2026-0001').findAll();
    // The reference does not promise an order; the add-on sorts what it finds.
    expect(hits.map((r: { getA1Notation(): string }) => r.getA1Notation()).sort()).toEqual([
      'A2',
      'A4',
      'A5',
      'B3',
    ]);
  });

  test('case-insensitive unless matchCase; regular-expression characters are literal', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet.getRange(1, 1, 3, 1).setValues([['Kim'], ['kim'], ['k.m']]);
    const column = sheet.getRange(1, 1, 3, 1);
    expect(column.createTextFinder('KIM').matchEntireCell(true).findAll()).toHaveLength(2);
    expect(column.createTextFinder('KIM').matchCase(true).findAll()).toHaveLength(0);
    expect(column.createTextFinder('k.m').matchEntireCell(true).findAll()).toHaveLength(1);
  });

  test('findNext walks the matches and then says null', () => {
    const { sheet } = sheetWithCases();
    const finder = sheet.getRange('A:A').createTextFinder('행복-2026-0001').matchEntireCell(true);
    expect(finder.findNext().getRow()).toBe(2);
    expect(finder.findNext().getRow()).toBe(4);
    expect(finder.findNext()).toBeNull();
  });

  test('the search is counted as one call and the cells searched, not as cells read', () => {
    const { env, sheet } = sheetWithCases();
    env.counters.reset();
    sheet.getRange(2, 1, 999, 1).createTextFinder('행복-2026-0001').matchEntireCell(true).findAll();
    expect(env.counters.snapshot()['TextFinder.findAll']).toBe(1);
    expect(env.counters.cells()).toEqual({ read: 0, written: 0, searched: 999 });
  });

  test('an empty search text is refused', () => {
    const { sheet } = sheetWithCases();
    expect(thrown(() => sheet.createTextFinder(''))).toBe('Exception: Invalid argument: findText');
  });
});
