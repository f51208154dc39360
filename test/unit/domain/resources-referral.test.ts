import type { CaseRecord, ConsentRecord, NeedRecord } from '../../../src/domain/records';
import { consentFor, referralContent } from '../../../src/domain/resources';

const consent = (overrides: Partial<ConsentRecord> = {}): ConsentRecord => ({
  consentId: '행복-2026-0001-D1',
  caseNo: '행복-2026-0001',
  consentedOn: '2026-03-12',
  recipient: '행복종합사회복지관',
  items: '이름, 연락처, 식사 관련 욕구',
  purpose: '도시락 배달 연계',
  until: '2027-03-12',
  withheld: '건강 정보',
  consentBy: 'self',
  guardianName: '',
  guardianRelation: '',
  recordedBy: 'kim.sw@dong.example',
  withdrawnOn: null,
  withdrawalReason: '',
  ...overrides,
});

const base = {
  caseNo: '행복-2026-0001',
  recipient: '행복 종합사회복지관',
  day: '2026-03-20',
  consents: [consent()],
};

describe('consent before referral', () => {
  it('allows the named fields to the named recipient (spacing does not matter)', () => {
    const decision = consentFor({ ...base, fields: ['name', 'phone', 'needs'] });
    expect(decision.consent.consentId).toBe('행복-2026-0001-D1');
    expect(decision.excludedDomains).toEqual(expect.arrayContaining(['health', 'mentalHealth']));
  });

  it('refuses when there is no consent for that recipient', () => {
    expect(() => consentFor({ ...base, recipient: '다른기관', fields: ['name'] })).toThrow('동의가 없어');
  });

  it('refuses a field the consent does not name, and one it withholds', () => {
    expect(() => consentFor({ ...base, fields: ['name', 'address'] })).toThrow('주소');
    expect(() =>
      consentFor({
        ...base,
        consents: [consent({ items: '이름, 주소', withheld: '주소' })],
        fields: ['address'],
      }),
    ).toThrow('제공하지 않기로 한');
  });

  it('refuses before the consent and after its period', () => {
    expect(() => consentFor({ ...base, day: '2026-03-01', fields: ['name'] })).toThrow('동의일');
    expect(() => consentFor({ ...base, day: '2027-04-01', fields: ['name'] })).toThrow('보유·이용 기간');
  });

  it('refuses a named consent of another recipient', () => {
    expect(() =>
      consentFor({ ...base, recipient: '보건소', consentId: '행복-2026-0001-D1', fields: ['name'] }),
    ).toThrow("'행복종합사회복지관'에 대한 동의");
  });
});

describe('referral content', () => {
  it('carries exactly the consented fields and leaves withheld domains out', () => {
    const caseRow = {
      caseNo: '행복-2026-0001',
      clientName: '김하늘',
      birthDate: '1948-05-17',
      phone: '010-0000-1234',
      address: '행복동 12-3',
      household: '독거',
      caseManager: 'kim.sw@dong.example',
    } as CaseRecord;
    const needs = [
      { domain: 'dailyLiving', problem: '한 끼', demand: '밥', need: '식사 지원' },
      { domain: 'health', problem: '무릎 통증', demand: '', need: '진료' },
    ] as NeedRecord[];
    const fields = ['name', 'phone', 'needs'] as const;
    const content = referralContent({
      referralId: '행복-2026-0001-R1',
      referredOn: '2026-03-20',
      recipient: '행복종합사회복지관',
      purpose: '도시락',
      message: '',
      fields: [...fields],
      decision: consentFor({ ...base, fields: [...fields] }),
      caseRow,
      intake: undefined,
      latestAssessment: undefined,
      needs,
    });
    expect(content.client).toEqual({ name: '김하늘', phone: '010-0000-1234' });
    expect(JSON.stringify(content)).not.toContain('1948-05-17');
    expect(JSON.stringify(content)).not.toContain('무릎');
    expect(content.sharedFields).toEqual(['이름', '연락처', expect.stringContaining('욕구(')]);
  });
});
