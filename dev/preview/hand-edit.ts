/**
 * What a person does to the sheet by hand in the preview's grid: type into a cell, insert a row or
 * a column, move a column, sort a tab. Each goes through the same fake Spreadsheet the add-on uses, so the
 * add-on meets the sheet exactly as it would after someone edited it in Google Sheets.
 *
 * Typing is stored as Sheets stores typing: `Range.setValue` with a string is "user entered"
 * (dev/fakes/spreadsheet/value-typing.ts), so a person's leading `=` IS a formula and `010…` a
 * number, unless the cell is formatted as plain text, which the add-on does for its text columns.
 */
import { z } from 'zod';
import { cellA1 as a1, columnToLetters as column } from '../fakes/spreadsheet/a1';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const position = z.number().int().min(1);

export const handEdit = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('type'), sheet: z.string(), row: position, column: position, text: z.string() }),
  /** One empty row above `row` (Sheets' 위에 행 1개 삽입). */
  z.object({ kind: z.literal('insertRow'), sheet: z.string(), row: position }),
  /** One empty column right of `column` (Sheets' 오른쪽에 열 1개 삽입), for a column of one's own. */
  z.object({ kind: z.literal('insertColumn'), sheet: z.string(), column: position }),
  /** The column one place to the left or right (dragging its header). */
  z.object({
    kind: z.literal('moveColumn'),
    sheet: z.string(),
    column: position,
    direction: z.enum(['left', 'right']),
  }),
  /** 데이터 → 시트 정렬: every row below the frozen header, by one column. */
  z.object({ kind: z.literal('sort'), sheet: z.string(), column: position, ascending: z.boolean() }),
]);

export type HandEdit = z.infer<typeof handEdit>;

/** Reads the request; a malformed one is refused with a Korean sentence (the page shows it). */
export function parseHandEdit(body: unknown): HandEdit {
  const parsed = handEdit.safeParse(body);
  if (!parsed.success) throw new HandEditRefused('알 수 없는 편집입니다.');
  return parsed.data;
}

/** A hand edit Sheets would not make (no such tab, a column off the edge). */
export class HandEditRefused extends Error {}

/** Applies one hand edit and says what happened, for the status bar. */
export function applyHandEdit(spreadsheet: Spreadsheet, edit: HandEdit): string {
  const sheet = spreadsheet.getSheetByName(edit.sheet);
  if (!sheet) throw new HandEditRefused(`'${edit.sheet}' 탭이 없습니다.`);
  switch (edit.kind) {
    case 'type': {
      inside(sheet, edit.row, edit.column);
      sheet.getRange(edit.row, edit.column).setValue(edit.text);
      return `${edit.sheet}!${a1(edit.row, edit.column)}에 입력했습니다.`;
    }
    case 'insertRow':
      inside(sheet, edit.row, 1);
      sheet.insertRowBefore(edit.row);
      return `${edit.sheet} ${edit.row}행 위에 행을 삽입했습니다.`;
    case 'insertColumn':
      inside(sheet, 1, edit.column);
      sheet.insertColumnAfter(edit.column);
      return `${column(edit.column)}열 오른쪽에 열을 삽입했습니다.`;
    case 'moveColumn': {
      inside(sheet, 1, edit.column);
      const to = edit.direction === 'left' ? edit.column - 1 : edit.column + 2;
      if (to < 1 || to > sheet.getMaxColumns() + 1)
        throw new HandEditRefused('그쪽으로는 더 옮길 열이 없습니다.');
      sheet.moveColumns(sheet.getRange(1, edit.column), to);
      return `${column(edit.column)}열을 ${edit.direction === 'left' ? '왼쪽' : '오른쪽'}으로 옮겼습니다.`;
    }
    case 'sort': {
      inside(sheet, 1, edit.column);
      const header = sheet.getFrozenRows();
      const rows = sheet.getLastRow() - header;
      if (rows > 1) {
        sheet
          .getRange(header + 1, 1, rows, sheet.getMaxColumns())
          .sort({ column: edit.column, ascending: edit.ascending });
      }
      return `${edit.sheet} 탭을 ${column(edit.column)}열 기준 ${edit.ascending ? '오름차순(A→Z)' : '내림차순(Z→A)'}으로 정렬했습니다.`;
    }
  }
}

function inside(sheet: Sheet, row: number, columnIndex: number): void {
  if (row > sheet.getMaxRows() || columnIndex > sheet.getMaxColumns())
    throw new HandEditRefused('시트 밖의 칸입니다.');
}
