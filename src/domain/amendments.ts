/**
 * 기록 바로잡기 (issue 14), the pure part: which record of a case may still be amended, and the
 * old → new text the audit log (변경이력) keeps. Only the case's latest assessment, its latest check
 * and an item of its current plan may be amended: an older record is the history the later ones
 * were written on, so it is corrected by a new record, not rewritten.
 */
import { type FieldDef, headerOf } from './fields';
import { UserError } from './validation';

/** The sequence number at the end of a child id: 행복-2026-0001-S2 → 2, 행복-2026-0001-P1-3 → 1 (its plan). */
export function childSequence(id: string, letter: string): number {
  const match = new RegExp(`-${letter}(\\d+)(?:-\\d+)?$`).exec(id);
  return match ? Number(match[1]) : 0;
}

/** The latest of a case's child ids (the highest sequence), or undefined when there is none. */
export function latestId(ids: readonly string[], letter: string): string | undefined {
  let latest: string | undefined;
  for (const id of ids)
    if (latest === undefined || childSequence(id, letter) > childSequence(latest, letter)) latest = id;
  return latest;
}

export type AmendableKind = 'assessment' | 'planItem' | 'check';

const NAMES: Record<AmendableKind, { record: string; rule: string }> = {
  assessment: { record: '사정', rule: '가장 최근 사정만 고칠 수 있습니다.' },
  planItem: { record: '계획 항목', rule: '현재 서비스계획의 항목만 고칠 수 있습니다.' },
  check: { record: '점검', rule: '가장 최근 점검만 고칠 수 있습니다.' },
};

/**
 * Refuses an id the case does not have (NOT_FOUND) or one that is not the amendable one
 * (WRONG_STAGE). `amendable` is whether `id` is the latest (or of the current plan).
 */
export function assertAmendable(
  kind: AmendableKind,
  id: string,
  caseNo: string,
  found: boolean,
  amendable: boolean,
): void {
  const { record, rule } = NAMES[kind];
  if (!found) throw new UserError(`${record} ${id}은(는) ${caseNo} 사례의 기록이 아닙니다.`, 'NOT_FOUND');
  if (!amendable) throw new UserError(`${record} ${id}은(는) 고칠 수 없습니다: ${rule}`, 'WRONG_STAGE');
}

type Value = string | number | boolean | null | undefined;

/** A value as the audit log names it: a choice by its Korean label, a flag as 예/아니오. */
export function shownValue(def: FieldDef, value: Value): string {
  if (value === null || value === undefined || value === '') return '(없음)';
  if (def.kind === 'flag') return value ? '예' : '아니오';
  if (def.kind === 'choice' && def.vocabulary && typeof value === 'string')
    return def.vocabulary.label(value as never);
  return String(value);
}

const same = (a: Value, b: Value): boolean => (a ?? '') === (b ?? '') || (a == null && b === false);

/**
 * What really changes of `record` (the fields sent whose value differs) and the audit detail,
 * `위기도: 보통 → 높음; 사정일: 2026-03-02 → 2026-03-03`, in the catalogue's order.
 */
export function diffRecord<R extends object>(
  catalogue: Partial<Record<keyof R & string, FieldDef>>,
  record: R,
  sent: Partial<Record<keyof R & string, Value>>,
): { changes: Partial<R>; detail: string } {
  const changes: Partial<R> = {};
  const trail: string[] = [];
  for (const key of Object.keys(catalogue) as (keyof R & string)[]) {
    const def = catalogue[key];
    const value = sent[key];
    if (!def || value === undefined) continue;
    const old = (record as Record<string, Value>)[key];
    if (same(old, value)) continue;
    Object.assign(changes, { [key]: value });
    trail.push(`${headerOf(def)}: ${shownValue(def, old)} → ${shownValue(def, value)}`);
  }
  return { changes, detail: trail.join('; ') };
}
