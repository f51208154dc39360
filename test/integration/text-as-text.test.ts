import { startAddon } from '../support/addon-harness';
import * as P from '../support/payloads';

/** What a person typed comes back unchanged, and no cell anywhere holds a formula. */
describe('typed text is stored as text', () => {
  const tricky = {
    name: '=HYPERLINK("http://evil.example","클릭")',
    birthDate: '1951-02-03',
    phone: '01000001234',
    address: '2026-01-02',
    household: "+82 10 0000 0000, -독거-, 'quoted', 1,000",
  };

  it('round-trips formula-like, number-like and date-like text exactly', () => {
    const h = startAddon();
    const { caseNo } = h.call<{ caseNo: string }>(
      'saveIntake',
      P.intake({ client: tricky, presentingProblem: '@멘션 =1+1' }),
    );
    const file = h.call<{ client: typeof tricky; intake: { presentingProblem: string } }>('getCase', {
      caseNo,
    });
    expect(file.client).toEqual(tricky);
    expect(file.intake.presentingProblem).toBe('@멘션 =1+1');
    for (const sheet of h.env.toJSON().spreadsheets[0]!.sheets) {
      expect(Object.keys(sheet.formulas ?? {})).toEqual([]);
    }
  });

  it('keeps the leading zero and hyphens of a phone number in the sheet itself', () => {
    const h = startAddon();
    h.call('saveIntake', P.intake({ client: { ...tricky, name: '홍길동' } }));
    const cases = h.env.dumpSpreadsheet().sheets.find((s) => s.name === '사례')!;
    const phoneColumn = cases.values[0]!.indexOf('연락처');
    expect(cases.values[1]![phoneColumn]).toBe('01000001234');
  });
});

describe('a value typed by hand that the add-on cannot read', () => {
  it('is reported and kept as typed when the case is saved again', () => {
    const h = startAddon();
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
    const ss = (
      h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActiveSpreadsheet();
    const cases = ss.getSheetByName('사례')!;
    const header = cases.getRange(1, 1, 1, cases.getLastColumn()).getValues()[0]!.map(String);
    const birth = cases.getRange(2, header.indexOf('생년월일') + 1);
    birth.setNumberFormat('@').setValue('1948년 5월쯤');
    h.call('saveAssessment', P.assessment(caseNo));
    expect(birth.getValue()).toBe('1948년 5월쯤');
    expect(h.call<{ problems: { column: string }[] }>('getCase', { caseNo }).problems[0]!.column).toBe(
      '생년월일',
    );
  });
});
