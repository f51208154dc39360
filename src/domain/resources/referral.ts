/**
 * 의뢰 (referral) of a client to a partner. Nothing about the client goes to a partner unless a
 * 제3자 정보제공 동의 for that very recipient is in force on the day and names every field sent;
 * a field the consent withholds is never sent. The content is built from those fields only.
 */
import type { DateKey } from '../dates';
import type { AssessmentRecord, CaseRecord, ConsentRecord, IntakeRecord, NeedRecord } from '../records';
import { consentInForce, consentStanding } from '../consent-lifecycle';
import { UserError } from '../validation';
import { LIFE_DOMAINS, type LifeDomain } from '../vocabulary';
import {
  consentNames,
  consentWithholds,
  REFERRAL_FIELDS,
  sameRecipient,
  withheldDomains,
  type ReferralField,
} from './referral-fields';

export interface ConsentDecision {
  consent: ConsentRecord;
  /** Needs of these life domains stay out: the consent withholds them. */
  excludedDomains: LifeDomain[];
}

function gaps(consent: ConsentRecord, fields: readonly ReferralField[]) {
  return {
    unnamed: fields.filter((f) => !consentNames(consent.items, f)),
    withheld: fields.filter((f) => consentWithholds(consent.withheld, f)),
  };
}

const labels = (fields: readonly ReferralField[]) => fields.map((f) => REFERRAL_FIELDS.label(f)).join(', ');

/** The consent that allows sending `fields` to `recipient` on `day`, or a UserError saying why not. */
export function consentFor(args: {
  caseNo: string;
  recipient: string;
  day: DateKey;
  fields: readonly ReferralField[];
  consents: readonly ConsentRecord[];
  consentId?: string;
}): ConsentDecision {
  const { caseNo, recipient, day, fields } = args;
  const ofCase = args.consents.filter((c) => c.caseNo === caseNo);
  let candidates: ConsentRecord[];
  if (args.consentId) {
    const chosen = ofCase.find((c) => c.consentId === args.consentId);
    if (!chosen)
      throw new UserError(
        `동의 ${args.consentId}은(는) ${caseNo} 사례의 정보제공 동의가 아닙니다.`,
        'NOT_FOUND',
      );
    if (!sameRecipient(chosen.recipient, recipient))
      throw new UserError(
        `동의 ${chosen.consentId}은(는) '${chosen.recipient}'에 대한 동의라서 '${recipient}'에 의뢰할 수 없습니다.`,
        'NO_CONSENT',
      );
    candidates = [chosen];
  } else {
    candidates = ofCase.filter((c) => sameRecipient(c.recipient, recipient));
  }
  if (candidates.length === 0)
    throw new UserError(
      `${caseNo} 사례에는 '${recipient}'에 대한 제3자 정보제공 동의가 없어 의뢰할 수 없습니다. ` +
        '대상자에게 이 기관에 제공할 항목과 목적을 설명하고 동의를 받아 먼저 기록하세요.',
      'NO_CONSENT',
    );
  // One rule for whether a consent holds (src/domain/consent-lifecycle.ts): a withdrawal stops it at once.
  const current = candidates.filter((c) => consentInForce(c, day));
  if (current.length === 0) {
    const latest = [...candidates].sort((a, b) =>
      (b.consentedOn ?? '').localeCompare(a.consentedOn ?? ''),
    )[0] as ConsentRecord;
    const standing = consentStanding(latest, day);
    const why =
      standing.kind === 'withdrawn'
        ? `철회(${standing.on})로 더 이상 유효하지 않습니다`
        : standing.kind === 'ended'
          ? `보유·이용 기간(${standing.on})이 지났습니다`
          : `동의일(${latest.consentedOn ?? '없음'})이 의뢰일보다 늦습니다`;
    throw new UserError(
      `'${recipient}'에 대한 동의 ${latest.consentId}의 ${why}. 동의를 새로 받아 기록하세요.`,
      'NO_CONSENT',
    );
  }
  const ordered = [...current].sort((a, b) => (b.consentedOn ?? '').localeCompare(a.consentedOn ?? ''));
  const fitting = ordered.find((c) => {
    const g = gaps(c, fields);
    return g.unnamed.length === 0 && g.withheld.length === 0;
  });
  if (!fitting) {
    const latest = ordered[0] as ConsentRecord;
    const g = gaps(latest, fields);
    if (g.withheld.length > 0)
      throw new UserError(
        `동의 ${latest.consentId}에서 '${recipient}'에 제공하지 않기로 한 정보입니다: ${labels(g.withheld)}. 그 항목을 빼고 의뢰하세요.`,
        'NO_CONSENT',
      );
    throw new UserError(
      `동의 ${latest.consentId}의 제공 항목("${latest.items}")에 없는 정보는 제공할 수 없습니다: ${labels(g.unnamed)}. ` +
        '그 항목을 빼거나 동의를 새로 받아 기록하세요.',
      'NO_CONSENT',
    );
  }
  return { consent: fitting, excludedDomains: withheldDomains(fitting.withheld) };
}

export interface ReferralContent {
  referralId: string;
  caseNo: string;
  referredOn: DateKey;
  recipient: string;
  purpose: string;
  message: string;
  caseManager: string;
  consent: { consentId: string; consentedOn: DateKey | null; purpose: string; until: DateKey | null };
  /** Korean names of what was shared, as recorded in the 의뢰 tab. */
  sharedFields: string[];
  client: { name?: string; birthDate?: string; phone?: string; address?: string; household?: string };
  presentingProblem?: string;
  needs?: { domain: string; problem: string; demand: string; need: string }[];
  strengths?: string;
}

/** Exactly the consented fields of the case, nothing else. */
export function referralContent(args: {
  referralId: string;
  referredOn: DateKey;
  recipient: string;
  purpose: string;
  message: string;
  fields: readonly ReferralField[];
  decision: ConsentDecision;
  caseRow: CaseRecord;
  intake: IntakeRecord | undefined;
  latestAssessment: AssessmentRecord | undefined;
  needs: readonly NeedRecord[];
}): ReferralContent {
  const { fields, caseRow, decision } = args;
  const has = (f: ReferralField) => fields.includes(f);
  const client: ReferralContent['client'] = {};
  if (has('name')) client.name = caseRow.clientName;
  if (has('birthDate')) client.birthDate = caseRow.birthDate ?? '';
  if (has('phone')) client.phone = caseRow.phone;
  if (has('address')) client.address = caseRow.address;
  if (has('household')) client.household = caseRow.household;
  const sharedFields = fields.map((f) => {
    if (f !== 'needs' || decision.excludedDomains.length === 0) return REFERRAL_FIELDS.label(f);
    const left = decision.excludedDomains.map((d) => LIFE_DOMAINS.label(d)).join('·');
    return `${REFERRAL_FIELDS.label(f)}(${left} 제외)`;
  });
  const content: ReferralContent = {
    referralId: args.referralId,
    caseNo: caseRow.caseNo,
    referredOn: args.referredOn,
    recipient: args.recipient,
    purpose: args.purpose,
    message: args.message,
    caseManager: caseRow.caseManager,
    consent: {
      consentId: decision.consent.consentId,
      consentedOn: decision.consent.consentedOn,
      purpose: decision.consent.purpose,
      until: decision.consent.until,
    },
    sharedFields,
    client,
  };
  if (has('presentingProblem')) content.presentingProblem = args.intake?.presentingProblem ?? '';
  if (has('strengths')) content.strengths = args.latestAssessment?.strengths || args.intake?.strengths || '';
  if (has('needs'))
    content.needs = args.needs
      // A need whose domain nobody can read is left out whenever the consent withholds any domain.
      .filter((n) =>
        n.domain === null
          ? decision.excludedDomains.length === 0
          : !decision.excludedDomains.includes(n.domain),
      )
      .map((n) => ({
        domain: n.domain ? LIFE_DOMAINS.label(n.domain) : '',
        problem: n.problem,
        demand: n.demand,
        need: n.need,
      }));
  return content;
}
