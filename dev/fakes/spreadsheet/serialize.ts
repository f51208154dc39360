import type { SheetJSON, SpreadsheetJSON } from '../environment-api';
import type { DriveEntry } from '../drive-store';
import { isDate } from '../errors';
import type { World } from '../world';
import { cellA1, parseA1, quoteSheetName, rangeA1 } from './a1';
import { readDisplay } from './cells';
import type { ValidationRule } from './data-validation';
import { SpreadsheetModel, type Box, type Cell, type SheetModel } from './model';
import type { ProtectionModel } from './protection';
import { Range } from './range';

/**
 * JSON form of a spreadsheet: values as stored (Dates as { $date: ISO }), formulas, formats,
 * validations, notes, styles and protections keyed by A1, so createGasEnvironment({ state })
 * restores exactly what toJSON saw.
 */

export interface ProtectionJSON {
  type: 'RANGE' | 'SHEET';
  range?: string;
  description: string;
  warningOnly: boolean;
  editors: string[] | null;
  domainEdit: boolean;
  unprotected: string[];
}

export function encodeValue(v: unknown): unknown {
  if (isDate(v)) return { $date: v.toISOString() };
  if (v instanceof Range) return { $range: `${quoteSheetName(v._s.name)}!${v.getA1Notation()}` };
  if (Array.isArray(v)) return v.map(encodeValue);
  return v;
}

function decodeValue(v: unknown, resolveRange: (a1: string) => Range | null): unknown {
  if (Array.isArray(v)) return v.map((x) => decodeValue(x, resolveRange));
  if (v && typeof v === 'object') {
    const o = v as { $date?: string; $range?: string };
    if (typeof o.$date === 'string') return new Date(o.$date);
    if (typeof o.$range === 'string') return resolveRange(o.$range);
  }
  return v;
}

function boxA1(b: Box): string {
  return rangeA1(b.row, b.column, b.numRows, b.numColumns);
}

function sheetToJSON(s: SheetModel, protections: ProtectionModel[]): SheetJSON {
  const values: unknown[][] = [];
  const formulas: Record<string, string> = {};
  const numberFormats: Record<string, string> = {};
  const validations: Record<string, unknown> = {};
  const notes: Record<string, string> = {};
  const styles: Record<string, Record<string, unknown>> = {};
  s.rows.forEach((row, r) => {
    if (!row) return;
    let last = -1;
    const out: unknown[] = [];
    row.forEach((cell: Cell | undefined, c) => {
      if (!cell) return;
      if (cell.v !== undefined && cell.v !== '') {
        out[c] = encodeValue(cell.v);
        last = c;
      }
      if (cell.f === undefined && cell.nf === undefined && !cell.dv && cell.note === undefined && !cell.style)
        return;
      const a1 = cellA1(r + 1, c + 1);
      if (cell.f !== undefined) formulas[a1] = cell.f;
      if (cell.nf !== undefined) numberFormats[a1] = cell.nf;
      if (cell.dv) validations[a1] = { ...cell.dv, values: encodeValue(cell.dv.values) };
      if (cell.note !== undefined) notes[a1] = cell.note;
      if (cell.style && Object.keys(cell.style).length) styles[a1] = { ...cell.style };
    });
    if (last >= 0) {
      const dense = Array.from({ length: last + 1 }, (_, i) => (out[i] === undefined ? '' : out[i]));
      values[r] = dense;
    }
  });
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  const json: SheetJSON = {
    name: s.name,
    maxRows: s.maxRows,
    maxColumns: s.maxColumns,
    values,
    sheetId: s.id,
  };
  if (Object.keys(formulas).length) json.formulas = formulas;
  if (Object.keys(numberFormats).length) json.numberFormats = numberFormats;
  if (Object.keys(validations).length) json.validations = validations;
  if (Object.keys(notes).length) json.notes = notes;
  if (Object.keys(styles).length) json.styles = styles;
  if (s.frozenRows) json.frozenRows = s.frozenRows;
  if (s.frozenColumns) json.frozenColumns = s.frozenColumns;
  if (s.hidden) json.hidden = true;
  if (s.tabColor) json.tabColor = s.tabColor;
  if (Object.keys(s.columnWidths).length) json.columnWidths = { ...s.columnWidths };
  if (Object.keys(s.rowHeights).length) json.rowHeights = { ...s.rowHeights };
  const own = protections.filter((p) => p.range.sheet === s);
  if (own.length) {
    json.protections = own.map((p): ProtectionJSON => ({
      type: p.type,
      ...(p.type === 'RANGE' ? { range: boxA1(p.range) } : {}),
      description: p.description,
      warningOnly: p.warningOnly,
      editors: p.editors ? [...p.editors] : null,
      domainEdit: p.domainEdit,
      unprotected: p.unprotected.map(boxA1),
    }));
  }
  return json;
}

export function spreadsheetToJSON(m: SpreadsheetModel): SpreadsheetJSON {
  return {
    id: m.id,
    name: m.file.name,
    owner: m.file.owner,
    editors: [...m.file.editors],
    viewers: [...m.file.viewers],
    timeZone: m.timeZone,
    locale: m.locale,
    activeSheetId: m.activeSheetId,
    sheets: m.sheets.map((s) => sheetToJSON(s, m.protections)),
  };
}

function boxFrom(sheet: SheetModel, a1: string): Box {
  const r = parseA1(a1);
  const lastRow = r.lastRow ?? sheet.maxRows;
  const lastColumn = r.lastColumn ?? sheet.maxColumns;
  return {
    sheet,
    row: r.row,
    column: r.column,
    numRows: lastRow - r.row + 1,
    numColumns: lastColumn - r.column + 1,
  };
}

/** Builds the model into `file` (whose sharing the caller has set). */
export function spreadsheetFromJSON(w: World, file: DriveEntry, json: SpreadsheetJSON): SpreadsheetModel {
  const m = new SpreadsheetModel(file, json.timeZone ?? w.scriptTimeZone);
  if (json.locale) m.locale = json.locale;
  for (const sj of json.sheets) {
    const s = m.addSheet(
      sj.name,
      m.sheets.length,
      sj.maxRows,
      sj.maxColumns,
      sj.sheetId ?? (m.sheets.length === 0 ? 0 : undefined),
    );
    s.frozenRows = sj.frozenRows ?? 0;
    s.frozenColumns = sj.frozenColumns ?? 0;
    s.hidden = sj.hidden ?? false;
    s.tabColor = sj.tabColor ?? null;
    s.columnWidths = { ...(sj.columnWidths ?? {}) };
    s.rowHeights = { ...(sj.rowHeights ?? {}) };
  }
  const resolveRange = (a1: string): Range | null => {
    const { sheetName } = parseA1(a1);
    const sheet = sheetName === undefined ? m.sheets[0] : m.sheetByName(sheetName);
    if (!sheet) return null;
    const b = boxFrom(sheet, a1.slice(a1.lastIndexOf('!') + 1));
    return new Range(w, sheet, b.row, b.column, b.numRows, b.numColumns);
  };
  json.sheets.forEach((sj, i) => {
    const s = m.sheets[i] as SheetModel;
    sj.values.forEach((row, r) =>
      (row ?? []).forEach((v, c) => {
        if (v === '' || v === null || v === undefined) return;
        s.ensure(r + 1, c + 1).v = decodeValue(v, resolveRange) as Cell['v'];
      }),
    );
    const each = <T>(map: Record<string, T> | undefined, apply: (cell: Cell, value: T) => void): void => {
      for (const [a1, value] of Object.entries(map ?? {})) {
        const { row, column } = parseA1(a1);
        apply(s.ensure(row, column), value);
      }
    };
    each(sj.formulas, (cell, f) => {
      cell.f = f;
    });
    each(sj.numberFormats, (cell, nf) => {
      cell.nf = nf;
    });
    each(sj.notes, (cell, note) => {
      cell.note = note;
    });
    each(sj.styles, (cell, style) => {
      cell.style = { ...(style as Cell['style']) };
    });
    each(sj.validations, (cell, rule) => {
      const r = rule as ValidationRule;
      cell.dv = { ...r, values: decodeValue(r.values, resolveRange) as unknown[] };
    });
    for (const p of (sj.protections ?? []) as ProtectionJSON[]) {
      const range: Box =
        p.type === 'SHEET' || !p.range
          ? { sheet: s, row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns }
          : boxFrom(s, p.range);
      m.protections.push({
        id: `p${m.protections.length + 1}`,
        type: p.type,
        range,
        description: p.description,
        warningOnly: p.warningOnly,
        editors: p.editors ? [...p.editors] : null,
        domainEdit: p.domainEdit,
        unprotected: p.unprotected.map((a1) => boxFrom(s, a1)),
      });
    }
  });
  m.activeSheetId = json.activeSheetId ?? (m.sheets[0] as SheetModel).id;
  return m;
}

export function cloneSpreadsheet(w: World, m: SpreadsheetModel, file: DriveEntry): SpreadsheetModel {
  return spreadsheetFromJSON(w, file, spreadsheetToJSON(m));
}

/** Display values of each sheet's data range: what a person sees. */
export function dumpSpreadsheet(m: SpreadsheetModel): SpreadsheetJSON {
  const json = spreadsheetToJSON(m);
  json.sheets = m.sheets.map((s, i) => {
    const rows = s.lastRow();
    const cols = s.lastColumn();
    const values: string[][] = [];
    for (let r = 1; r <= rows; r++) {
      const row: string[] = [];
      for (let c = 1; c <= cols; c++) row.push(readDisplay(s, r, c));
      values.push(row);
    }
    return { ...(json.sheets[i] as SheetJSON), values };
  });
  return json;
}

export function dumpSpreadsheetText(m: SpreadsheetModel): string {
  return dumpSpreadsheet(m)
    .sheets.map((s) => `${s.name}\n${(s.values as string[][]).map((r) => r.join('\t')).join('\n')}`)
    .join('\n\n');
}
