/**
 * 행 위치: where one case's rows stand in each tab of its file, kept on its 사례 row, so the case is
 * read in one batch without a TextFinder search per tab (docs/decisions/0016).
 *
 * It is a hint, never the truth: the batch reader checks that every row it names still holds the
 * case (db/case-batch.ts) and searches a tab where one does not, which is what a person's sort, an
 * inserted row or a deleted one leads to. A tab with no entry is searched too. Every command rewrites
 * the entry of each tab it read, so one search heals it.
 *
 * The text is `tab:rows;tab:rows#check`, rows ascending with runs written `first-last`
 * (`점검:120-122,480;종결:` says three plus one 점검 rows and no 종결 row). The check binds it to the
 * case and the row's 버전: the read trusts an index whose rows all hold the case only because it
 * names *every* row, and a value typed, pasted from another case or left from an older version may
 * name only some. Anything that does not read as that, check included, is no index at all.
 */

/** Each tab's sheet rows (1-based, ascending) holding the case's records; a tab absent is unknown. */
export type RowIndex = ReadonlyMap<string, readonly number[]>;

/** Whose index it is: the case and the 버전 its 사례 row is written with. */
export interface IndexOwner {
  caseNo: string;
  version: number | null;
}

export function encodeRowIndex(index: RowIndex, owner: IndexOwner): string {
  const body = [...index].map(([tab, rows]) => `${tab}:${runs(rows)}`).join(';');
  return `${body}#${check(body, owner)}`;
}

export function decodeRowIndex(text: string, owner: IndexOwner): Map<string, number[]> | null {
  const index = new Map<string, number[]>();
  const hash = text.lastIndexOf('#');
  const body = text.slice(0, hash);
  if (hash < 0 || text.slice(hash + 1) !== check(body, owner)) return null;
  if (body === '') return index;
  for (const entry of body.split(';')) {
    const colon = entry.lastIndexOf(':');
    const tab = entry.slice(0, colon);
    const rows = colon > 0 ? rowsOf(entry.slice(colon + 1)) : null;
    if (!rows || index.has(tab)) return null;
    index.set(tab, rows);
  }
  return index;
}

function runs(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return parts.join(',');
}

const ROW_RUN = /^([1-9]\d{0,6})(?:-([1-9]\d{0,6}))?$/;

function rowsOf(text: string): number[] | null {
  if (text === '') return [];
  const rows: number[] = [];
  for (const part of text.split(',')) {
    const match = ROW_RUN.exec(part);
    if (!match) return null;
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    if (last < first || last - first > 10_000) return null;
    for (let row = first; row <= last; row++) rows.push(row);
  }
  const ascending = rows.every((row, i) => i === 0 || row > (rows[i - 1] as number));
  return ascending ? rows : null;
}

/**
 * FNV-1a over the index, the case and its version: not a secret (the 변경이력's seal is), only what
 * tells the add-on's own writing from a person's typing or pasting.
 */
function check(body: string, owner: IndexOwner): string {
  let hash = 0x811c9dc5;
  for (const char of `${owner.caseNo}|${owner.version ?? ''}|${body}`) {
    hash ^= char.codePointAt(0) as number;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
