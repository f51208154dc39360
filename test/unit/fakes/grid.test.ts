import { setup, thrown } from './helpers';

const OUTSIDE = 'Exception: The coordinates of the range are outside the dimensions of the sheet.';

describe('grid', () => {
  test('a new spreadsheet has one 1000×26 sheet named Sheet1', () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const sheets = ss.getSheets();
    expect(sheets).toHaveLength(1);
    expect(sheets[0].getName()).toBe('Sheet1');
    expect(sheets[0].getMaxRows()).toBe(1000);
    expect(sheets[0].getMaxColumns()).toBe(26);
    expect(ss.insertSheet('Cases').getMaxRows()).toBe(1000);
  });

  test('ranges outside the grid throw Apps Script’s message', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    expect(thrown(() => sheet.getRange(1001, 1))).toBe(OUTSIDE);
    expect(thrown(() => sheet.getRange(1, 27))).toBe(OUTSIDE);
    expect(thrown(() => sheet.getRange(999, 1, 3, 1))).toBe(OUTSIDE);
    expect(thrown(() => sheet.getRange('A1:AA1'))).toBe(OUTSIDE);
    expect(thrown(() => sheet.getRange(0, 1))).toBe('Exception: The starting row of the range is too small.');
    expect(thrown(() => sheet.getRange(1, 1, 0, 1))).toBe(
      'Exception: The number of rows in the range must be at least 1.',
    );
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
  });

  test('appendRow writes after the last row and grows a full sheet', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Small');
    sheet.deleteRows(3, 998);
    expect(sheet.getMaxRows()).toBe(2);
    sheet.appendRow(['a']);
    sheet.appendRow(['b']);
    sheet.appendRow(['c', 'd']);
    expect(sheet.getMaxRows()).toBe(3);
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getRange(1, 1, 3, 2).getValues()).toEqual([
      ['a', ''],
      ['b', ''],
      ['c', 'd'],
    ]);
    sheet.appendRow(new Array(30).fill('x'));
    expect(sheet.getMaxColumns()).toBe(30);
  });

  test('insertRowsAfter grows the sheet and shifts data', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet.getRange('A1:A2').setValues([['header'], ['row']]);
    sheet.insertRowsAfter(1, 5);
    expect(sheet.getMaxRows()).toBe(1005);
    expect(sheet.getRange('A7').getValue()).toBe('row');
    expect(sheet.getLastRow()).toBe(7);
    sheet.insertColumnsAfter(26, 2);
    expect(sheet.getMaxColumns()).toBe(28);
  });

  test('deleting every non-frozen row is refused', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet.setFrozenRows(1);
    expect(thrown(() => sheet.deleteRows(2, 999))).toBe(
      'Exception: Sorry, it is not possible to delete all non-frozen rows.',
    );
    expect(thrown(() => sheet.deleteRows(2, 1000))).toBe('Exception: Those rows are out of bounds.');
  });

  test('setValues with the wrong dimensions throws and writes nothing', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    expect(
      thrown(() =>
        sheet.getRange(1, 1, 3, 2).setValues([
          ['a', 'b'],
          ['c', 'd'],
        ]),
      ),
    ).toBe(
      'Exception: The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(thrown(() => sheet.getRange(1, 1, 2, 2).setValues([['a', 'b'], ['c']]))).toBe(
      'Exception: The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  test('getDataRange, getLastRow and getLastColumn follow content', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C5').setValue('x');
    sheet.getRange('A10').setNumberFormat('@');
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
  });

  test('a spreadsheet holds at most 10 million cells', () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.insertColumnsAfter(26, 74); // 1000 × 100
    sheet.insertRowsAfter(1000, 98990); // 99,990 × 100 = 9,999,000
    expect(sheet.getMaxRows()).toBe(99990);
    expect(thrown(() => sheet.insertRowsAfter(1000, 20))).toMatch(/above the limit of 10000000 cells/);
    expect(thrown(() => ss.insertSheet('more'))).toMatch(/above the limit of 10000000 cells/);
  });
});

describe('spreadsheet and sheets', () => {
  test('insertSheet refuses a duplicate name, in any letter case', () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    ss.insertSheet('Cases');
    expect(thrown(() => ss.insertSheet('Cases'))).toBe(
      'Exception: A sheet with the name "Cases" already exists. Please enter another name.',
    );
    expect(thrown(() => ss.insertSheet('cases'))).toMatch(/already exists/);
    expect(ss.getSheetByName('Nope')).toBeNull();
    expect(ss.getSheetByName('Cases').getIndex()).toBe(2);
  });

  test('insertSheet(name, index) places the sheet and makes it active', () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const first = ss.insertSheet('First', 0);
    expect(ss.getSheets().map((s: { getName(): string }) => s.getName())).toEqual(['First', 'Sheet1']);
    expect(ss.getActiveSheet().getName()).toBe('First');
    ss.deleteSheet(first);
    expect(ss.getSheets()).toHaveLength(1);
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow();
  });

  test('Spreadsheet.getRange accepts a sheet name', () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    ss.insertSheet('사례 목록').getRange('B2').setValue('x');
    expect(ss.getRange("'사례 목록'!B2").getValue()).toBe('x');
  });

  test('openById and create need the full spreadsheets scope', () => {
    const { g } = setup();
    const created = g.SpreadsheetApp.create('Partners');
    expect(created.getSheets()[0].getName()).toBe('Sheet1');
    expect(g.SpreadsheetApp.openById(created.getId()).getName()).toBe('Partners');
    expect(created.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${created.getId()}/edit`);
    expect(() => g.SpreadsheetApp.openById('nope')).toThrow(
      /Unexpected error while getting the method or property openById/,
    );
  });

  test('sharing: editors include the owner; viewers are separate', () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.create('Partners');
    ss.addViewers(['a@x.example', 'b@x.example']).addEditor('c@x.example');
    expect(ss.getOwner().getEmail()).toBe('manager1@dong.example');
    expect(ss.getEditors().map((u: { getEmail(): string }) => u.getEmail())).toEqual([
      'manager1@dong.example',
      'c@x.example',
    ]);
    ss.removeViewer('a@x.example');
    expect(ss.getViewers().map((u: { getEmail(): string }) => u.getEmail())).toEqual(['b@x.example']);
  });
});

describe('protection and validation', () => {
  test('protections are stored; the owner and current user cannot be removed', () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    ss.addEditor('worker@dong.example');
    const sheet = ss.getSheets()[0];
    const p = sheet.getRange('A1:C1').protect().setDescription('headers');
    expect(p.getEditors().map((u: { getEmail(): string }) => u.getEmail())).toEqual([
      'manager1@dong.example',
      'worker@dong.example',
    ]);
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u: { getEmail(): string }) => u.getEmail())).toEqual([
      'manager1@dong.example',
    ]);
    expect(p.canEdit()).toBe(true);
    expect(ss.getProtections(g.SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(1);
    expect(ss.getProtections(g.SpreadsheetApp.ProtectionType.RANGE)[0].getRange().getA1Notation()).toBe(
      'A1:C1',
    );
    p.setWarningOnly(true);
    expect(p.isWarningOnly()).toBe(true);
    p.remove();
    expect(ss.getProtections('RANGE')).toHaveLength(0);
  });

  test('a user who is not an editor of a protection cannot write into it', () => {
    const { env, g } = setup();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheets()[0];
    const p = sheet.protect();
    p.setUnprotectedRanges([sheet.getRange('A2:Z1000')]);
    p.removeEditors(p.getEditors());
    env.setUser('worker@dong.example');
    expect(thrown(() => sheet.getRange('A1').setValue('x'))).toMatch(
      /You are trying to edit a protected cell or object/,
    );
    sheet.getRange('A2').setValue('fine');
    expect(sheet.getRange('A2').getValue()).toBe('fine');
  });

  test('only someone who may edit a protected sheet may change its protection (decision 0014)', () => {
    const { env, g } = setup();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    ss.addEditor('worker@dong.example');
    const sheet = ss.getSheets()[0];
    const p = sheet.protect().setWarningOnly(true);
    // Warning-only: every editor of the file may still edit, and change it.
    env.setUser('worker@dong.example');
    expect(p.canEdit()).toBe(true);
    env.setUser('manager1@dong.example');
    p.setWarningOnly(false);
    p.addEditor('manager1@dong.example');
    p.removeEditors(p.getEditors());
    if (p.canDomainEdit()) p.setDomainEdit(false);
    env.setUser('worker@dong.example');
    expect(p.canEdit()).toBe(false);
    for (const change of [
      () => p.setWarningOnly(true),
      () => p.addEditor('worker@dong.example'),
      () => p.setDomainEdit(true),
      () => p.remove(),
    ])
      expect(thrown(change)).toMatch(/protected cell or object/);
    expect(p.isWarningOnly()).toBe(false);
    expect(p.getEditors().map((u: { getEmail(): string }) => u.getEmail())).toEqual([
      'manager1@dong.example',
    ]);
  });

  test('validation rules are stored, not enforced, and report their criteria', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    const rule = g.SpreadsheetApp.newDataValidation()
      .requireValueInList(['신규', '종결'], true)
      .setAllowInvalid(false)
      .setHelpText('골라요')
      .build();
    sheet.getRange('A1:A10').setDataValidation(rule);
    sheet.getRange('A1').setValue('anything');
    expect(sheet.getRange('A1').getValue()).toBe('anything');
    const got = sheet.getRange('A5').getDataValidation();
    expect(got.getCriteriaType()).toBe(g.SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(got.getCriteriaValues()).toEqual([['신규', '종결'], true]);
    expect(got.getAllowInvalid()).toBe(false);
    expect(got.getHelpText()).toBe('골라요');
    expect(sheet.getRange('B1').getDataValidation()).toBeNull();
    const rules = sheet.getRange('A1:B2').getDataValidations();
    expect(rules[0][0].getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(rules[0][1]).toBeNull();
  });

  test('a checkbox rule makes empty cells FALSE (so they count for getLastRow)', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet
      .getRange('D1:D20')
      .setDataValidation(g.SpreadsheetApp.newDataValidation().requireCheckbox().build());
    expect(sheet.getRange('D20').getValue()).toBe(false);
    expect(sheet.getLastRow()).toBe(20);
  });

  test('requireDate and requireNumberBetween', () => {
    const { g } = setup();
    const b = g.SpreadsheetApp.newDataValidation();
    expect(b.requireDate().build().getCriteriaType()).toBe('DATE_IS_VALID_DATE');
    expect(b.requireNumberBetween(1, 5).build().getCriteriaValues()).toEqual([1, 5]);
  });
});
