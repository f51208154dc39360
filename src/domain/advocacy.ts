/**
 * What the supervisor raises with the 구 at the 통합사례회의: the service-system gaps case managers
 * met in 권익옹호, counted by kind over recent periods so a recurring gap stands out.
 */
import { addMonths, type DateKey } from './dates';
import type { AdvocacyRecord } from './records';
import { GAP_KINDS, type GapKind } from './vocabulary';

export interface GapCount {
  gapKind: GapKind;
  label: string;
  /** In the last 3 months, the last 12 months, and ever. */
  lastQuarter: number;
  lastYear: number;
  total: number;
  /** Distinct cases that met it: one loud case is not a pattern. */
  cases: number;
}

/** System-level advocacy counted per gap kind, most frequent in the last year first. */
export function gapCounts(advocacy: readonly AdvocacyRecord[], today: DateKey): GapCount[] {
  const quarterStart = addMonths(today, -3);
  const yearStart = addMonths(today, -12);
  const byKind = new Map<GapKind, GapCount & { caseNos: Set<string> }>();
  for (const a of advocacy) {
    if (a.level !== 'system' || !a.gapKind) continue;
    let count = byKind.get(a.gapKind);
    if (!count) {
      count = {
        gapKind: a.gapKind,
        label: GAP_KINDS.label(a.gapKind),
        lastQuarter: 0,
        lastYear: 0,
        total: 0,
        cases: 0,
        caseNos: new Set(),
      };
      byKind.set(a.gapKind, count);
    }
    count.total++;
    if (a.on && a.on > yearStart && a.on <= today) count.lastYear++;
    if (a.on && a.on > quarterStart && a.on <= today) count.lastQuarter++;
    count.caseNos.add(a.caseNo);
  }
  return [...byKind.values()]
    .map(({ caseNos, ...count }) => ({ ...count, cases: caseNos.size }))
    .sort((a, b) => b.lastYear - a.lastYear || b.total - a.total || a.label.localeCompare(b.label));
}
