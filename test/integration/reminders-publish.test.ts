import { startReminders } from '../support/reminders-harness';
import { resource } from '../support/resources-harness';

type Run = {
  status: string;
  resources?: { published: { count: number; spreadsheetId: string } | null; skipped?: string };
};

/** The daily trigger also republishes the partners' resource list when 설정 asks for it, once a day. */
describe('publishing resources on the daily trigger', () => {
  it('publishes after the day’s reminders when switched on, and only once that day', () => {
    const h = startReminders();
    h.call('saveResource', resource({ name: '행복 푸드뱅크', shareable: true }));
    h.setSetting('협력기관 공유 이메일 (쉼표로 구분)', 'partner@welfare.example');
    h.setSetting('자원 목록 매일 자동 게시 (예/아니오)', '예');
    const first = h.runAt('2026-03-03 09:00') as Run;
    expect(first.status).toBe('done');
    expect(first.resources?.published?.count).toBe(1);
    const partner = (h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(
      first.resources!.published!.spreadsheetId,
    );
    expect(JSON.stringify(partner.getSheets().map((s) => s.getDataRange().getValues()))).toContain(
      '행복 푸드뱅크',
    );
    const again = h.runAt('2026-03-03 10:00') as Run;
    expect(again.resources?.published ?? null).toBeNull();
  });

  it('leaves the partner list alone when daily publishing is off', () => {
    const h = startReminders();
    h.call('saveResource', resource({ name: '행복 푸드뱅크', shareable: true }));
    const run = h.runAt('2026-03-03 09:00') as Run;
    expect(run.resources?.published).toBeNull();
    expect(run.resources?.skipped).toContain('꺼져');
  });
});
