/**
 * A printed form as data: what it says and in what order, not how Google Docs draws it. One
 * DocumentApp renderer (src/gas) and one HTML renderer (./html.ts) draw the same model, so the
 * preview shows what the Doc will hold without Google.
 *
 * Every block that can grow with the case (plan items, needs, the timeline) is a table, because a
 * table is one DocumentApp call whatever its number of rows: a document costs the same to make for
 * two plan items as for forty.
 */
import type { ListName } from './fields';

/** One cell of a field block: a label (shaded, bold) or the value beside it. */
export interface FieldCell {
  text: string;
  label?: boolean;
}

export type Block =
  /** The form's name, centred at the top. */
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; align?: 'left' | 'center' | 'right' }
  /** Label/value cells in rows, like the header of a paper form. Rows may differ in length. */
  | { kind: 'fields'; rows: FieldCell[][] }
  /**
   * A header row and data rows. `list` names the list whose entries are the rows: in a template
   * its single data row is the row that repeats once per entry.
   */
  | { kind: 'table'; header: string[]; rows: string[][]; list?: ListName }
  /** Lines to sign, right-aligned: "⑭ 성명: 김하늘 (인)". */
  | { kind: 'signatures'; lines: { label: string; name: string }[] };

export interface DocumentModel {
  /** The form's name; also the Doc's first line. */
  title: string;
  /** The plan form's eleven-column table needs a landscape page, as on paper. */
  landscape?: boolean;
  blocks: Block[];
}

/** Width of a field block's table: the longest row, a label and a value cell per field. */
export function fieldColumns(rows: FieldCell[][]): number {
  return Math.max(1, ...rows.map((row) => row.length));
}

/** A field block's rows as text cells, each row padded to the same width. */
export function fieldGrid(rows: FieldCell[][]): string[][] {
  const width = fieldColumns(rows);
  return rows.map((row) => Array.from({ length: width }, (_, i) => row[i]?.text ?? ''));
}

/** "⑭ 성명: 김하늘 (인)"; with no name, room to write one by hand. */
export function signatureLine(line: { label: string; name: string }): string {
  return `${line.label}: ${line.name || ' '.repeat(12)} (인)`;
}

/**
 * The model's text in reading order, one entry per paragraph or table cell: what a Doc rendered
 * from it gives back, so tests can compare the two.
 */
export function modelTexts(model: DocumentModel): string[] {
  const out: string[] = [];
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'fields':
        out.push(...fieldGrid(block.rows).flat());
        break;
      case 'table':
        out.push(...block.header, ...block.rows.flat());
        break;
      case 'signatures':
        out.push(...block.lines.map(signatureLine));
        break;
      default:
        out.push(block.text);
    }
  }
  return out;
}
