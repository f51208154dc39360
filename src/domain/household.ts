/**
 * 가구 (issue 14): the members of a client's household as rows of the 가구원 tab, and the cases of
 * one household linked by a shared 가구번호 (docs/decisions/0017-households.md). Pure: what a saved
 * list changed, in the audit log's words, and how a household is numbered.
 */
import type { HouseholdMemberRecord } from './records';
import { HOUSEHOLD_RELATIONS, type HouseholdRelation, type Stage } from './vocabulary';

/** One member as the sidebar sends it and getCase returns it. */
export interface HouseholdMember {
  relation: HouseholdRelation;
  birthYear: number | null;
  note: string;
}

/** A case of the same household, as the case view lists it (a link opens it). */
export interface LinkedCase {
  caseNo: string;
  clientName: string;
  stage: Stage | null;
  caseManager: string;
}

/** What getCase returns under `household`. */
export interface HouseholdView {
  /** 가구번호 ('' when the case is linked to no other). */
  householdNo: string;
  members: (HouseholdMember & { memberNo: string })[];
  linkedCases: LinkedCase[];
}

/** 가구원번호: the case's number and H with the member's place in the list (행복-2026-0001-H2). */
export const memberNo = (caseNo: string, index: number): string => `${caseNo}-H${index + 1}`;

/**
 * A new 가구번호, made by the case that starts the household: its 관리번호 and the version its row
 * is about to get. A case makes at most one household per version, so no two households share one,
 * and no column needs reading to find a free number.
 */
export const newHouseholdNo = (caseNo: string, nextVersion: number): string => `${caseNo}-G${nextVersion}`;

/** The members in the order they were saved (H1, H2 … H10), whatever order a person sorted the tab into. */
export function inSavedOrder(rows: readonly HouseholdMemberRecord[]): HouseholdMemberRecord[] {
  return [...rows].sort((a, b) => a.memberNo.localeCompare(b.memberNo, 'ko', { numeric: true }));
}

const sameMember = (a: HouseholdMember, b: HouseholdMember) =>
  a.relation === b.relation && a.birthYear === b.birthYear && a.note === b.note;

const relationsOf = (members: readonly HouseholdMember[]) =>
  members.map((m) => HOUSEHOLD_RELATIONS.label(m.relation)).join(', ');

/**
 * What replacing `before` with `after` changed, as the 변경이력 says it: members kept as they were
 * are not counted wherever they moved in the list; a member of the same relation whose birth year
 * or note differs is "changed"; the rest are added or removed. Null: nothing changed.
 */
export function householdChange(
  before: readonly HouseholdMember[],
  after: readonly HouseholdMember[],
): {
  added: HouseholdMember[];
  removed: HouseholdMember[];
  changed: HouseholdMember[];
  detail: string;
} | null {
  const old = [...before];
  const fresh: HouseholdMember[] = [];
  for (const member of after) {
    const same = old.findIndex((o) => sameMember(o, member));
    if (same >= 0) old.splice(same, 1);
    else fresh.push(member);
  }
  const changed: HouseholdMember[] = [];
  const added: HouseholdMember[] = [];
  for (const member of fresh) {
    const kin = old.findIndex((o) => o.relation === member.relation);
    if (kin >= 0) {
      old.splice(kin, 1);
      changed.push(member);
    } else added.push(member);
  }
  const removed = old;
  const orderOnly = added.length + removed.length + changed.length === 0;
  if (orderOnly && before.every((m, i) => after[i] !== undefined && sameMember(m, after[i]!))) return null;
  const part = (word: string, members: HouseholdMember[]) =>
    members.length > 0 ? [`${word} ${members.length}명 (${relationsOf(members)})`] : [];
  const parts = [...part('추가', added), ...part('삭제', removed), ...part('변경', changed)];
  const detail = `가구원 ${[...(parts.length > 0 ? parts : ['순서 변경'])].join(', ')}; 모두 ${after.length}명`;
  return { added, removed, changed, detail };
}
