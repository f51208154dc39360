import {
  consentGiverText,
  consentInForce,
  consentStanding,
  needsNoConsent,
  recipientCovers,
  uncoveredProviders,
} from '../../../src/domain/consent-lifecycle';

const consent = (
  over: Partial<{ consentedOn: string | null; until: string | null; withdrawnOn: string | null }> = {},
) => ({
  recipient: '행복종합사회복지관',
  consentedOn: '2026-03-01',
  until: null,
  withdrawnOn: null,
  ...over,
});

describe('consentStanding', () => {
  it('is 유효 without an end, or more than 30 days before it', () => {
    expect(consentStanding(consent(), '2026-05-01').label).toBe('유효');
    expect(consentStanding(consent({ until: '2026-06-01' }), '2026-05-01').label).toBe('유효');
  });

  it('counts the days left within 30 days of the end, and 오늘까지 on the last day', () => {
    expect(consentStanding(consent({ until: '2026-05-31' }), '2026-05-01')).toEqual({
      kind: 'endingSoon',
      label: '30일 남음',
      daysLeft: 30,
    });
    expect(consentStanding(consent({ until: '2026-05-02' }), '2026-05-01').label).toBe('1일 남음');
    expect(consentStanding(consent({ until: '2026-05-01' }), '2026-05-01').label).toBe('오늘까지');
    expect(consentInForce(consent({ until: '2026-05-01' }), '2026-05-01')).toBe(true);
  });

  it('is 기간 끝남 from the day after 보유·이용 기간, and no longer in force', () => {
    const ended = consent({ until: '2026-04-30' });
    expect(consentStanding(ended, '2026-05-01')).toEqual({
      kind: 'ended',
      label: '기간 끝남',
      on: '2026-04-30',
    });
    expect(consentInForce(ended, '2026-05-01')).toBe(false);
  });

  it('is 철회 from the day of withdrawal, before any end of period', () => {
    const withdrawn = consent({ until: '2026-04-30', withdrawnOn: '2026-04-10' });
    expect(consentStanding(withdrawn, '2026-05-01')).toEqual({
      kind: 'withdrawn',
      label: '철회',
      on: '2026-04-10',
    });
    expect(consentStanding(withdrawn, '2026-04-10').kind).toBe('withdrawn');
    // The day before, it still held (a referral dated then rested on it).
    expect(consentInForce(withdrawn, '2026-04-09')).toBe(true);
  });

  it('does not hold on a day before it was given', () => {
    expect(consentInForce(consent(), '2026-02-28')).toBe(false);
  });
});

describe('who consented', () => {
  it('names 본인, or the 보호자 with name and relation; an old row without the column is 본인', () => {
    expect(consentGiverText({ consentBy: null, guardianName: '', guardianRelation: '' })).toBe('본인');
    expect(consentGiverText({ consentBy: 'self', guardianName: '', guardianRelation: '' })).toBe('본인');
    expect(
      consentGiverText({ consentBy: 'guardian', guardianName: ' 김민수 ', guardianRelation: '아들' }),
    ).toBe('보호자 김민수 (아들)');
  });
});

describe('which providers a consent covers', () => {
  it('matches names with spacing, case and Unicode form ignored, one containing the other', () => {
    expect(recipientCovers('행복 종합사회복지관', '행복종합사회복지관')).toBe(true);
    expect(recipientCovers('행복종합사회복지관', '(사)행복종합사회복지관 재가팀')).toBe(true);
    expect(recipientCovers('행복종합사회복지관'.normalize('NFD'), '행복종합사회복지관')).toBe(true);
    expect(recipientCovers('Hope Center', 'hopecenter')).toBe(true);
    expect(recipientCovers('행복종합사회복지관', '희망지역아동센터')).toBe(false);
    expect(recipientCovers('', '희망지역아동센터')).toBe(false);
  });

  it('needs no consent for the client, family, neighbours, the 동 주민센터 or a blank provider', () => {
    for (const provider of [
      '본인',
      '가족',
      '가족(딸)',
      '이웃',
      '동 주민센터',
      '행정복지센터',
      '본인·가족',
      '',
    ])
      expect(needsNoConsent(provider)).toBe(true);
    for (const provider of ['행복종합사회복지관', '이웃사랑봉사단', '가족센터', '본인·행복의원'])
      expect(needsNoConsent(provider)).toBe(false);
  });

  it('lists each uncovered outside provider once, in order, ignoring consents not in force', () => {
    const consents = [
      consent({ until: null }),
      { ...consent({ withdrawnOn: '2026-04-01' }), recipient: '희망지역아동센터' },
      { ...consent({ until: '2026-04-30' }), recipient: '사랑의원' },
    ];
    expect(
      uncoveredProviders(
        [
          '행복 종합사회복지관',
          '희망지역아동센터',
          '본인',
          ' 사랑의원 ',
          '희망 지역아동센터',
          null,
          '가족센터',
        ],
        consents,
        '2026-05-01',
      ),
    ).toEqual(['희망지역아동센터', '사랑의원', '가족센터']);
  });
});
