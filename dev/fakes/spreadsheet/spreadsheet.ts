import { GasObject } from '../membrane';
import { fail } from '../errors';
import { MIME } from '../drive-store';
import { User } from '../user';
import type { World } from '../world';
import { parseA1 } from './a1';
import { SpreadsheetModel, type Box } from './model';
import { Protection } from './protection';
import { Range } from './range';
import { Sheet } from './sheet';
import { shareAsEditor, shareAsViewer, unshareEditor, unshareViewer } from '../sharing';

/**
 * A new spreadsheet has one 1000×26 sheet. Its name follows the creator's locale ('시트1' for
 * ko); the fake always says 'Sheet1' so code must not depend on it.
 */
export const FIRST_SHEET_NAME = 'Sheet1';

export function spreadsheetUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

export function createSpreadsheetModel(
  world: World,
  name: string,
  options: { owner?: string; rows?: number; columns?: number; id?: string } = {},
): SpreadsheetModel {
  const owner = options.owner ?? world.user;
  const root = world.drive.rootFor(owner, world.now());
  const file = world.drive.add({
    id: options.id,
    name,
    mimeType: MIME.spreadsheet,
    owner,
    parents: [root.id],
    now: world.now(),
  });
  const model = new SpreadsheetModel(file, world.scriptTimeZone);
  model.addSheet(FIRST_SHEET_NAME, 0, options.rows ?? 1000, options.columns ?? 26);
  world.spreadsheets.set(file.id, model);
  return model;
}

/** Spreadsheet (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet). */
export class Spreadsheet extends GasObject {
  readonly _class = 'Spreadsheet';

  constructor(
    readonly _w: World,
    readonly _m: SpreadsheetModel,
  ) {
    super();
  }

  private _sheet(model = this._m.activeSheet()): Sheet {
    return new Sheet(this._w, model);
  }

  private _edit(): void {
    this._w.requireEditable(this._m.file);
  }

  getId(): string {
    return this._m.id;
  }

  getUrl(): string {
    return spreadsheetUrl(this._m.id);
  }

  getName(): string {
    return this._m.file.name;
  }

  rename(newName: string): void {
    this._edit();
    this._m.file.name = String(newName);
  }

  getSheets(): Sheet[] {
    return this._m.sheets.map((s) => this._sheet(s));
  }

  getNumSheets(): number {
    return this._m.sheets.length;
  }

  getSheetByName(name: string): Sheet | null {
    const s = this._m.sheetByName(String(name));
    return s ? this._sheet(s) : null;
  }

  getSheetById(id: number): Sheet | null {
    const s = this._m.sheets.find((x) => x.id === Number(id));
    return s ? this._sheet(s) : null;
  }

  /**
   * insertSheet(), (index), (name), (name, index), (name, index, options), (options). The new
   * sheet becomes active; a name already used (in any letter case) throws.
   */
  insertSheet(a?: unknown, b?: unknown): Sheet {
    this._edit();
    let name: string | undefined;
    let index = this._m.sheets.length;
    if (typeof a === 'string') {
      name = a;
      if (typeof b === 'number') index = b;
    } else if (typeof a === 'number') {
      index = a;
    } else if (a && typeof a === 'object' && (a as { name?: unknown }).name !== undefined) {
      name = String((a as { name: unknown }).name);
    }
    if (index < 0 || index > this._m.sheets.length) fail('Invalid argument: sheetIndex');
    if (name === undefined) {
      let n = this._m.sheets.length + 1;
      while (this._m.sheetByName(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (name.trim() === '') fail('Invalid argument: sheetName');
    if (this._m.sheetByName(name))
      fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const model = this._m.addSheet(name, index);
    this._m.activeSheetId = model.id;
    return this._sheet(model);
  }

  deleteSheet(sheet: Sheet): void {
    this._edit();
    if (!(sheet instanceof Sheet) || sheet._s.spreadsheet !== this._m) fail('Invalid argument: sheet');
    if (this._m.sheets.length === 1) fail("You can't remove all the sheets in a document.");
    this._m.sheets = this._m.sheets.filter((s) => s !== sheet._s);
    this._m.protections = this._m.protections.filter((p) => p.range.sheet !== sheet._s);
    if (this._m.activeSheetId === sheet._s.id)
      this._m.activeSheetId = (this._m.sheets[0] as { id: number }).id;
  }

  getActiveSheet(): Sheet {
    return this._sheet();
  }

  setActiveSheet(sheet: Sheet): Sheet {
    if (!(sheet instanceof Sheet) || sheet._s.spreadsheet !== this._m) fail('Invalid argument: sheet');
    this._m.activeSheetId = sheet._s.id;
    return sheet;
  }

  getActiveRange(): Range {
    return this._sheet().getRange(1, 1);
  }

  getSpreadsheetTimeZone(): string {
    return this._m.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this._edit();
    this._m.timeZone = String(timezone);
  }

  getSpreadsheetLocale(): string {
    return this._m.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this._edit();
    this._m.locale = String(locale);
  }

  /** Toasts show only to someone looking at the sheet; the fake records them. */
  toast(msg: unknown, title?: unknown, _timeoutSeconds?: number): void {
    const toast: { message: string; title?: string } = { message: String(msg) };
    if (title !== undefined && title !== null) toast.title = String(title);
    this._w.ui.toasts.push(toast);
  }

  // ---- sharing ------------------------------------------------------------------------------

  addEditor(emailAddress: unknown): this {
    this._edit();
    shareAsEditor(this._m.file, emailAddress);
    return this;
  }

  addEditors(emailAddresses: unknown[]): this {
    for (const e of emailAddresses) this.addEditor(e);
    return this;
  }

  addViewer(emailAddress: unknown): this {
    this._edit();
    shareAsViewer(this._m.file, emailAddress);
    return this;
  }

  addViewers(emailAddresses: unknown[]): this {
    for (const e of emailAddresses) this.addViewer(e);
    return this;
  }

  removeEditor(emailAddress: unknown): this {
    this._edit();
    unshareEditor(this._m.file, emailAddress);
    return this;
  }

  /** No effect on editors (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#removeviewer). */
  removeViewer(emailAddress: unknown): this {
    this._edit();
    unshareViewer(this._m.file, emailAddress);
    return this;
  }

  /** The owner is listed among the editors. */
  getEditors(): User[] {
    return [this._m.file.owner, ...this._m.file.editors].map((e) => new User(e));
  }

  getViewers(): User[] {
    return this._m.file.viewers.map((e) => new User(e));
  }

  getOwner(): User {
    return new User(this._m.file.owner);
  }

  getProtections(type: string): Protection[] {
    const make = (b: Box): Range => new Range(this._w, b.sheet, b.row, b.column, b.numRows, b.numColumns);
    return this._m.protections
      .filter((p) => p.type === String(type))
      .map((p) => new Protection(this._w, this._m, p, make));
  }

  // ---- active-sheet shortcuts Spreadsheet also offers -----------------------------------------

  getRange(a1Notation: string): Range {
    const { sheetName } = parseA1(a1Notation);
    const model = sheetName === undefined ? this._m.activeSheet() : this._m.sheetByName(sheetName);
    if (!model) fail('Range not found');
    return this._sheet(model).getRange(a1Notation.slice(a1Notation.lastIndexOf('!') + 1));
  }

  getRangeByName(_name: string): Range | null {
    return null;
  }

  getDataRange(): Range {
    return this._sheet().getDataRange();
  }

  getLastRow(): number {
    return this._m.activeSheet().lastRow();
  }

  getLastColumn(): number {
    return this._m.activeSheet().lastColumn();
  }

  appendRow(rowContents: unknown[]): Sheet {
    return this._sheet().appendRow(rowContents);
  }

  getSheetName(): string {
    return this._m.activeSheet().name;
  }
}
