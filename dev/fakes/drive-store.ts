import { driveId } from './ids';

export const MIME = {
  folder: 'application/vnd.google-apps.folder',
  document: 'application/vnd.google-apps.document',
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  pdf: 'application/pdf',
  plain: 'text/plain',
} as const;

/** One Drive item. Spreadsheets and Docs keep their content in their own models, keyed by this id. */
export interface DriveEntry {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  owner: string;
  editors: string[];
  viewers: string[];
  trashed: boolean;
  created: number;
  updated: number;
  description?: string;
  sharing?: { access: string; permission: string };
  /** Bytes of a non-Google file, base64 in JSON. */
  content?: Uint8Array;
}

export type DriveEntryJSON = Omit<DriveEntry, 'content'> & { content?: string };

export class DriveStore {
  readonly entries = new Map<string, DriveEntry>();
  /** Every user has their own "My Drive" root. */
  readonly roots = new Map<string, string>();

  rootFor(user: string, now: number): DriveEntry {
    let id = this.roots.get(user);
    if (!id || !this.entries.has(id)) {
      const root = this.add({
        name: 'My Drive',
        mimeType: 'application/vnd.google-apps.folder',
        owner: user,
        parents: [],
        now,
      });
      id = root.id;
      this.roots.set(user, id);
    }
    return this.entries.get(id) as DriveEntry;
  }

  add(spec: {
    id?: string;
    name: string;
    mimeType: string;
    owner: string;
    parents: string[];
    now: number;
    content?: Uint8Array;
  }): DriveEntry {
    const entry: DriveEntry = {
      id: spec.id ?? driveId(),
      name: spec.name,
      mimeType: spec.mimeType,
      parents: [...spec.parents],
      owner: spec.owner,
      editors: [],
      viewers: [],
      trashed: false,
      created: spec.now,
      updated: spec.now,
      content: spec.content,
    };
    this.entries.set(entry.id, entry);
    return entry;
  }

  get(id: string): DriveEntry | undefined {
    return this.entries.get(id);
  }

  /** Link sharing (setSharing ANYONE/ANYONE_WITH_LINK) counts as access for anyone with the id. */
  canRead(entry: DriveEntry, user: string): boolean {
    return (
      this.canEdit(entry, user) ||
      entry.viewers.includes(user) ||
      (entry.sharing?.access ?? '').startsWith('ANYONE')
    );
  }

  canEdit(entry: DriveEntry, user: string): boolean {
    const linkEdit =
      (entry.sharing?.access ?? '').startsWith('ANYONE') && entry.sharing?.permission === 'EDIT';
    return entry.owner === user || entry.editors.includes(user) || linkEdit;
  }

  children(folderId: string): DriveEntry[] {
    return [...this.entries.values()].filter((e) => e.parents.includes(folderId) && !e.trashed);
  }

  toJSON(): DriveEntryJSON[] {
    return [...this.entries.values()].map((e) => {
      const { content, ...rest } = e;
      return content ? { ...rest, content: Buffer.from(content).toString('base64') } : { ...rest };
    });
  }

  load(entries: DriveEntryJSON[], roots: Record<string, string>): void {
    for (const e of entries) {
      const { content, ...rest } = e;
      this.entries.set(e.id, {
        ...rest,
        content: content === undefined ? undefined : new Uint8Array(Buffer.from(content, 'base64')),
      });
    }
    for (const [user, id] of Object.entries(roots)) this.roots.set(user, id);
  }
}
