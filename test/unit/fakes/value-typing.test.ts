import { setup, type Gas } from './helpers';

/** Strings written by setValue/setValues/appendRow are typed as Sheets types user input. */
function sheetOf(): { g: Gas; sheet: Gas } {
  const { g } = setup();
  return { g, sheet: g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0] };
}

function write(
  sheet: Gas,
  input: unknown,
): { value: unknown; formula: string; display: string; format: string } {
  const cell = sheet.getRange('B2');
  cell.setValue(input);
  return {
    value: cell.getValue(),
    formula: cell.getFormula(),
    display: cell.getDisplayValue(),
    format: cell.getNumberFormat(),
  };
}

const SEOUL_MIDNIGHT_2026_03_02 = '2026-03-01T15:00:00.000Z';

describe('strings become formulas', () => {
  test('=1+1 is a formula and reads as its result', () => {
    const { sheet } = sheetOf();
    expect(write(sheet, '=1+1')).toMatchObject({ value: 2, formula: '=1+1', display: '2' });
  });

  test('a phone number with a + becomes a formula that Sheets cannot parse', () => {
    const { sheet } = sheetOf();
    expect(write(sheet, '+82 10-1234-5678')).toMatchObject({
      value: '#ERROR!',
      formula: '=+82 10-1234-5678',
    });
  });

  test('+82-10-1234-5678 silently becomes arithmetic', () => {
    const { sheet } = sheetOf();
    expect(write(sheet, '+82-10-1234-5678')).toMatchObject({ value: -6840, formula: '=+82-10-1234-5678' });
  });

  test('-abc is a formula naming an unknown name', () => {
    const { sheet } = sheetOf();
    expect(write(sheet, '-abc')).toMatchObject({ value: '#NAME?', formula: '=-abc' });
  });

  test('a Korean name starting with = is a formula too', () => {
    const { sheet } = sheetOf();
    expect(write(sheet, '=홍길동')).toMatchObject({ value: '#NAME?', formula: '=홍길동' });
  });

  test('formulas referencing cells are evaluated on read', () => {
    const { sheet } = sheetOf();
    sheet.getRange('A1').setValue(20);
    sheet.getRange('A2').setFormula('=A1*2+1');
    expect(sheet.getRange('A2').getValue()).toBe(41);
    sheet.getRange('A1').setValue(1);
    expect(sheet.getRange('A2').getValue()).toBe(3);
  });

  test('function calls are not evaluated (documented gap)', () => {
    const { sheet } = sheetOf();
    expect(write(sheet, '=SUM(A1:A3)')).toMatchObject({ value: '', formula: '=SUM(A1:A3)' });
  });
});

describe('strings become numbers', () => {
  test.each([
    ['-5', -5],
    ['+5', 5],
    ['3.5', 3.5],
    ['1,000', 1000],
    ['01012345678', 1012345678],
    ['1e3', 1000],
    ['50%', 0.5],
  ])('%s → %p', (input, expected) => {
    const { sheet } = sheetOf();
    const r = write(sheet, input);
    expect(r.value).toBe(expected);
    expect(r.formula).toBe('');
  });

  test('a mobile number loses its leading 0 and displays as a plain number', () => {
    const { sheet } = sheetOf();
    expect(write(sheet, '01012345678')).toMatchObject({ value: 1012345678, display: '1012345678' });
  });

  test('1,000 keeps its grouping in the display', () => {
    const { sheet } = sheetOf();
    expect(write(sheet, '1,000').display).toBe('1,000');
  });
});

describe('strings that stay text', () => {
  test.each(['010-1234-5678', '02-123-4567', '홍길동', 'abc', '1,00', '2026-02-30', '=', '-', '12-34-56-78'])(
    '%s',
    (input) => {
      const { sheet } = sheetOf();
      expect(write(sheet, input)).toMatchObject({ value: input, formula: '', display: input });
    },
  );

  test('a leading apostrophe forces text and is not part of the value', () => {
    const { sheet } = sheetOf();
    expect(write(sheet, "'=x")).toMatchObject({ value: '=x', formula: '', display: '=x' });
    expect(write(sheet, "'01012345678")).toMatchObject({ value: '01012345678' });
    expect(write(sheet, "'2026-03-02")).toMatchObject({ value: '2026-03-02' });
  });

  test('a plain-text (@) column keeps everything verbatim', () => {
    const { sheet } = sheetOf();
    sheet.getRange('C:C').setNumberFormat('@');
    const inputs = ['=1+1', '+82 10-1234-5678', '-abc', '01012345678', '2026-03-02', 'TRUE', '1,000', "'abc"];
    sheet.getRange(1, 3, inputs.length, 1).setValues(inputs.map((v) => [v]));
    expect(
      sheet
        .getRange(1, 3, inputs.length, 1)
        .getValues()
        .map((r: unknown[]) => r[0]),
    ).toEqual(inputs);
    expect(
      sheet
        .getRange(1, 3, inputs.length, 1)
        .getFormulas()
        .flat()
        .every((f: string) => f === ''),
    ).toBe(true);
  });
});

describe('booleans and dates', () => {
  test.each([
    ['TRUE', true],
    ['false', false],
  ])('%s → %p', (input, expected) => {
    const { sheet } = sheetOf();
    expect(write(sheet, input).value).toBe(expected);
  });

  test.each(['2026-03-02', '2026/3/2', '2026. 3. 2', '2026.03.02', '2026. 3. 2.'])(
    '%s → a Date at midnight in Asia/Seoul',
    (input) => {
      const { sheet } = sheetOf();
      const r = write(sheet, input);
      expect(Object.prototype.toString.call(r.value)).toBe('[object Date]');
      expect((r.value as Date).toISOString()).toBe(SEOUL_MIDNIGHT_2026_03_02);
      expect(r.display).toBe('2026-03-02');
      expect(r.format).toBe('yyyy-mm-dd');
    },
  );

  test('a date with a time keeps the time', () => {
    const { sheet } = sheetOf();
    const r = write(sheet, '2026-03-02 14:30');
    expect((r.value as Date).toISOString()).toBe('2026-03-02T05:30:00.000Z');
    expect(r.display).toBe('2026-03-02 14:30:00');
  });

  test('a number in a date-formatted cell reads as a Date; a date re-formatted as a number reads as its serial', () => {
    const { sheet } = sheetOf();
    const cell = sheet.getRange('A1');
    cell.setNumberFormat('yyyy-mm-dd').setValue(46083);
    expect((cell.getValue() as Date).toISOString()).toBe(SEOUL_MIDNIGHT_2026_03_02);
    cell.setNumberFormat('0');
    expect(cell.getValue()).toBe(46083);
  });
});

describe('typed values are stored as they are', () => {
  test('numbers, booleans and Dates', () => {
    const { sheet } = sheetOf();
    const when = new Date('2026-03-02T01:02:03Z');
    sheet.getRange(1, 1, 1, 4).setValues([[42, true, when, 0]]);
    const [row] = sheet.getRange(1, 1, 1, 4).getValues();
    expect(row[0]).toBe(42);
    expect(row[1]).toBe(true);
    expect(row[2]).not.toBe(when);
    expect((row[2] as Date).getTime()).toBe(when.getTime());
    expect(row[3]).toBe(0);
  });

  test('empty string, null and undefined clear the cell', () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange(1, 1, 1, 3);
    r.setValues([['a', 'b', 'c']]);
    r.setValues([['', null, undefined]]);
    expect(r.getValues()).toEqual([['', '', '']]);
    expect(sheet.getLastRow()).toBe(0);
  });

  test('appendRow types strings too', () => {
    const { sheet } = sheetOf();
    sheet.appendRow(['=1+1', '01012345678', '2026-03-02', "'007"]);
    const [row] = sheet.getRange(1, 1, 1, 4).getValues();
    expect(row[0]).toBe(2);
    expect(row[1]).toBe(1012345678);
    expect(Object.prototype.toString.call(row[2])).toBe('[object Date]');
    expect(row[3]).toBe('007');
  });

  test('getValues gives empty strings for empty cells', () => {
    const { sheet } = sheetOf();
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });
});
