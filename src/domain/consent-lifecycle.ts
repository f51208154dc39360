/**
 * 정보제공 동의 as a lifecycle (issue 14, decision 0013): who gave it, where it stands on a day
 * (유효, N일 남음, 기간 끝남, 철회), and which plan items' 제공기관 no consent in force covers.
 * Pure: the sidebar (case view, consent details, plan form) and the server (savePlan, referral)
 * call the same functions, so the warning a worker sees is the rule the server applies.
 */
import { daysBetween, type DateKey } from './dates';
import type { ConsentRecord } from './records';
import { foldText } from './text-folding';
import { CONSENT_GIVERS, type ConsentGiver } from './vocabulary';

/** How many days before its 보유·이용 기간 ends a consent shows "N일 남음" instead of "유효". */
export const ENDING_SOON_DAYS = 30;

export type ConsentStanding =
  | { kind: 'valid'; label: '유효' }
  | { kind: 'endingSoon'; label: string; daysLeft: number }
  | { kind: 'ended'; label: '기간 끝남'; on: DateKey }
  | { kind: 'withdrawn'; label: '철회'; on: DateKey }
  /** Only for a day before the consent was given (a referral dated earlier): nothing rests on it yet. */
  | { kind: 'notYet'; label: '동의 전' };

type Dated = Pick<ConsentRecord, 'consentedOn' | 'until' | 'withdrawnOn'>;

/**
 * Where a consent stands on `day`. A withdrawal counts from its own day (nothing goes out on the
 * day it was withdrawn); `until` is the last day of use, so the consent still holds on that day.
 */
export function consentStanding(consent: Dated, day: DateKey): ConsentStanding {
  if (consent.withdrawnOn && consent.withdrawnOn <= day)
    return { kind: 'withdrawn', label: '철회', on: consent.withdrawnOn };
  if (consent.consentedOn && consent.consentedOn > day) return { kind: 'notYet', label: '동의 전' };
  if (consent.until && consent.until < day) return { kind: 'ended', label: '기간 끝남', on: consent.until };
  if (consent.until) {
    const daysLeft = daysBetween(day, consent.until);
    if (daysLeft <= ENDING_SOON_DAYS)
      return { kind: 'endingSoon', label: daysLeft === 0 ? '오늘까지' : `${daysLeft}일 남음`, daysLeft };
  }
  return { kind: 'valid', label: '유효' };
}

/** In force on `day`: 유효 or N일 남음. Referrals and the plan's coverage rest only on these. */
export function consentInForce(consent: Dated, day: DateKey): boolean {
  const { kind } = consentStanding(consent, day);
  return kind === 'valid' || kind === 'endingSoon';
}

/** Who consented; a row from before the 동의한 사람 column (empty) is the client's own consent. */
export function consentGiverOf(consent: Pick<ConsentRecord, 'consentBy'>): ConsentGiver {
  return consent.consentBy ?? 'self';
}

/** "본인" or "보호자 김민수 (딸)": who signed, in the words of the consent list and the 동의서. */
export function consentGiverText(
  consent: Pick<ConsentRecord, 'consentBy' | 'guardianName' | 'guardianRelation'>,
): string {
  const giver = consentGiverOf(consent);
  if (giver === 'self') return CONSENT_GIVERS.label('self');
  const relation = consent.guardianRelation.trim();
  return [CONSENT_GIVERS.label('guardian'), consent.guardianName.trim(), relation ? `(${relation})` : '']
    .filter(Boolean)
    .join(' ');
}

/**
 * Providers that are not an outside organisation, so no 제3자 정보제공 동의 is needed: the client,
 * their informal network and the 동 주민센터 itself (the strengths perspective, DOMAIN.md §5).
 * Compared as squashed text (see `squashName`).
 */
export const PROVIDERS_NEEDING_NO_CONSENT = [
  '본인',
  '당사자',
  '대상자',
  '가족',
  '이웃',
  '주민센터',
  '동주민센터',
  '행정복지센터',
  '동행정복지센터',
] as const;

/** An organisation's name for matching only: NFC, invisible characters and every space removed, lower case. */
export function squashName(name: string): string {
  return foldText(name).replace(/\s+/gu, '').toLowerCase();
}

/** "가족(딸)", "본인·가족", "이웃 / 가족": each part, without what is in brackets. */
function parts(provider: string): string[] {
  return provider
    .split(/[,·/]|및/u)
    .map((part) => squashName(part.replace(/\([^)]*\)/gu, '')))
    .filter(Boolean);
}

/** The 동 주민센터 however it is named: "행복동 주민센터", "행복동 행정복지센터". */
const CENTRE_SUFFIXES = ['주민센터', '행정복지센터'];

/** True when the provider is the client, family, neighbours or the 동 주민센터 (or blank). */
export function needsNoConsent(provider: string): boolean {
  const names = parts(provider);
  const exempt: readonly string[] = PROVIDERS_NEEDING_NO_CONSENT;
  return names.every((name) => exempt.includes(name) || CENTRE_SUFFIXES.some((end) => name.endsWith(end)));
}

/** A consent's 제공받는 기관 covers a provider when, squashed, one name contains the other. */
export function recipientCovers(recipient: string, provider: string): boolean {
  const a = squashName(recipient);
  const b = squashName(provider);
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

/**
 * The plan items' 제공기관 that no consent in force on `day` covers, each named once in the order
 * first given (as typed, trimmed). Blank providers and those in PROVIDERS_NEEDING_NO_CONSENT are left out.
 */
export function uncoveredProviders(
  providers: readonly (string | null | undefined)[],
  consents: readonly (Dated & Pick<ConsentRecord, 'recipient'>)[],
  day: DateKey,
): string[] {
  const holding = consents.filter((c) => consentInForce(c, day));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of providers) {
    const provider = (raw ?? '').trim();
    if (needsNoConsent(provider)) continue;
    const key = squashName(provider);
    if (seen.has(key)) continue;
    seen.add(key);
    if (!holding.some((c) => recipientCovers(c.recipient, provider))) out.push(provider);
  }
  return out;
}
