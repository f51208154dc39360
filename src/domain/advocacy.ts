/**
 * What the supervisor raises with the 구 at the 통합사례회의: the service-system gaps case managers
 * met in 권익옹호, counted by kind over periods so a recurring gap stands out.
 */
import { addDays, addMonths, daysBetween, type DateKey } from './dates';
import type { AdvocacyRecord } from './records';
import { GAP_KINDS, type GapKind } from './vocabulary';

/** A span of days, both ends included. */
export interface Period {
  from: DateKey;
  to: DateKey;
}

/** A 서비스체계 개선 act with its gap kind and date: what the counts are made of. */
export type SystemGap = AdvocacyRecord & { gapKind: GapKind; on: DateKey };

/** The system-level acts dated within the period, oldest first. */
export function systemGapsIn(advocacy: readonly AdvocacyRecord[], period: Period): SystemGap[] {
  return advocacy
    .filter(
      (a): a is SystemGap =>
        a.level === 'system' &&
        a.gapKind !== null &&
        a.on !== null &&
        a.on >= period.from &&
        a.on <= period.to,
    )
    .sort((a, b) => a.on.localeCompare(b.on) || a.advocacyId.localeCompare(b.advocacyId));
}

/** The `months` months that end on `to`: 3 for a quarter, 12 for a year. */
export function monthsTo(to: DateKey, months: number): Period {
  return { from: addDays(addMonths(to, -months), 1), to };
}

/** The period of the same length just before this one: what "more than before" is held against. */
export function periodBefore(period: Period): Period {
  const to = addDays(period.from, -1);
  return { from: addDays(to, -daysBetween(period.from, period.to)), to };
}

/** How many acts of each gap kind, and in how many distinct cases (one loud case is not a pattern). */
export function gapTally(gaps: readonly SystemGap[]): Map<GapKind, { acts: number; cases: number }> {
  const acts = new Map<GapKind, { acts: number; caseNos: Set<string> }>();
  for (const gap of gaps) {
    const kind = acts.get(gap.gapKind) ?? { acts: 0, caseNos: new Set<string>() };
    kind.acts += 1;
    kind.caseNos.add(gap.caseNo);
    acts.set(gap.gapKind, kind);
  }
  return new Map([...acts].map(([kind, tally]) => [kind, { acts: tally.acts, cases: tally.caseNos.size }]));
}

export interface GapCount {
  gapKind: GapKind;
  label: string;
  /** In the last 3 months, the last 12 months, and ever. */
  lastQuarter: number;
  lastYear: number;
  total: number;
  /** Distinct cases that met it. */
  cases: number;
}

/** Every day an act can carry: the whole record. */
const EVER: Period = { from: '0000-01-01', to: '9999-12-31' };

/** System-level advocacy counted per gap kind, most frequent in the last year first. */
export function gapCounts(advocacy: readonly AdvocacyRecord[], today: DateKey): GapCount[] {
  const ever = gapTally(systemGapsIn(advocacy, EVER));
  const year = gapTally(systemGapsIn(advocacy, monthsTo(today, 12)));
  const quarter = gapTally(systemGapsIn(advocacy, monthsTo(today, 3)));
  return [...ever.entries()]
    .map(([gapKind, all]) => ({
      gapKind,
      label: GAP_KINDS.label(gapKind),
      lastQuarter: quarter.get(gapKind)?.acts ?? 0,
      lastYear: year.get(gapKind)?.acts ?? 0,
      total: all.acts,
      cases: all.cases,
    }))
    .sort((a, b) => b.lastYear - a.lastYear || b.total - a.total || a.label.localeCompare(b.label));
}
