/**
 * The 대시보드 tab: a report the add-on rewrites whole, not a table (people read it, nobody types
 * into it). A write is a constant handful of calls whatever the caseload: clear, one number format,
 * one setValues, one setFontWeights, one setBackgrounds, one setFontColors for the whole block.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const DASHBOARD_TAB = '대시보드';

export type Tone = 'ok' | 'warn' | 'error' | 'muted';

export interface DashboardSection {
  title: string;
  header: string[];
  rows: (string | number)[][];
  /** Shown under the rows ("외 120건은 …"). */
  note?: string;
  /** Colours a row by what it says (overdue red, due soon amber). */
  toneOf?: (row: (string | number)[]) => Tone | null;
}

export interface DashboardModel {
  title: string;
  subtitle: string;
  /** The line under the title: how the last daily run went. */
  banner: { text: string; tone: Tone };
  sections: DashboardSection[];
}

const BACKGROUND: Record<Tone, string> = {
  ok: '#e6f4ea',
  warn: '#fef7e0',
  error: '#fce8e6',
  muted: '#f1f3f4',
};
const FONT_COLOR: Record<Tone, string> = {
  ok: '#137333',
  warn: '#8a5a00',
  error: '#b3261e',
  muted: '#5f6368',
};
const HEADER_BACKGROUND = '#e8f0fe';
const WHITE = '#ffffff';
const BLACK = '#202124';
/** Columns the block is at least this wide, so the banner and titles have room. */
const MIN_WIDTH = 6;

/** The tab, made first in the tab order when missing (it is what the supervisor opens first). */
export function dashboardSheet(spreadsheet: Spreadsheet): Sheet {
  return spreadsheet.getSheetByName(DASHBOARD_TAB) ?? spreadsheet.insertSheet(DASHBOARD_TAB, 0);
}

/**
 * Rewrites the tab whole or not at all: the write is tried once more when `retryIf` says the error
 * was the service's, and a write that still fails puts back what the tab showed before (its values,
 * number formats, weights and backgrounds), or removes the tab when this write made it. So a
 * failure half-way never leaves the supervisor a blank or half-new dashboard.
 */
export function writeDashboard(
  spreadsheet: Spreadsheet,
  model: DashboardModel,
  retryIf: (error: unknown) => boolean = () => false,
): void {
  const existing = spreadsheet.getSheetByName(DASHBOARD_TAB);
  const before = existing ? paintedOf(existing) : null;
  try {
    try {
      paintDashboard(spreadsheet, model);
    } catch (error) {
      if (!retryIf(error)) throw error;
      paintDashboard(spreadsheet, model);
    }
  } catch (error) {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        putBack(spreadsheet, before);
        break;
      } catch {
        // once more, then left as it is: the next refresh rewrites the tab whole
      }
    }
    throw error;
  }
}

interface Painted {
  values: unknown[][];
  formats: string[][];
  weights: string[][];
  backgrounds: string[][];
}

function paintedOf(sheet: Sheet): Painted {
  const range = sheet.getDataRange();
  return {
    values: range.getValues(),
    formats: range.getNumberFormats(),
    weights: range.getFontWeights(),
    backgrounds: range.getBackgrounds(),
  };
}

function putBack(spreadsheet: Spreadsheet, before: Painted | null): void {
  const sheet = spreadsheet.getSheetByName(DASHBOARD_TAB);
  if (!sheet) return;
  if (!before) {
    spreadsheet.deleteSheet(sheet);
    return;
  }
  sheet.clear();
  const rows = before.values.length;
  const columns = before.values[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return;
  const block = sheet.getRange(1, 1, rows, columns);
  block.setNumberFormats(before.formats);
  block.setValues(before.values);
  block.setFontWeights(before.weights as GoogleAppsScript.Spreadsheet.FontWeight[][]);
  block.setBackgrounds(before.backgrounds);
}

function paintDashboard(spreadsheet: Spreadsheet, model: DashboardModel): void {
  const width = Math.max(MIN_WIDTH, ...model.sections.map((s) => s.header.length));
  const values: (string | number)[][] = [];
  const weights: GoogleAppsScript.Spreadsheet.FontWeight[][] = [];
  const backgrounds: string[][] = [];
  const colors: string[][] = [];
  const push = (
    cells: (string | number)[],
    weight: GoogleAppsScript.Spreadsheet.FontWeight,
    background: string,
    color: string,
  ) => {
    values.push([...cells, ...Array<string>(width - cells.length).fill('')]);
    weights.push(Array<GoogleAppsScript.Spreadsheet.FontWeight>(width).fill(weight));
    backgrounds.push(Array<string>(width).fill(background));
    colors.push(Array<string>(width).fill(color));
  };
  push([model.title], 'bold', WHITE, BLACK);
  push([model.subtitle], 'normal', WHITE, FONT_COLOR.muted);
  push([model.banner.text], 'bold', BACKGROUND[model.banner.tone], FONT_COLOR[model.banner.tone]);
  for (const section of model.sections) {
    push([], 'normal', WHITE, BLACK);
    push([section.title], 'bold', WHITE, BLACK);
    push(section.header, 'bold', HEADER_BACKGROUND, BLACK);
    for (const row of section.rows) {
      const tone = section.toneOf?.(row) ?? null;
      push(row, 'normal', tone ? BACKGROUND[tone] : WHITE, tone ? FONT_COLOR[tone] : BLACK);
    }
    if (section.note) push([section.note], 'normal', WHITE, FONT_COLOR.muted);
  }

  const sheet = dashboardSheet(spreadsheet);
  if (sheet.getMaxRows() < values.length)
    sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
  if (sheet.getMaxColumns() < width)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.clear();
  // Plain text first: a client's name or a case number must never be read as a formula or a date.
  const block = sheet.getRange(1, 1, values.length, width);
  block.setNumberFormat('@');
  block.setValues(values);
  block.setFontWeights(weights);
  block.setBackgrounds(backgrounds);
  block.setFontColors(colors);
  // Case numbers and addresses in the first column; counts and dates in narrower ones.
  sheet.setColumnWidth(1, 220);
  sheet.setColumnWidths(2, width - 1, 130);
}

/**
 * A failed run says so on the first lines of the tab, where the supervisor looks, even when the
 * data could not be read. Two rows, whatever else the tab holds.
 */
export function writeDashboardBanner(
  spreadsheet: Spreadsheet,
  lines: { title: string; subtitle: string; text: string; tone: Tone },
): void {
  const sheet = dashboardSheet(spreadsheet);
  const range = sheet.getRange(1, 1, 3, 1);
  range.setNumberFormat('@');
  range.setValues([[lines.title], [lines.subtitle], [lines.text]]);
  sheet
    .getRange(3, 1, 1, MIN_WIDTH)
    .setBackground(BACKGROUND[lines.tone])
    .setFontColor(FONT_COLOR[lines.tone])
    .setFontWeight('bold');
}
