import { refusal, startAddon, tabRows, type Harness } from '../support/addon-harness';
import * as P from '../support/payloads';

/**
 * What a 사례회의 decides means something: 비선정 ends the case in a stage of its own and stops its
 * due dates and reminders; a selected case's review meeting records 재사정 공유, 계획 변경 or 종결
 * 결정, and the case view keeps saying what that decision still asks for.
 */
const TODAY = '2026-05-01';

interface CaseFile {
  stage: string;
  stageLabel: string;
  closedOn: string | null;
  nextCheckDue: string | null;
  nextReassessmentDue: string | null;
  missing: string[];
  timeline: { kind: string; detail: string }[];
}

const getCase = (h: Harness, caseNo: string) => h.call<CaseFile>('getCase', { caseNo });
const meeting = (caseNo: string, heldOn: string, decision: string) => ({
  caseNo,
  kind: 'caseMeeting',
  heldOn,
  decision,
});
const dueFor = (h: Harness, caseNo: string) => {
  const list = h.call<{ overdue: { caseNo: string }[]; dueSoon: { caseNo: string }[] }>('getTodayList', {
    scope: 'all',
  });
  return [...list.overdue, ...list.dueSoon].filter((i) => i.caseNo === caseNo);
};

function openCase(): { h: Harness; caseNo: string } {
  const h = startAddon({ now: `${TODAY}T10:00:00+09:00` });
  const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
  return { h, caseNo };
}

/** The audit log's last change (opening a case file, 열람, is logged too and is not a change). */
function lastChange(h: Harness): string | undefined {
  return tabRows(h.env, '변경이력')
    .filter((row) => row['작업'] !== '열람')
    .pop()?.['내용'];
}

describe('비선정', () => {
  it('ends the case in its own stage: no due dates, nothing on 오늘 할 일, no further records', () => {
    const { h, caseNo } = openCase();
    h.call('saveAssessment', P.assessment(caseNo));
    expect(dueFor(h, caseNo).length).toBeGreaterThan(0);
    h.call('recordConference', meeting(caseNo, '2026-03-16', 'notSelected'));
    expect(getCase(h, caseNo)).toMatchObject({
      stage: 'notSelected',
      stageLabel: '비선정 종결',
      closedOn: '2026-03-16',
      nextCheckDue: null,
      nextReassessmentDue: null,
    });
    expect(dueFor(h, caseNo)).toEqual([]);
    expect(tabRows(h.env, '사례').find((r) => r['관리번호'] === caseNo)?.['단계']).toBe('비선정 종결');
    expect(lastChange(h)).toBe(`${caseNo}-M1: 비선정; 사례 종료`);
    // Nothing more is recorded on it: a new need means a new intake.
    expect(refusal(h, 'savePlan', P.plan(caseNo))).toMatch(/'비선정 종결' 단계라서/);
    expect(refusal(h, 'recordConference', meeting(caseNo, TODAY, 'selected'))).toMatch(
      /'비선정 종결' 단계라서/,
    );
  });

  it('is refused once the case was selected, writing nothing; 종결 결정 is the way instead', () => {
    const { h, caseNo } = openCase();
    h.call('saveAssessment', P.assessment(caseNo));
    h.call('recordConference', meeting(caseNo, '2026-03-16', 'selected'));
    expect(refusal(h, 'recordConference', meeting(caseNo, TODAY, 'notSelected'))).toMatch(
      /^\[WRONG_STAGE\] 결정: .*이미 2026-03-16에 선정되었습니다.*'종결 결정'을 기록하고 종결하세요/,
    );
  });
});

describe('a review meeting on a selected case', () => {
  it('cannot record a review outcome before the case is selected', () => {
    const { h, caseNo } = openCase();
    expect(refusal(h, 'recordConference', meeting(caseNo, TODAY, 'planChanged'))).toMatch(
      /^\[WRONG_STAGE\] 결정: .*아직 선정되지 않았습니다.*선정, 비선정 또는 보류를 고르세요/,
    );
  });

  it('shares a reassessment that exists, and names it', () => {
    const { h, caseNo } = openCase();
    h.call('saveAssessment', P.assessment(caseNo));
    h.call('recordConference', meeting(caseNo, '2026-03-16', 'selected'));
    h.call('savePlan', P.plan(caseNo));
    expect(refusal(h, 'recordConference', meeting(caseNo, TODAY, 'reassessmentShared'))).toMatch(
      /공유할 수 없습니다\. 재사정을 먼저 기록하세요/,
    );
    h.call('saveAssessment', P.assessment(caseNo, { kind: 're', assessedOn: '2026-04-20' }));
    h.call('recordConference', { ...meeting(caseNo, TODAY, 'reassessmentShared'), kind: 'integrated' });
    expect(lastChange(h)).toBe(`${caseNo}-M2: 재사정 공유 (${caseNo}-S2)`);
    expect(
      getCase(h, caseNo).timeline.find((t) => t.kind === 'conference' && t.detail === '재사정 공유'),
    ).toBeTruthy();
  });

  it('계획 변경 and 종결 결정 stay on the case view until the new plan and the closure are recorded', () => {
    const { h, caseNo } = openCase();
    h.call('saveAssessment', P.assessment(caseNo));
    h.call('recordConference', meeting(caseNo, '2026-03-16', 'selected'));
    h.call('savePlan', P.plan(caseNo));
    h.call('recordConference', meeting(caseNo, '2026-04-10', 'planChanged'));
    expect(getCase(h, caseNo).missing).toEqual([
      '사례회의(2026-04-10)에서 계획 변경을 결정했습니다: 새 서비스계획을 세우세요.',
    ]);
    h.call('savePlan', P.plan(caseNo, { consentDate: '2026-04-15' }));
    expect(getCase(h, caseNo).missing).toEqual([]);
    h.call('recordConference', meeting(caseNo, '2026-04-28', 'closureDecided'));
    expect(getCase(h, caseNo).missing).toEqual([
      '사례회의(2026-04-28)에서 종결을 결정했습니다: 종결을 기록하세요.',
    ]);
    expect(getCase(h, caseNo).stage).toBe('intervention');
    h.call('closeCase', P.closing(caseNo, { closedOn: TODAY }));
    expect(getCase(h, caseNo).missing).toEqual([]);
  });

  it('refuses a decision that is not one of the six, in Korean', () => {
    const { h, caseNo } = openCase();
    expect(refusal(h, 'recordConference', meeting(caseNo, TODAY, 'maybe'))).toMatch(
      /결정: 사례관리 대상 선정, 비선정, 보류, 재사정 공유, 계획 변경, 종결 결정 중에서 고르세요/,
    );
  });
});
