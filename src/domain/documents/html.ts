/**
 * The same document model as HTML, for the local preview and for screenshots: what the Doc holds,
 * drawn without Google. Pure string building; every text is escaped.
 */
import { fieldColumns, signatureLine, type Block, type DocumentModel } from './model';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Line breaks typed into a field stay line breaks. */
const text = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br>');

function block(b: Block): string {
  switch (b.kind) {
    case 'title':
      return `<h1 class="doc-title">${text(b.text)}</h1>`;
    case 'heading':
      return `<h2 class="doc-heading">${text(b.text)}</h2>`;
    case 'paragraph':
      return `<p class="doc-paragraph"${b.align ? ` style="text-align:${b.align}"` : ''}>${text(b.text)}</p>`;
    case 'fields': {
      const width = fieldColumns(b.rows);
      const rows = b.rows.map((row) => {
        const cells = row.map((cell, i) => {
          // The last cell of a short row spans the rest, as a paper form's wide value box does.
          const span =
            i === row.length - 1 && row.length < width ? ` colspan="${width - row.length + 1}"` : '';
          return cell.label
            ? `<th scope="row"${span}>${text(cell.text)}</th>`
            : `<td${span}>${text(cell.text)}</td>`;
        });
        return `<tr>${cells.join('')}</tr>`;
      });
      return `<table class="doc-fields"><tbody>${rows.join('')}</tbody></table>`;
    }
    case 'table': {
      const head = `<tr>${b.header.map((h) => `<th scope="col">${text(h)}</th>`).join('')}</tr>`;
      const rows = b.rows.map((row) => `<tr>${row.map((cell) => `<td>${text(cell)}</td>`).join('')}</tr>`);
      return `<table class="doc-table"${b.list ? ` data-list="${escapeHtml(b.list)}"` : ''}><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
    }
    case 'signatures':
      return `<div class="doc-signatures">${b.lines.map((l) => `<p>${text(signatureLine(l))}</p>`).join('')}</div>`;
  }
}

/** The document's body as an HTML fragment (an <article>). */
export function renderDocumentHtml(model: DocumentModel): string {
  const page = model.landscape ? 'doc-page doc-landscape' : 'doc-page';
  return `<article class="${page}">${model.blocks.map(block).join('\n')}</article>`;
}

/** Styles for the fragment: an A4 sheet with a paper form's ruled tables. */
export const DOCUMENT_CSS = `
.doc-page { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 16px auto; padding: 20mm 18mm;
  background: #fff; color: #111; box-shadow: 0 1px 4px rgba(0,0,0,.2);
  word-break: keep-all; font: 10.5pt/1.5 'Nanum Gothic', 'Malgun Gothic', 'Apple SD Gothic Neo', sans-serif; }
.doc-landscape { width: 297mm; min-height: 210mm; }
.doc-title { font-size: 18pt; text-align: center; margin: 0 0 12pt; letter-spacing: .1em; }
.doc-heading { font-size: 12pt; margin: 14pt 0 6pt; }
.doc-paragraph { margin: 8pt 0; white-space: normal; }
.doc-page table { width: 100%; border-collapse: collapse; margin: 6pt 0; }
.doc-page th, .doc-page td { border: 1px solid #444; padding: 3pt 5pt; vertical-align: top; text-align: left;
  word-break: keep-all; overflow-wrap: anywhere; }
.doc-page th { background: #eeeeee; font-weight: bold; white-space: nowrap; }
.doc-table th { white-space: normal; text-align: center; }
.doc-signatures { margin-top: 16pt; text-align: right; }
.doc-signatures p { margin: 6pt 0; white-space: pre-wrap; }
`;

/** A whole HTML page holding one document: what the screenshots in docs/ are taken of. */
export function renderDocumentPage(model: DocumentModel, heading = model.title): string {
  return `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>${escapeHtml(heading)}</title>
<style>body { background: #e8eaed; margin: 0; padding: 8px; }${DOCUMENT_CSS}</style></head>
<body>${renderDocumentHtml(model)}</body></html>`;
}
