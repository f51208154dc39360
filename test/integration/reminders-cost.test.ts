import { fillWorkbook } from '../../dev/bulk-data';
import { OTHER_MANAGER } from '../support/addon-harness';
import { startReminders, SUPERVISOR } from '../support/reminders-harness';

/**
 * The daily run and the sidebar's 오늘 할 일 read each table in one call and write the log and the
 * dashboard in a constant number of calls: the same Spreadsheet calls at 50 and at 5 000 cases.
 * Mail calls scale with the number of managers (three in the bulk data, the same at both sizes).
 */
const SPREADSHEET = /^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./;

function calls(size: number, run: (h: ReturnType<typeof startReminders>) => unknown) {
  const h = startReminders();
  const ss = (
    h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActiveSpreadsheet();
  fillWorkbook(ss, size, { today: '2026-03-04' });
  h.share(OTHER_MANAGER, 'park.sw@dong.example');
  h.setSetting('슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)', SUPERVISOR);
  h.env.counters.reset();
  const result = run(h);
  const counts = h.env.counters.snapshot();
  return {
    result,
    spreadsheet: Object.fromEntries(
      Object.entries(counts).filter(([key, n]) => n > 0 && SPREADSHEET.test(key)),
    ),
    mail: counts['MailApp.sendEmail'] ?? 0,
  };
}

/**
 * A date cell that is not midnight at UTC+9, such as a birth date from a year Seoul's clock was not
 * UTC+9 (1948–61, 1987–88: many among 5 000 bulk cases, none among the first 50), makes a table ask
 * the spreadsheet's time zone, once per read (src/db/table.ts dayOf): a lookup that follows the
 * data, never its size. The rest must be the same call for call.
 */
const ZONE_LOOKUP = ['Sheet.getParent', 'Spreadsheet.getSpreadsheetTimeZone'];

function expectSameCalls(large: Record<string, number>, small: Record<string, number>) {
  const rest = (counts: Record<string, number>) =>
    Object.fromEntries(Object.entries(counts).filter(([key]) => !ZONE_LOOKUP.includes(key)));
  expect(rest(large)).toEqual(rest(small));
  for (const key of ZONE_LOOKUP) expect(large[key] ?? 0).toBeLessThanOrEqual(1);
}

describe('reminder costs do not grow with the number of cases', () => {
  it('runDailyReminders (time-driven trigger)', () => {
    const small = calls(50, (h) => h.runAt('2026-03-04 10:00'));
    const large = calls(5000, (h) => h.runAt('2026-03-04 10:00'));
    expect(small.result).toMatchObject({ status: 'done', sent: 4 });
    expect(large.result).toMatchObject({ status: 'done', sent: 4 });
    expectSameCalls(large.spreadsheet, small.spreadsheet);
    if (process.env.SHOW_COSTS) console.log(small.spreadsheet);
    // 82 calls: the 활동기록 tab read for the due rules (issue 14) added one getSheetByName,
    // getDataRange and getValues to the 79 before. 88: the 대시보드 is read before it is rewritten
    // (values, formats, weights, backgrounds), to put it back should the rewrite fail (issue 12).
    expect(Object.values(small.spreadsheet).reduce((a, b) => a + b, 0)).toBeLessThan(91);
    // One digest per manager and one summary: nothing per case.
    expect(small.mail).toBe(4);
    expect(large.mail).toBe(4);
  });

  it('a second run the same day reads nothing at all', () => {
    const { spreadsheet } = calls(50, (h) => {
      h.runAt('2026-03-04 10:00');
      h.env.counters.reset();
      return h.runAt('2026-03-04 11:00');
    });
    // Finding the sheet (no active one in a trigger, so opened by id), then one property read for
    // the day and one, keyed by the sheet's id, for 변경이력 접수 (decision 0014: empty, nothing to move).
    expect(spreadsheet).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'SpreadsheetApp.openById': 1,
      'Spreadsheet.getId': 1,
    });
  });

  it('getTodayList (sidebar)', () => {
    const small = calls(50, (h) => h.call('getTodayList', { scope: 'all' }));
    const large = calls(5000, (h) => h.call('getTodayList', { scope: 'all' }));
    expectSameCalls(large.spreadsheet, small.spreadsheet);
    expect(Object.values(small.spreadsheet).reduce((a, b) => a + b, 0)).toBeLessThan(40);
    expect(large.mail).toBe(0);
  });
});
