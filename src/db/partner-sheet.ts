/**
 * The range work of 자원 목록 게시 (src/app/publish.ts decides what and whether): the partners'
 * separate spreadsheet, its tabs written whole as plain text, and who may view it.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const LIST_TAB = '자원 목록';
export const ABOUT_TAB = '안내';
/** The 안내 row that tells a person the add-on made this spreadsheet. */
export const MADE_BY_ADDON = ['만든 곳', '동 사례관리 추가 기능 (협력기관 자원 목록)'] as const;
/**
 * The 안내 row that tells the add-on so: a 서명 of the partner sheet's own id under the case
 * spreadsheet's key (the 변경이력's, src/domain/audit-trail.ts). A plain row could be copied into any
 * file; this one matches only the file it was written into, and only for the case spreadsheet that
 * wrote it, so a copy, another 동's list or a pasted row is never overwritten.
 */
export const PARTNER_SEAL_LABEL = '확인 표시';

/** Exactly what a partner sheet's 확인 표시 seals (never text an audit row could seal). */
export function partnerSealText(partnerSpreadsheetId: string): string {
  return `협력기관 자원목록\u001f${partnerSpreadsheetId}`;
}

/**
 * Whether the 안내 tab carries `expectedSeal` (one getValues). With no key to check against (a
 * context built by hand in tests), the plain mark is all there is.
 */
export function madeByAddon(ss: Spreadsheet, expectedSeal: string | null): boolean {
  const about = ss.getSheetByName(ABOUT_TAB);
  if (!about) return false;
  return about
    .getDataRange()
    .getValues()
    .some(([label, value]) =>
      expectedSeal === null
        ? label === MADE_BY_ADDON[0] && value === MADE_BY_ADDON[1]
        : label === PARTNER_SEAL_LABEL && value === expectedSeal,
    );
}

function tab(ss: Spreadsheet, name: string, fallback?: Sheet): Sheet {
  const sheet = ss.getSheetByName(name);
  if (sheet) return sheet;
  if (fallback) return fallback.setName(name);
  return ss.insertSheet(name);
}

/**
 * Replaces the tab `name` (made if missing; on a new spreadsheet `renameFirst` takes its first tab)
 * with `rows`, all as plain text: what partners read is what we wrote.
 */
export function replaceTab(ss: Spreadsheet, name: string, rows: string[][], renameFirst = false): void {
  const sheet = tab(ss, name, renameFirst ? ss.getSheets()[0] : undefined);
  const width = rows[0]?.length ?? 1;
  sheet.clearContents();
  const maxRows = sheet.getMaxRows();
  if (rows.length > maxRows) sheet.insertRowsAfter(maxRows, rows.length - maxRows);
  const range = sheet.getRange(1, 1, rows.length, width);
  range.setNumberFormats(rows.map((row) => row.map(() => '@'))).setValues(rows);
  sheet.setFrozenRows(1);
}

/**
 * How to put a partner sheet back as it is now, should publishing fail half-way: both tabs' values
 * (a tab that was not there is removed again) and its viewers. Reads each tab once.
 */
export function partnerSheetRestorer(ss: Spreadsheet): () => void {
  const tabs = [LIST_TAB, ABOUT_TAB].map((name) => {
    const sheet = ss.getSheetByName(name);
    return { name, values: sheet ? (sheet.getDataRange().getValues() as string[][]) : null };
  });
  const viewers = ss.getViewers().map((u) => u.getEmail().toLowerCase());
  return () => {
    for (const { name, values } of tabs) {
      const sheet = ss.getSheetByName(name);
      if (!sheet) continue;
      if (values === null) ss.deleteSheet(sheet);
      else {
        sheet.clearContents();
        sheet.getRange(1, 1, values.length, values[0]?.length ?? 1).setValues(values);
      }
    }
    shareWithExactly(ss, viewers);
  };
}

/** Shares as viewer with exactly the listed addresses: adds the new ones, removes the dropped ones. */
export function shareWithExactly(ss: Spreadsheet, emails: readonly string[]): string[] {
  const owner = ss.getOwner()?.getEmail().toLowerCase() ?? '';
  const wanted = emails.filter((e) => e !== owner);
  const current = ss.getViewers().map((u) => u.getEmail().toLowerCase());
  const toAdd = wanted.filter((e) => !current.includes(e));
  if (toAdd.length > 0) ss.addViewers(toAdd);
  for (const email of current) if (!wanted.includes(email)) ss.removeViewer(email);
  return wanted;
}

/** The tab people mean in a partner's sheet: our published list, another 동's 자원 tab, or the first. */
const TAB_PREFERENCE = [LIST_TAB, '자원'];

/** A partner's sheet to import from, read whole (one getValues); null when it has no tab at all. */
export function readPartnerTab(ss: Spreadsheet): { tabName: string; values: unknown[][] } | null {
  const sheet =
    TAB_PREFERENCE.map((name) => ss.getSheetByName(name)).find((s) => s !== null) ?? ss.getSheets()[0];
  if (!sheet) return null;
  return { tabName: sheet.getName(), values: sheet.getDataRange().getValues() as unknown[][] };
}
