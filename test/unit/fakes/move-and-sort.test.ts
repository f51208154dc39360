import { setup, thrown } from './helpers';

/** Sheet.moveColumns and Range.sort: what a person does by hand in the preview's grid. */
describe('moving columns and sorting', () => {
  function sheetWith(rows: unknown[][]) {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet.getRange(1, 1, rows.length, rows[0]!.length).setValues(rows);
    return { g, sheet };
  }

  test('moveColumns puts the columns before the destination counted before the move', () => {
    const { sheet } = sheetWith([
      ['A', 'B', 'C', 'D', 'E'],
      [1, 2, 3, 4, 5],
    ]);
    sheet.getRange('B1:B1').setNumberFormat('@');
    sheet.moveColumns(sheet.getRange('B1'), 5); // B goes before E: A C D B E
    expect(sheet.getRange(1, 1, 2, 5).getValues()).toEqual([
      ['A', 'C', 'D', 'B', 'E'],
      [1, 3, 4, 2, 5],
    ]);
    // Its format went with it.
    expect(sheet.getRange('D1').getNumberFormat()).toBe('@');
    sheet.moveColumns(sheet.getRange('D1:E2'), 1); // B E to the front
    expect(sheet.getRange(1, 1, 1, 5).getValues()).toEqual([['B', 'E', 'A', 'C', 'D']]);
    sheet.moveColumns(sheet.getRange('A1'), 2); // onto itself: nothing moves
    expect(sheet.getRange(1, 1, 1, 5).getValues()).toEqual([['B', 'E', 'A', 'C', 'D']]);
    expect(thrown(() => sheet.moveColumns(sheet.getRange('A1'), 28))).toBe(
      'Exception: Those columns are out of bounds.',
    );
  });

  test('a protected column moves with its column', () => {
    const { g, sheet } = sheetWith([['A', 'B', 'C']]);
    sheet.getRange(1, 1, sheet.getMaxRows(), 1).protect().setDescription('A');
    sheet.moveColumns(sheet.getRange('A1'), 4);
    const [protection] = sheet.getProtections(g.SpreadsheetApp.ProtectionType.RANGE);
    expect(protection.getRange().getA1Notation()).toBe('C1:C1000');
  });

  test('sort orders rows by a sheet column: numbers, text, booleans, then empty cells last', () => {
    const { sheet } = sheetWith([
      ['이름', '점수'],
      ['다', 3],
      ['가', ''],
      ['나', 'x'],
      ['라', 1],
      ['마', true],
    ]);
    const body = sheet.getRange(2, 1, 5, 2);
    body.sort({ column: 2, ascending: true });
    expect(body.getValues().map((row: unknown[]) => row[0])).toEqual(['라', '다', '나', '마', '가']);
    body.sort({ column: 2, ascending: false });
    expect(body.getValues().map((row: unknown[]) => row[0])).toEqual(['마', '나', '다', '라', '가']);
    body.sort(1);
    expect(body.getValues().map((row: unknown[]) => row[0])).toEqual(['가', '나', '다', '라', '마']);
    // The header row is outside the range and stays.
    expect(sheet.getRange('A1').getValue()).toBe('이름');
    expect(thrown(() => body.sort(3))).toBe('Exception: The sort column must be within the range.');
  });
});
