import { startAddon, workbookState, type Harness } from '../support/addon-harness';
import * as P from '../support/payloads';

/** The menu's 시트 준비·복구 tells the person what it did, in a dialog they close with 확인. */
function runFromMenu(h: Harness): { title?: string; prompt: string } {
  const before = h.env.ui.alerts.length;
  const menu = h.env.ui.menus.at(-1)!;
  const item = menu.items.find((i) => 'caption' in i && i.caption === '시트 준비·복구');
  if (!item || !('functionName' in item)) throw new Error('no 시트 준비·복구 in the menu');
  h.call(item.functionName);
  expect(h.env.ui.alerts).toHaveLength(before + 1);
  return h.env.ui.alerts.at(-1)!;
}

function sheet(h: Harness, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const app = h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return app.getActiveSpreadsheet().getSheetByName(name)!;
}

describe('시트 준비·복구 from the menu', () => {
  it('on a new spreadsheet lists the tabs it made and says nothing was hidden', () => {
    const h = startAddon({ setup: false });
    h.call('onOpen', {});
    const alert = runFromMenu(h);
    expect(alert.title).toBe('시트 준비·복구');
    expect(alert.prompt).toMatch(/^새로 만든 탭 \d+개: 사례, 초기상담, /);
    expect(alert.prompt).toContain('있던 내용은 지우거나 숨기지 않았습니다.');
    expect(h.call<{ ready: boolean }>('getSetupStatus', {}).ready).toBe(true);
  });

  it('run again on a sound workbook says there was nothing to fix and changes nothing', () => {
    const h = startAddon();
    h.call('onOpen', {});
    h.call('saveIntake', P.intake({ intakeDate: '2027-05-31' }));
    const before = workbookState(h.env);
    const alert = runFromMenu(h);
    expect(alert.prompt.split('\n')[0]).toMatch(
      /^고칠 것이 없었습니다\. 탭 \d+개와 머리글이 모두 제자리에 있습니다\.$/,
    );
    expect(workbookState(h.env)).toBe(before);
  });

  it('names the renamed tab it recognised, the tab it made again and the column it added', () => {
    const h = startAddon();
    h.call('onOpen', {});
    h.call('saveIntake', P.intake({ intakeDate: '2027-05-31' }));
    sheet(h, '사례').setName('사례 목록 (2027)');
    const app = h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    app.getActiveSpreadsheet().deleteSheet(sheet(h, '권익옹호'));
    const checks = sheet(h, '점검');
    const header = checks.getRange(1, 1, 1, checks.getLastColumn()).getValues()[0]!.map(String);
    checks.deleteColumn(header.indexOf('점검 내용') + 1);

    const lines = runFromMenu(h).prompt.split('\n');
    expect(lines).toContain('새로 만든 탭 1개: 권익옹호');
    expect(lines).toContain('이름을 되돌린 탭: 사례 목록 (2027) → 사례');
    expect(lines).toContain('빠져 있어 맨 오른쪽에 추가한 열: 점검!점검 내용');
    expect(lines).toContain('있던 내용은 지우거나 숨기지 않았습니다.');
    expect(h.call<{ cases: unknown[] }>('listCases', {}).cases).toHaveLength(1);
  });

  it('when a repair would be a guess, says what it found and that it changed nothing', () => {
    const h = startAddon();
    h.call('onOpen', {});
    h.call('saveIntake', P.intake({ intakeDate: '2027-05-31' }));
    const cases = sheet(h, '사례');
    const header = cases.getRange(1, 1, 1, cases.getLastColumn()).getValues()[0]!.map(String);
    cases.getRange(1, header.indexOf('연락처') + 1).setValue('전화번호');
    const before = workbookState(h.env);
    const alert = runFromMenu(h);
    expect(alert.prompt).toMatch(/^시트 준비·복구를 멈췄습니다\. 아무것도 바꾸지 않았습니다\./);
    expect(alert.prompt).toMatch(/'전화번호'.*'연락처'/);
    expect(workbookState(h.env)).toBe(before);
  });
});
