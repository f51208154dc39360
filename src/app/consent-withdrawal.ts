import { withdrawConsentInputAsOf } from '../domain/schemas';
import { parseInput, UserError } from '../domain/validation';
import { CONSENTS } from '../db/tables';
import { todayOf, type AppContext } from './context';
import { assertFresh, changeCase, findCase } from './case-rows';
import { inTransaction } from './unit-of-work';

/**
 * 동의 철회: the client ends a consent before its period. From that day no referral can rest on it
 * (src/domain/resources/referral.ts); the consent row stays, marked, as the record of what was agreed.
 */
export function withdrawConsent(ctx: AppContext, payload: unknown): { consentId: string } {
  const input = parseInput(withdrawConsentInputAsOf(todayOf(ctx)), payload);
  return inTransaction(ctx, (work) => {
    const row = findCase(work, input.caseNo);
    assertFresh(row, input.version);
    const consent = work.caseRows(CONSENTS, input.caseNo).find((r) => r.record.consentId === input.consentId);
    if (!consent)
      throw new UserError(
        `동의 ${input.consentId}은(는) ${input.caseNo} 사례의 정보제공 동의가 아닙니다.`,
        'NOT_FOUND',
      );
    if (consent.record.withdrawnOn)
      throw new UserError(
        `동의 ${input.consentId}은(는) 이미 ${consent.record.withdrawnOn}에 철회되었습니다.`,
        'WRONG_STAGE',
      );
    if (consent.record.consentedOn && input.on < consent.record.consentedOn)
      throw new UserError(
        `철회일: 동의일(${consent.record.consentedOn})보다 빠를 수 없습니다.`,
        'INVALID_INPUT',
      );
    work.update(CONSENTS, consent, {
      ...consent.record,
      withdrawnOn: input.on,
      withdrawalReason: input.reason ?? '',
    });
    changeCase(work, row, {});
    work.audit(
      input.caseNo,
      '동의 철회',
      `${input.consentId}: ${consent.record.recipient}, ${input.on}${input.reason ? ` (${input.reason})` : ''}`,
    );
    return { consentId: input.consentId };
  });
}
