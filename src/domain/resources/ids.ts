/**
 * 자원번호: `<동 prefix>-자원-<4-digit sequence>`, e.g. 행복-자원-0007. The 동's name in front keeps
 * two 동's directories apart when one imports the other's; the last issued number is remembered
 * apart from the sheet (as for 관리번호) so a deleted row never gives its number out again.
 */
const RESOURCE_ID = /^(.+)-자원-(\d{4,})$/;

export function resourceSequence(prefix: string, resourceId: string): number | null {
  const match = RESOURCE_ID.exec(resourceId);
  return match && match[1] === prefix ? Number(match[2]) : null;
}

/** `count` new ids above every id of this prefix in `existing` and above `lastIssued`. */
export function nextResourceIds(
  prefix: string,
  existing: readonly string[],
  lastIssued: number,
  count: number,
): string[] {
  let highest = lastIssued;
  for (const id of existing) highest = Math.max(highest, resourceSequence(prefix, id) ?? 0);
  return Array.from(
    { length: count },
    (_, i) => `${prefix}-자원-${String(highest + i + 1).padStart(4, '0')}`,
  );
}
