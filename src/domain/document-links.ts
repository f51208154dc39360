/**
 * The links the add-on shows for its documents. A link cell in the 문서 tab can be edited by any
 * editor, so a `javascript:` or look-alike address typed there must never become a live link in
 * the sidebar: only Google Docs and Drive addresses over https are links.
 */
const GOOGLE_DOCUMENT = /^https:\/\/(?:docs|drive)\.google\.com\/[^\s"'<>\\]*$/;

/** The address when it is a Google Docs or Drive one, otherwise ''. */
export function documentLink(url: string): string {
  return GOOGLE_DOCUMENT.test(url) ? url : '';
}
