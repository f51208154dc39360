import { startAddon, workbookState } from '../support/addon-harness';
import { callsDuring, failing, run, SERVICE_FAILURE, SHEET_WRITE } from '../support/fault-harness';
import { isReadableKorean } from '../support/robustness-harness';

/**
 * 시트 준비·복구 when one of its Sheets writes fails: every one of them in turn, not a sample. The
 * write fails twice, so setup's own retry (if any) fails too. What the person may see: a Korean
 * message (or nothing, when the run got past it), and running 시트 준비·복구 once more gives the
 * workbook that a setup that never failed gives, with no second tab or header.
 */
/** Times and the 변경이력's seals differ between two workbooks; nothing else may. */
const comparable = (text: string) =>
  text.replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/g, '').replace(/[A-Za-z0-9+/]{43}=/g, '');

describe('시트 준비·복구 of a new spreadsheet when a Sheets write fails', () => {
  const fresh = startAddon({ setup: false });
  const writes = callsDuring(fresh, () => fresh.call('setupWorkbook')).filter((c) => SHEET_WRITE.test(c));
  const expected = comparable(workbookState(fresh.env));

  it('makes many Sheets writes', () => {
    expect(writes.length).toBeGreaterThan(100);
  });

  it(`each of its ${writes.length} writes failing twice: a Korean message, and setup run again gives the whole workbook`, () => {
    const problems: string[] = [];
    for (let nth = 1; nth <= writes.length; nth++) {
      const h = startAddon({ setup: false });
      failing(h, SHEET_WRITE, nth, 2, SERVICE_FAILURE);
      const message = run(h, 'setupWorkbook');
      if (message !== '' && !isReadableKorean(message))
        problems.push(`${writes[nth - 1]} (#${nth}): message ${JSON.stringify(message)}`);
      const repair = run(h, 'setupWorkbook');
      if (repair !== '')
        problems.push(`${writes[nth - 1]} (#${nth}): the repair said ${JSON.stringify(repair)}`);
      else if (comparable(workbookState(h.env)) !== expected)
        problems.push(`${writes[nth - 1]} (#${nth}): the repaired workbook differs`);
    }
    expect(problems).toEqual([]);
  });
});
