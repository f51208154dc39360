/**
 * 가구 (issue 14, docs/decisions/0017-households.md): the members of a client's household as rows
 * of the 가구원 tab, and the cases of one household linked by a shared 가구번호 on their 사례 rows.
 * Every write is whole or nothing under the case's version, and the 변경이력 says what changed.
 */
import {
  householdChange,
  inSavedOrder,
  memberNo,
  newHouseholdNo,
  type HouseholdMember,
} from '../domain/household';
import type { HouseholdMemberRecord } from '../domain/records';
import { linkHouseholdInput, saveHouseholdMembersInputAsOf, unlinkHouseholdInput } from '../domain/schemas';
import { parseInput, UserError } from '../domain/validation';
import { CASES, HOUSEHOLD_MEMBERS } from '../db/tables';
import { todayOf, type AppContext } from './context';
import { assertFresh, changeCase, findCase } from './case-rows';
import { getCase } from './queries';
import { asMember, householdRows } from './household-view';
import { inTransaction } from './unit-of-work';

const BLANK_MEMBER: HouseholdMemberRecord = {
  caseNo: '',
  memberNo: '',
  relation: null,
  birthYear: null,
  note: '',
};

/**
 * 가구원 편집: the case's 가구원 rows become the list sent (0–20 members), in its order. Rows the
 * case had are rewritten in place, new ones appended, and rows left over emptied (the tab keeps no
 * row of a member taken off the list).
 */
export function saveHouseholdMembers(ctx: AppContext, payload: unknown): ReturnType<typeof getCase> {
  const input = parseInput(saveHouseholdMembersInputAsOf(todayOf(ctx)), payload);
  const { case: file } = inTransaction(ctx, (work) => {
    const row = findCase(work, input.caseNo);
    assertFresh(row, input.version);
    const rows = work.caseRows(HOUSEHOLD_MEMBERS, input.caseNo);
    const byOrder = new Map(rows.map((r) => [r.record, r]));
    const existing = inSavedOrder(rows.map((r) => r.record)).map((record) => byOrder.get(record)!);
    const after: HouseholdMember[] = input.members.map((m) => ({
      relation: m.relation,
      birthYear: m.birthYear ?? null,
      note: m.note ?? '',
    }));
    const before = existing.flatMap((r) => {
      const member = asMember(r.record);
      return member ? [member] : [];
    });
    const change = householdChange(before, after);
    if (!change) throw new UserError('바뀐 가구원이 없어 저장하지 않았습니다.', 'REFUSED');
    after.forEach((member, i) => {
      const record: HouseholdMemberRecord = {
        caseNo: input.caseNo,
        memberNo: memberNo(input.caseNo, i),
        ...member,
      };
      const old = existing[i];
      if (!old) work.append(HOUSEHOLD_MEMBERS, record);
      else if (!sameRecord(old.record, record)) work.update(HOUSEHOLD_MEMBERS, old, record);
    });
    for (const old of existing.slice(after.length)) work.update(HOUSEHOLD_MEMBERS, old, { ...BLANK_MEMBER });
    changeCase(work, row, {});
    work.audit(input.caseNo, '가구원 저장', change.detail);
    return {};
  });
  return file ?? getCase(ctx, { caseNo: input.caseNo });
}

function sameRecord(a: HouseholdMemberRecord, b: HouseholdMemberRecord): boolean {
  return (
    a.caseNo === b.caseNo &&
    a.memberNo === b.memberNo &&
    a.relation === b.relation &&
    a.birthYear === b.birthYear &&
    a.note === b.note
  );
}

/**
 * 같은 가구 사례 연결: both cases get one 가구번호: the one either already has, or a new one. Refused
 * for the case itself, a case that is not there, and two cases already in a household (the same
 * one, or two different ones: one is unlinked first). Writes the two 사례 rows and their audit lines.
 */
export function linkHousehold(ctx: AppContext, payload: unknown): HouseholdSaved {
  const input = parseInput(linkHouseholdInput, payload);
  const otherNo = input.otherCaseNo.trim();
  if (otherNo === input.caseNo)
    throw new UserError(
      '같은 사례끼리는 연결할 수 없습니다: 같은 가구의 다른 사례 관리번호를 입력하세요.',
      'REFUSED',
    );
  const { householdNo: linked } = inTransaction(ctx, (work) => {
    const row = findCase(work, input.caseNo);
    assertFresh(row, input.version);
    const other = work.caseRows(CASES, otherNo)[0];
    if (!other)
      throw new UserError(
        `관리번호 ${otherNo} 사례를 찾을 수 없습니다. 같은 가구 사례의 관리번호를 확인하세요.`,
        'NOT_FOUND',
      );
    const mine = row.record.householdNo ?? '';
    const theirs = other.record.householdNo ?? '';
    if (mine !== '' && mine === theirs)
      throw new UserError(
        `${input.caseNo} 사례와 ${otherNo} 사례는 이미 같은 가구로 연결되어 있습니다.`,
        'REFUSED',
      );
    if (mine !== '' && theirs !== '')
      throw new UserError(
        `${input.caseNo} 사례와 ${otherNo} 사례는 이미 서로 다른 가구에 연결되어 있습니다. ` +
          '한 사례의 가구 연결을 먼저 해제한 뒤 다시 연결하세요.',
        'REFUSED',
      );
    const householdNo = mine || theirs || newHouseholdNo(input.caseNo, (row.record.version ?? 0) + 1);
    changeCase(work, row, { householdNo });
    changeCase(work, other, { householdNo });
    work.audit(input.caseNo, '같은 가구 연결', `${otherNo} 사례와 같은 가구 (가구번호 ${householdNo})`);
    work.audit(otherNo, '같은 가구 연결', `${input.caseNo} 사례와 같은 가구 (가구번호 ${householdNo})`);
    return { householdNo };
  });
  return { caseNo: input.caseNo, householdNo: linked };
}

/**
 * 가구 연결 해제: the case leaves its household. A household of one is no household: when only one
 * other case is left, its 가구번호 is cleared too (and its 변경이력 says so). One search over the
 * 가구번호 column finds who is left.
 */
export function unlinkHousehold(ctx: AppContext, payload: unknown): HouseholdSaved {
  const input = parseInput(unlinkHouseholdInput, payload);
  inTransaction(ctx, (work) => {
    const row = findCase(work, input.caseNo);
    assertFresh(row, input.version);
    const householdNo = row.record.householdNo ?? '';
    if (householdNo === '')
      throw new UserError(`${input.caseNo} 사례는 같은 가구로 연결된 사례가 없습니다.`, 'REFUSED');
    const left = householdRows(work, householdNo).filter((r) => r.record.caseNo !== input.caseNo);
    changeCase(work, row, { householdNo: '' });
    work.audit(
      input.caseNo,
      '같은 가구 해제',
      `가구번호 ${householdNo}에서 빠짐 (남은 사례: ${left.map((r) => r.record.caseNo).join(', ') || '없음'})`,
    );
    const [last] = left;
    if (left.length === 1 && last) {
      const lastRow = findCase(work, last.record.caseNo);
      changeCase(work, lastRow, { householdNo: '' });
      work.audit(
        last.record.caseNo,
        '같은 가구 해제',
        `${input.caseNo} 사례가 가구 연결을 해제해 가구번호 ${householdNo}에 이 사례만 남아 연결을 지움`,
      );
    }
    return {};
  });
  return { caseNo: input.caseNo, householdNo: '' };
}

/**
 * What linking or unlinking returns: the case's 가구번호 now. Two cases changed, so no case file comes
 * back (the unit builds one for a single case only); the sidebar reads the case again. Reading it
 * here, after the save, could fail and tell the person a saved change failed.
 */
export interface HouseholdSaved {
  caseNo: string;
  householdNo: string;
}
