import { headerOf } from '../domain/fields';
import { CASE_FIELDS } from '../domain/fields-catalogue';
import type { CaseRecord } from '../domain/records';
import { assertAssistant } from '../domain/staff';
import { STAFF } from '../db/tables';
import { updateClientInputAsOf } from '../domain/schemas';
import { parseInput, UserError } from '../domain/validation';
import type { AppContext } from './context';
import { todayOf } from './context';
import { assertFresh, changeCase, findCase } from './case-rows';
import { getCase } from './queries';
import { inTransaction } from './unit-of-work';

/**
 * Each detail of the case a person may correct, by its key in the payload: its column in 사례. The
 * audit log names it by the column's header (the field catalogue's), as the sheet does.
 */
const FIELDS = {
  name: 'clientName',
  birthDate: 'birthDate',
  phone: 'phone',
  address: 'address',
  household: 'household',
  assistant: 'assistant',
} as const satisfies Record<string, keyof CaseRecord>;
type Field = keyof typeof FIELDS;

/**
 * 대상자 정보 고치기 (and the case's 보조담당자) with a trail: only the fields sent change, the form's version must be current,
 * and the audit log keeps every old → new value. Returns the updated case.
 */
export function updateClient(ctx: AppContext, payload: unknown): ReturnType<typeof getCase> {
  const input = parseInput(updateClientInputAsOf(todayOf(ctx)), payload);
  const sent = { ...input, ...input.client };
  const { case: file } = inTransaction(ctx, (work) => {
    const row = findCase(work, input.caseNo);
    assertFresh(row, input.version);
    const changes: Partial<CaseRecord> = {};
    const trail: string[] = [];
    for (const field of Object.keys(FIELDS) as Field[]) {
      const value = sent[field];
      const column = FIELDS[field];
      const label = headerOf(CASE_FIELDS[column]);
      const old = row.record[column] ?? '';
      if (value === undefined || value === old) continue;
      Object.assign(changes, { [column]: value });
      trail.push(`${label}: ${old || '(없음)'} → ${value || '(없음)'}`);
    }
    if (changes.assistant)
      assertAssistant(
        work.rows(STAFF).map((r) => r.record),
        changes.assistant,
        row.record.caseManager,
      );
    if (trail.length === 0) throw new UserError('바뀐 항목이 없어 저장하지 않았습니다.', 'REFUSED');
    const birthDate = changes.birthDate ?? row.record.birthDate;
    if (birthDate && row.record.openedOn && birthDate > row.record.openedOn)
      throw new UserError(`생년월일: 접수일(${row.record.openedOn})보다 늦을 수 없습니다.`, 'INVALID_INPUT');
    changeCase(work, row, changes);
    work.audit(input.caseNo, '대상자 정보 수정', trail.join('; '));
    return {};
  });
  // The file as the unit wrote it, not a second read after the save: that read failing would tell the
  // person a saved change failed. Read afresh only when the unit could not build it.
  return file ?? getCase(ctx, { caseNo: input.caseNo });
}
