import type { CaseSummary } from '../../../src/ui/api';
import { actionsFor, dueInfo, groupCases, nextDueKind, type FormKind } from '../../../src/ui/cases';
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

describe('nextDueKind', () => {
  it('names what the next date is for', () => {
    expect(
      nextDueKind({
        stage: 'intervention',
        nextDue: '2026-01-01',
        nextCheckDue: '2026-01-01',
        nextFollowUpDue: null,
      }),
    ).toBe('다음 점검');
    expect(
      nextDueKind({
        stage: 'intervention',
        nextDue: '2026-01-01',
        nextCheckDue: '2026-02-01',
        nextFollowUpDue: null,
      }),
    ).toBe('다음 재사정');
    expect(
      nextDueKind({ stage: 'intake', nextDue: '2026-01-01', nextCheckDue: null, nextFollowUpDue: null }),
    ).toBe('욕구사정 기한');
  });

  it('calls a closed case’s next date its 사후관리, as 오늘 할 일 does', () => {
    expect(
      nextDueKind({
        stage: 'followUp',
        nextDue: '2026-06-05',
        nextCheckDue: null,
        nextFollowUpDue: '2026-06-05',
      }),
    ).toBe('사후관리 연락');
  });
});
