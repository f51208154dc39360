import { MANAGER, OTHER_MANAGER, startAddon, tabRows, type Harness } from '../support/addon-harness';
import { AUDIT_TAB, INTAKE_TAB, auditLog } from '../support/audit-log';
import { callsDuring, failing, SERVICE_FAILURE, SHEET_WRITE } from '../support/fault-harness';
import * as P from '../support/payloads';
import { startReminders, SUPERVISOR, type ReminderHarness } from '../support/reminders-harness';

/**
 * Decision 0014 built: an owner-only 변경이력, told with two officers. The keeper (MANAGER: who ran
 * 시트 준비·복구 and holds the hourly trigger) writes 변경이력, which setup closes to the keeper and the
 * spreadsheet's owner; the other officer's saves land in 변경이력 접수, and the keeper's hourly run
 * checks each 서명 and moves them. The fakes hold each protection's editors as Google's Protection
 * reference describes (https://developers.google.com/apps-script/reference/spreadsheet/protection).
 */
type Problems = { problems: { table: string; rowNumber: number; problem: string }[] };
type Env = Harness['env'];

function properties(env: Env) {
  return env.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
}

function sheet(env: Env, name: string) {
  const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const tab = app.openById(env.activeSpreadsheetId()).getSheetByName(name);
  if (!tab) throw new Error(`no ${name} tab`);
  return tab;
}

function protectionOf(env: Env, name: string) {
  const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const [protection] = sheet(env, name).getProtections(app.ProtectionType.SHEET);
  if (!protection) throw new Error(`${name} unprotected`);
  return protection;
}

/** What happens when `user` types into a tab by hand: '' when Sheets let it through. */
function handEdit(h: ReminderHarness, user: string, tab: string, row = 2): string {
  h.env.setUser(user);
  try {
    sheet(h.env, tab).getRange(row, 5).setValue('내용을 바꿈');
    return '';
  } catch (error) {
    return String((error as Error).message);
  } finally {
    h.env.setUser(MANAGER);
  }
}

/** A workbook MANAGER set up (the keeper), shared with OTHER_MANAGER, with one case of MANAGER's. */
function team(): { h: ReminderHarness; caseNo: string } {
  const h = startReminders({ now: '2026-03-10 09:00' });
  h.share(OTHER_MANAGER);
  const { caseNo } = h.call('saveIntake', P.intake()) as { caseNo: string };
  return { h, caseNo };
}

const activity = (caseNo: string, content = '안부 전화: 식사 여부 확인') => ({
  caseNo,
  on: '2026-03-09',
  kind: 'emotionalSupport',
  content,
});
const seqs = (rows: Record<string, string>[]) => rows.map((r) => Number(r['순번']));
const healthOf = (h: ReminderHarness) =>
  (h.call('checkDataHealth') as Problems).problems.filter((p) => p.table.startsWith(AUDIT_TAB));

describe('the 변경이력 key in the script properties', () => {
  it('is made there, under the spreadsheet id, by the first save, and not in the document properties', () => {
    const h = startAddon();
    h.call('saveIntake', P.intake());
    const id = h.env.activeSpreadsheetId();
    expect(properties(h.env).getScriptProperties().getProperty(`audit.key.${id}`)).toMatch(/^.{72}$/);
    expect(properties(h.env).getDocumentProperties().getProperty('audit.key')).toBeNull();
  });

  it("an older workbook's key moves unchanged on the next setup, and its sealed rows stay sound", () => {
    const h = startAddon();
    const id = h.env.activeSpreadsheetId();
    h.call('saveIntake', P.intake());
    // As decision 0011 left it: the key in the document's properties only.
    const script = properties(h.env).getScriptProperties();
    const key = script.getProperty(`audit.key.${id}`) as string;
    script.deleteProperty(`audit.key.${id}`);
    properties(h.env).getDocumentProperties().setProperty('audit.key', key);
    h.call('setupWorkbook');
    expect(script.getProperty(`audit.key.${id}`)).toBe(key);
    const { problems } = h.call<Problems>('checkDataHealth');
    expect(problems.filter((p) => p.table.startsWith(AUDIT_TAB))).toEqual([]);
  });
});

describe('setup closes 변경이력 to its keeper', () => {
  it('leaves the keeper and the owner as its only editors, and 접수 warning-only', () => {
    const { h } = team();
    const log = protectionOf(h.env, AUDIT_TAB);
    expect(log.isWarningOnly()).toBe(false);
    expect(log.canDomainEdit()).toBe(false);
    expect(log.getEditors().map((u) => u.getEmail())).toEqual([MANAGER]);
    expect(protectionOf(h.env, INTAKE_TAB).isWarningOnly()).toBe(true);
  });

  it("takes the second officer's save into 접수 while refusing their hand edit of 변경이력 and of its protection", () => {
    const { h, caseNo } = team();
    const before = tabRows(h.env, AUDIT_TAB);
    expect(() => h.callAs(OTHER_MANAGER, 'saveAssessment', P.assessment(caseNo))).not.toThrow();
    expect(tabRows(h.env, AUDIT_TAB)).toEqual(before);
    expect(tabRows(h.env, INTAKE_TAB)).toEqual([
      expect.objectContaining({ 사용자: OTHER_MANAGER, 관리번호: caseNo, 순번: String(before.length + 1) }),
    ]);
    expect(handEdit(h, OTHER_MANAGER, AUDIT_TAB)).toMatch(/protected cell/);
    h.env.setUser(OTHER_MANAGER);
    expect(() => protectionOf(h.env, AUDIT_TAB).setWarningOnly(true)).toThrow(/protected/);
    h.env.setUser(MANAGER);
    // The keeper's own save goes straight to 변경이력, and the keeper may still edit it by hand.
    h.call('recordActivity', activity(caseNo));
    expect(tabRows(h.env, AUDIT_TAB).length).toBeGreaterThan(before.length);
    expect(handEdit(h, MANAGER, AUDIT_TAB)).toBe('');
  });

  it('lets the second officer run 시트 준비·복구 without touching 변경이력, and says who keeps it', () => {
    const { h } = team();
    const before = tabRows(h.env, AUDIT_TAB);
    const report = h.callAs(OTHER_MANAGER, 'setupWorkbook') as { notices: string[] };
    expect(report.notices).toEqual([]);
    expect(tabRows(h.env, AUDIT_TAB)).toEqual(before);
    expect(
      protectionOf(h.env, AUDIT_TAB)
        .getEditors()
        .map((u) => u.getEmail()),
    ).toEqual([MANAGER]);
  });
});

describe("the keeper's hourly run moves 접수 into 변경이력", () => {
  it('checks every 서명, appends in 순번 order, empties 접수, and 데이터 점검 finds nothing', () => {
    const { h, caseNo } = team();
    h.callAs(OTHER_MANAGER, 'saveAssessment', P.assessment(caseNo));
    h.call('recordActivity', activity(caseNo));
    h.callAs(OTHER_MANAGER, 'recordActivity', activity(caseNo, '두 번째 방문'));
    const all = seqs(auditLog(h.env));
    expect(tabRows(h.env, INTAKE_TAB)).toHaveLength(2);
    const result = h.runAt('2026-03-10 10:00') as { auditMove?: unknown };
    expect(result.auditMove).toEqual({ moved: 2, removed: 2, kept: 0 });
    expect(tabRows(h.env, INTAKE_TAB)).toEqual([]);
    expect(seqs(tabRows(h.env, AUDIT_TAB)).sort((a, b) => a - b)).toEqual(all);
    expect(healthOf(h)).toEqual([]);
  });

  it('leaves a row edited in 접수 where it is, and 데이터 점검 names it', () => {
    const { h, caseNo } = team();
    h.callAs(OTHER_MANAGER, 'saveAssessment', P.assessment(caseNo));
    h.callAs(OTHER_MANAGER, 'recordActivity', activity(caseNo));
    expect(handEdit(h, OTHER_MANAGER, INTAKE_TAB, 2)).toBe('');
    expect((h.runAt('2026-03-10 10:00') as { auditMove?: unknown }).auditMove).toEqual({
      moved: 1,
      removed: 1,
      kept: 1,
    });
    expect(tabRows(h.env, INTAKE_TAB)).toHaveLength(1);
    expect(healthOf(h)).toEqual([
      expect.objectContaining({
        table: INTAKE_TAB,
        rowNumber: 2,
        problem: expect.stringMatching(/서명이 맞지 않습니다/),
      }),
    ]);
  });

  it('tells the supervisors and the 대시보드 the same day that a 접수 row was edited, until it is dealt with', () => {
    const { h, caseNo } = team();
    h.setSetting('슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)', SUPERVISOR);
    h.share(SUPERVISOR);
    h.callAs(OTHER_MANAGER, 'saveAssessment', P.assessment(caseNo));
    // Within the hour before the move, the officer rewrites his own entry by hand.
    expect(handEdit(h, OTHER_MANAGER, INTAKE_TAB, 2)).toBe('');
    h.runAt('2026-03-10 10:00');
    const told = /변경이력 접수에 저장된 뒤 손으로 고쳐진\(서명이 맞지 않는\) 기록이 1건/;
    expect(h.mailsTo(SUPERVISOR).at(-1)!.body).toMatch(told);
    expect(h.dashboard().flat().join('\n')).toMatch(told);
    // The next day's summary says it again while the row is still there.
    h.runAt('2026-03-11 10:00');
    expect(h.mailsTo(SUPERVISOR).at(-1)!.body).toMatch(told);
  });

  it('only removes a 접수 row whose 순번 is already in 변경이력 (a run that died half-way)', () => {
    const { h, caseNo } = team();
    h.callAs(OTHER_MANAGER, 'saveAssessment', P.assessment(caseNo));
    const [left] = sheet(h.env, INTAKE_TAB).getRange(2, 1, 1, 7).getValues();
    sheet(h.env, AUDIT_TAB).appendRow(left as unknown[]);
    const moved = tabRows(h.env, AUDIT_TAB);
    expect((h.runAt('2026-03-10 10:00') as { auditMove?: unknown }).auditMove).toEqual({
      moved: 0,
      removed: 1,
      kept: 0,
    });
    expect(tabRows(h.env, AUDIT_TAB)).toEqual(moved);
    expect(tabRows(h.env, INTAKE_TAB)).toEqual([]);
    expect(healthOf(h)).toEqual([]);
  });

  it('costs one script-property read and no sheet read when 접수 is empty', () => {
    const { h, caseNo } = team();
    h.callAs(OTHER_MANAGER, 'saveAssessment', P.assessment(caseNo));
    h.runAt('2026-03-10 10:00');
    h.env.counters.reset();
    expect(h.runAt('2026-03-10 11:00')).toMatchObject({ status: 'alreadyDone' });
    const counts = h.env.counters.snapshot();
    expect(counts['PropertiesService.getScriptProperties']).toBe(1);
    expect(
      Object.keys(counts).filter((key) => /^(Sheet|Range|TextFinder|SpreadsheetsValues)\./.test(key)),
    ).toEqual([]);
  });

  it('works in a time-driven run that has no document properties', () => {
    const h = startAddon({ triggerHasDocument: false, now: '2026-03-10T09:00:00+09:00' });
    const app = h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    app.getActiveSpreadsheet().addEditor(OTHER_MANAGER);
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
    h.env.setUser(OTHER_MANAGER);
    h.call('saveAssessment', P.assessment(caseNo));
    h.env.setUser(MANAGER);
    const [trigger] = h.env.triggers();
    h.env.clock.set('2026-03-10T10:00:00+09:00');
    h.env.newExecution();
    h.env.setExecutionContext('trigger');
    let result: { auditMove?: unknown };
    try {
      result = h.call('runDailyReminders', { authMode: 'FULL', triggerUid: trigger!.id });
    } finally {
      h.env.setExecutionContext('ui');
    }
    expect(result.auditMove).toEqual({ moved: 1, removed: 1, kept: 0 });
    expect(tabRows(h.env, INTAKE_TAB)).toEqual([]);
  });

  it('warns in 데이터 점검 about 접수 rows older than a day, naming who must act', () => {
    const { h, caseNo } = team();
    h.callAs(OTHER_MANAGER, 'saveAssessment', P.assessment(caseNo));
    h.setClock('2026-03-11 10:00');
    expect(healthOf(h)).toEqual([
      expect.objectContaining({
        table: INTAKE_TAB,
        problem: expect.stringMatching(
          /하루 넘게 .*알림을 켠 담당자\(kim\.sw@dong\.example\)의 실행이 한 시간마다 옮깁니다/,
        ),
      }),
    ]);
  });
});

describe('the move when a write fails', () => {
  function pending() {
    const { h, caseNo } = team();
    h.callAs(OTHER_MANAGER, 'saveAssessment', P.assessment(caseNo));
    h.callAs(OTHER_MANAGER, 'recordActivity', activity(caseNo));
    h.call('recordActivity', activity(caseNo, '담당자 방문'));
    h.callAs(OTHER_MANAGER, 'recordActivity', activity(caseNo, '세 번째'));
    // The day's reminders count as sent: the runs below are the move's alone.
    properties(h.env).getDocumentProperties().setProperty('reminders.doneDay', '2026-03-10');
    return { h, all: seqs(auditLog(h.env)) };
  }
  const WRITE = new RegExp(`${SHEET_WRITE.source}|^Properties\\.setProperty$`);
  const clean = pending();
  const writes = callsDuring(clean.h, () => clean.h.runAt('2026-03-10 10:00')).filter((c) => WRITE.test(c));

  it('has writes to fail', () => {
    expect(writes.length).toBeGreaterThan(2);
  });

  it.each(writes.map((call, i) => [i + 1, call] as const))(
    'write %i (%s) failing: the next hour leaves every entry in 변경이력 exactly once',
    (nth) => {
      const { h, all } = pending();
      failing(h, WRITE, nth, 1, SERVICE_FAILURE);
      try {
        h.runAt('2026-03-10 10:00');
      } catch {
        // The run died; the next hour's must mend it.
      } finally {
        h.env.injectFault(null);
      }
      // Nothing lost or doubled meanwhile, across both tabs (a leftover waits to be removed).
      expect([...new Set(seqs(auditLog(h.env)))]).toEqual(all);
      h.runAt('2026-03-10 11:00');
      expect(tabRows(h.env, INTAKE_TAB)).toEqual([]);
      expect(seqs(tabRows(h.env, AUDIT_TAB)).sort((a, b) => a - b)).toEqual(all);
      expect(healthOf(h)).toEqual([]);
    },
  );
});
