import { GasObject } from './membrane';
import { fail } from './errors';
import { Blob } from './blob';
import { MIME, type DriveEntry } from './drive-store';
import { User } from './user';
import type { World } from './world';
import { documentUrl } from './document/app';
import { spreadsheetUrl } from './spreadsheet/spreadsheet';
import { dumpSpreadsheetText, cloneSpreadsheet } from './spreadsheet/serialize';
import { shareAsEditor, shareAsViewer, unshareEditor, unshareViewer } from './sharing';

/**
 * DriveApp (https://developers.google.com/apps-script/reference/drive/drive-app). Docs and
 * spreadsheets made with DocumentApp/SpreadsheetApp are Drive files too. With `drive.file` but not
 * `drive` in the manifest, only files and folders this app created (and the bound spreadsheet)
 * can be reached: a simplification of "files created or opened by the app".
 */
const NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

export const Access = {
  ANYONE: 'ANYONE',
  ANYONE_WITH_LINK: 'ANYONE_WITH_LINK',
  DOMAIN: 'DOMAIN',
  DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK',
  PRIVATE: 'PRIVATE',
} as const;
export const Permission = {
  VIEW: 'VIEW',
  EDIT: 'EDIT',
  COMMENT: 'COMMENT',
  OWNER: 'OWNER',
  ORGANIZER: 'ORGANIZER',
  NONE: 'NONE',
} as const;

/**
 * What the user can open in Drive. The add-on holds the full drive scope (every DriveApp, Folder and
 * File method needs it or drive.readonly: see scopes.ts), so sharing is the only limit.
 */
function visible(w: World, e: DriveEntry): boolean {
  return w.drive.canRead(e, w.user);
}

function entryUrl(e: DriveEntry): string {
  if (e.mimeType === MIME.folder) return `https://drive.google.com/drive/folders/${e.id}`;
  if (e.mimeType === MIME.document) return `${documentUrl(e.id)}?usp=drivesdk`;
  if (e.mimeType === MIME.spreadsheet) return `${spreadsheetUrl(e.id)}?usp=drivesdk`;
  return `https://drive.google.com/file/d/${e.id}/view?usp=drivesdk`;
}

/** A Doc's content when its last-updated time was last read (see File.getLastUpdated). */
const CONTENT_SEEN = new WeakMap<DriveEntry, string>();

abstract class DriveItem extends GasObject {
  constructor(
    readonly _w: World,
    readonly _e: DriveEntry,
  ) {
    super();
  }

  protected _edit(): void {
    this._w.requireEditable(this._e);
    this._e.updated = this._w.now();
  }

  getId(): string {
    return this._e.id;
  }

  getName(): string {
    return this._e.name;
  }

  setName(name: string): this {
    this._edit();
    this._e.name = String(name);
    return this;
  }

  getUrl(): string {
    return entryUrl(this._e);
  }

  getDescription(): string | null {
    return this._e.description ?? null;
  }

  setDescription(description: string): this {
    this._edit();
    this._e.description = String(description);
    return this;
  }

  getDateCreated(): Date {
    return new Date(this._e.created);
  }

  /**
   * Drive's modifiedTime moves when the file's content is edited, not only its metadata
   * (https://developers.google.com/apps-script/reference/drive/file#getLastUpdated(): "the date the
   * File was last updated"). The fake Docs do not stamp every element edit, so a Doc's content is
   * compared with what it was at the last look: changed since then means updated now (and always
   * later than before, even when the fake clock stands still).
   */
  getLastUpdated(): Date {
    const doc = this._w.documents.get(this._e.id);
    if (doc) {
      const content = JSON.stringify(doc.toJSON());
      const seen = CONTENT_SEEN.get(this._e);
      if (seen !== undefined && seen !== content)
        this._e.updated = Math.max(this._w.now(), this._e.updated + 1);
      CONTENT_SEEN.set(this._e, content);
    }
    return new Date(this._e.updated);
  }

  getOwner(): User {
    return new User(this._e.owner);
  }

  getEditors(): User[] {
    return this._e.editors.map((e) => new User(e));
  }

  getViewers(): User[] {
    return this._e.viewers.map((e) => new User(e));
  }

  addEditor(emailAddress: unknown): this {
    this._edit();
    shareAsEditor(this._e, emailAddress);
    return this;
  }

  addEditors(emailAddresses: unknown[]): this {
    for (const e of emailAddresses) this.addEditor(e);
    return this;
  }

  addViewer(emailAddress: unknown): this {
    this._edit();
    shareAsViewer(this._e, emailAddress);
    return this;
  }

  addViewers(emailAddresses: unknown[]): this {
    for (const e of emailAddresses) this.addViewer(e);
    return this;
  }

  removeEditor(emailAddress: unknown): this {
    this._edit();
    unshareEditor(this._e, emailAddress);
    return this;
  }

  /** No effect on editors. */
  removeViewer(emailAddress: unknown): this {
    this._edit();
    unshareViewer(this._e, emailAddress);
    return this;
  }

  setSharing(accessType: string, permissionType: string): this {
    this._edit();
    this._e.sharing = { access: String(accessType), permission: String(permissionType) };
    return this;
  }

  getSharingAccess(): string {
    return this._e.sharing?.access ?? Access.PRIVATE;
  }

  getSharingPermission(): string {
    return this._e.sharing?.permission ?? Permission.NONE;
  }

  isTrashed(): boolean {
    return this._e.trashed;
  }

  setTrashed(trashed: boolean): this {
    this._edit();
    this._e.trashed = !!trashed;
    return this;
  }

  getParents(): FolderIterator {
    const parents = this._e.parents
      .map((id) => this._w.drive.get(id))
      .filter((e): e is DriveEntry => !!e && visible(this._w, e));
    return new FolderIterator(this._w, parents);
  }

  moveTo(destination: Folder): this {
    if (!(destination instanceof Folder)) fail('Invalid argument: destination');
    this._edit();
    this._e.parents = [destination._e.id];
    return this;
  }
}

export class File extends DriveItem {
  readonly _class = 'File';

  getMimeType(): string {
    return this._e.mimeType;
  }

  getSize(): number {
    return this._e.content?.length ?? 0;
  }

  /** Google files come out as PDF, others as their bytes. */
  getBlob(): Blob {
    if (this._e.mimeType === MIME.document || this._e.mimeType === MIME.spreadsheet)
      return this.getAs(MIME.pdf);
    return new Blob(new Uint8Array(this._e.content ?? new Uint8Array()), this._e.mimeType, this._e.name);
  }

  getAs(contentType: string): Blob {
    if (this._e.mimeType === MIME.document) {
      const text = this._w.documents.get(this._e.id)?.body.plainText() ?? '';
      return Blob.fromString(text, MIME.document, this._e.name).getAs(contentType);
    }
    if (this._e.mimeType === MIME.spreadsheet) {
      const model = this._w.spreadsheets.get(this._e.id);
      return Blob.fromString(model ? dumpSpreadsheetText(model) : '', MIME.spreadsheet, this._e.name).getAs(
        contentType,
      );
    }
    return this.getBlob().getAs(contentType);
  }

  setContent(content: string): this {
    if (this._e.mimeType.startsWith('application/vnd.google-apps.'))
      fail('Cannot set content of a Google file.');
    this._edit();
    this._e.content = new Uint8Array(Buffer.from(String(content), 'utf8'));
    return this;
  }

  /** makeCopy(), (name), (destination), (name, destination): copies content, so a copied Doc opens. */
  makeCopy(nameOrDestination?: unknown, destination?: unknown): File {
    const w = this._w;
    const folder =
      nameOrDestination instanceof Folder
        ? nameOrDestination
        : destination instanceof Folder
          ? destination
          : null;
    const name = typeof nameOrDestination === 'string' ? nameOrDestination : `Copy of ${this._e.name}`;
    const parents = folder
      ? [folder._e.id]
      : this._e.parents.filter(
          (id) => w.drive.get(id) && w.drive.canEdit(w.drive.get(id) as DriveEntry, w.user),
        );
    const copy = w.drive.add({
      name,
      mimeType: this._e.mimeType,
      owner: w.user,
      parents: parents.length ? parents : [w.drive.rootFor(w.user, w.now()).id],
      now: w.now(),
      content: this._e.content ? new Uint8Array(this._e.content) : undefined,
    });
    const doc = w.documents.get(this._e.id);
    if (doc) w.documents.set(copy.id, doc.clone(copy));
    const sheet = w.spreadsheets.get(this._e.id);
    if (sheet) w.spreadsheets.set(copy.id, cloneSpreadsheet(w, sheet, copy));
    return new File(w, copy);
  }
}

export class Folder extends DriveItem {
  readonly _class = 'Folder';

  createFolder(name: string): Folder {
    this._edit();
    const e = this._w.drive.add({
      name: String(name),
      mimeType: MIME.folder,
      owner: this._w.user,
      parents: [this._e.id],
      now: this._w.now(),
    });
    return new Folder(this._w, e);
  }

  /** createFile(blob) or createFile(name, content[, mimeType]). */
  createFile(blobOrName: unknown, content?: unknown, mimeType?: unknown): File {
    this._edit();
    let name: string;
    let bytes: Uint8Array;
    let type: string;
    if (blobOrName instanceof Blob) {
      name = blobOrName._name ?? 'Untitled';
      bytes = new Uint8Array(blobOrName._bytes);
      type = blobOrName._type ?? 'application/octet-stream';
    } else {
      name = String(blobOrName);
      bytes = new Uint8Array(Buffer.from(String(content ?? ''), 'utf8'));
      type = mimeType === undefined ? MIME.plain : String(mimeType);
    }
    if (type.startsWith('application/vnd.google-apps.'))
      fail(`Invalid mime type: ${type}. Use DocumentApp or SpreadsheetApp to create Google files.`);
    const e = this._w.drive.add({
      name,
      mimeType: type,
      owner: this._w.user,
      parents: [this._e.id],
      now: this._w.now(),
      content: bytes,
    });
    return new File(this._w, e);
  }

  private _children(): DriveEntry[] {
    return this._w.drive.children(this._e.id).filter((e) => visible(this._w, e));
  }

  getFolders(): FolderIterator {
    return new FolderIterator(
      this._w,
      this._children().filter((e) => e.mimeType === MIME.folder),
    );
  }

  getFiles(): FileIterator {
    return new FileIterator(
      this._w,
      this._children().filter((e) => e.mimeType !== MIME.folder),
    );
  }

  getFoldersByName(name: string): FolderIterator {
    return new FolderIterator(
      this._w,
      this._children().filter((e) => e.mimeType === MIME.folder && e.name === String(name)),
    );
  }

  getFilesByName(name: string): FileIterator {
    return new FileIterator(
      this._w,
      this._children().filter((e) => e.mimeType !== MIME.folder && e.name === String(name)),
    );
  }

  getFilesByType(mimeType: string): FileIterator {
    return new FileIterator(
      this._w,
      this._children().filter((e) => e.mimeType === String(mimeType)),
    );
  }

  addFile(child: File): this {
    if (!(child instanceof File)) fail('Invalid argument: child');
    this._edit();
    if (!child._e.parents.includes(this._e.id)) child._e.parents.push(this._e.id);
    return this;
  }

  removeFile(child: File): this {
    if (!(child instanceof File)) fail('Invalid argument: child');
    this._edit();
    child._e.parents = child._e.parents.filter((p) => p !== this._e.id);
    return this;
  }

  addFolder(child: Folder): this {
    if (!(child instanceof Folder)) fail('Invalid argument: child');
    this._edit();
    if (!child._e.parents.includes(this._e.id)) child._e.parents.push(this._e.id);
    return this;
  }
}

abstract class Iterator<T> extends GasObject {
  private _i = 0;

  constructor(
    readonly _w: World,
    readonly _items: DriveEntry[],
  ) {
    super();
  }

  protected abstract _make(e: DriveEntry): T;

  hasNext(): boolean {
    return this._i < this._items.length;
  }

  next(): T {
    const e = this._items[this._i];
    if (!e) fail('Cannot retrieve the next object: iterator has reached the end.');
    this._i++;
    return this._make(e);
  }

  getContinuationToken(): string {
    return Buffer.from(JSON.stringify({ i: this._i, ids: this._items.map((x) => x.id) })).toString('base64');
  }
}

export class FileIterator extends Iterator<File> {
  readonly _class = 'FileIterator';

  protected _make(e: DriveEntry): File {
    return new File(this._w, e);
  }
}

export class FolderIterator extends Iterator<Folder> {
  readonly _class = 'FolderIterator';

  protected _make(e: DriveEntry): Folder {
    return new Folder(this._w, e);
  }
}

export class DriveApp extends GasObject {
  readonly _class = 'DriveApp';
  readonly Access = Access;
  readonly Permission = Permission;

  constructor(readonly _w: World) {
    super();
  }

  private _root(): Folder {
    return new Folder(this._w, this._w.drive.rootFor(this._w.user, this._w.now()));
  }

  private _entry(id: string, folder: boolean): DriveEntry {
    const e = this._w.drive.get(String(id));
    if (!e || !visible(this._w, e) || (e.mimeType === MIME.folder) !== folder) fail(NOT_FOUND);
    return e;
  }

  private _all(): DriveEntry[] {
    return [...this._w.drive.entries.values()].filter(
      (e) => !e.trashed && visible(this._w, e) && ![...this._w.drive.roots.values()].includes(e.id),
    );
  }

  getRootFolder(): Folder {
    return this._root();
  }

  createFolder(name: string): Folder {
    return this._root().createFolder(name);
  }

  createFile(blobOrName: unknown, content?: unknown, mimeType?: unknown): File {
    return this._root().createFile(blobOrName, content, mimeType);
  }

  getFileById(id: string): File {
    return new File(this._w, this._entry(id, false));
  }

  getFolderById(id: string): Folder {
    return new Folder(this._w, this._entry(id, true));
  }

  getFiles(): FileIterator {
    return new FileIterator(
      this._w,
      this._all().filter((e) => e.mimeType !== MIME.folder),
    );
  }

  getFolders(): FolderIterator {
    return new FolderIterator(
      this._w,
      this._all().filter((e) => e.mimeType === MIME.folder),
    );
  }

  getFilesByName(name: string): FileIterator {
    return new FileIterator(
      this._w,
      this._all().filter((e) => e.mimeType !== MIME.folder && e.name === String(name)),
    );
  }

  getFoldersByName(name: string): FolderIterator {
    return new FolderIterator(
      this._w,
      this._all().filter((e) => e.mimeType === MIME.folder && e.name === String(name)),
    );
  }

  getFilesByType(mimeType: string): FileIterator {
    return new FileIterator(
      this._w,
      this._all().filter((e) => e.mimeType === String(mimeType)),
    );
  }
}
