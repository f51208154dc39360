import { MANAGER, startAddon, tabRows, type CaseFile } from '../support/addon-harness';
import * as P from '../support/payloads';

describe('a case from intake to follow-up, through dist/ in the fakes', () => {
  it('goes through every stage and getCase shows all of it', () => {
    const h = startAddon();
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
    expect(caseNo).toBe('행복-2026-0001');
    expect(h.call<CaseFile>('getCase', { caseNo })).toMatchObject({
      stage: 'intake',
      caseManager: MANAGER,
      version: 1,
    });

    const { case: assessedFile, ...assessed } = h.call<{
      assessmentId: string;
      nextReassessmentDue: string;
      case: CaseFile;
    }>('saveAssessment', P.assessment(caseNo));
    expect(assessed).toEqual({ assessmentId: `${caseNo}-S1`, nextReassessmentDue: '2027-03-09' });
    // The save brings the case as it now stands: the sidebar shows it without asking again.
    expect(assessedFile).toEqual(h.call('getCase', { caseNo }));

    h.call('recordConference', {
      caseNo,
      kind: 'internalReview',
      heldOn: '2026-03-12',
      decision: 'selected',
      caseType: 'general',
    });
    h.call('recordConsent', {
      caseNo,
      consentedOn: '2026-03-12',
      recipient: '행복종합사회복지관',
      items: '이름, 연락처, 식사 관련 욕구',
      purpose: '도시락 배달 연계',
      until: '2027-03-12',
      withheld: '건강 정보',
    });
    const { case: plannedFile, ...planned } = h.call<{
      planId: string;
      itemIds: string[];
      uncoveredProviders: string[];
      case: CaseFile;
    }>('savePlan', P.plan(caseNo));
    // The consent above ended on 2027-03-12 and the harness's today is 2027-06-01: the plan is
    // saved, and names 행복종합사회복지관 as a provider no consent covers (본인 needs none).
    expect(planned).toEqual({
      planId: `${caseNo}-P1`,
      itemIds: [`${caseNo}-P1-1`, `${caseNo}-P1-2`],
      uncoveredProviders: ['행복종합사회복지관'],
    });
    let file = h.call<CaseFile>('getCase', { caseNo });
    expect(plannedFile).toEqual(file);
    expect(file).toMatchObject({
      stage: 'intervention',
      nextCheckDue: '2026-04-17', // the due rule moves Sunday 04-19 to the working day before, as 오늘 할 일 does
      selectedOn: '2026-03-12',
    });
    expect(file.missing).toEqual([]);

    h.call(
      'recordCheck',
      P.check(caseNo, { itemOutcomes: [{ itemId: `${caseNo}-P1-2`, outcome: 'achieved' }] }),
    );
    file = h.call<CaseFile>('getCase', { caseNo });
    expect(file.nextCheckDue).toBe('2026-05-20');
    expect(file.plans[0]!.items.map((i) => i.outcome)).toEqual([null, 'achieved']);

    h.call(
      'recordCheck',
      P.check(caseNo, { checkedOn: '2026-05-18', needsChanged: true, note: '딸이 연락을 끊음' }),
    );
    expect(h.call<CaseFile>('getCase', { caseNo }).nextReassessmentDue).toBe('2026-05-18');

    const closed = h.call<{ followUpDates: string[] }>('closeCase', P.closing(caseNo));
    expect(closed.followUpDates).toEqual(['2026-10-01', '2027-04-01']);
    expect(h.call<CaseFile>('getCase', { caseNo }).stage).toBe('followUp');

    h.call('recordFollowUp', { caseNo, contactedOn: '2026-10-02', method: 'phone', note: '잘 지내심' });
    const last = h.call<{ remaining: number }>('recordFollowUp', {
      caseNo,
      contactedOn: '2027-04-01',
      method: 'homeVisit',
      note: '안정적',
    });
    expect(last.remaining).toBe(0);
    file = h.call<CaseFile>('getCase', { caseNo });
    expect(file.stage).toBe('closed');
    expect(file.followUps.every((f) => f.contactedOn)).toBe(true);
    expect(file.timeline.map((t) => t.title)).toEqual([
      '접수·초기상담',
      '초기사정',
      '내부판정회의',
      '정보제공 동의',
      '서비스계획 동의',
      '점검 (가정방문)',
      '점검 (가정방문)',
      '종결 (목표달성)',
      '사후관리',
      '사후관리',
    ]);

    // Every change is in the audit log with who and when.
    const audit = tabRows(h.env, '변경이력').filter(
      (row) => row['관리번호'] === caseNo && row['작업'] !== '열람',
    );
    expect(audit.map((row) => row['작업'])).toEqual([
      '접수',
      '욕구사정',
      '내부판정회의',
      '정보제공 동의',
      '서비스계획',
      '점검',
      '점검',
      '종결',
      '사후관리',
      '사후관리',
    ]);
    expect(audit.every((row) => row['사용자'] === MANAGER && /^2027-06-01 10:00/.test(row['일시']!))).toBe(
      true,
    );
  });

  it('ends an intake that is not a case-management referral at intake', () => {
    const h = startAddon();
    const { caseNo } = h.call<{ caseNo: string }>(
      'saveIntake',
      P.intake({ intakeOutcome: 'benefitApplication' }),
    );
    expect(h.call<CaseFile>('getCase', { caseNo }).stage).toBe('endedAtIntake');
    expect(() => h.call('saveAssessment', P.assessment(caseNo))).toThrow("'접수종결' 단계라서");
  });

  it('re-opens a closed case for reassessment', () => {
    const h = startAddon();
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
    h.call('closeCase', P.closing(caseNo, { closedOn: '2026-03-05', reason: 'clientRequest' }));
    h.call('reopenCase', { caseNo, reopenedOn: '2026-04-01', reason: '다시 연락 옴: 단전 위기' });
    const file = h.call<CaseFile>('getCase', { caseNo });
    expect(file).toMatchObject({ stage: 'assessment', nextReassessmentDue: '2026-04-01', closedOn: null });
    h.call('saveAssessment', P.assessment(caseNo, { kind: 're', assessedOn: '2026-04-02' }));
  });

  it('reassigns all of a worker’s cases in one call, each one audited', () => {
    const h = startAddon();
    const caseNos = [1, 2, 3].map(() => h.call<{ caseNo: string }>('saveIntake', P.intake()).caseNo);
    expect(h.call('reassignCases', { caseNos, caseManager: 'lee.sw@dong.example' })).toEqual({
      reassigned: 3,
    });
    const listed = h.call<{ cases: { caseManager: string }[] }>('listCases', {
      caseManager: 'lee.sw@dong.example',
    });
    expect(listed.cases).toHaveLength(3);
    expect(tabRows(h.env, '변경이력').filter((r) => r['작업'] === '담당자 변경')).toHaveLength(3);
  });

  it('lists cases with overdue ones first and finds them by name or number', () => {
    const h = startAddon();
    const a = h.call<{ caseNo: string }>(
      'saveIntake',
      P.intake({ client: { name: '이순자', birthDate: '1940-01-01' } }),
    ).caseNo;
    const b = h.call<{ caseNo: string }>(
      'saveIntake',
      P.intake({ client: { name: '최영호', birthDate: '1955-01-01' } }),
    ).caseNo;
    h.call('saveAssessment', P.assessment(a));
    h.call('savePlan', P.plan(a, { consentDate: '2026-01-05' }));
    const listed = h.call<{ cases: { caseNo: string; overdue: boolean }[] }>('listCases', {});
    expect(listed.cases[0]).toMatchObject({ caseNo: a, overdue: true });
    expect(
      h.call<{ cases: { caseNo: string }[] }>('listCases', { query: '최영' }).cases.map((c) => c.caseNo),
    ).toEqual([b]);
    expect(h.call<{ cases: unknown[] }>('listCases', { query: b }).cases).toHaveLength(1);
  });
});
