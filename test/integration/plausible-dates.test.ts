import { isKorean, refusal, startAddon, type Harness } from '../support/addon-harness';
import * as P from '../support/payloads';

/**
 * Dates a person enters must be plausible (CONTRACT.md): no birth in the future or before 1900, no
 * intake before the birth, nothing that already happened dated after today, no plan item ending
 * before it starts, no consent period ending before the consent. "Today" is the server's clock (the
 * fakes' clock here), and every refusal names the field in Korean and writes nothing.
 */
const TODAY = '2026-07-10';

function caseAt(stage: 'intake' | 'assessed' | 'planned' | 'closed'): { h: Harness; caseNo: string } {
  const h = startAddon({ now: `${TODAY}T10:00:00+09:00` });
  const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
  if (stage !== 'intake') h.call('saveAssessment', P.assessment(caseNo));
  if (stage === 'planned' || stage === 'closed') h.call('savePlan', P.plan(caseNo));
  if (stage === 'closed') h.call('closeCase', P.closing(caseNo));
  return { h, caseNo };
}

describe('dates that make sense', () => {
  const tomorrow = '2026-07-11';

  it.each([
    [
      'a birth date in the future',
      { client: { ...P.intake().client, birthDate: '2030-01-01' } },
      /생년월일: 오늘\(2026-07-10\)보다 늦은/,
    ],
    [
      'a birth date before 1900',
      { client: { ...P.intake().client, birthDate: '1899-12-31' } },
      /생년월일: 1900년 이후/,
    ],
    [
      'an intake before the birth',
      { client: { ...P.intake().client, birthDate: '1990-01-01' }, intakeDate: '1989-12-31' },
      /접수일: 생년월일보다 빠를 수 없습니다/,
    ],
    ['an intake tomorrow', { intakeDate: tomorrow }, /접수일: 오늘\(2026-07-10\)보다 늦은/],
  ])('refuses %s at intake', (_what, overrides, message) => {
    const h = startAddon({ now: `${TODAY}T10:00:00+09:00` });
    const refused = refusal(h, 'saveIntake', P.intake(overrides));
    expect(refused).toMatch(message);
    expect(isKorean(refused)).toBe(true);
  });

  it('accepts the records of today, and refuses the same records dated tomorrow', () => {
    const { h, caseNo } = caseAt('intake');
    expect(refusal(h, 'saveAssessment', P.assessment(caseNo, { assessedOn: tomorrow }))).toMatch(
      /사정일: 오늘/,
    );
    expect(
      refusal(h, 'recordConference', {
        caseNo,
        kind: 'caseMeeting',
        heldOn: tomorrow,
        decision: 'selected',
      }),
    ).toMatch(/회의일: 오늘/);
    h.call('saveAssessment', P.assessment(caseNo, { assessedOn: TODAY }));
    expect(refusal(h, 'savePlan', P.plan(caseNo, { consentDate: tomorrow }))).toMatch(
      /동의일\(서명일\): 오늘/,
    );
    h.call('savePlan', P.plan(caseNo));
    expect(refusal(h, 'recordCheck', P.check(caseNo, { checkedOn: tomorrow }))).toMatch(/점검일: 오늘/);
    h.call('recordCheck', P.check(caseNo, { checkedOn: TODAY }));
    expect(refusal(h, 'closeCase', P.closing(caseNo, { closedOn: tomorrow }))).toMatch(/종결일: 오늘/);
  });

  it('lets a plan item start in the future (a planned service), but not end before it starts', () => {
    const { h, caseNo } = caseAt('assessed');
    const [first] = P.plan(caseNo).items;
    const future = { ...first, startDate: '2026-09-01', endDate: '2026-12-31' };
    expect(h.call('savePlan', P.plan(caseNo, { items: [future] }))).toMatchObject({ planId: `${caseNo}-P1` });
    const backwards = { ...first, startDate: '2026-09-01', endDate: '2026-08-31' };
    expect(refusal(h, 'savePlan', P.plan(caseNo, { items: [backwards] }))).toMatch(
      /1번째 줄 서비스 종료일자: 시작일자보다 빠를 수 없습니다/,
    );
  });

  it('refuses a consent whose period ends before it was given, and one dated tomorrow', () => {
    const { h, caseNo } = caseAt('assessed');
    const consent = {
      caseNo,
      consentedOn: '2026-07-01',
      recipient: '행복종합사회복지관',
      items: '이름',
      purpose: '도시락',
    };
    expect(refusal(h, 'recordConsent', { ...consent, until: '2026-06-30' })).toMatch(
      /보유·이용 기간: 동의일보다 빠를 수 없습니다/,
    );
    expect(refusal(h, 'recordConsent', { ...consent, consentedOn: tomorrow })).toMatch(/동의일: 오늘/);
    // A period of zero days (ends the day it was given) is a period.
    expect(h.call('recordConsent', { ...consent, until: '2026-07-01' })).toMatchObject({
      consentId: `${caseNo}-D1`,
    });
  });

  it('refuses a follow-up or a re-opening dated after today', () => {
    const { h, caseNo } = caseAt('closed');
    expect(
      refusal(h, 'recordFollowUp', { caseNo, contactedOn: tomorrow, method: 'phone', note: '안부 확인' }),
    ).toMatch(/사후관리일: 오늘/);
    expect(refusal(h, 'reopenCase', { caseNo, reopenedOn: tomorrow, reason: '새 위기' })).toMatch(
      /재개일: 오늘/,
    );
  });

  it('moves with the clock: what was tomorrow is accepted once that day comes', () => {
    const { h, caseNo } = caseAt('planned');
    expect(refusal(h, 'recordCheck', P.check(caseNo, { checkedOn: tomorrow }))).toMatch(/점검일: 오늘/);
    h.env.clock.advance(24 * 3600_000);
    expect(h.call('recordCheck', P.check(caseNo, { checkedOn: tomorrow }))).toMatchObject({
      checkId: `${caseNo}-C1`,
    });
  });
});
