import { manifestWithoutSheetsApi, startAddon, type CaseFile, type Harness } from '../support/addon-harness';
import * as P from '../support/payloads';
import { spreadsheetOf } from '../support/robustness-harness';

/**
 * People edit the case sheet by hand between two saves: they sort a tab, insert rows above the data
 * and move a column. The add-on finds each case's rows by searching for them and each column by its
 * header, so the next save and the case view must still be right, and nothing of another case changes.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function sheet(h: Harness, name: string): Sheet {
  return spreadsheetOf(h).getSheetByName(name) as Sheet;
}

/** Sorts a tab's rows below the header by one column, descending, as 데이터 → 시트 정렬 would. */
function sortByHand(tab: Sheet, column: number): void {
  const range = tab.getRange(2, 1, tab.getLastRow() - 1, tab.getLastColumn());
  const values = range.getValues();
  const formats = range.getNumberFormats();
  const order = values
    .map((_, i) => i)
    .sort((a, b) => String(values[b]?.[column]).localeCompare(String(values[a]?.[column])));
  range.setNumberFormats(order.map((i) => formats[i] as string[]));
  range.setValues(order.map((i) => values[i] as unknown[]));
}

/** Swaps two columns, header and all, as dragging a column would. */
function swapColumns(tab: Sheet, a: number, b: number): void {
  const rows = tab.getLastRow();
  const left = tab.getRange(1, a, rows, 1);
  const right = tab.getRange(1, b, rows, 1);
  const [lv, lf, rv, rf] = [
    left.getValues(),
    left.getNumberFormats(),
    right.getValues(),
    right.getNumberFormats(),
  ];
  left.setNumberFormats(rf).setValues(rv);
  right.setNumberFormats(lf).setValues(lv);
}

function planned(h: Harness, name: string): string {
  const { caseNo } = h.call<{ caseNo: string }>(
    'saveIntake',
    P.intake({ client: { name, birthDate: '1950-02-03' } }),
  );
  h.call('saveAssessment', P.assessment(caseNo));
  h.call('recordConference', {
    caseNo,
    kind: 'internalReview',
    heldOn: '2026-03-12',
    decision: 'selected',
    caseType: 'general',
  });
  h.call('recordConsent', {
    caseNo,
    consentedOn: '2026-03-12',
    recipient: '행복종합사회복지관',
    items: '이름',
    purpose: '연계',
    until: '2027-03-12',
    withheld: '',
  });
  h.call('savePlan', P.plan(caseNo));
  return caseNo;
}

// Both ways the add-on reads a case: batched through the advanced Sheets service, and tab by tab
// where that service is not enabled.
describe.each([
  ['with the advanced Sheets service', {}],
  ['without it', { manifest: manifestWithoutSheetsApi() }],
])('hand edits between two saves, %s', (_reading, options) => {
  it('a sorted tab, inserted rows and a moved column lose nothing and misread nothing', () => {
    const h = startAddon(options);
    const first = planned(h, '김하나');
    const second = planned(h, '이둘');
    h.call('recordCheck', P.check(first, { note: '첫 점검' }));
    h.call('recordCheck', P.check(second, { note: '둘째 사례 점검' }));
    const secondBefore = h.call<CaseFile>('getCase', { caseNo: second });

    sortByHand(sheet(h, '계획항목'), 0);
    sortByHand(sheet(h, '점검'), 0);
    const cases = sheet(h, '사례');
    cases.insertRowsBefore(2, 3);
    const ownColumn = cases.getLastColumn() + 1;
    cases.getRange(3, ownColumn).setValue('← 3월 신규');
    swapColumns(cases, 2, 4); // 대상자명 ↔ 연락처
    swapColumns(sheet(h, '점검'), 3, 5);

    h.call(
      'recordCheck',
      P.check(first, {
        note: '정렬 뒤 점검',
        itemOutcomes: [{ itemId: `${first}-P1-2`, outcome: 'achieved' }],
      }),
    );
    const file = h.call<CaseFile>('getCase', { caseNo: first });
    expect(file.client).toMatchObject({ name: '김하나', birthDate: '1950-02-03' });
    expect(file.checks.map((c) => c.note).sort()).toEqual(['정렬 뒤 점검', '첫 점검']);
    const items = file.plans[0]?.items ?? [];
    expect(items.map((i) => i.itemId).sort()).toEqual([`${first}-P1-1`, `${first}-P1-2`]);
    expect(items.find((i) => i.itemId === `${first}-P1-2`)?.outcome).toBe('achieved');
    // The other case reads exactly as before (its version and schedule unchanged too).
    expect(h.call<CaseFile>('getCase', { caseNo: second })).toEqual(secondBefore);
    // The person's own note in the inserted rows is still there.
    expect(cases.getRange(3, ownColumn).getValue()).toBe('← 3월 신규');
  });
});
