import { MANAGER, OTHER_MANAGER, startAddon, tabRows, type Harness } from '../support/addon-harness';
import { COMMANDS, preparedFor } from '../support/commands';
import * as P from '../support/payloads';
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

const audit = (h: Harness) => tabRows(h.env, '변경이력');

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
    expect(switches.map((r) => [r['작업'], r['사용자']])).toEqual([
      ['매일 알림 끔', MANAGER],
      ['매일 알림 켬', MANAGER],
    ]);
    expect(switches[1]!['내용']).toContain(MANAGER);
  });
});
