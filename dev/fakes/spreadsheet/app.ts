import { GasObject } from '../membrane';
import { fail } from '../errors';
import type { World } from '../world';
import { Ui } from '../ui';
import { DataValidationBuilder, DataValidationCriteria } from './data-validation';
import { createSpreadsheetModel, Spreadsheet } from './spreadsheet';
import type { Range } from './range';
import type { Sheet } from './sheet';

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;
export const BorderStyle = {
  DOTTED: 'DOTTED',
  DASHED: 'DASHED',
  SOLID: 'SOLID',
  SOLID_MEDIUM: 'SOLID_MEDIUM',
  SOLID_THICK: 'SOLID_THICK',
  DOUBLE: 'DOUBLE',
} as const;
export const WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;
export const Dimension = { COLUMNS: 'COLUMNS', ROWS: 'ROWS' } as const;
export const SheetType = { GRID: 'GRID', OBJECT: 'OBJECT', DATASOURCE: 'DATASOURCE' } as const;

export function idFromUrl(url: string): string | null {
  return /\/d\/([A-Za-z0-9_-]+)/.exec(String(url))?.[1] ?? null;
}

/** SpreadsheetApp (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app). */
export class SpreadsheetApp extends GasObject {
  readonly _class = 'SpreadsheetApp';
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BorderStyle = BorderStyle;
  readonly WrapStrategy = WrapStrategy;
  readonly Dimension = Dimension;
  readonly SheetType = SheetType;

  constructor(readonly _w: World) {
    super();
  }

  /** Null when there is no open document, e.g. in a time-driven trigger (see README). */
  getActiveSpreadsheet(): Spreadsheet | null {
    const model = this._w.activeSpreadsheet();
    return model ? new Spreadsheet(this._w, model) : null;
  }

  getActive(): Spreadsheet | null {
    return this.getActiveSpreadsheet();
  }

  getActiveSheet(): Sheet | null {
    return this.getActiveSpreadsheet()?.getActiveSheet() ?? null;
  }

  getActiveRange(): Range | null {
    return this.getActiveSpreadsheet()?.getActiveRange() ?? null;
  }

  setActiveSheet(sheet: Sheet): Sheet {
    return sheet.getParent().setActiveSheet(sheet);
  }

  /** An unknown id fails with Apps Script's generic message; a file you cannot see, with a permission one. */
  openById(id: string): Spreadsheet {
    const model = this._w.spreadsheets.get(String(id));
    const entry = this._w.drive.get(String(id));
    if (!model || !entry || entry.trashed)
      fail('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    this._w.requireReadable(entry);
    return new Spreadsheet(this._w, model);
  }

  openByUrl(url: string): Spreadsheet {
    const id = idFromUrl(url);
    if (!id || !this._w.spreadsheets.has(id))
      fail('Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    return this.openById(id);
  }

  open(file: { getId(): string }): Spreadsheet {
    return this.openById(file.getId());
  }

  create(name: string, rows?: number, columns?: number): Spreadsheet {
    if (name === undefined || name === null) fail('Invalid argument: name');
    const model = createSpreadsheetModel(this._w, String(name), { rows, columns });
    return new Spreadsheet(this._w, model);
  }

  /** There is no UI to show anything in from a time-driven trigger. */
  getUi(): Ui {
    if (this._w.context === 'trigger') fail('Cannot call SpreadsheetApp.getUi() from this context.');
    return new Ui(this._w);
  }

  flush(): void {}

  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder();
  }
}
