/**
 * 기록 바로잡기 (issue 14): the case's latest assessment, its latest check or an item of its current
 * plan is corrected in place, with a trail. Only the fields sent change; the form's version must
 * be current; the audit log keeps every old → new value; the case row is stamped, so the due
 * schedule (다음 점검일, 다음 재사정일) is recomputed from the corrected records when the unit commits
 * (due-schedule.ts), by the same rules recordCheck and saveAssessment go by.
 */
import { assertAmendable, diffRecord, latestId, type AmendableKind } from '../domain/amendments';
import type { FieldDef } from '../domain/fields';
import { ASSESSMENT_FIELDS, CASE_FIELDS, CHECK_FIELDS, PLAN_ITEM_FIELDS } from '../domain/fields-catalogue';
import type { CaseRecord, PlanItemRecord } from '../domain/records';
import { amendAssessmentInputAsOf, amendCheckInputAsOf, amendPlanItemInputAsOf } from '../domain/schemas';
import { parseInput, UserError } from '../domain/validation';
import { STAGES } from '../domain/vocabulary';
import { isOpen } from '../domain/workflow';
import type { DateKey } from '../domain/dates';
import type { TableDef, TableRow } from '../db/table';
import { ASSESSMENTS, CHECKS, PLAN_ITEMS, PLANS } from '../db/tables';
import { todayOf, type AppContext } from './context';
import { assertFresh, changeCase, findCase } from './case-rows';
import { getCase } from './queries';
import { inTransaction, type UnitOfWork } from './unit-of-work';

type Changes = Record<string, string | number | boolean | null | undefined>;

interface Amendment<R extends { caseNo: string }> {
  kind: AmendableKind;
  table: TableDef<R>;
  /** The fields a correction may touch, from the field catalogue. */
  fields: Partial<Record<keyof R & string, FieldDef>>;
  idOf(record: R): string;
  /** Whether `row` is the one record of its kind the case may still amend. */
  isAmendable(work: UnitOfWork, caseNo: string, rows: readonly TableRow<R>[], row: TableRow<R>): boolean;
  /** The record's dates a correction may move: none before 접수일. */
  dates: (keyof R & string)[];
  /** A refusal the corrected record as a whole must pass (plan item: end ≥ start). */
  check?(record: R): void;
  action: string;
}

const isLatest =
  <R extends { caseNo: string }>(idOf: (r: R) => string, letter: string) =>
  (_work: UnitOfWork, _caseNo: string, rows: readonly TableRow<R>[], row: TableRow<R>): boolean =>
    latestId(
      rows.map((r) => idOf(r.record)),
      letter,
    ) === idOf(row.record);

/** The one helper every correction goes through: find, refuse, diff, write, audit. */
function amend<R extends { caseNo: string }>(
  ctx: AppContext,
  input: { caseNo: string; version: number; id: string; changes: Changes },
  spec: Amendment<R>,
): ReturnType<typeof getCase> {
  const { case: file } = inTransaction(ctx, (work) => {
    const caseRow = findCase(work, input.caseNo);
    assertFresh(caseRow, input.version);
    assertOpen(caseRow.record);
    const rows = work.caseRows(spec.table, input.caseNo);
    const row = rows.find((r) => spec.idOf(r.record) === input.id);
    assertAmendable(
      spec.kind,
      input.id,
      input.caseNo,
      row !== undefined,
      row !== undefined && spec.isAmendable(work, input.caseNo, rows, row),
    );
    const target = row as TableRow<R>;
    const { changes, detail } = diffRecord(spec.fields, target.record, input.changes as never);
    if (detail === '') throw new UserError('바뀐 항목이 없어 저장하지 않았습니다.', 'REFUSED');
    const record: R = { ...target.record, ...changes };
    assertNotBeforeOpened(caseRow.record, record, spec);
    spec.check?.(record);
    work.update(spec.table, target, record);
    changeCase(work, caseRow, {});
    work.audit(input.caseNo, spec.action, `${input.id}: ${detail}`);
    return {};
  });
  return file ?? getCase(ctx, { caseNo: input.caseNo });
}

function assertOpen(record: CaseRecord): void {
  if (isOpen(record.stage)) return;
  const stage = record.stage ? STAGES.label(record.stage) : '알 수 없음';
  throw new UserError(
    `${record.caseNo} 사례는 '${stage}' 단계라서 기록을 고칠 수 없습니다. 사례를 다시 열면 고칠 수 있습니다.`,
    'WRONG_STAGE',
  );
}

function assertNotBeforeOpened<R extends { caseNo: string }>(
  caseRecord: CaseRecord,
  record: R,
  spec: Amendment<R>,
): void {
  const opened = caseRecord.openedOn;
  if (!opened) return;
  for (const key of spec.dates) {
    const value = record[key] as DateKey | null | undefined;
    if (value && value < opened)
      throw new UserError(
        `${spec.fields[key]?.label ?? key}: ${CASE_FIELDS.openedOn.label}(${opened})보다 빠를 수 없습니다.`,
        'INVALID_INPUT',
      );
  }
}

const { assessedOn, strengths, supportSystem, functionalEvaluation, riskLevel } = ASSESSMENT_FIELDS;
const { checkedOn, method, note, needsChanged } = CHECK_FIELDS;
const {
  outcome: _o,
  outcomeOn: _oo,
  itemId: _i,
  planId: _p,
  caseNo: _c,
  resourceId: _r,
  ...itemFields
} = PLAN_ITEM_FIELDS;

/** 사정 수정: the case's latest assessment (its needs are kept; a new 재사정 records new ones). */
export function amendAssessment(ctx: AppContext, payload: unknown): ReturnType<typeof getCase> {
  const input = parseInput(amendAssessmentInputAsOf(todayOf(ctx)), payload);
  return amend(
    ctx,
    { ...input, id: input.assessmentId },
    {
      kind: 'assessment',
      table: ASSESSMENTS,
      fields: { assessedOn, strengths, supportSystem, functionalEvaluation, riskLevel },
      idOf: (r) => r.assessmentId,
      isAmendable: isLatest((r) => r.assessmentId, 'S'),
      dates: ['assessedOn'],
      action: '사정 수정',
    },
  );
}

/** 계획 항목 수정: an item of the case's current (latest) plan. */
export function amendPlanItem(ctx: AppContext, payload: unknown): ReturnType<typeof getCase> {
  const input = parseInput(amendPlanItemInputAsOf(todayOf(ctx)), payload);
  return amend(
    ctx,
    { ...input, id: input.itemId },
    {
      kind: 'planItem',
      table: PLAN_ITEMS,
      fields: itemFields,
      idOf: (r) => r.itemId,
      isAmendable: (work, caseNo, _rows, row) =>
        latestId(
          work.caseRows(PLANS, caseNo).map((p) => p.record.planId),
          'P',
        ) === row.record.planId,
      dates: ['startDate', 'endDate'],
      check: (item: PlanItemRecord) => {
        if (item.endDate && item.startDate && item.endDate < item.startDate)
          throw new UserError(
            `${PLAN_ITEM_FIELDS.endDate.label}: ${PLAN_ITEM_FIELDS.startDate.label}(${item.startDate})보다 빠를 수 없습니다.`,
            'INVALID_INPUT',
          );
      },
      action: '계획 항목 수정',
    },
  );
}

/** 점검 수정: the case's latest check (욕구 변화 moves 다음 재사정일, 점검일 moves 다음 점검일). */
export function amendCheck(ctx: AppContext, payload: unknown): ReturnType<typeof getCase> {
  const input = parseInput(amendCheckInputAsOf(todayOf(ctx)), payload);
  return amend(
    ctx,
    { ...input, id: input.checkId },
    {
      kind: 'check',
      table: CHECKS,
      fields: { checkedOn, method, note, needsChanged },
      idOf: (r) => r.checkId,
      isAmendable: isLatest((r) => r.checkId, 'C'),
      dates: ['checkedOn'],
      action: '점검 수정',
    },
  );
}
