/**
 * What a referral may carry about a client, and how a consent's free-text items ("이름, 연락처,
 * 식사 관련 욕구") are matched against it. Matching is deliberately literal and conservative: a
 * field is shared only if the consent names it, and never if the consent withholds it.
 */
import { LIFE_DOMAINS, type LifeDomain } from '../vocabulary';

function vocabulary<const K extends string>(labels: Record<K, string>) {
  const keys = Object.keys(labels) as [K, ...K[]];
  return { keys, labels, label: (key: K): string => labels[key] };
}

export const REFERRAL_FIELDS = vocabulary({
  name: '이름',
  birthDate: '생년월일',
  phone: '연락처',
  address: '주소',
  household: '가구 상황',
  presentingProblem: '주 호소 문제',
  needs: '욕구',
  strengths: '강점',
});
export type ReferralField = (typeof REFERRAL_FIELDS.keys)[number];

/** Words that name each field in a consent form. Compared with all spaces removed. */
const WORDS: Record<ReferralField, readonly string[]> = {
  name: ['이름', '성명', '성함', '대상자명'],
  birthDate: ['생년월일', '생일'],
  phone: ['연락처', '전화', '휴대폰', '핸드폰'],
  address: ['주소', '거주지'],
  household: ['가구', '가족', '세대'],
  presentingProblem: ['주호소', '호소문제', '주요문제', '상담내용'],
  needs: ['욕구'],
  strengths: ['강점'],
};

/** Words that name each life domain, to keep a withheld domain's needs out of a referral. */
const DOMAIN_WORDS: Record<LifeDomain, readonly string[]> = {
  safety: ['안전'],
  health: ['건강', '질병', '의료', '병력'],
  mentalHealth: ['정신', '건강', '심리'],
  dailyLiving: ['일상생활'],
  family: ['가족'],
  community: ['사회적관계', '대인관계'],
  education: ['교육', '학습'],
  employment: ['고용', '취업', '일자리'],
  economy: ['경제', '소득', '재정', '채무', '부채'],
  housing: ['주거'],
  rights: ['권익'],
};

const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

function mentions(text: string, words: readonly string[]): boolean {
  const haystack = squash(text);
  return haystack !== '' && words.some((word) => haystack.includes(squash(word)));
}

export function consentNames(items: string, field: ReferralField): boolean {
  return mentions(items, WORDS[field]);
}

export function consentWithholds(withheld: string, field: ReferralField): boolean {
  return mentions(withheld, WORDS[field]);
}

/** Life domains whose needs must stay out because the consent withholds them. */
export function withheldDomains(withheld: string): LifeDomain[] {
  return LIFE_DOMAINS.keys.filter(
    (domain) => mentions(withheld, DOMAIN_WORDS[domain]) || mentions(withheld, [LIFE_DOMAINS.label(domain)]),
  );
}

/** Organisation names compared as people write them: spacing and letter case do not matter. */
export function sameRecipient(a: string, b: string): boolean {
  return squash(a) !== '' && squash(a) === squash(b);
}
