import { tabRows } from '../support/addon-harness';
import { caseInService, startReminders, type ReminderHarness } from '../support/reminders-harness';
import { auditLog } from '../support/audit-log';

/**
 * Issue 14: 활동 기록 counts as contact for the due rules where 설정 says so. A case in service
 * agreed its plan on 2026-03-20, so its 점검 falls due 30 days on (2026-04-19, a Sunday: shown on
 * Friday 2026-04-17). A 상담 on 2026-04-10 moves it to 2026-05-10 (Sunday: Friday 2026-05-08) only
 * when 활동 기록을 점검으로 셈 is 예; the case view, 오늘 할 일 and the daily run's 대시보드 agree.
 */
const SETTING = '활동 기록을 점검으로 셈 (예/아니오)';

function caseWithActivity(setting: string | null): { h: ReminderHarness; caseNo: string } {
  const h = startReminders({ now: '2026-04-10 10:00' });
  const caseNo = caseInService(h, {
    intake: '2026-03-02',
    assessed: '2026-03-09',
    selected: '2026-03-12',
    planned: '2026-03-20',
  });
  if (setting !== null) h.setSetting(SETTING, setting);
  h.call('recordActivity', {
    caseNo,
    on: '2026-04-10',
    kind: 'counselling',
    content: '전화 상담: 도시락 잘 받음',
  });
  return { h, caseNo };
}

const nextCheckDue = (h: ReminderHarness, caseNo: string) =>
  h.call<{ nextCheckDue: string | null }>('getCase', { caseNo }).nextCheckDue;

function todayCheck(h: ReminderHarness, caseNo: string): { dueOn: string; reason: string } | undefined {
  const list = h.call<{
    overdue: { caseNo: string; kind: string; dueOn: string; reason: string }[];
    dueSoon: [];
  }>('getTodayList', { scope: 'all' });
  return [...list.overdue, ...list.dueSoon].find((i) => i.caseNo === caseNo && i.kind === 'check');
}

/** The 기한 of the case's 점검 line on the 대시보드 the daily run writes. */
function dashboardCheck(h: ReminderHarness, when: string, caseNo: string): string | undefined {
  h.runAt(when);
  return h.dashboard().find((row) => row[0] === caseNo && row[3] === '점검')?.[5];
}

describe('활동 기록 and 다음 점검일 (설정 활동 기록을 점검으로 셈)', () => {
  it('is a 설정 row with its description, 아니오 by default', () => {
    const h = startReminders({ now: '2026-04-10 10:00' });
    const row = tabRows(h.env, '설정').find((r) => Object.values(r).includes(SETTING));
    expect(row).toBeDefined();
    expect(Object.values(row!)).toContain('아니오');
    expect(Object.values(row!).join(' ')).toContain('직접실천·간접실천 모든 종류');
  });

  it('off (the default): the activity is recorded and audited, and nothing moves', () => {
    const { h, caseNo } = caseWithActivity(null);
    expect(tabRows(h.env, '활동기록')).toHaveLength(1);
    expect(auditLog(h.env).filter((r) => r['작업'] === '활동 기록')).toHaveLength(1);
    expect(nextCheckDue(h, caseNo)).toBe('2026-04-17');
    expect(todayCheck(h, caseNo)).toMatchObject({ dueOn: '2026-04-17' });
    expect(dashboardCheck(h, '2026-04-10 10:05', caseNo)).toBe('2026-04-17');
  });

  it('on: the activity moves 다음 점검일 in the case view, 오늘 할 일 and the daily run alike', () => {
    const { h, caseNo } = caseWithActivity('예');
    expect(nextCheckDue(h, caseNo)).toBe('2026-05-08');
    // Not due for weeks: no 점검 line today, in the sidebar or on the 대시보드.
    expect(todayCheck(h, caseNo)).toBeUndefined();
    expect(dashboardCheck(h, '2026-04-10 10:05', caseNo)).toBeUndefined();
    h.setClock('2026-05-04 10:00');
    expect(todayCheck(h, caseNo)).toEqual(
      expect.objectContaining({
        dueOn: '2026-05-08',
        reason: '마지막 활동 기록 2026-04-10 후 기본 점검 주기 30일',
      }),
    );
    expect(dashboardCheck(h, '2026-05-04 10:05', caseNo)).toBe('2026-05-08');
  });

  it('on: a later check counts from its own date again, and an older activity changes nothing', () => {
    const { h, caseNo } = caseWithActivity('예');
    h.setClock('2026-04-24 10:00');
    h.call('recordCheck', { caseNo, checkedOn: '2026-04-24', method: 'phone', note: '잘 지내심' });
    h.call('recordActivity', {
      caseNo,
      on: '2026-04-15',
      kind: 'linking',
      content: '복지관과 배달 요일 조정',
    });
    // 2026-04-24 + 30 days = 2026-05-24, a Sunday: Friday 2026-05-22.
    expect(nextCheckDue(h, caseNo)).toBe('2026-05-22');
  });
});
