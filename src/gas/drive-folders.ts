/**
 * Drive folders and files for documents. DriveApp needs the full `drive` scope
 * (docs/decisions/0006-full-drive-scope.md); the add-on still only touches the folders and Docs it
 * made and the folder a centre names in 설정.
 */
import type { DriveRef } from '../app/documents';
import { UserError } from '../domain/validation';

type Folder = GoogleAppsScript.Drive.Folder;

/** A folder the port handed out, holding the Apps Script object so it is not fetched again. */
export interface FolderRef extends DriveRef {
  readonly folder: Folder;
}

function ref(folder: Folder): FolderRef {
  return { id: folder.getId(), url: folder.getUrl(), folder };
}

/** The folder 설정 names, one Drive call; a UserError saying what to do when it cannot be opened. */
function folderById(id: string): Folder {
  try {
    return DriveApp.getFolderById(id);
  } catch {
    throw new UserError(
      `문서 보관 폴더(ID ${id})를 열 수 없습니다. 지워졌거나, 이 계정에 공유되지 않은 폴더입니다. ` +
        "폴더 주인에게 공유를 부탁하거나, 설정 탭의 '문서 보관 폴더' 값을 비우면 새 폴더를 만듭니다.",
      'BAD_SETTING',
    );
  }
}

export function openFolder(id: string): FolderRef {
  const folder = folderById(id);
  if (folder.isTrashed())
    throw new UserError(
      `문서 보관 폴더(ID ${id})가 휴지통에 있습니다. Drive에서 복원하거나, 설정 탭의 '문서 보관 폴더' 값을 비우세요.`,
      'BAD_SETTING',
    );
  return ref(folder);
}

export function createRootFolder(name: string): FolderRef {
  return ref(DriveApp.createFolder(name));
}

/** The sub-folder with this name, made when missing; only folders the add-on made are seen. */
export function childFolder(parent: FolderRef, name: string): FolderRef {
  const found = parent.folder.getFoldersByName(name);
  return ref(found.hasNext() ? found.next() : parent.folder.createFolder(name));
}

/** Docs are created in My Drive; this puts one where it belongs. */
export function moveInto(fileId: string, folder: FolderRef): void {
  DriveApp.getFileById(fileId).moveTo(folder.folder);
}

export function renameFile(fileId: string, name: string): void {
  DriveApp.getFileById(fileId).setName(name);
}

/** A half-made document must not be mistaken for a real one: it goes to the bin. */
export function trashFile(fileId: string): void {
  DriveApp.getFileById(fileId).setTrashed(true);
}

/** A file or folder of a run that did not finish goes to the bin (File/Folder.setTrashed). */
export function trash(file: DriveRef): void {
  const folder = (file as Partial<FolderRef>).folder;
  if (folder) folder.setTrashed(true);
  else trashFile(file.id);
}

/**
 * Runs the steps that fill a file just made; when one fails, the half-made file goes to the bin
 * (best effort: Drive may be the one failing) and the failure goes on.
 */
export function binOnFailure(fileId: string, fill: () => void): void {
  try {
    fill();
  } catch (error) {
    try {
      trashFile(fileId);
    } catch {
      // Drive is failing too: the caller's own clean-up tries again.
    }
    throw error;
  }
}

/** The MIME type as text: the `MimeType` global is one more service object for no gain. */
const PDF = 'application/pdf';

/** The Doc as PDF, saved beside it with the same name. */
export function savePdf(documentId: string, folder: FolderRef, name: string): DriveRef {
  const blob = DriveApp.getFileById(documentId).getAs(PDF).setName(`${name}.pdf`);
  const file = folder.folder.createFile(blob);
  return { id: file.getId(), url: file.getUrl() };
}

/**
 * The documents root is shared with exactly the people who can edit the case spreadsheet: they see
 * every case there, and the links in the 문서 tab must open for them; someone taken off the
 * spreadsheet must lose the case documents too. Every document run, and every day's reminder run
 * (`syncFolderEditors`), brings the folder's editors in line (no call when nobody joined or left).
 * The folder's owner stays, as Drive requires: returned when they are not in `emails`, so the run
 * can say so. (The case folders and Docs inside inherit the root's sharing.)
 */
export function syncEditors(root: FolderRef, emails: readonly string[]): { ownerOffTeam: string | null } {
  const owner = root.folder.getOwner()?.getEmail() ?? '';
  const team = new Set(emails.filter(Boolean));
  const editors = root.folder.getEditors().map((user) => user.getEmail());
  const present = new Set([owner, ...editors]);
  const missing = [...team].filter((email) => !present.has(email));
  if (missing.length > 0) root.folder.addEditors(missing);
  for (const email of editors) if (email !== owner && !team.has(email)) root.folder.removeEditor(email);
  return { ownerOffTeam: owner !== '' && !team.has(owner) ? owner : null };
}

/**
 * The daily run's sync: the folder by id, then `syncEditors` (Folder.getOwner, getEditors, and
 * addEditors/removeEditor only for who joined or left). No trash check: a folder in the bin still
 * shares its files until it is emptied.
 */
export function syncFolderEditors(id: string, emails: readonly string[]): { ownerOffTeam: string | null } {
  const folder = folderById(id);
  return syncEditors({ id, url: '', folder }, emails);
}
