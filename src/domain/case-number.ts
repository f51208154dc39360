/**
 * 관리번호: `<prefix>-<year>-<4-digit sequence>`, e.g. 행복-2026-0007. Readable aloud, sortable as
 * text within a year, unique, and never reused: the last issued sequence is remembered apart from
 * the sheet, so deleting a row by hand cannot hand its number out again.
 */
export interface CaseNumberParts {
  prefix: string;
  year: number;
  sequence: number;
}

const CASE_NO = /^(.+)-(\d{4})-(\d{4,})$/;

export function formatCaseNo(parts: CaseNumberParts): string {
  return `${parts.prefix}-${parts.year}-${String(parts.sequence).padStart(4, '0')}`;
}

export function parseCaseNo(caseNo: string): CaseNumberParts | null {
  const match = CASE_NO.exec(caseNo);
  if (!match) return null;
  return { prefix: match[1] as string, year: Number(match[2]), sequence: Number(match[3]) };
}

/** The next number for `year`, above both every number in the sheet and the last one issued. */
export function nextCaseNo(
  prefix: string,
  year: number,
  existing: readonly string[],
  lastIssued: { year: number; sequence: number } | null,
): string {
  let highest = lastIssued && lastIssued.year === year ? lastIssued.sequence : 0;
  for (const caseNo of existing) {
    const parts = parseCaseNo(caseNo);
    if (parts && parts.year === year && parts.prefix === prefix) highest = Math.max(highest, parts.sequence);
  }
  return formatCaseNo({ prefix, year, sequence: highest + 1 });
}
