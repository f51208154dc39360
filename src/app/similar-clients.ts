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
import { UnitOfWork } from './unit-of-work';

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

export function findSimilarClients(ctx: AppContext, payload: unknown): { matches: SimilarClient[] } {
  const input = parseInput(similarClientsInput, payload ?? {});
  return { matches: similarCases(new UnitOfWork(ctx), input) };
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
