import { GasObject } from '../membrane';
import { shareAsEditor, shareAsViewer, unshareEditor, unshareViewer } from '../sharing';
import { fail } from '../errors';
import { MIME } from '../drive-store';
import { Blob } from '../blob';
import { User } from '../user';
import type { World } from '../world';
import { DNode, DocModel, paragraph } from './model';
import { apiFor, type Body, type FooterSection, type HeaderSection } from './elements';
import {
  Attribute,
  ElementType,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
  TextAlignment,
  VerticalAlignment,
} from './enums';

const MISSING = "Document is missing (perhaps it was deleted, or you don't have read access?)";

export function documentUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

export function createDocModel(w: World, name: string, parents?: string[]): DocModel {
  const parentIds = parents ?? [w.drive.rootFor(w.user, w.now()).id];
  const file = w.drive.add({
    name,
    mimeType: MIME.document,
    owner: w.user,
    parents: parentIds,
    now: w.now(),
  });
  const doc = new DocModel(file);
  w.documents.set(file.id, doc);
  return doc;
}

/** Document (https://developers.google.com/apps-script/reference/document/document). */
export class Document extends GasObject {
  readonly _class = 'Document';

  constructor(
    readonly _w: World,
    readonly _d: DocModel,
  ) {
    super();
  }

  private _touch(): void {
    this._d.file.updated = this._w.now();
  }

  getId(): string {
    return this._d.file.id;
  }

  getName(): string {
    return this._d.file.name;
  }

  setName(name: string): this {
    this._w.requireEditable(this._d.file);
    this._d.file.name = String(name);
    this._touch();
    return this;
  }

  getUrl(): string {
    return documentUrl(this._d.file.id);
  }

  getBody(): Body {
    return apiFor(this._w, this._d.body) as Body;
  }

  getHeader(): HeaderSection | null {
    return this._d.header ? (apiFor(this._w, this._d.header) as HeaderSection) : null;
  }

  addHeader(): HeaderSection {
    if (this._d.header) fail('Document tab already contains a header.');
    this._d.header = new DNode('HEADER_SECTION');
    this._d.header.add(paragraph());
    return apiFor(this._w, this._d.header) as HeaderSection;
  }

  getFooter(): FooterSection | null {
    return this._d.footer ? (apiFor(this._w, this._d.footer) as FooterSection) : null;
  }

  addFooter(): FooterSection {
    if (this._d.footer) fail('Document tab already contains a footer.');
    this._d.footer = new DNode('FOOTER_SECTION');
    this._d.footer.add(paragraph());
    return apiFor(this._w, this._d.footer) as FooterSection;
  }

  saveAndClose(): void {
    this._touch();
  }

  getCursor(): null {
    return null;
  }

  getSelection(): null {
    return null;
  }

  getBlob(): Blob {
    return this.getAs('application/pdf');
  }

  getAs(contentType: string): Blob {
    const text = this._d.body.plainText();
    return Blob.fromString(text, MIME.document, this._d.file.name).getAs(String(contentType));
  }

  addEditor(emailAddress: unknown): this {
    this._w.requireEditable(this._d.file);
    shareAsEditor(this._d.file, emailAddress);
    return this;
  }

  addEditors(emailAddresses: unknown[]): this {
    for (const e of emailAddresses) this.addEditor(e);
    return this;
  }

  addViewer(emailAddress: unknown): this {
    this._w.requireEditable(this._d.file);
    shareAsViewer(this._d.file, emailAddress);
    return this;
  }

  addViewers(emailAddresses: unknown[]): this {
    for (const e of emailAddresses) this.addViewer(e);
    return this;
  }

  removeEditor(emailAddress: unknown): this {
    unshareEditor(this._d.file, emailAddress);
    return this;
  }

  removeViewer(emailAddress: unknown): this {
    unshareViewer(this._d.file, emailAddress);
    return this;
  }

  getEditors(): User[] {
    return [this._d.file.owner, ...this._d.file.editors].map((e) => new User(e));
  }

  getViewers(): User[] {
    return this._d.file.viewers.map((e) => new User(e));
  }
}

/** DocumentApp (https://developers.google.com/apps-script/reference/document/document-app). */
export class DocumentApp extends GasObject {
  readonly _class = 'DocumentApp';
  readonly ParagraphHeading = ParagraphHeading;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly VerticalAlignment = VerticalAlignment;
  readonly TextAlignment = TextAlignment;
  readonly ElementType = ElementType;
  readonly GlyphType = GlyphType;
  readonly Attribute = Attribute;

  constructor(readonly _w: World) {
    super();
  }

  create(name: string): Document {
    if (name === undefined || name === null || String(name) === '') fail('Invalid argument: name');
    return new Document(this._w, createDocModel(this._w, String(name)));
  }

  openById(id: string): Document {
    const doc = this._w.documents.get(String(id));
    const entry = this._w.drive.get(String(id));
    if (!doc || !entry) fail(MISSING);
    this._w.requireReadable(entry, MISSING);
    return new Document(this._w, doc);
  }

  openByUrl(url: string): Document {
    const id = /\/d\/([A-Za-z0-9_-]+)/.exec(String(url))?.[1];
    if (!id) fail(MISSING);
    return this.openById(id);
  }

  /** The add-on lives in Sheets: there is no active document. */
  getActiveDocument(): null {
    return null;
  }

  getUi(): never {
    return fail('Cannot call DocumentApp.getUi() from this context.');
  }
}
