/**
 * The cases an intake might duplicate (name and birth date, or phone). Reads the 사례 tab's four
 * identifying columns, then only the matching cases' rows: never a whole table.
 */
import { similarClientsInput } from '../domain/schemas';
import { similarClients, type ClientKey } from '../domain/similar-clients';
import { parseInput } from '../domain/validation';
import { STAGES, type Stage } from '../domain/vocabulary';
import { CASES } from '../db/tables';
import type { AppContext } from './context';
import { inTransaction, UnitOfWork } from './unit-of-work';

export interface SimilarClient {
  caseNo: string;
  clientName: string;
  birthDate: string | null;
  phone: string;
  stage: Stage | null;
  stageLabel: string;
  caseManager: string;
  openedOn: string | null;
  because: string;
}

/** The 변경이력 action of a case shown by the intake's duplicate check. */
export const SHOWN_AS_SIMILAR = '중복 확인 열람';

/**
 * The intake's duplicate check shows other residents' names, birth dates, phones and case managers,
 * so it is logged as `getCase` is (issue 12): one 변경이력 row per case shown, with who and when, all
 * in one append under the lock. A check that finds nothing showed nothing and writes nothing (no
 * lock taken either). The new resident's own name and birth date are not written: they are not a
 * case yet.
 */
export function findSimilarClients(ctx: AppContext, payload: unknown): { matches: SimilarClient[] } {
  const input = parseInput(similarClientsInput, payload ?? {});
  const matches = similarCases(new UnitOfWork(ctx), input);
  if (matches.length === 0) return { matches };
  inTransaction(ctx, (work) => {
    for (const match of matches)
      work.audit(
        match.caseNo,
        SHOWN_AS_SIMILAR,
        `새 접수의 같은 대상자 확인에서 이름·생년월일·연락처·담당자가 보였습니다 (같은 점: ${match.because})`,
      );
  });
  return { matches };
}

/** Shared with saveIntake, which refuses to open a second case for the same resident unasked. */
export function similarCases(work: UnitOfWork, key: ClientKey): SimilarClient[] {
  if (!(key.name && key.birthDate) && !key.phone) return [];
  const matches = similarClients(key, {
    caseNos: work.column(CASES, 'caseNo'),
    names: work.column(CASES, 'clientName'),
    birthDates: work.column(CASES, 'birthDate'),
    phones: work.column(CASES, 'phone'),
  });
  return matches.flatMap(({ caseNo, because }) => {
    const record = work.caseRows(CASES, caseNo)[0]?.record;
    if (!record) return [];
    return [
      {
        caseNo,
        clientName: record.clientName,
        birthDate: record.birthDate,
        phone: record.phone,
        stage: record.stage,
        stageLabel: record.stage ? STAGES.label(record.stage) : '',
        caseManager: record.caseManager,
        openedOn: record.openedOn,
        because,
      },
    ];
  });
}
