import type { DriveEntry } from './drive-store';
import { User } from './user';

/**
 * Who a file is shared with, the one rule behind DriveApp's File, SpreadsheetApp's Spreadsheet and
 * DocumentApp's Document (each keeps its own check of who may change the sharing): one list of
 * editors and one of viewers per Drive file; the owner is on neither; an editor is not also a
 * viewer; adding a viewer who can already edit changes nothing; removing a viewer leaves editors
 * alone (https://developers.google.com/apps-script/reference/drive/file#addeditoremailaddress,
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#removeviewer).
 * `emailAddress` is an address or a User, as every one of those methods takes.
 */
type Shared = Pick<DriveEntry, 'owner' | 'editors' | 'viewers'>;

export function shareAsEditor(file: Shared, emailAddress: unknown): void {
  const email = User.emailOf(emailAddress);
  if (email !== file.owner && !file.editors.includes(email)) file.editors.push(email);
  file.viewers = file.viewers.filter((v) => v !== email);
}

export function shareAsViewer(file: Shared, emailAddress: unknown): void {
  const email = User.emailOf(emailAddress);
  if (email !== file.owner && !file.editors.includes(email) && !file.viewers.includes(email))
    file.viewers.push(email);
}

export function unshareEditor(file: Shared, emailAddress: unknown): void {
  const email = User.emailOf(emailAddress);
  file.editors = file.editors.filter((e) => e !== email);
}

export function unshareViewer(file: Shared, emailAddress: unknown): void {
  const email = User.emailOf(emailAddress);
  file.viewers = file.viewers.filter((e) => e !== email);
}
