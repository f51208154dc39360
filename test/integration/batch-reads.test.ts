import { manifestWithoutSheetsApi, startAddon, workbookState, type Harness } from '../support/addon-harness';
import * as P from '../support/payloads';

/**
 * A case is read in one batch through the advanced Sheets service where appsscript.json enables it,
 * and tab by tab where it is missing (an administrator may disable it) or its call fails. An official
 * must not be able to tell: the same saves leave the same sheet and show the same case file.
 */
function lifecycle(h: Harness): string {
  const { caseNo } = h.call<{ caseNo: string }>(
    'saveIntake',
    P.intake({ client: { name: '박셋', birthDate: '1948-11-30' } }),
  );
  h.call('saveAssessment', P.assessment(caseNo));
  h.call('recordConference', {
    caseNo,
    kind: 'internalReview',
    heldOn: '2026-03-12',
    decision: 'selected',
    caseType: 'general',
  });
  h.call('savePlan', P.plan(caseNo));
  h.call('recordCheck', P.check(caseNo, { note: '방문 점검' }));
  return caseNo;
}

function run(options: Parameters<typeof startAddon>[0], prepare?: (h: Harness) => void) {
  const h = startAddon(options);
  prepare?.(h);
  const caseNo = lifecycle(h);
  h.env.counters.reset();
  const file = h.call('getCase', { caseNo });
  const calls = h.env.counters.snapshot();
  // Each workbook seals its 변경이력 under its own key (decision 0011): the seals differ, the rest may not.
  return { file, sheet: workbookState(h.env).replace(/[A-Za-z0-9+/]{43}=/g, ''), calls };
}

describe('reading a case, batched or tab by tab', () => {
  const batched = run({});
  const byTab = run({ manifest: manifestWithoutSheetsApi() });

  it('the case file and the sheet are the same both ways', () => {
    expect(batched.file).toEqual(byTab.file);
    expect(batched.sheet).toEqual(byTab.sheet);
    expect(batched.file).toMatchObject({ client: { name: '박셋', birthDate: '1948-11-30' } });
  });

  it('batched, opening the case is three batch reads, one search and no read per tab', () => {
    // Headers and settings; the 사례 row (found by the one search); the rows its 행 위치 names.
    expect(batched.calls['SpreadsheetsValues.batchGet']).toBe(3);
    expect(batched.calls['TextFinder.findAll']).toBe(1);
    expect(batched.calls['Range.getValues'] ?? 0).toBe(0);
    expect(byTab.calls['SpreadsheetsValues.batchGet'] ?? 0).toBe(0);
    expect(byTab.calls['Range.getValues']).toBeGreaterThan(10);
  });

  it('a failing batch call falls back to reading tab by tab, with the same result', () => {
    const failing = run({}, (h) =>
      h.env.injectFault((call) =>
        call === 'SpreadsheetsValues.batchGet'
          ? 'API call to sheets.spreadsheets.values.batchGet failed with error: Internal error encountered.'
          : null,
      ),
    );
    expect(failing.file).toEqual(byTab.file);
    expect(failing.sheet).toEqual(byTab.sheet);
  });

  it('in a spreadsheet set to another time zone, dates read the same both ways', () => {
    const newYork = (h: Harness) =>
      (h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
        .getActiveSpreadsheet()
        .setSpreadsheetTimeZone('America/New_York');
    const a = run({}, newYork);
    const b = run({ manifest: manifestWithoutSheetsApi() }, newYork);
    expect(a.file).toEqual(b.file);
    expect(a.file).toMatchObject({ client: { birthDate: '1948-11-30' } });
  });
});

describe.each([
  ['batched', {}],
  ['tab by tab', { manifest: manifestWithoutSheetsApi() }],
])('a save returns the case as it now stands (%s)', (_reading, options) => {
  it('recordCheck and closeCase return exactly the file getCase then shows', () => {
    const h = startAddon(options);
    const caseNo = lifecycle(h);
    const checked = h.call<{ case?: unknown }>('recordCheck', P.check(caseNo, { note: '두 번째 점검' }));
    expect(checked.case).toEqual(h.call('getCase', { caseNo }));
    expect(checked.case).toMatchObject({
      checks: expect.arrayContaining([expect.objectContaining({ note: '두 번째 점검' })]),
    });
    const closed = h.call<{ case?: unknown }>('closeCase', P.closing(caseNo));
    expect(closed.case).toEqual(h.call('getCase', { caseNo }));
  });
});
