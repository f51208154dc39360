import {
  isKorean,
  refusal,
  startAddon,
  tabRows,
  type CaseFile,
  type Harness,
} from '../support/addon-harness';
import * as P from '../support/payloads';

/**
 * 기록 바로잡기 (issue 14) through dist/ as the sidebar calls it: the latest assessment, the latest
 * check and an item of the current plan are amended in place, the audit log keeps old → new, the
 * due schedule follows the corrected dates, and every refusal is Korean and writes nothing.
 */
const TODAY = '2026-05-01';

function checkedCase(): { h: Harness; caseNo: string } {
  const h = startAddon({ now: `${TODAY}T10:00:00+09:00` });
  const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
  h.call('saveAssessment', P.assessment(caseNo));
  h.call('savePlan', P.plan(caseNo));
  h.call('recordCheck', P.check(caseNo));
  return { h, caseNo };
}

const getCase = (h: Harness, caseNo: string) => h.call<CaseFile>('getCase', { caseNo });
const audit = (h: Harness, action: string) =>
  tabRows(h.env, '변경이력')
    .filter((r) => r['작업'] === action)
    .map((r) => r['내용']);

describe('amendAssessment', () => {
  it('amends the latest assessment, keeps old → new in 변경이력 and moves 다음 재사정일', () => {
    const { h, caseNo } = checkedCase();
    const before = getCase(h, caseNo);
    const file = h.call<CaseFile>('amendAssessment', {
      caseNo,
      version: before.version,
      assessmentId: `${caseNo}-S1`,
      changes: { riskLevel: 'crisis', assessedOn: '2026-03-10', strengths: before.assessments[0]?.strengths },
    });
    expect(file.assessments[0]).toMatchObject({ riskLevel: 'crisis', assessedOn: '2026-03-10' });
    expect(file.version).toBe(before.version + 1);
    expect(audit(h, '사정 수정')).toEqual([
      `${caseNo}-S1: 사정일: 2026-03-09 → 2026-03-10; 위기도: 높음 → 위기`,
    ]);
    expect(before.nextReassessmentDue).toBe('2027-03-09');
    expect(getCase(h, caseNo).nextReassessmentDue).toBe('2027-03-10');
    expect(tabRows(h.env, '욕구사정').map((r) => r['위기도'])).toEqual(['위기']);
  });

  it('refuses an older assessment, an unknown one, no change, bad dates and a stale version, writing nothing', () => {
    const { h, caseNo } = checkedCase();
    h.call('saveAssessment', P.assessment(caseNo, { kind: 're', assessedOn: '2026-04-25' }));
    const { version } = getCase(h, caseNo);
    const send = (changes: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
      caseNo,
      version,
      assessmentId: `${caseNo}-S2`,
      changes,
      ...extra,
    });
    expect(
      refusal(h, 'amendAssessment', send({ riskLevel: 'low' }, { assessmentId: `${caseNo}-S1` })),
    ).toMatch(/사정 .*-S1은\(는\) 고칠 수 없습니다: 가장 최근 사정만/);
    expect(
      refusal(h, 'amendAssessment', send({ riskLevel: 'low' }, { assessmentId: `${caseNo}-S9` })),
    ).toMatch(/-S9은\(는\) .* 사례의 기록이 아닙니다/);
    expect(refusal(h, 'amendAssessment', send({ riskLevel: 'high' }))).toMatch(/바뀐 항목이 없어/);
    expect(refusal(h, 'amendAssessment', send({}))).toMatch(/바뀐 항목이 없어/);
    expect(refusal(h, 'amendAssessment', send({ assessedOn: '2026-05-02' }))).toMatch(
      /사정일: 오늘\(2026-05-01\)보다 늦은/,
    );
    expect(refusal(h, 'amendAssessment', send({ assessedOn: '2026-03-01' }))).toMatch(
      /사정일: 접수일\(2026-03-02\)보다 빠를 수 없습니다/,
    );
    expect(refusal(h, 'amendAssessment', send({ riskLevel: 'dire' }))).toMatch(/위기도: /);
    expect(refusal(h, 'amendAssessment', send({ mood: 'x' }))).toMatch(/mood/);
    expect(refusal(h, 'amendAssessment', send({ riskLevel: 'low' }, { version: version - 1 }))).toMatch(
      /먼저 수정했습니다/,
    );
    expect(refusal(h, 'amendAssessment', { caseNo, assessmentId: `${caseNo}-S2`, changes: {} })).toMatch(
      /버전: 사례를 열었을 때의 버전/,
    );
    expect(audit(h, '사정 수정')).toEqual([]);
  });

  it('stores formula-looking text as text', () => {
    const { h, caseNo } = checkedCase();
    const { version } = getCase(h, caseNo);
    h.call('amendAssessment', {
      caseNo,
      version,
      assessmentId: `${caseNo}-S1`,
      changes: { strengths: '=IMPORTRANGE("x")' },
    });
    expect(getCase(h, caseNo).assessments[0]?.strengths).toBe('=IMPORTRANGE("x")');
    expect(tabRows(h.env, '욕구사정')[0]?.['강점']).toBe('=IMPORTRANGE("x")');
  });
});

describe('amendPlanItem', () => {
  it('amends an item of the current plan with old → new', () => {
    const { h, caseNo } = checkedCase();
    const { version } = getCase(h, caseNo);
    const file = h.call<CaseFile>('amendPlanItem', {
      caseNo,
      version,
      itemId: `${caseNo}-P1-1`,
      changes: { timesPerWeek: 5, endDate: '2026-07-31' },
    });
    expect(file.plans[0]?.items[0]).toMatchObject({ timesPerWeek: 5, endDate: '2026-07-31' });
    expect(audit(h, '계획 항목 수정')).toEqual([
      expect.stringMatching(
        new RegExp(`^${caseNo}-P1-1: 서비스 종료일자: 2026-06-30 → 2026-07-31; 횟수\\(회/1주당\\): .* → 5$`),
      ),
    ]);
  });

  it('refuses end before start, a start before 접수일 and an item of an older plan', () => {
    const { h, caseNo } = checkedCase();
    const { version } = getCase(h, caseNo);
    const item = (changes: Record<string, unknown>, itemId = `${caseNo}-P1-1`) => ({
      caseNo,
      version,
      itemId,
      changes,
    });
    expect(refusal(h, 'amendPlanItem', item({ endDate: '2026-03-10' }))).toMatch(
      /서비스 종료일자: 서비스 시작일자\(2026-03-23\)보다 빠를 수 없습니다/,
    );
    expect(refusal(h, 'amendPlanItem', item({ startDate: '2026-02-01' }))).toMatch(/서비스 시작일자: 접수일/);
    expect(refusal(h, 'amendPlanItem', item({ goal: '' }))).toMatch(/개입목표: 필수/);
    expect(refusal(h, 'amendPlanItem', item({ goal: 'x' }, `${caseNo}-P1-9`))).toMatch(
      /NOT_FOUND|기록이 아닙니다/,
    );
    h.call('savePlan', P.plan(caseNo, { consentDate: '2026-04-28', version }));
    const v2 = getCase(h, caseNo).version;
    expect(refusal(h, 'amendPlanItem', { ...item({ goal: '새 목표' }), version: v2 })).toMatch(
      /현재 서비스계획의 항목만/,
    );
    h.call('amendPlanItem', { caseNo, version: v2, itemId: `${caseNo}-P2-1`, changes: { goal: '새 목표' } });
    expect(getCase(h, caseNo).plans[1]?.items.find((i) => i.itemId === `${caseNo}-P2-1`)?.goal).toBe(
      '새 목표',
    );
  });
});

describe('amendCheck', () => {
  it('amends the latest check: 점검일 moves 다음 점검일, 욕구 변화 makes a reassessment due', () => {
    const { h, caseNo } = checkedCase();
    const before = getCase(h, caseNo);
    expect(before.nextCheckDue).toBe('2026-05-20');
    h.call('amendCheck', {
      caseNo,
      version: before.version,
      checkId: `${caseNo}-C1`,
      changes: { checkedOn: '2026-04-22', needsChanged: true, method: 'phone' },
    });
    const after = getCase(h, caseNo);
    expect(after.checks[0]).toMatchObject({ checkedOn: '2026-04-22', needsChanged: true, method: 'phone' });
    expect(after.nextCheckDue).toBe('2026-05-22');
    expect(after.nextReassessmentDue).toBe('2026-04-22');
    expect(audit(h, '점검 수정')).toEqual([
      `${caseNo}-C1: 점검일: 2026-04-20 → 2026-04-22; 점검 방법: 가정방문 → 전화; 욕구 변화: 아니오 → 예`,
    ]);
  });

  it('refuses an older check and a closed case, writing nothing', () => {
    const { h, caseNo } = checkedCase();
    h.call('recordCheck', P.check(caseNo, { checkedOn: '2026-04-27' }));
    const { version } = getCase(h, caseNo);
    expect(
      refusal(h, 'amendCheck', { caseNo, version, checkId: `${caseNo}-C1`, changes: { note: '고침' } }),
    ).toMatch(/가장 최근 점검만/);
    h.call('closeCase', P.closing(caseNo, { closedOn: '2026-04-30', version }));
    const closed = getCase(h, caseNo).version;
    expect(
      refusal(h, 'amendCheck', {
        caseNo,
        version: closed,
        checkId: `${caseNo}-C2`,
        changes: { note: '고침' },
      }),
    ).toMatch(/단계라서 기록을 고칠 수 없습니다/);
    expect(audit(h, '점검 수정')).toEqual([]);
  });
});

it('each amend entry point answers a payload that is not an object in Korean', () => {
  const { h } = checkedCase();
  for (const name of ['amendAssessment', 'amendPlanItem', 'amendCheck'])
    expect(isKorean(refusal(h, name, 'hello'))).toBe(true);
});
