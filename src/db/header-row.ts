/**
 * Where a tab's header row is. People often insert a title row (or two) above a table's header;
 * the header is then found among the first few rows by its column names, never assumed to be row 1.
 */

/** How many top rows may hold a person's title rows above a table's header. */
export const HEADER_SCAN_ROWS = 5;

export interface HeaderMatch {
  /** 1-based sheet row of the header. */
  rowNumber: number;
  /** The trimmed header cells of that row. */
  cells: string[];
  /** How many of the table's column names that row holds. */
  matched: number;
}

/**
 * The row among `topRows` (the sheet's first rows, as read) holding the most of `headers`; on a tie
 * the upper one. Null when no row holds any of them (a new or foreign tab).
 */
export function findHeaderRow(topRows: readonly unknown[][], headers: readonly string[]): HeaderMatch | null {
  const wanted = new Set(headers);
  let best: HeaderMatch | null = null;
  topRows.slice(0, HEADER_SCAN_ROWS).forEach((row, i) => {
    const cells = row.map((cell) => String(cell ?? '').trim());
    const matched = new Set(cells.filter((cell) => wanted.has(cell))).size;
    if (matched > 0 && (!best || matched > best.matched)) best = { rowNumber: i + 1, cells, matched };
  });
  return best;
}
