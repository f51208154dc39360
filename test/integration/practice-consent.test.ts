import { seoulDateKey } from '../../src/domain/dates';
import { consentGiverText, consentStanding } from '../../src/domain/consent-lifecycle';
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
 * 정보제공 동의 as a lifecycle (issue 14), through dist/ as the sidebar calls it: who consented
 * (본인 / 보호자 with name and relation), where each consent stands as the days pass on the fake
 * clock, and savePlan naming the 제공기관 no consent in force covers. Bad input writes nothing.
 */
const TODAY = '2026-05-01';
const DAY = 24 * 3600_000;

function assessedCase(): { h: Harness; caseNo: string } {
  const h = startAddon({ now: `${TODAY}T10:00:00+09:00` });
  const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
  h.call('saveAssessment', P.assessment(caseNo));
  return { h, caseNo };
}

const getCase = (h: Harness, caseNo: string) => h.call<CaseFile>('getCase', { caseNo });
const audit = (h: Harness, action: string) =>
  tabRows(h.env, '변경이력')
    .filter((r) => r['작업'] === action)
    .map((r) => r['내용']);

const consent = (caseNo: string, overrides: Record<string, unknown> = {}) => ({
  caseNo,
  consentedOn: '2026-04-20',
  recipient: '행복종합사회복지관',
  items: '이름, 연락처',
  purpose: '도시락 배달',
  ...overrides,
});

const planWith = (caseNo: string, providers: string[]) =>
  P.plan(caseNo, {
    consentDate: TODAY,
    items: providers.map((provider, i) => ({
      goal: `목표 ${i + 1}`,
      service: `서비스 ${i + 1}`,
      startDate: TODAY,
      provider,
    })),
  });

describe('who consented (recordConsent)', () => {
  it('keeps a 보호자 consent with the guardian’s name and relation, shown and audited', () => {
    const { h, caseNo } = assessedCase();
    const { consentId } = h.call<{ consentId: string }>(
      'recordConsent',
      consent(caseNo, { consentBy: 'guardian', guardianName: '김민수', guardianRelation: '아들' }),
    );
    const [row] = tabRows(h.env, '정보제공동의');
    expect(row?.['동의한 사람']).toBe('보호자');
    expect(row?.['보호자 이름']).toBe('김민수');
    expect(row?.['보호자 관계']).toBe('아들');
    const stored = getCase(h, caseNo).consents[0]!;
    expect(stored).toMatchObject({
      consentId,
      consentBy: 'guardian',
      guardianName: '김민수',
      guardianRelation: '아들',
    });
    expect(consentGiverText(stored)).toBe('보호자 김민수 (아들)');
    expect(audit(h, '정보제공 동의')).toEqual([`${consentId}: 행복종합사회복지관 (보호자 김민수, 아들)`]);
  });

  it('reads a consent sent without 동의한 사람 as the client’s own (본인)', () => {
    const { h, caseNo } = assessedCase();
    h.call('recordConsent', consent(caseNo));
    const stored = getCase(h, caseNo).consents[0]!;
    expect(stored).toMatchObject({ consentBy: 'self', guardianName: '', guardianRelation: '' });
    expect(consentGiverText(stored)).toBe('본인');
    expect(tabRows(h.env, '정보제공동의')[0]?.['동의한 사람']).toBe('본인');
  });

  it('refuses, writing nothing: 보호자 without name or relation, 본인 with guardian fields, an unknown giver', () => {
    const { h, caseNo } = assessedCase();
    expect(
      refusal(h, 'recordConsent', consent(caseNo, { consentBy: 'guardian', guardianRelation: '딸' })),
    ).toMatch(/보호자 이름: 보호자가 동의했으면 필수 항목입니다/);
    expect(
      refusal(
        h,
        'recordConsent',
        consent(caseNo, { consentBy: 'guardian', guardianName: '김민수', guardianRelation: ' ' }),
      ),
    ).toMatch(/보호자 관계: 보호자가 동의했으면 필수 항목입니다/);
    expect(
      refusal(h, 'recordConsent', consent(caseNo, { consentBy: 'self', guardianName: '김민수' })),
    ).toMatch(/보호자 이름: 본인이 동의했으면 비워 두세요/);
    expect(refusal(h, 'recordConsent', consent(caseNo, { guardianRelation: '딸' }))).toMatch(
      /보호자 관계: 본인이 동의했으면 비워 두세요/,
    );
    expect(refusal(h, 'recordConsent', consent(caseNo, { consentBy: 'neighbour' }))).toMatch(
      /동의한 사람: 본인, 보호자 중에서 고르세요/,
    );
    expect(
      refusal(
        h,
        'recordConsent',
        consent(caseNo, { consentBy: 'guardian', guardianName: 'x'.repeat(51), guardianRelation: '딸' }),
      ),
    ).toMatch(/보호자 이름: /);
    expect(isKorean(refusal(h, 'recordConsent', 'hello'))).toBe(true);
    expect(getCase(h, caseNo).consents).toEqual([]);
  });

  it('stores a guardian’s name typed like a formula as text', () => {
    const { h, caseNo } = assessedCase();
    h.call(
      'recordConsent',
      consent(caseNo, { consentBy: 'guardian', guardianName: '=김민수', guardianRelation: '+딸' }),
    );
    expect(getCase(h, caseNo).consents[0]).toMatchObject({
      guardianName: '=김민수',
      guardianRelation: '+딸',
    });
  });
});

describe('standing of a consent as the days pass', () => {
  it('is 유효, then N일 남음 within 30 days of its end, then 기간 끝남; referrals and the plan follow', () => {
    const { h, caseNo } = assessedCase();
    h.call('recordConsent', consent(caseNo, { until: '2026-06-20' }));
    // The day the sidebar would show: the fake clock's, in Seoul.
    const standing = () => consentStanding(getCase(h, caseNo).consents[0]!, seoulDateKey(h.env.clock.now()));
    expect(standing().label).toBe('유효');

    h.env.clock.advance(30 * DAY); // 2026-05-31: 20 days left
    expect(standing().label).toBe('20일 남음');
    expect(
      h.call<{ uncoveredProviders: string[] }>('savePlan', planWith(caseNo, ['행복종합사회복지관']))
        .uncoveredProviders,
    ).toEqual([]);

    h.env.clock.advance(21 * DAY); // 2026-06-21: the day after its end
    expect(standing()).toMatchObject({ kind: 'ended', label: '기간 끝남', on: '2026-06-20' });
    const later = planWith(caseNo, ['행복종합사회복지관']);
    later.consentDate = '2026-06-21';
    expect(h.call<{ uncoveredProviders: string[] }>('savePlan', later).uncoveredProviders).toEqual([
      '행복종합사회복지관',
    ]);
    expect(
      refusal(h, 'referClient', {
        caseNo,
        referredOn: '2026-06-21',
        recipient: '행복종합사회복지관',
        fields: ['name'],
        purpose: '도시락',
      }),
    ).toMatch(/보유·이용 기간\(2026-06-20\)이 지났습니다/);
  });
});

describe('savePlan and the providers no consent covers', () => {
  it('names each outside provider without a consent in force, in the result and the audit', () => {
    const { h, caseNo } = assessedCase();
    h.call('recordConsent', consent(caseNo, { recipient: '행복 종합사회복지관' }));
    const result = h.call<{ planId: string; uncoveredProviders: string[] }>(
      'savePlan',
      planWith(caseNo, [
        '(사)행복종합사회복지관 ', // one name containing the other, spaces ignored
        '본인',
        '가족(딸)',
        '동 주민센터',
        '',
        '희망지역아동센터',
        '희망 지역아동센터', // the same provider again: named once
      ]),
    );
    expect(result.uncoveredProviders).toEqual(['희망지역아동센터']);
    expect(audit(h, '서비스계획')).toEqual([
      `${result.planId}: 항목 7개, 동의일 ${TODAY}; 정보제공 동의 없는 제공기관: 희망지역아동센터`,
    ]);
  });

  it('a withdrawn consent stops covering its provider from the day of withdrawal', () => {
    const { h, caseNo } = assessedCase();
    const { consentId } = h.call<{ consentId: string }>('recordConsent', consent(caseNo));
    expect(
      h.call<{ uncoveredProviders: string[] }>('savePlan', planWith(caseNo, ['행복종합사회복지관']))
        .uncoveredProviders,
    ).toEqual([]);
    h.call('withdrawConsent', { caseNo, consentId, on: TODAY, reason: '본인 요청' });
    expect(consentStanding(getCase(h, caseNo).consents[0]!, TODAY)).toMatchObject({
      kind: 'withdrawn',
      label: '철회',
    });
    const second = h.call<{ planId: string; uncoveredProviders: string[] }>(
      'savePlan',
      planWith(caseNo, ['행복종합사회복지관']),
    );
    expect(second.uncoveredProviders).toEqual(['행복종합사회복지관']);
    expect(audit(h, '서비스계획')[1]).toMatch(/정보제공 동의 없는 제공기관: 행복종합사회복지관$/);
  });

  it('an empty list when every provider is the client, family, neighbours or the centre', () => {
    const { h, caseNo } = assessedCase();
    const result = h.call<{ uncoveredProviders: string[] }>(
      'savePlan',
      planWith(caseNo, ['본인', '이웃', '본인·가족', '행정복지센터']),
    );
    expect(result.uncoveredProviders).toEqual([]);
    expect(audit(h, '서비스계획')[0]).not.toMatch(/동의 없는/);
  });

  it('bad input to savePlan still writes nothing, whatever its providers', () => {
    const { h, caseNo } = assessedCase();
    const bad = planWith(caseNo, ['희망지역아동센터']);
    bad.consentDate = '2026-05-02';
    expect(refusal(h, 'savePlan', bad)).toMatch(/동의일\(서명일\): 오늘/);
    expect(getCase(h, caseNo).plans).toEqual([]);
  });
});

describe('the printed 서비스제공 계획 및 점검표', () => {
  it('names who signed each 정보제공 동의 and where it stands on the day it is made', () => {
    const { h, caseNo } = assessedCase();
    h.call(
      'recordConsent',
      consent(caseNo, { consentBy: 'guardian', guardianName: '김민수', guardianRelation: '아들' }),
    );
    h.call('savePlan', planWith(caseNo, ['행복종합사회복지관']));
    const html = h.call<{ html: string }>('previewCaseDocument', { caseNo, form: 'plan' }).html;
    expect(html).toContain(
      '제3자 정보제공 동의: 행복종합사회복지관 (보호자 김민수 (아들) 동의, 2026. 4. 20., 유효)',
    );
  });
});
