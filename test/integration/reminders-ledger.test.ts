/**
 * The daily reminders' growing state lives in the 발송기록 tab, not in document properties (9 KB a
 * value): with dozens of hand-typed 담당 values, long ones included, every run still finishes, the
 * property stays small, and a later run the same day repeats nothing.
 */
import { MANAGER } from '../support/addon-harness';
import { caseInService, sentLog, startReminders, type ReminderHarness } from '../support/reminders-harness';

/** A case due for its yearly reassessment on 2026-03-03, copied `count` times with hand-typed 담당 values. */
function manyOwners(h: ReminderHarness, owners: string[]) {
  caseInService(h, {
    intake: '2025-02-20',
    assessed: '2025-03-03',
    selected: '2025-03-05',
    planned: '2025-03-10',
    checks: ['2026-02-24'],
  });
  const app = h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const cases = app.openById(h.env.activeSpreadsheetId()).getSheetByName('사례')!;
  const [header, first] = cases.getRange(1, 1, 2, cases.getLastColumn()).getValues() as unknown[][];
  const caseNoAt = header!.indexOf('관리번호');
  const ownerAt = header!.indexOf('담당 사례관리자');
  const copies = owners.map((owner, i) => {
    const row = [...first!];
    row[caseNoAt] = `행복-2026-${String(100 + i).padStart(4, '0')}`;
    row[ownerAt] = owner;
    return row;
  });
  cases.getRange(3, 1, copies.length, header!.length).setNumberFormat('@').setValues(copies);
}

function ledgerProperty(h: ReminderHarness): string {
  const service = h.env.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
  return service.getDocumentProperties().getProperty('reminders.ledger') ?? '';
}

describe.each([
  ['45 hand-typed 담당 values', Array.from({ length: 45 }, (_, i) => `김담당${i} 주무관 (2층 복지팀)`)],
  [
    '60 long hand-typed addresses',
    Array.from(
      { length: 60 },
      (_, i) => `행복동 주민센터 맞춤형복지팀 사례관리 담당 주무관 ${i}번 (내선 12${i}) 휴가 중에는 팀장님께`,
    ),
  ],
])('with %s', (_, owners) => {
  it('every run finishes, the property stays small, and nothing is repeated', () => {
    const h = startReminders();
    manyOwners(h, owners);
    const first = h.runAt('2026-03-04 10:00');
    expect(first).toMatchObject({ status: expect.stringMatching(/done|partial/) });
    expect(Buffer.byteLength(ledgerProperty(h), 'utf8')).toBeLessThan(9 * 1024);
    const notAllowed = sentLog(h).filter((r) => r['상태'] === '미발송: 주소 확인 필요');
    expect(notAllowed).toHaveLength(owners.length);
    expect(h.mailsTo(MANAGER)).toHaveLength(1);

    const later = h.runAt('2026-03-04 11:00');
    expect(later).not.toMatchObject({ status: 'failed' });
    expect(sentLog(h).filter((r) => r['상태'] === '미발송: 주소 확인 필요')).toHaveLength(owners.length);
    expect(h.mailsTo(MANAGER)).toHaveLength(1);
  });
});
