import { conferenceInputAsOf, consentInputAsOf } from '../domain/schemas';
import { CONFERENCE_KINDS, SELECTION_DECISIONS } from '../domain/vocabulary';
import { parseInput, UserError } from '../domain/validation';
import { assertAllowed, assertDecisionFits, stageAfter } from '../domain/workflow';
import { ASSESSMENTS, CONFERENCES, CONSENTS } from '../db/tables';
import { todayOf, type AppContext } from './context';
import { assertFresh, changeCase, findCase, nextIdIn } from './case-rows';
import { inTransaction } from './unit-of-work';

/**
 * 사례회의 / 통합사례회의 / 내부판정회의 and its decision; a selection dates the case's 선정일, a
 * 비선정 ends the case (its own stage, no due dates), a review meeting's 재사정 공유 needs the
 * reassessment it shared.
 */
export function recordConference(ctx: AppContext, payload: unknown): { conferenceId: string } {
  const input = parseInput(conferenceInputAsOf(todayOf(ctx)), payload);
  return inTransaction(ctx, (work) => {
    const row = findCase(work, input.caseNo);
    assertFresh(row, input.version);
    assertAllowed('recordConference', row.record.stage, input.caseNo);
    assertDecisionFits(input.decision, row.record.selectedOn, input.caseNo);
    const shared =
      input.decision === 'reassessmentShared'
        ? work
            .caseRows(ASSESSMENTS, input.caseNo)
            .filter((r) => r.record.kind === 're' && (r.record.assessedOn ?? '') <= input.heldOn)
            .pop()?.record.assessmentId
        : undefined;
    if (input.decision === 'reassessmentShared' && !shared)
      throw new UserError(
        `결정: ${input.caseNo} 사례에는 회의일(${input.heldOn}) 전에 기록한 재사정이 없어 공유할 수 없습니다. 재사정을 먼저 기록하세요.`,
      );
    const conferenceId = nextIdIn(work, CONFERENCES, input.caseNo, 'M', (r) => r.conferenceId);
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
    const current = row.record.stage;
    const next = stageAfter('recordConference', current, { decision: input.decision });
    const ends = next !== current ? next : null;
    changeCase(work, row, {
      selectedOn: input.decision === 'selected' ? input.heldOn : row.record.selectedOn,
      caseType: input.caseType ?? row.record.caseType,
      ...(ends ? { stage: ends, closedOn: input.heldOn, nextCheckDue: null, nextReassessmentDue: null } : {}),
    });
    work.audit(
      input.caseNo,
      CONFERENCE_KINDS.label(input.kind),
      `${conferenceId}: ${SELECTION_DECISIONS.label(input.decision)}${shared ? ` (${shared})` : ''}${ends ? '; 사례 종료' : ''}`,
    );
    return { conferenceId };
  });
}

/**
 * 제3자 정보제공 동의, one per recipient: which items, for what, until when, what to withhold, and
 * who consented (본인, or a 보호자 with name and relation: the schema requires both then).
 */
export function recordConsent(ctx: AppContext, payload: unknown): { consentId: string } {
  const input = parseInput(consentInputAsOf(todayOf(ctx)), payload);
  const guardian = input.consentBy === 'guardian';
  return inTransaction(ctx, (work) => {
    const row = findCase(work, input.caseNo);
    assertFresh(row, input.version);
    assertAllowed('recordConsent', row.record.stage, input.caseNo);
    const consentId = nextIdIn(work, CONSENTS, input.caseNo, 'D', (r) => r.consentId);
    work.append(CONSENTS, {
      consentId,
      caseNo: input.caseNo,
      consentedOn: input.consentedOn,
      recipient: input.recipient,
      items: input.items,
      purpose: input.purpose,
      until: input.until ?? null,
      withheld: input.withheld ?? '',
      consentBy: guardian ? 'guardian' : 'self',
      guardianName: guardian ? (input.guardianName ?? '') : '',
      guardianRelation: guardian ? (input.guardianRelation ?? '') : '',
      recordedBy: work.user,
      withdrawnOn: null,
      withdrawalReason: '',
    });
    changeCase(work, row, {});
    work.audit(
      input.caseNo,
      '정보제공 동의',
      `${consentId}: ${input.recipient}${guardian ? ` (보호자 ${input.guardianName ?? ''}, ${input.guardianRelation ?? ''})` : ''}`,
    );
    return { consentId };
  });
}
