import { createGasEnvironment } from '../../../dev/fakes';
import { setup } from './helpers';

describe('toJSON / createGasEnvironment({ state })', () => {
  function populated() {
    const { env, g } = setup({ spreadsheetName: '동 사례관리 테스트' });
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.insertSheet('사례');
    sheet.getRange('A:A').setNumberFormat('@');
    sheet.getRange(1, 1, 3, 4).setValues([
      ['=홍길동', '=1+1', '2026-03-02', 'TRUE'],
      ['010-1234-5678', 42, new Date('2026-03-05T03:00:00Z'), false],
      ['plain', '', '3.5', "'=x"],
    ]);
    sheet.setFrozenRows(1);
    sheet.getRange('B2').setNote('메모');
    sheet.getRange('A1:D1').setFontWeight('bold').setBackground('#eeeeee');
    sheet
      .getRange('D2:D10')
      .setDataValidation(g.SpreadsheetApp.newDataValidation().requireCheckbox().build());
    sheet
      .getRange('E2:E10')
      .setDataValidation(
        g.SpreadsheetApp.newDataValidation().requireDateAfter(new Date('2020-01-01T00:00:00Z')).build(),
      );
    sheet
      .getRange('F2')
      .setDataValidation(
        g.SpreadsheetApp.newDataValidation().requireValueInRange(sheet.getRange('A1:A3')).build(),
      );
    const p = sheet.getRange('A1:D1').protect().setDescription('헤더');
    p.removeEditors(p.getEditors());
    p.addEditor('boss@dong.example');
    const sp = ss.getSheetByName('Sheet1').protect().setWarningOnly(true);
    sp.setUnprotectedRanges([ss.getSheetByName('Sheet1').getRange('B2:C3')]);
    ss.addEditor('manager2@dong.example');
    g.PropertiesService.getDocumentProperties().setProperty('spreadsheetId', ss.getId());
    g.PropertiesService.getScriptProperties().setProperty('version', '1');
    g.PropertiesService.getUserProperties().setProperty('pref', 'x');
    g.ScriptApp.newTrigger('runDailyReminders').timeBased().everyDays(1).atHour(8).create();
    g.MailApp.sendEmail('a@dong.example', '제목', '본문');
    const doc = g.DocumentApp.create('계획서');
    doc.getBody().appendParagraph('제목').setHeading(g.DocumentApp.ParagraphHeading.HEADING1);
    doc.getBody().appendTable([['a', 'b']]);
    const folder = g.DriveApp.createFolder('문서');
    g.DriveApp.getFileById(doc.getId()).moveTo(folder);
    folder.createFile('memo.txt', '메모 내용');
    env.clock.advance(3_600_000);
    return { env, g };
  }

  test('the state survives a JSON round trip exactly', () => {
    const { env } = populated();
    const saved = JSON.parse(JSON.stringify(env.toJSON()));
    const restored = createGasEnvironment({ state: saved });
    expect(restored.toJSON()).toEqual(saved);
    expect(restored.clock.now().toISOString()).toBe('2026-03-02T01:00:00.000Z');
  });

  test('restored values, formulas, formats, dates and protections behave as before', () => {
    const { env } = populated();
    const restored = createGasEnvironment({ state: JSON.parse(JSON.stringify(env.toJSON())) });
    const g = restored.globals as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getName()).toBe('동 사례관리 테스트');
    const sheet = ss.getSheetByName('사례');
    const values = sheet.getRange(1, 1, 3, 4).getValues();
    expect(values[0]).toEqual(['=홍길동', 2, expect.any(Date), true]);
    expect((values[0][2] as Date).toISOString()).toBe('2026-03-01T15:00:00.000Z');
    expect((values[1][2] as Date).toISOString()).toBe('2026-03-05T03:00:00.000Z');
    expect(values[2]).toEqual(['plain', '', 3.5, '=x']);
    expect(sheet.getRange('B1').getFormula()).toBe('=1+1');
    expect(sheet.getRange('A5').getNumberFormat()).toBe('@');
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange('B2').getNote()).toBe('메모');
    expect(sheet.getRange('D5').getValue()).toBe(false);
    expect(sheet.getRange('E3').getDataValidation().getCriteriaValues()[0]).toEqual(
      new Date('2020-01-01T00:00:00Z'),
    );
    expect(sheet.getRange('F2').getDataValidation().getCriteriaValues()[0].getA1Notation()).toBe('A1:A3');
    const [p] = ss.getProtections('RANGE');
    expect(p.getDescription()).toBe('헤더');
    expect(p.getEditors().map((u: { getEmail(): string }) => u.getEmail())).toEqual([
      'manager1@dong.example',
      'boss@dong.example',
    ]);
    expect(ss.getProtections('SHEET')[0].getUnprotectedRanges()[0].getA1Notation()).toBe('B2:C3');
    expect(g.PropertiesService.getDocumentProperties().getProperty('spreadsheetId')).toBe(ss.getId());
    expect(g.PropertiesService.getUserProperties().getProperty('pref')).toBe('x');
    expect(restored.triggers()).toHaveLength(1);
    expect(restored.mails()).toHaveLength(1);
    expect(g.MailApp.getRemainingDailyQuota()).toBe(99);
    const [doc] = restored.documents();
    expect(doc?.text).toBe('\n제목\na\nb');
    expect(g.DocumentApp.openById(doc?.id).getBody().getChild(1).getHeading()).toBe('HEADING1');
    const folder = g.DriveApp.getFoldersByName('문서').next();
    const names: string[] = [];
    const files = folder.getFiles();
    while (files.hasNext()) names.push(files.next().getName());
    expect(names.sort()).toEqual(['memo.txt', '계획서']);
  });

  test('dates are encoded as { $date } and formulas by A1', () => {
    const { env } = populated();
    const sheet = env.toJSON().spreadsheets[0]?.sheets.find((s) => s.name === '사례');
    expect(sheet?.values[1]?.[2]).toEqual({ $date: '2026-03-05T03:00:00.000Z' });
    expect(sheet?.formulas).toEqual({ B1: '=1+1' });
  });

  test('dumpSpreadsheet gives display values for the preview', () => {
    const { env } = populated();
    const dump = env.dumpSpreadsheet();
    const sheet = dump.sheets.find((s) => s.name === '사례');
    expect(sheet?.values[0]).toEqual(['=홍길동', '2', '2026-03-02', 'TRUE']);
    expect(sheet?.values[2]).toEqual(['plain', '', '3.5', '=x']);
  });
});
