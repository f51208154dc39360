import { AUTH, setup, thrown } from './helpers';

/**
 * The advanced Sheets service's values.batchGet as its REST reference describes it
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet).
 */
const WITH_SHEETS = {
  oauthScopes: [`${AUTH}spreadsheets`],
  dependencies: { enabledAdvancedServices: [{ userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' }] },
};

function workbook(manifest: object = WITH_SHEETS) {
  const { env, g } = setup({ manifest, now: '2026-03-04T10:00:00+09:00' });
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet('점검');
  sheet.getRange(1, 1, 3, 3).setValues([
    ['관리번호', '점검일', '완료'],
    ['행복-1', new Date('2026-03-02T00:00:00+09:00'), true],
    ['행복-2', '', ''],
  ]);
  sheet.getRange('B2').setNumberFormat('yyyy-mm-dd');
  return { env, g, ss, sheet };
}

describe('Sheets.Spreadsheets.Values.batchGet (fake)', () => {
  it('exists only when appsscript.json enables the service', () => {
    expect(workbook().g.Sheets).toBeDefined();
    expect(workbook({ oauthScopes: [`${AUTH}spreadsheets`] }).g.Sheets).toBeUndefined();
  });

  it('returns every range in order, leaving out empty trailing cells and rows', () => {
    const { g, ss } = workbook();
    const reply = g.Sheets.Spreadsheets.Values.batchGet(ss.getId(), {
      ranges: ["'점검'!1:5", "'점검'!A3:C3", "'점검'!E1:F2"],
      valueRenderOption: 'UNFORMATTED_VALUE',
    });
    expect(reply.valueRanges.map((r: { range: string }) => r.range)).toEqual([
      "'점검'!A1:Z5",
      "'점검'!A3:C3",
      "'점검'!E1:F2",
    ]);
    const [top, third, empty] = reply.valueRanges;
    expect(top.values).toHaveLength(3);
    expect(top.values[2]).toEqual(['행복-2']);
    expect(third.values).toEqual([['행복-2']]);
    expect(empty.values).toBeUndefined();
  });

  it('renders dates as serial numbers, or as displayed; values as typed or as displayed', () => {
    const { g, ss } = workbook();
    const get = (options: object) =>
      g.Sheets.Spreadsheets.Values.batchGet(ss.getId(), { ranges: ["'점검'!A2:C2"], ...options })
        .valueRanges[0].values[0];
    // 2026-03-02 is 46083 days after 1899-12-30.
    expect(get({ valueRenderOption: 'UNFORMATTED_VALUE' })).toEqual(['행복-1', 46083, true]);
    expect(get({ valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'FORMATTED_STRING' })).toEqual(
      ['행복-1', '2026-03-02', true],
    );
    expect(get({})).toEqual(['행복-1', '2026-03-02', 'TRUE']);
  });

  it('a whole sheet by its name alone; a missing sheet or a range past the grid fails the call', () => {
    const { g, ss } = workbook();
    const values = g.Sheets.Spreadsheets.Values;
    expect(values.batchGet(ss.getId(), { ranges: ["'점검'"] }).valueRanges[0].values).toHaveLength(3);
    expect(thrown(() => values.batchGet(ss.getId(), { ranges: ["'없는 탭'!A1:B2"] }))).toMatch(
      /API call to sheets.spreadsheets.values.batchGet failed with error: Unable to parse range/,
    );
    expect(thrown(() => values.batchGet(ss.getId(), { ranges: ["'점검'!A1:A5000"] }))).toMatch(
      /exceeds grid limits/,
    );
  });

  it('needs an authorised run and one of the scopes the reference lists', () => {
    const { g, ss, env } = workbook({ ...WITH_SHEETS, oauthScopes: [`${AUTH}spreadsheets.currentonly`] });
    expect(
      thrown(() => g.Sheets.Spreadsheets.Values.batchGet(ss.getId(), { ranges: ["'점검'!A1"] })),
    ).toMatch(/You do not have permission to call SpreadsheetsValues.batchGet/);
    env.setAuthMode('LIMITED');
    expect(
      thrown(() => g.Sheets.Spreadsheets.Values.batchGet(ss.getId(), { ranges: ["'점검'!A1"] })),
    ).toMatch(/permission/);
  });
});
