import { conferenceInputAsOf, consentInputAsOf } from '../domain/schemas';
import { CONFERENCE_KINDS, SELECTION_DECISIONS } from '../domain/vocabulary';
import { parseInput } from '../domain/validation';
import { assertAllowed } from '../domain/workflow';
import { CONFERENCES, CONSENTS } from '../db/tables';
import { todayOf, type AppContext } from './context';
import { assertFresh, changeCase, findCase, nextChildId } from './case-rows';
import { inTransaction } from './unit-of-work';

/** 사례회의 / 통합사례회의 / 내부판정회의 and its decision; a selection dates the case's 선정일. */
export function recordConference(ctx: AppContext, payload: unknown): { conferenceId: string } {
  const input = parseInput(conferenceInputAsOf(todayOf(ctx)), payload);
  return inTransaction(ctx, (work) => {
    const row = findCase(work, input.caseNo);
    assertFresh(row, input.version);
    assertAllowed('recordConference', row.record.stage, input.caseNo);
    const conferenceId = nextChildId(
      input.caseNo,
      'M',
      work.caseRows(CONFERENCES, input.caseNo).map((r) => r.record.conferenceId),
    );
    work.append(CONFERENCES, {
      conferenceId,
      caseNo: input.caseNo,
      kind: input.kind,
      heldOn: input.heldOn,
      decision: input.decision,
      caseType: input.caseType ?? null,
      attendees: input.attendees ?? '',
      notes: input.notes ?? '',
      recordedBy: work.user,
    });
    changeCase(work, row, {
      selectedOn: input.decision === 'selected' ? input.heldOn : row.record.selectedOn,
      caseType: input.caseType ?? row.record.caseType,
    });
    work.audit(
      input.caseNo,
      CONFERENCE_KINDS.label(input.kind),
      `${conferenceId}: ${SELECTION_DECISIONS.label(input.decision)}`,
    );
    return { conferenceId };
  });
}

/** 제3자 정보제공 동의, one per recipient: which items, for what, until when, and what to withhold. */
export function recordConsent(ctx: AppContext, payload: unknown): { consentId: string } {
  const input = parseInput(consentInputAsOf(todayOf(ctx)), payload);
  return inTransaction(ctx, (work) => {
    const row = findCase(work, input.caseNo);
    assertFresh(row, input.version);
    assertAllowed('recordConsent', row.record.stage, input.caseNo);
    const consentId = nextChildId(
      input.caseNo,
      'D',
      work.caseRows(CONSENTS, input.caseNo).map((r) => r.record.consentId),
    );
    work.append(CONSENTS, {
      consentId,
      caseNo: input.caseNo,
      consentedOn: input.consentedOn,
      recipient: input.recipient,
      items: input.items,
      purpose: input.purpose,
      until: input.until ?? null,
      withheld: input.withheld ?? '',
      recordedBy: work.user,
      withdrawnOn: null,
      withdrawalReason: '',
    });
    changeCase(work, row, {});
    work.audit(input.caseNo, '정보제공 동의', `${consentId}: ${input.recipient}`);
    return { consentId };
  });
}
