import { fillWorkbook } from '../../dev/bulk-data';
import { startAddon } from '../support/addon-harness';
import * as P from '../support/payloads';

/**
 * Apps Script charges per service call, so every contract function must cost the same number of
 * Spreadsheet calls whatever the number of cases. Each function runs once against 50 and once
 * against 5 000 cases of the realistic shape (dev/bulk-data.ts); the per-method call counts must be
 * identical.
 */
type Scenario = [name: string, fn: string, payload: (caseNo: string) => unknown];

const SCENARIOS: Scenario[] = [
  ['new intake', 'saveIntake', () => P.intake()],
  ['reassessment', 'saveAssessment', (caseNo) => P.assessment(caseNo, { kind: 're' })],
  ['new plan', 'savePlan', (caseNo) => P.plan(caseNo)],
  [
    'check with outcomes',
    'recordCheck',
    (caseNo) => P.check(caseNo, { itemOutcomes: [{ itemId: `${caseNo}-P1-1`, outcome: 'extended' }] }),
  ],
  ['closure', 'closeCase', (caseNo) => P.closing(caseNo)],
  ['whole case', 'getCase', (caseNo) => ({ caseNo })],
  ['case list with search', 'listCases', () => ({ query: '김' })],
];

function spreadsheetCalls(
  size: number,
  fn: string,
  payload: (caseNo: string) => unknown,
  growth: { calls: number },
) {
  const h = startAddon();
  const ss = (
    h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActiveSpreadsheet();
  const caseNos = fillWorkbook(ss, size, { today: '2026-03-02' });
  const target = caseNos[Math.floor(caseNos.length / 2)] as string; // an open case
  h.env.counters.reset();
  h.call(fn, payload(target));
  const counts = h.env.counters.snapshot();
  growth.calls = Math.max(growth.calls, counts['Sheet.insertRowsAfter'] ?? 0);
  // Growing a full tab is allowed once per table written (asserted apart): the bulk data leaves
  // no spare rows, a fresh tab has 1 000.
  return Object.fromEntries(
    Object.entries(counts).filter(
      ([key, n]) =>
        n > 0 && key !== 'Sheet.insertRowsAfter' && /^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./.test(key),
    ),
  );
}

describe('Spreadsheet calls do not grow with the number of cases', () => {
  it.each(SCENARIOS)('%s (%s)', (_label, fn, payload) => {
    const growth = { calls: 0 };
    const small = spreadsheetCalls(50, fn, payload, growth);
    const large = spreadsheetCalls(5000, fn, payload, growth);
    expect(large).toEqual(small);
    expect(Object.values(small).reduce((a, b) => a + b, 0)).toBeLessThan(120);
    // At most one growth per table written.
    expect(growth.calls).toBeLessThanOrEqual(small['Range.setValues'] ?? 0);
  });
});
