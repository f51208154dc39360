import { MANAGER, OTHER_MANAGER, startAddon, type Harness } from '../support/addon-harness';
import { COMMANDS, OUTWARD_COMMANDS, preparedFor } from '../support/commands';
import * as P from '../support/payloads';
import { auditLog, runKeeperHour } from '../support/audit-log';
import { checkRefusal, spreadsheetOf } from '../support/robustness-harness';

/**
 * The audit log (변경이력) says who did what, and when: no change without a named person, reading a
 * case file is logged as 열람 (one appended row, no read of the log), switching the reminders is
 * logged, and only the 복지팀장 may reassign, decide approvals, switch reminders and change settings.
 */
const SUPERVISOR = 'park.tl@dong.example';

function staff(h: Harness, rows: string[][]): void {
  const sheet = spreadsheetOf(h).getSheetByName('직원')!;
  sheet.getRange(2, 1, rows.length, 4).setNumberFormat('@').setValues(rows);
}

// Both audit tabs as one log: a second officer's entries wait in 변경이력 접수 (decision 0014).
const audit = (h: Harness) => auditLog(h.env);

describe('a change nobody can be named for', () => {
  it.each(COMMANDS.map((c) => [c.fn, c] as const))(
    '%s without an identified user is refused and writes nothing',
    (fn, command) => {
      const { h, caseNo } = preparedFor(startAddon, command);
      const payload = command.payload(h, caseNo);
      h.env.setUser('');
      const outcome = checkRefusal(h, fn, payload);
      expect(outcome.problem).toBeUndefined();
      expect(outcome.message).toMatch(/누가 저장하는지 Google이 알려 주지 않아/);
    },
  );
});

describe('a change beyond the case sheet nobody can be named for', () => {
  it.each(OUTWARD_COMMANDS.filter((c) => c.fn !== 'previewResourceImport').map((c) => [c.name, c] as const))(
    '%s without an identified user is refused and writes nothing, in Drive or the partners’ sheet',
    (_name, command) => {
      const h = startAddon();
      const payload = command.prepare(h);
      h.env.setUser('');
      const outcome = checkRefusal(h, command.fn, payload);
      expect(outcome.problem).toBeUndefined();
      expect(outcome.message).toMatch(/누가 저장하는지 Google이 알려 주지 않아/);
    },
  );
});

describe('열람: reading a case file is logged', () => {
  it('getCase appends one 열람 row with who and when', () => {
    const h = startAddon();
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
    const before = audit(h).length;
    h.env.setUser(OTHER_MANAGER);
    h.call('getCase', { caseNo });
    const added = audit(h).slice(before);
    expect(added).toEqual([
      {
        일시: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
        사용자: OTHER_MANAGER,
        관리번호: caseNo,
        작업: '열람',
        내용: '',
        순번: expect.stringMatching(/^\d+$/),
        서명: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/),
      },
    ]);
  });

  it('costs the same with a long log: the log is appended to, never read', () => {
    const h = startAddon();
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
    const measure = () => {
      h.env.counters.reset();
      h.call('getCase', { caseNo });
      return h.env.counters.cells().read;
    };
    const short = measure();
    const sheet = spreadsheetOf(h).getSheetByName('변경이력')!;
    const filler = Array.from({ length: 5000 }, (_, i) => [
      '2026-01-01 09:00:00',
      MANAGER,
      `행복-2025-${String(i).padStart(4, '0')}`,
      '점검',
      '',
    ]);
    const first = sheet.getLastRow() + 1;
    sheet.insertRowsAfter(sheet.getMaxRows(), filler.length);
    sheet.getRange(first, 1, filler.length, 5).setValues(filler);
    const long = measure();
    expect(long).toBeLessThan(short + 100);
    expect(audit(h).filter((r) => r['작업'] === '열람')).toHaveLength(2);
  });
});

describe('roles (직원 tab: 사례관리자, 복지팀장)', () => {
  it('setup by an editor who may not switch the reminders makes the tabs but leaves them off, saying who may', () => {
    // The spreadsheet is MANAGER's; a colleague prepares it first.
    const h = startAddon({ setup: false });
    h.env.setUser(OTHER_MANAGER);
    const report = h.call<{ createdTabs: string[]; notices: string[] }>('setupWorkbook');
    expect(report.createdTabs.length).toBeGreaterThan(10);
    expect(h.env.triggers()).toEqual([]);
    expect(report.notices.join('\n')).toMatch(
      /매일 알림은 켜지 않았습니다\. 매일 알림 켜기은\(는\) 복지팀장만/,
    );
    // The owner, who may, turns them on by running setup (or the menu) themself.
    h.env.setUser(MANAGER);
    h.call('setupWorkbook');
    expect(h.env.triggers().map((t) => t.owner)).toEqual([MANAGER]);
  });

  it('setup switching the reminders on the first time is logged in 변경이력 with who and when, once', () => {
    const h = startAddon({ setup: false });
    h.env.setUser(OTHER_MANAGER);
    h.call('setupWorkbook');
    const switches = () => audit(h).filter((r) => (r['작업'] ?? '').startsWith('매일 알림'));
    // Refused: nothing switched, nothing logged.
    expect(switches()).toEqual([]);

    h.env.setUser(MANAGER);
    h.env.clock.set('2026-03-02T10:15:00+09:00');
    h.call('setupWorkbook');
    expect(switches()).toEqual([
      expect.objectContaining({
        일시: expect.stringMatching(/^2026-03-02 10:15/),
        사용자: MANAGER,
        작업: '매일 알림 켬',
        내용: expect.stringContaining(`발송 계정 ${MANAGER}`),
      }),
    ]);
    expect(switches()[0]!['내용']).toContain('시트 준비·복구');
    // Running setup again changes nothing, in the log too.
    h.call('setupWorkbook');
    expect(switches()).toHaveLength(1);
  });

  /** A case, a plan and an approval request: everything the four supervisor actions need. */
  function centre() {
    const h = startAddon();
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
    h.call('saveAssessment', P.assessment(caseNo));
    h.call('recordConference', {
      caseNo,
      kind: 'internalReview',
      heldOn: '2026-03-12',
      decision: 'selected',
      caseType: 'general',
    });
    h.call('savePlan', P.plan(caseNo));
    const { approvalId } = h.call<{ approvalId: string }>('requestApproval', { caseNo, subject: 'plan' });
    return { h, caseNo, approvalId };
  }
  const actions = (caseNo: string, approvalId: string): [string, unknown][] => [
    ['reassignCases', { caseNos: [caseNo], caseManager: OTHER_MANAGER }],
    ['decideApproval', { approvalId, decision: 'approved' }],
    ['saveSettings', { values: { reminderHour: '9' } }],
    ['disableDailyReminders', undefined],
    ['enableDailyReminders', undefined],
  ];

  it('with the 직원 tab filled in, only a 복지팀장 may; a 사례관리자 (even the owner) is refused in Korean, nothing written', () => {
    const { h, caseNo, approvalId } = centre();
    staff(h, [
      [MANAGER, '김사복', '', '사례관리자'],
      [OTHER_MANAGER, '이사복', '', '사례관리자'],
      [SUPERVISOR, '박팀장', '', '복지팀장'],
    ]);
    for (const [fn, payload] of actions(caseNo, approvalId)) {
      for (const user of [MANAGER, OTHER_MANAGER]) {
        h.env.setUser(user);
        const outcome = checkRefusal(h, fn, payload);
        expect(outcome.problem).toBeUndefined();
        expect(outcome.message).toMatch(/복지팀장만 할 수 있습니다/);
        expect(outcome.message).toContain(user);
      }
      h.env.setUser(SUPERVISOR);
      expect(() => h.call(fn, payload)).not.toThrow();
    }
    const logged = audit(h)
      .filter((r) => r['사용자'] === SUPERVISOR)
      .map((r) => r['작업']);
    expect(logged).toEqual(['담당자 변경', '결재', '설정 변경', '매일 알림 끔', '매일 알림 켬']);
  });

  it('with an empty 직원 tab (a new centre) the spreadsheet owner counts as the 복지팀장', () => {
    const { h, caseNo, approvalId } = centre();
    // The harness's user made the spreadsheet: the owner.
    expect(spreadsheetOf(h).getOwner()?.getEmail()).toBe(MANAGER);
    for (const [fn, payload] of actions(caseNo, approvalId)) {
      h.env.setUser(OTHER_MANAGER);
      const outcome = checkRefusal(h, fn, payload);
      expect(outcome.problem).toBeUndefined();
      expect(outcome.message).toContain(`시트 주인(${MANAGER})`);
      h.env.setUser(MANAGER);
      expect(() => h.call(fn, payload)).not.toThrow();
    }
  });

  it('switching the reminders on and off is logged with who and which account sends', () => {
    const h = startAddon();
    h.call('disableDailyReminders');
    h.call('enableDailyReminders');
    const switches = audit(h).filter((r) => (r['작업'] ?? '').startsWith('매일 알림'));
    // The first is the harness's setup, which switched them on for the owner.
    expect(switches.map((r) => [r['작업'], r['사용자']])).toEqual([
      ['매일 알림 켬', MANAGER],
      ['매일 알림 끔', MANAGER],
      ['매일 알림 켬', MANAGER],
    ]);
    expect(switches[2]!['내용']).toContain(MANAGER);
  });
});

describe('변경이력 tamper evidence: every row numbered and sealed by the add-on', () => {
  type Problem = { table: string; rowNumber: number; problem: string };
  const auditHealth = (h: Harness) =>
    h
      .call<{ problems: Problem[] }>('checkDataHealth')
      .problems.filter((p) => p.table === '변경이력')
      .map((p) => `${p.rowNumber}: ${p.problem}`);
  const tab = (h: Harness) => spreadsheetOf(h).getSheetByName('변경이력')!;
  const column = (h: Harness, header: string) =>
    (tab(h).getRange(1, 1, 1, tab(h).getLastColumn()).getValues()[0] as string[]).indexOf(header) + 1;

  /**
   * A log of a few rows, written by the owner and by another officer, whose rows the keeper's
   * hourly run (the owner's) has moved from 변경이력 접수 into 변경이력.
   */
  function logged(): Harness {
    const h = startAddon();
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
    h.env.setUser(OTHER_MANAGER);
    h.call('getCase', { caseNo });
    h.call('saveIntake', P.intake({ client: { name: '박두리', birthDate: '1950-05-05' } }));
    h.env.setUser(MANAGER);
    expect(runKeeperHour(h)).toMatchObject({ moved: 2 });
    h.call('getCase', { caseNo });
    return h;
  }

  it('seals the saves of an officer who is not the owner too, and finds nothing wrong in an untouched log', () => {
    const h = logged();
    const rows = audit(h);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.some((r) => r['사용자'] === OTHER_MANAGER)).toBe(true);
    const seqs = rows.filter((r) => r['순번'] !== '').map((r) => Number(r['순번']));
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
    for (const row of rows.filter((r) => r['순번'] !== ''))
      expect(row['서명']).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(auditHealth(h)).toEqual([]);
  });

  it('names a row edited by hand', () => {
    const h = logged();
    tab(h).getRange(3, column(h, '내용')).setValue('아무 일 없었음');
    expect(auditHealth(h)).toEqual([expect.stringMatching(/^3: 서명이 맞지 않습니다/)]);
  });

  it('names a row typed in, with no seal or with a made-up one, and a row copied', () => {
    const h = logged();
    const sheet = tab(h);
    const last = sheet.getLastRow();
    const width = sheet.getLastColumn();
    const copied = sheet.getRange(2, 1, 1, width).getValues()[0]!;
    const forged = [...copied];
    forged[column(h, '사용자') - 1] = 'nobody@dong.example';
    forged[column(h, '서명') - 1] = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
    const typed = copied.map((v, i) => (i === column(h, '순번') - 1 || i === column(h, '서명') - 1 ? '' : v));
    sheet
      .getRange(last + 1, 1, 3, width)
      .setNumberFormat('@')
      .setValues([typed, forged, copied]);
    expect(auditHealth(h)).toEqual([
      expect.stringMatching(new RegExp(`^${last + 1}: 순번과 서명이 없는 기록입니다`)),
      expect.stringMatching(new RegExp(`^${last + 2}: 서명이 맞지 않습니다`)),
      expect.stringMatching(new RegExp(`^${last + 3}: 순번 \\d+이\\(가\\) 2행에도 있습니다`)),
    ]);
  });

  it('names a deleted row by the gap it leaves, and deleted newest rows by the last 순번 issued', () => {
    const h = logged();
    const sheet = tab(h);
    const gone = Number(sheet.getRange(3, column(h, '순번')).getValue());
    sheet.deleteRow(3);
    expect(auditHealth(h)).toEqual([
      `3: 바로 앞의 기록(순번 ${gone})이 지워졌습니다: 변경이력의 줄은 지우지 마세요.`,
    ]);
    const h1 = logged();
    const first = tab(h1).getRange(2, column(h1, '순번')).getValue();
    expect(first).toBe('1');
    tab(h1).deleteRow(2);
    expect(auditHealth(h1)).toEqual([
      `2: 맨 앞의 기록(순번 1)이 지워졌습니다: 변경이력의 줄은 지우지 마세요.`,
    ]);
    const h2 = logged();
    const tail = tab(h2);
    const lastRow = tail.getLastRow();
    const newest = Number(tail.getRange(lastRow, column(h2, '순번')).getValue());
    tail.deleteRow(lastRow);
    expect(auditHealth(h2)).toEqual([
      `${lastRow - 1}: 맨 끝의 기록(순번 ${newest})이 지워졌습니다: 변경이력의 줄은 지우지 마세요.`,
    ]);
  });
});
