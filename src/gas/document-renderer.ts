/**
 * Draws a document model (src/domain/documents/model.ts) into a Google Doc body. Used to make the
 * default templates; the number of calls depends on the form's layout only, and every table,
 * however many rows it has, is one `appendTable` call.
 */
import { fieldGrid, signatureLine, type Block, type DocumentModel } from '../domain/documents/model';

type Body = GoogleAppsScript.Document.Body;
type Table = GoogleAppsScript.Document.Table;

const LABEL_BACKGROUND = '#eeeeee';
/** A4 in points; the plan form is printed landscape, as its eleven columns need. */
const A4_SHORT = 595.28;
const A4_LONG = 841.89;
const LANDSCAPE_MARGIN = 36;

function shadeAndBold(table: Table, row: number, column: number): void {
  const cell = table.getCell(row, column);
  cell.setBackgroundColor(LABEL_BACKGROUND);
  cell.editAsText().setBold(true);
}

function block(body: Body, b: Block): void {
  switch (b.kind) {
    case 'title':
      body
        .appendParagraph(b.text)
        .setHeading(DocumentApp.ParagraphHeading.TITLE)
        .setAlignment(DocumentApp.HorizontalAlignment.CENTER);
      return;
    case 'heading':
      body.appendParagraph(b.text).setHeading(DocumentApp.ParagraphHeading.HEADING2);
      return;
    case 'paragraph': {
      const paragraph = body.appendParagraph(b.text);
      if (b.align === 'center') paragraph.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
      if (b.align === 'right') paragraph.setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
      return;
    }
    case 'fields': {
      const table = body.appendTable(fieldGrid(b.rows));
      b.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell.label) shadeAndBold(table, r, c);
        }),
      );
      return;
    }
    case 'table': {
      const table = body.appendTable([b.header, ...b.rows]);
      // The header row is styled as a whole (one call each), never cell by cell per data row.
      const header = table.getRow(0);
      for (let c = 0; c < b.header.length; c++) header.getCell(c).setBackgroundColor(LABEL_BACKGROUND);
      header.editAsText().setBold(true);
      return;
    }
    case 'signatures':
      for (const line of b.lines)
        body.appendParagraph(signatureLine(line)).setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
      return;
  }
}

/** Appends the model to `body`, then drops the empty paragraph every new Doc starts with. */
export function renderModel(body: Body, model: DocumentModel): void {
  const initial = body.getChild(0);
  if (model.landscape) {
    body
      .setPageWidth(A4_LONG)
      .setPageHeight(A4_SHORT)
      .setMarginLeft(LANDSCAPE_MARGIN)
      .setMarginRight(LANDSCAPE_MARGIN);
  }
  for (const b of model.blocks) block(body, b);
  initial.removeFromParent();
}
