import { fillWorkbook } from '../../dev/bulk-data';
import { startAddon } from '../support/addon-harness';
import * as P from '../support/payloads';

/**
 * Apps Script charges per service call and per cell moved, so every contract function must cost the
 * same number of Spreadsheet calls whatever the number of cases, and what an action on one case reads
 * must follow that case, not the workbook. Each function runs once against 1 200 and once against
 * 5 000 cases of the realistic shape (dev/bulk-data.ts; both past the unticked checkbox rows a new
 * tab starts with, which an append skips in a few extra reads); the per-method call counts must be
 * identical and the cells read may not grow.
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
/** The list reads the 사례 tab whole by design; everything else is about one case. */
const WHOLE_TABLE_READERS = new Set(['listCases']);

function spreadsheetCalls(
  size: number,
  fn: string,
  payload: (caseNo: string) => unknown,
  growth: { calls: number },
  cells: { read: number[] },
) {
  const h = startAddon();
  const ss = (
    h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActiveSpreadsheet();
  const caseNos = fillWorkbook(ss, size, { today: '2026-03-02' });
  const target = caseNos[Math.floor(caseNos.length / 2)] as string; // an open case
  // The first intake after a bulk fill has no remembered 관리번호 and reads the column once; measure the next.
  if (fn === 'saveIntake') h.call(fn, payload(target));
  h.env.counters.reset();
  h.call(fn, payload(target));
  const counts = h.env.counters.snapshot();
  cells.read.push(h.env.counters.cells().read);
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
    const cells = { read: [] as number[] };
    const small = spreadsheetCalls(1200, fn, payload, growth, cells);
    const large = spreadsheetCalls(5000, fn, payload, growth, cells);
    // A case's rows are read in blocks; rows further apart in a bigger workbook may take a few more
    // block reads, never more than the case has rows. The target cases differ too: one has two
    // 권익옹호 acts, the other one, and each block the batch read names takes a (local) getName.
    // Everything else is identical.
    const blockReads = ['Range.getValues', 'Sheet.getRange', 'Sheet.getName'];
    const without = (counts: Record<string, number>) =>
      Object.fromEntries(Object.entries(counts).filter(([key]) => !blockReads.includes(key)));
    expect(without(large)).toEqual(without(small));
    expect(large['Range.getValues'] ?? 0).toBeLessThanOrEqual((small['Range.getValues'] ?? 0) * 1.5);
    const [readSmall = 0, readLarge = 0] = cells.read;
    if (!WHOLE_TABLE_READERS.has(fn)) expect(readLarge).toBeLessThanOrEqual(readSmall * 1.1 + 100);
    // Counted calls include the free ones that only build a range or a search (getRange, getRow…).
    expect(Object.values(small).reduce((a, b) => a + b, 0)).toBeLessThan(160);
    // At most one growth per table written.
    expect(growth.calls).toBeLessThanOrEqual(small['Range.setValues'] ?? 0);
  });
});
