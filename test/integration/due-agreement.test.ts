import { startAddon, type Harness } from '../support/addon-harness';
import * as P from '../support/payloads';
import { setSetting } from '../support/resources-harness';

/**
 * The case view (getCase) and 오늘 할 일 (getTodayList) name the same date for every kind of due
 * item: both come from the one due rule (src/app/due-schedule.ts). One case per kind, each at the
 * stage where that item is the one due.
 */
interface CaseFile {
  stage: string;
  nextDue: { kind: string; dueOn: string; label: string } | null;
  nextCheckDue: string | null;
  nextReassessmentDue: string | null;
  followUps: { dueOn: string | null; contactedOn: string | null }[];
}
interface TodayItem {
  caseNo: string;
  kind: string;
  dueOn: string;
}

function todayDates(h: Harness, caseNo: string): Record<string, string> {
  const list = h.call<{ overdue: TodayItem[]; dueSoon: TodayItem[] }>('getTodayList', { scope: 'all' });
  const out: Record<string, string> = {};
  for (const item of [...list.overdue, ...list.dueSoon])
    if (item.caseNo === caseNo && !(item.kind in out)) out[item.kind] = item.dueOn;
  return out;
}

const caseFile = (h: Harness, caseNo: string) => h.call<CaseFile>('getCase', { caseNo });

describe('the case view and 오늘 할 일 agree on each due date', () => {
  it('욕구사정 기한 of a case at 접수', () => {
    const h = startAddon({ now: '2026-03-02T10:00:00+09:00' });
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake({ intakeDate: '2026-03-02' }));
    h.env.clock.set('2026-03-10T10:00:00+09:00');
    const file = caseFile(h, caseNo);
    expect(file.stage).toBe('intake');
    expect(todayDates(h, caseNo).assessmentDeadline).toBe(file.nextReassessmentDue);
    expect(file.nextDue).toMatchObject({ kind: 'assessmentDeadline', dueOn: file.nextReassessmentDue });
  });

  it('점검 and 재사정 of a case under way, the 재사정 on a holiday moved to the working day before', () => {
    const h = startAddon({ now: '2025-02-10T10:00:00+09:00' });
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake({ intakeDate: '2025-02-10' }));
    // Assessed 2025-02-16: the yearly 재사정 falls on 2026-02-16, 설날 연휴.
    h.env.clock.set('2025-02-16T10:00:00+09:00');
    h.call('saveAssessment', P.assessment(caseNo, { assessedOn: '2025-02-16' }));
    h.call('savePlan', P.plan(caseNo, { consentDate: '2025-02-16' }));
    h.env.clock.set('2026-02-02T10:00:00+09:00');
    const file = caseFile(h, caseNo);
    expect(file.stage).toBe('intervention');
    const today = todayDates(h, caseNo);
    expect(today.reassessment).toBe(file.nextReassessmentDue);
    expect(file.nextReassessmentDue).toBe('2026-02-13');
    expect(today.check).toBe(file.nextCheckDue);
  });

  it('사후관리 연락 of a closed case', () => {
    const h = startAddon({ now: '2026-01-05T10:00:00+09:00' });
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake({ intakeDate: '2026-01-05' }));
    h.call('saveAssessment', P.assessment(caseNo, { assessedOn: '2026-01-05' }));
    h.call('closeCase', P.closing(caseNo, { closedOn: '2026-01-05' }));
    h.env.clock.set('2026-04-01T10:00:00+09:00');
    const file = caseFile(h, caseNo);
    // Planned for 2026-04-05, a Sunday: both say the Friday before.
    expect(file.followUps.map((f) => f.dueOn)).toContain('2026-04-05');
    expect(file.nextDue).toMatchObject({ kind: 'followUp', dueOn: '2026-04-03' });
    expect(todayDates(h, caseNo).followUp).toBe(file.nextDue!.dueOn);
  });
});

describe('a case at 욕구사정', () => {
  it('shows its 서비스계획 기한 in the case view, as 오늘 할 일 does', () => {
    const h = startAddon({ now: '2026-03-02T10:00:00+09:00' });
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake({ intakeDate: '2026-03-02' }));
    h.env.clock.set('2026-03-20T10:00:00+09:00');
    h.call('saveAssessment', P.assessment(caseNo));
    h.env.clock.set('2026-03-27T10:00:00+09:00');
    const file = caseFile(h, caseNo);
    expect(file.stage).toBe('assessment');
    // 접수 2026-03-02 + 30 days; the yearly 재사정 (2027-03-09) is not what is due now.
    expect(file.nextDue).toEqual({ kind: 'planDeadline', dueOn: '2026-04-01', label: '서비스계획 기한' });
    expect(todayDates(h, caseNo).planDeadline).toBe(file.nextDue!.dueOn);
  });
});

describe('with 활동 기록을 점검으로 셈 on', () => {
  it('the stored 다음 점검일, 오늘 할 일 and the 대시보드 (recomputed from every tab) name the activity-moved date', () => {
    const h = startAddon({ now: '2026-03-20T10:00:00+09:00' });
    setSetting(h, '활동 기록을 점검으로 셈 (예/아니오)', '예');
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake({ intakeDate: '2026-03-02' }));
    h.call('saveAssessment', P.assessment(caseNo, { assessedOn: '2026-03-09' }));
    h.call('savePlan', P.plan(caseNo, { consentDate: '2026-03-20' }));
    h.env.clock.set('2026-04-03T10:00:00+09:00');
    h.call('recordActivity', { caseNo, on: '2026-04-03', kind: 'referralFollowUp', content: '의뢰 확인' });
    // 2026-04-03 + 30 days = 2026-05-03, a Sunday; 5월 1일 is a day off in the holiday list, so
    // Thursday 2026-04-30 (the plan alone gave 2026-04-17).
    h.env.clock.set('2026-04-28T10:00:00+09:00');
    const file = caseFile(h, caseNo);
    expect(file.nextCheckDue).toBe('2026-04-30');
    expect(todayDates(h, caseNo).check).toBe(file.nextCheckDue);
    h.call('refreshDashboard');
    const dashboard = h.env.dumpSpreadsheet().sheets.find((s) => s.name === '대시보드')?.values ?? [];
    const line = dashboard.find((row) => row[0] === caseNo && row[3] === '점검');
    expect(line?.[5]).toBe(file.nextCheckDue);
  });
});
