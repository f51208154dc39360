import { isKorean, refusal, startAddon, type Harness } from '../support/addon-harness';
import * as P from '../support/payloads';

/**
 * Every class of bad input gets a readable Korean message and changes no cell anywhere (nor the
 * document properties): `refusal` compares the whole workbook before and after.
 */
function openCase(): { h: Harness; caseNo: string } {
  const h = startAddon();
  const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
  return { h, caseNo };
}

describe('refused input writes nothing', () => {
  const { h, caseNo } = openCase();

  const cases: [string, string, () => unknown, RegExp][] = [
    [
      'missing required field',
      'saveIntake',
      () => ({ ...P.intake(), presentingProblem: undefined }),
      /주 호소 문제/,
    ],
    [
      'blank required text',
      'saveIntake',
      () => P.intake({ presentingProblem: '   ' }),
      /주 호소 문제: 필수 항목/,
    ],
    ['invalid date', 'saveIntake', () => P.intake({ intakeDate: '2026-02-30' }), /접수일: 날짜는 YYYY-MM-DD/],
    ['wrong type', 'saveAssessment', () => P.assessment(caseNo, { needs: '많음' }), /욕구: 목록이어야/],
    [
      'unknown choice',
      'closeCase',
      () => P.closing(caseNo, { reason: 'bored' }),
      /종결 사유: 목표달성, 전출/,
    ],
    ['huge string', 'saveIntake', () => P.intake({ strengths: '가'.repeat(100_000) }), /강점: 5,000자 이내/],
    [
      '__proto__ key',
      'saveIntake',
      () => JSON.parse(`{"__proto__":{"x":1},${JSON.stringify(P.intake()).slice(1)}`),
      /알 수 없는 항목이 있습니다: __proto__/,
    ],
    [
      'extra key',
      'savePlan',
      () => ({ ...P.plan(caseNo), isAdmin: true }),
      /알 수 없는 항목이 있습니다: isAdmin/,
    ],
    [
      '보호자 consent without the guardian',
      'recordConsent',
      () => ({
        caseNo,
        consentedOn: '2026-03-02',
        recipient: '행복종합사회복지관',
        items: '이름',
        purpose: '도시락',
        consentBy: 'guardian',
      }),
      /보호자 이름: 보호자가 동의했으면 필수 항목입니다/,
    ],
    [
      '주민등록번호 in a note',
      'saveIntake',
      () => P.intake({ presentingProblem: '주민번호 480517-2345678 확인' }),
      /주민등록번호는 저장하지 않습니다/,
    ],
    [
      '주민등록번호 as birth date',
      'saveIntake',
      () => P.intake({ client: { name: '김하늘', birthDate: '4805172345678' } }),
      /생년월일 칸에 생년월일만/,
    ],
    ['not an object', 'saveIntake', () => 'hello', /입력 형식이 올바르지 않습니다/],
    ['array instead of object', 'recordCheck', () => [P.check(caseNo)], /입력 형식이 올바르지 않습니다/],
    [
      'unknown case',
      'saveAssessment',
      () => P.assessment('행복-2026-9999'),
      /행복-2026-9999 사례를 찾을 수 없습니다/,
    ],
    ['wrong stage: plan before assessment', 'savePlan', () => P.plan(caseNo), /욕구사정을 마친 뒤/],
    ['wrong stage: check before plan', 'recordCheck', () => P.check(caseNo), /'초기상담' 단계라서/],
    [
      'end before start',
      'savePlan',
      () => P.plan(caseNo, { items: [{ ...P.plan(caseNo).items[0], endDate: '2026-01-01' }] }),
      /시작일자보다 빠를 수 없습니다/,
    ],
    ['stale version', 'saveAssessment', () => P.assessment(caseNo, { version: 0 }), /먼저 수정했습니다/],
    [
      'household member born in the future',
      'saveHouseholdMembers',
      () => ({ caseNo, version: 1, members: [{ relation: 'child', birthYear: 2999 }] }),
      /1번째 줄 출생연도: 올해\(\d{4}년\)보다 늦을 수 없습니다/,
    ],
    [
      'household member of no known relation',
      'saveHouseholdMembers',
      () => ({ caseNo, version: 1, members: [{ relation: '이웃' }] }),
      /관계: 배우자, 자녀/,
    ],
    [
      '21 household members',
      'saveHouseholdMembers',
      () => ({ caseNo, version: 1, members: Array.from({ length: 21 }, () => ({ relation: 'child' })) }),
      /가구원: 20명 이내/,
    ],
    [
      'household linked to itself',
      'linkHousehold',
      () => ({ caseNo, version: 1, otherCaseNo: caseNo }),
      /같은 사례끼리는 연결할 수 없습니다/,
    ],
    [
      'household linked to a missing case',
      'linkHousehold',
      () => ({ caseNo, version: 1, otherCaseNo: '행복-2026-9999' }),
      /행복-2026-9999 사례를 찾을 수 없습니다/,
    ],
    [
      'unlinking a case in no household',
      'unlinkHousehold',
      () => ({ caseNo, version: 1 }),
      /연결된 사례가 없습니다/,
    ],
    [
      'amend: not after today',
      'amendAssessment',
      () => ({ caseNo, version: 0, assessmentId: `${caseNo}-S1`, changes: { assessedOn: '2099-01-01' } }),
      /사정일: 오늘\(.*\)보다 늦은/,
    ],
    [
      'amend: unknown field',
      'amendCheck',
      () => ({ caseNo, version: 0, checkId: `${caseNo}-C1`, changes: { mood: '좋음' } }),
      /mood/,
    ],
    [
      'amend: no plan item yet',
      'amendPlanItem',
      () => ({ caseNo, version: 1, itemId: `${caseNo}-P1-1`, changes: { goal: '끼니' } }),
      /기록이 아닙니다|먼저 수정했습니다/,
    ],
  ];

  it.each(cases)('%s (%s)', (_label, fn, payload, expected) => {
    const message = refusal(h, fn, payload());
    expect(message).toMatch(expected);
    expect(isKorean(message)).toBe(true);
  });
});

describe('two people editing the same case', () => {
  it('refuses the stale save and keeps the newer one', () => {
    const { h, caseNo } = openCase();
    const opened = h.call<{ version: number }>('getCase', { caseNo }).version; // both open the form
    h.call('saveAssessment', P.assessment(caseNo, { version: opened })); // first save wins
    const message = refusal(h, 'saveAssessment', P.assessment(caseNo, { kind: 're', version: opened }));
    expect(message).toContain('다시 열어');
    const file = h.call<{ assessments: unknown[]; version: number }>('getCase', { caseNo });
    expect(file.assessments).toHaveLength(1);
    expect(file.version).toBe(opened + 1);
  });

  it('waits for the document lock and says so when another save holds it too long', () => {
    const { h, caseNo } = openCase();
    const release = h.env.holdLock('document');
    const message = refusal(h, 'recordConference', {
      caseNo,
      kind: 'caseMeeting',
      heldOn: '2026-03-03',
      decision: 'onHold',
    });
    release();
    expect(message).toContain('다른 사람이 저장하는 중입니다');
  });
});
