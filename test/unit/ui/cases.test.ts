import type { CaseSummary } from '../../../src/ui/api';
import { actionsFor, dueInfo, groupCases, nextDueKind, type FormKind } from '../../../src/ui/cases';
import { caseSummary } from '../../../src/domain/case-file';
import type * as R from '../../../src/domain/records';
import { assertAllowed, isOpen, type CaseAction } from '../../../src/domain/workflow';
import { STAGES, type Stage } from '../../../src/domain/vocabulary';

const ACTION_OF: Record<Exclude<FormKind, 'referral'>, CaseAction> = {
  assessment: 'assess',
  reassessment: 'reassess',
  conference: 'recordConference',
  consent: 'recordConsent',
  plan: 'plan',
  check: 'check',
  close: 'close',
  followUp: 'followUp',
  reopen: 'reopen',
};

describe('actionsFor', () => {
  it.each(STAGES.keys)('offers in stage %s only what the server allows', (stage) => {
    for (const selected of [false, true]) {
      for (const action of actionsFor(stage, selected)) {
        // 의뢰 is refused by the server for any case that is not open (src/app/referral.ts).
        if (action.form === 'referral') expect(isOpen(stage)).toBe(true);
        else
          expect(() =>
            assertAllowed(ACTION_OF[action.form as Exclude<FormKind, 'referral'>], stage, 'X'),
          ).not.toThrow();
      }
    }
  });

  it('shows the brief’s buttons per stage', () => {
    const labels = (stage: Stage) => actionsFor(stage, true).map((a) => a.label);
    expect(labels('intake')).toContain('욕구사정');
    expect(labels('assessment')).toEqual(
      expect.arrayContaining(['사례회의·선정', '정보제공 동의', '서비스계획', '재사정']),
    );
    expect(labels('intervention')).toEqual(
      expect.arrayContaining(['점검', '재사정', '서비스계획(새)', '사례회의', '정보제공 동의', '종결']),
    );
    expect(labels('followUp')).toEqual(['사후관리', '재개']);
    expect(labels('closed')).toEqual(['사후관리', '재개']);
    expect(labels('endedAtIntake')).toEqual([]);
  });

  it('marks one usual next step', () => {
    expect(
      actionsFor('assessment', false)
        .filter((a) => a.primary)
        .map((a) => a.label),
    ).toEqual(['사례회의·선정']);
    expect(
      actionsFor('assessment', true)
        .filter((a) => a.primary)
        .map((a) => a.label),
    ).toEqual(['서비스계획']);
  });
});

describe('dueInfo', () => {
  it('speaks of days', () => {
    expect(dueInfo('2026-03-07', '2026-03-10')).toEqual({ state: 'overdue', text: '3일 지남' });
    expect(dueInfo('2026-03-10', '2026-03-10')).toEqual({ state: 'today', text: '오늘' });
    expect(dueInfo('2026-03-15', '2026-03-10')).toEqual({ state: 'soon', text: 'D-5' });
    expect(dueInfo('2026-04-30', '2026-03-10')).toEqual({ state: 'later', text: 'D-51' });
    expect(dueInfo(null, '2026-03-10').state).toBe('none');
    expect(dueInfo('garbage', '2026-03-10').state).toBe('none');
  });
});

function summary(partial: Partial<CaseSummary>): CaseSummary {
  return {
    caseNo: 'X',
    clientName: '',
    stage: 'intake',
    stageLabel: '초기상담',
    caseType: 'general',
    caseManager: '',
    birthDate: null,
    openedOn: null,
    nextCheckDue: null,
    nextFollowUpDue: null,
    nextReassessmentDue: null,
    nextDue: null,
    nextDueLabel: '',
    overdue: false,
    version: 1,
    ...partial,
  };
}

describe('groupCases', () => {
  it('groups by stage in process order, overdue first inside a group, finished groups marked', () => {
    const groups = groupCases([
      summary({ caseNo: 'c', stage: 'closed', stageLabel: '종결' }),
      summary({ caseNo: 'b1', stage: 'intervention', stageLabel: '서비스제공·점검', nextDue: '2026-01-01' }),
      summary({
        caseNo: 'b2',
        stage: 'intervention',
        stageLabel: '서비스제공·점검',
        nextDue: '2025-01-01',
        overdue: true,
      }),
      summary({ caseNo: 'a', stage: 'intake' }),
    ]);
    expect(groups.map((g) => g.stage)).toEqual(['intake', 'intervention', 'closed']);
    expect(groups[1]!.cases.map((c) => c.caseNo)).toEqual(['b2', 'b1']);
    expect(groups[1]!.overdue).toBe(1);
    expect(groups[2]!.finished).toBe(true);
  });
});

describe('the card’s due line (caseSummary)', () => {
  const record = (overrides: Partial<R.CaseRecord>): R.CaseRecord => ({
    caseNo: '행복-2026-0001',
    clientName: '김하늘',
    birthDate: '1948-05-17',
    phone: '',
    address: '',
    household: '',
    caseType: 'general',
    stage: 'assessment',
    caseManager: 'kim.sw@dong.example',
    assistant: '',
    openedOn: '2026-03-02',
    selectedOn: null,
    closedOn: null,
    nextCheckDue: null,
    nextReassessmentDue: '2027-03-09',
    version: 1,
    updatedAt: '',
    updatedBy: '',
    dueSchedule: '',
    rowIndex: '',
    ...overrides,
  });
  const schedule = (rules: [string, string, number | null, 0 | 1][]) =>
    JSON.stringify(rules.map(([kind, due, window, shift]) => [kind, due, window, shift, '', '', '']));

  it('names the first item of the stored schedule: the plan deadline before the yearly 재사정', () => {
    const c = caseSummary(
      record({
        dueSchedule: schedule([
          ['planDeadline', '2026-04-01', 7, 1],
          ['reassessment', '2027-03-09', 30, 1],
        ]),
      }),
      '2026-03-27',
    );
    expect(c).toMatchObject({ nextDue: '2026-04-01', overdue: false });
    expect(nextDueKind(c)).toBe('서비스계획 기한');
  });

  it('moves a due date off a day off, as 오늘 할 일 does (the 설정 tab’s extra holidays too)', () => {
    // 2026-04-05 is a Sunday; 04-03 is made a day off by the centre.
    const c = caseSummary(
      record({ stage: 'intervention', dueSchedule: schedule([['check', '2026-04-05', 7, 1]]) }),
      '2026-04-01',
      null,
      ['2026-04-03'],
    );
    expect(c.nextDue).toBe('2026-04-02');
    expect(nextDueKind(c)).toBe('다음 점검');
  });

  it('counts “오랫동안 기록 없음” only once it is overdue', () => {
    const rules = schedule([
      ['inactive', '2026-05-01', null, 0],
      ['reassessment', '2027-03-09', 30, 1],
    ]);
    expect(caseSummary(record({ dueSchedule: rules }), '2026-04-01').nextDue).toBe('2027-03-09');
    const late = caseSummary(record({ dueSchedule: rules }), '2026-05-02');
    expect(late).toMatchObject({ nextDue: '2026-05-01', overdue: true, nextDueLabel: '기록 없음' });
  });

  it('without a readable schedule falls back to the case row’s dates', () => {
    const intake = caseSummary(
      record({ stage: 'intake', nextReassessmentDue: '2026-03-12', dueSchedule: 'x' }),
      '2026-03-10',
    );
    expect(nextDueKind(intake)).toBe('욕구사정 기한');
    const check = caseSummary(
      record({ stage: 'intervention', nextCheckDue: '2026-04-17', nextReassessmentDue: '2027-03-09' }),
      '2026-03-10',
    );
    expect([check.nextDue, nextDueKind(check)]).toEqual(['2026-04-17', '다음 점검']);
    const followUp = caseSummary(
      record({ stage: 'followUp', nextReassessmentDue: null }),
      '2026-03-10',
      '2026-06-05',
    );
    expect(nextDueKind(followUp)).toBe('사후관리 연락');
    expect(
      nextDueKind(caseSummary(record({ stage: 'closed', nextReassessmentDue: null }), '2026-03-10')),
    ).toBe('');
  });
});
