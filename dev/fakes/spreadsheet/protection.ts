import { GasObject } from '../membrane';
import { fail } from '../errors';
import type { World } from '../world';
import { boxContains, boxesIntersect, type Box, type SpreadsheetModel } from './model';
import { User } from '../user';
import type { Range } from './range';

/**
 * Protection (https://developers.google.com/apps-script/reference/spreadsheet/protection).
 * A new protection's editors mirror the spreadsheet's until the script changes them
 * (`editors === null`); the owner and the current user can never be removed.
 */
export interface ProtectionModel {
  id: string;
  type: 'RANGE' | 'SHEET';
  /** RANGE: the protected box; SHEET: the whole sheet (rows/columns follow the sheet). */
  range: Box;
  description: string;
  warningOnly: boolean;
  editors: string[] | null;
  domainEdit: boolean;
  unprotected: Box[];
  removed?: boolean;
}

let protectionSeq = 0;

export function newProtectionModel(type: 'RANGE' | 'SHEET', range: Box): ProtectionModel {
  protectionSeq += 1;
  return {
    id: `p${Date.now().toString(36)}${protectionSeq}`,
    type,
    range,
    description: '',
    warningOnly: false,
    editors: null,
    domainEdit: false,
    unprotected: [],
  };
}

export function effectiveEditors(ss: SpreadsheetModel, p: ProtectionModel): string[] {
  const base = p.editors ?? [ss.file.owner, ...ss.file.editors];
  return [...new Set([ss.file.owner, ...base])];
}

function sheetBox(p: ProtectionModel): Box {
  const s = p.range.sheet;
  return p.type === 'SHEET'
    ? { sheet: s, row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns }
    : p.range;
}

/**
 * Scripts run as a user and are bound by protections like that user: a write into a protected
 * range they may not edit fails (warning-only protections do not stop scripts).
 */
export function assertCanEdit(world: World, ss: SpreadsheetModel, box: Box): void {
  world.requireEditable(ss.file);
  const user = world.user;
  if (user === ss.file.owner) return;
  for (const p of ss.protections) {
    if (p.removed || p.warningOnly) continue;
    if (!boxesIntersect(sheetBox(p), box)) continue;
    if (p.type === 'SHEET' && p.unprotected.some((u) => boxContains(u, box))) continue;
    if (effectiveEditors(ss, p).includes(user)) continue;
    fail(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
  }
}

export class Protection extends GasObject {
  readonly _class = 'Protection';

  constructor(
    readonly _w: World,
    readonly _ss: SpreadsheetModel,
    readonly _p: ProtectionModel,
    private readonly _makeRange: (box: Box) => Range,
  ) {
    super();
  }

  /**
   * Only someone who may edit a protected range may change its protection: the reference's sample
   * checks canEdit() first, and Sheets refuses the others' changes like their edits.
   */
  private _mayChange(): void {
    if (!this.canEdit())
      fail(
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      );
  }

  private _editors(): string[] {
    if (this._p.editors === null) this._p.editors = effectiveEditors(this._ss, this._p);
    return this._p.editors;
  }

  addEditor(emailAddress: unknown): this {
    this._mayChange();
    const email = User.emailOf(emailAddress);
    const editors = this._editors();
    if (!editors.includes(email)) editors.push(email);
    return this;
  }

  addEditors(emailAddresses: unknown[]): this {
    for (const e of emailAddresses) this.addEditor(e);
    return this;
  }

  removeEditor(emailAddress: unknown): this {
    this._mayChange();
    const email = User.emailOf(emailAddress);
    // Touching the list ends the mirroring of the spreadsheet's editors, even when nobody goes.
    const editors = this._editors();
    if (email === this._ss.file.owner || email === this._w.user) return this;
    this._p.editors = editors.filter((e) => e !== email);
    return this;
  }

  removeEditors(emailAddresses: unknown[]): this {
    for (const e of emailAddresses) this.removeEditor(e);
    return this;
  }

  getEditors(): User[] {
    return effectiveEditors(this._ss, this._p).map((e) => new User(e));
  }

  canEdit(): boolean {
    return this._w.user === this._ss.file.owner || effectiveEditors(this._ss, this._p).includes(this._w.user);
  }

  canDomainEdit(): boolean {
    return this._p.domainEdit;
  }

  setDomainEdit(editable: boolean): this {
    this._mayChange();
    this._p.domainEdit = !!editable;
    return this;
  }

  getDescription(): string {
    return this._p.description;
  }

  setDescription(description: string): this {
    this._mayChange();
    this._p.description = String(description);
    return this;
  }

  isWarningOnly(): boolean {
    return this._p.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): this {
    this._mayChange();
    this._p.warningOnly = !!warningOnly;
    return this;
  }

  getProtectionType(): string {
    return this._p.type;
  }

  getRange(): Range {
    return this._makeRange(sheetBox(this._p));
  }

  setRange(range: Range): this {
    if (this._p.type !== 'RANGE') fail('This operation is only supported for range protections.');
    this._p.range = range._box();
    return this;
  }

  getUnprotectedRanges(): Range[] {
    return this._p.unprotected.map((b) => this._makeRange(b));
  }

  setUnprotectedRanges(ranges: Range[]): this {
    if (this._p.type !== 'SHEET') fail('This operation is only supported for sheet protections.');
    this._p.unprotected = ranges.map((r) => r._box());
    return this;
  }

  getRangeName(): string | null {
    return null;
  }

  remove(): void {
    this._mayChange();
    this._p.removed = true;
    this._ss.protections = this._ss.protections.filter((p) => p !== this._p);
  }
}
