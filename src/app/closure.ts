import { closeInputAsOf, followUpInputAsOf, reopenInputAsOf } from '../domain/schemas';
import { followUpDates } from '../domain/schedule';
import { CLOSURE_REASONS } from '../domain/vocabulary';
import { parseInput } from '../domain/validation';
import { assertAllowed, stageAfter } from '../domain/workflow';
import { CLOSURES, FOLLOW_UPS } from '../db/tables';
import { todayOf, type AppContext } from './context';
import { assertFresh, changeCase, findCase, loadSettings, nextChildId, nextIdIn } from './case-rows';
import { inTransaction } from './unit-of-work';

/** 평가 및 종결, scheduling the 사후관리 contacts (none when the client died). */
export function closeCase(ctx: AppContext, payload: unknown): { followUpDates: string[] } {
  const input = parseInput(closeInputAsOf(todayOf(ctx)), payload);
  return inTransaction(ctx, (work) => {
    const row = findCase(work, input.caseNo);
    assertFresh(row, input.version);
    assertAllowed('close', row.record.stage, input.caseNo);
    const settings = loadSettings(work);
    const closureId = nextIdIn(work, CLOSURES, input.caseNo, 'E', (r) => r.closureId);
    work.append(CLOSURES, {
      closureId,
      caseNo: input.caseNo,
      closedOn: input.closedOn,
      reason: input.reason,
      evaluation: input.evaluation ?? '',
      closedBy: work.user,
      reopenedOn: null,
      reopenReason: '',
    });
    const dates = input.reason === 'died' ? [] : followUpDates(input.closedOn, settings);
    const existing = work.caseRows(FOLLOW_UPS, input.caseNo).map((r) => r.record.followUpId);
    const ids: string[] = [];
    for (const dueOn of dates) {
      const followUpId = nextChildId(input.caseNo, 'F', [...existing, ...ids]);
      ids.push(followUpId);
      work.append(FOLLOW_UPS, {
        followUpId,
        caseNo: input.caseNo,
        closureId,
        dueOn,
        contactedOn: null,
        method: null,
        note: '',
        newCrisis: false,
        recordedBy: '',
      });
    }
    changeCase(work, row, {
      stage: stageAfter('close', row.record.stage, { followUpsRemain: dates.length > 0 }),
      closedOn: input.closedOn,
      nextCheckDue: null,
      nextReassessmentDue: null,
    });
    work.audit(
      input.caseNo,
      '종결',
      `${closureId}: ${CLOSURE_REASONS.label(input.reason)}; 사후관리 ${dates.join(', ') || '없음'}`,
    );
    return { followUpDates: dates };
  });
}

/**
 * A 사후관리 contact fills the earliest open scheduled one; the last one ends the follow-up, unless
 * it found a new crisis: then the case stays in 사후관리 with a "재개 검토" due item.
 */
export function recordFollowUp(ctx: AppContext, payload: unknown): { followUpId: string; remaining: number } {
  const input = parseInput(followUpInputAsOf(todayOf(ctx)), payload);
  return inTransaction(ctx, (work) => {
    const row = findCase(work, input.caseNo);
    assertFresh(row, input.version);
    assertAllowed('followUp', row.record.stage, input.caseNo);
    // Only the latest closure's schedule: one left open by an earlier closure was ended by reopening.
    const closureId = work.caseRows(CLOSURES, input.caseNo).pop()?.record.closureId;
    const open = work
      .caseRows(FOLLOW_UPS, input.caseNo)
      .filter((r) => r.record.closureId === closureId && !r.record.contactedOn)
      .sort((a, b) => String(a.record.dueOn).localeCompare(String(b.record.dueOn)));
    const contact = {
      contactedOn: input.contactedOn,
      method: input.method,
      note: input.note,
      newCrisis: input.newCrisis === true,
      recordedBy: work.user,
    };
    let followUpId: string;
    const scheduled = open[0];
    if (scheduled) {
      followUpId = scheduled.record.followUpId;
      work.update(FOLLOW_UPS, scheduled, { ...scheduled.record, ...contact });
    } else {
      followUpId = nextIdIn(work, FOLLOW_UPS, input.caseNo, 'F', (r) => r.followUpId);
      work.append(FOLLOW_UPS, {
        followUpId,
        caseNo: input.caseNo,
        closureId: closureId ?? '',
        dueOn: null,
        ...contact,
      });
    }
    const remaining = Math.max(0, open.length - 1);
    // A new crisis keeps the case in 사후관리, where it shows as "재개 검토" until someone decides.
    changeCase(work, row, {
      stage: stageAfter('followUp', row.record.stage, {
        followUpsRemain: remaining > 0 || input.newCrisis === true,
      }),
    });
    work.audit(
      input.caseNo,
      '사후관리',
      `${followUpId}${input.newCrisis ? ' (새 위기 발견)' : ''}; 남은 사후관리 ${remaining}회`,
    );
    return { followUpId, remaining };
  });
}

/** Re-opening a closed case (a new crisis): back to assessment, with a reassessment due at once. */
export function reopenCase(ctx: AppContext, payload: unknown): { caseNo: string } {
  const input = parseInput(reopenInputAsOf(todayOf(ctx)), payload);
  return inTransaction(ctx, (work) => {
    const row = findCase(work, input.caseNo);
    assertFresh(row, input.version);
    assertAllowed('reopen', row.record.stage, input.caseNo);
    const closure = work.caseRows(CLOSURES, input.caseNo).pop();
    if (closure) {
      work.update(CLOSURES, closure, {
        ...closure.record,
        reopenedOn: input.reopenedOn,
        reopenReason: input.reason,
      });
    }
    changeCase(work, row, {
      stage: stageAfter('reopen', row.record.stage),
      closedOn: null,
      nextReassessmentDue: input.reopenedOn,
      nextCheckDue: null,
    });
    work.audit(input.caseNo, '재개', input.reason);
    return { caseNo: input.caseNo };
  });
}
