/**
 * The case file's `household` (issue 14): what getCase and every case command return about the
 * case's household. Its members come with the case's batched read; the other cases of the household
 * cost one search over the 가구번호 column, and only for a case that has one.
 */
import { inSavedOrder, type HouseholdMember, type HouseholdView, type LinkedCase } from '../domain/household';
import type { CaseRecord, HouseholdMemberRecord } from '../domain/records';
import { findRows, type TableRow } from '../db/table';
import { CASES, HOUSEHOLD_MEMBERS } from '../db/tables';
import type { UnitOfWork } from './unit-of-work';

/** A row whose 관계 is blank or unreadable is no member (an emptied row, a hand edit). */
export const asMember = (record: HouseholdMemberRecord): HouseholdMember | null =>
  record.relation ? { relation: record.relation, birthYear: record.birthYear, note: record.note } : null;

/** The 사례 rows holding a 가구번호: one TextFinder over that column, and the rows it finds. */
export function householdRows(work: UnitOfWork, householdNo: string): TableRow<CaseRecord>[] {
  return findRows(work.layout(CASES), 'householdNo', householdNo).rows;
}

/**
 * The case file's `household`: its members (read with the case, no extra call) and the other cases
 * of its household: one search over the 가구번호 column, only when the case has one.
 */
export function householdOf(work: UnitOfWork, record: CaseRecord): HouseholdView {
  const members = inSavedOrder(work.caseRecordsAfter(HOUSEHOLD_MEMBERS, record.caseNo)).flatMap((r) => {
    const member = asMember(r);
    return member ? [{ memberNo: r.memberNo, ...member }] : [];
  });
  const householdNo = record.householdNo ?? '';
  const linkedCases: LinkedCase[] =
    householdNo === ''
      ? []
      : householdRows(work, householdNo)
          .filter((r) => r.record.caseNo !== record.caseNo && r.record.caseNo !== '')
          .map(({ record: c }) => ({
            caseNo: c.caseNo,
            clientName: c.clientName,
            stage: c.stage,
            caseManager: c.caseManager,
          }));
  return { householdNo, members, linkedCases };
}
