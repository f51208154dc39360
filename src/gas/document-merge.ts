/**
 * Reading a template Doc and merging it into a new Doc. What to write was decided in full by
 * src/app/documents.ts (a `MergeJob`); this file only carries it out, in a number of calls that
 * depends on the template and never on the number of list entries.
 *
 * The merged Doc is a Drive copy of the template made straight into the case folder
 * (File.makeCopy, scope `drive`, decision 0006): whatever the centre put in its template (header,
 * footer, page set-up, pictures, styles) comes along in one call, and the placeholders are then
 * filled in place. What the merge must know of the template is read once per version of it and
 * kept (src/gas/template-facts.ts); a merge then costs about twenty Docs calls.
 */
import type { DriveRef, MergeJob, OpenTemplate } from '../app/documents';
import type { DocumentForm } from '../domain/documents/forms';
import { hasListPlaceholder } from '../domain/documents/placeholders';
import {
  literalPattern,
  type Replacement,
  type ScannedBlock,
  type TemplateScan,
} from '../domain/documents/template';
import { UserError } from '../domain/validation';
import { binOnFailure, type FolderRef } from './drive-folders';
import { keepFacts, keptFacts, type RepeatTableLook, type TemplateFacts } from './template-facts';

type Body = GoogleAppsScript.Document.Body;
type Section = Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;
type Table = GoogleAppsScript.Document.Table;
type File = GoogleAppsScript.Drive.File;

/** Text attributes a repeated row passes on to the rows made from it. */
const TEXT_ATTRIBUTES = [
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'BOLD',
  'ITALIC',
  'UNDERLINE',
  'STRIKETHROUGH',
];
const TABLE_ATTRIBUTES = ['BORDER_COLOR', 'BORDER_WIDTH'];

function pick(attributes: Record<string, unknown> | null, keys: string[]): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = attributes?.[key];
    if (value !== null && value !== undefined) out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * A table's rows for checking and merging. Only a row holding a list placeholder is read cell by
 * cell (it is the one rebuilt); any other row is read as one text, which is all a check needs.
 */
function rowTexts(table: Table): string[][] {
  const rows: string[][] = [];
  for (let r = 0, n = table.getNumRows(); r < n; r++) {
    const row = table.getRow(r);
    const text = row.getText();
    if (!hasListPlaceholder(text)) {
      rows.push([text]);
      continue;
    }
    const cells: string[] = [];
    for (let c = 0, m = row.getNumCells(); c < m; c++) cells.push(row.getCell(c).getText());
    rows.push(cells);
  }
  return rows;
}

/** How the rows made from a table's repeating row must look: read from that row and its table. */
function repeatLook(table: Table, cells: string[][]): RepeatTableLook {
  const rowIndex = Math.max(
    0,
    cells.findIndex((row) => row.some(hasListPlaceholder)),
  );
  const repeated = table.getRow(rowIndex);
  const widths: (number | null)[] = [];
  for (let c = 0; c < (cells[rowIndex]?.length ?? 0); c++) widths.push(table.getColumnWidth(c) || null);
  return {
    rowStyle: pick(repeated.getCell(0).getChild(0).getAttributes(), TEXT_ATTRIBUTES),
    tableStyle: pick(table.getAttributes(), TABLE_ATTRIBUTES),
    widths,
  };
}

function readBlocks(section: Section, looks?: Record<number, RepeatTableLook>): ScannedBlock[] {
  const blocks: ScannedBlock[] = [];
  for (let i = 0, n = section.getNumChildren(); i < n; i++) {
    const child = section.getChild(i);
    const type = String(child.getType());
    if (type === 'PARAGRAPH') blocks.push({ type, text: child.asParagraph().getText() });
    else if (type === 'LIST_ITEM') blocks.push({ type, text: child.asListItem().getText() });
    else if (type === 'TABLE') {
      const table = child.asTable();
      const text = table.getText();
      // Only a table with a list placeholder is read row by row: it has a row to rebuild.
      if (!hasListPlaceholder(text)) blocks.push({ type, text });
      else {
        const cells = rowTexts(table);
        blocks.push({ type, text, cells });
        if (looks) looks[i] = repeatLook(table, cells);
      }
    } else blocks.push({ type, text: '' });
  }
  return blocks;
}

const sectionText = (blocks: ScannedBlock[]) => blocks.map((b) => b.text).join('\n');

/** Everything a merge needs of the template, from the template itself. */
function readFacts(doc: GoogleAppsScript.Document.Document): TemplateFacts {
  const looks: Record<number, RepeatTableLook> = {};
  const body = readBlocks(doc.getBody(), looks);
  const header = doc.getHeader();
  const footer = doc.getFooter();
  const scan: TemplateScan = {
    body,
    header: header ? sectionText(readBlocks(header)) : '',
    footer: footer ? sectionText(readBlocks(footer)) : '',
  };
  return { scan, looks, bodyText: doc.getBody().getText() };
}

export interface TemplateSetting {
  id: string;
  form: DocumentForm;
  /** The form's name and its 설정 row, for the message when the template cannot be opened. */
  formLabel: string;
  settingName: string;
}

export function openTemplate(setting: TemplateSetting): OpenTemplate {
  const { id, form } = setting;
  const unreadable = () =>
    new UserError(
      `'${setting.formLabel}' 서식 문서(ID ${id})를 열 수 없습니다. 지워졌거나 볼 권한이 없습니다. ` +
        `설정 탭의 '${setting.settingName}' 값을 고치거나, 비워서 기본 서식을 새로 만드세요.`,
      'BAD_SETTING',
    );
  let file: File;
  let updated: number;
  try {
    file = DriveApp.getFileById(id);
    updated = file.getLastUpdated().getTime();
  } catch {
    throw unreadable();
  }
  const kept = keptFacts(form, id, updated);
  let facts = kept;
  let fresh = !kept;
  if (!facts) {
    let doc: GoogleAppsScript.Document.Document;
    try {
      doc = DocumentApp.openById(id);
    } catch {
      throw unreadable();
    }
    facts = readFacts(doc);
  }
  let known: TemplateFacts = facts;
  return {
    id,
    scan: known.scan,
    merge: (jobFor) =>
      merge(file, known, jobFor, (reread) => {
        known = reread;
        fresh = true;
      }),
    keep: () => {
      if (fresh) keepFacts(form, id, updated, known);
    },
  };
}

function merge(
  template: File,
  kept: TemplateFacts,
  jobFor: (scan: TemplateScan) => MergeJob,
  reread: (facts: TemplateFacts) => void,
): DriveRef {
  let job = jobFor(kept.scan);
  const copy = template.makeCopy(job.name, (job.folder as FolderRef).folder);
  const id = copy.getId();
  let url = '';
  // A Doc left half-merged (a failing Docs call, leftover placeholders) goes to the bin.
  binOnFailure(id, () => {
    url = copy.getUrl();
    const doc = DocumentApp.openById(id);
    const body = doc.getBody();
    // The copy is the template as it is now. If its text is not what the kept facts were read from
    // (an edit that did not move Drive's last-updated time), the copy itself is read and the job
    // decided again from it: nothing is merged from facts that no longer hold.
    let facts = kept;
    if (body.getText() !== kept.bodyText) {
      facts = readFacts(doc);
      reread(facts);
      job = jobFor(facts.scan);
    }
    const sections: { text: string; target: Section }[] = [
      { text: sectionText(facts.scan.body), target: body },
    ];
    const header = facts.scan.header ? doc.getHeader() : null;
    if (header) sections.push({ text: facts.scan.header, target: header });
    const footer = facts.scan.footer ? doc.getFooter() : null;
    if (footer) sections.push({ text: facts.scan.footer, target: footer });

    replaceScalars(sections, job.replacements);
    // From the last table up: a table that disappears (an empty list) moves none still to come.
    for (const { blockIndex, rowIndex, rows } of [...job.tables].sort(
      (a, b) => b.blockIndex - a.blockIndex,
    )) {
      const look = facts.looks[blockIndex];
      const rowCount = facts.scan.body[blockIndex]?.cells?.length ?? 0;
      const table = body.getChild(blockIndex).asTable();
      if (look) rebuildTable(body, { table, index: blockIndex, rowCount, look }, rowIndex, rows);
    }

    const mergedText = sections.map(({ target }) => target.getText()).join('\n');
    const leftovers = job.leftovers(mergedText);
    if (leftovers.length > 0)
      throw new UserError(
        `문서에 바꾸지 못한 자리표시자가 남아 문서를 만들지 않았습니다: ${leftovers.join(', ')}. ` +
          '서식에서 그 자리표시자를 지우고 한 번에 다시 입력하세요 (글자 모양이 중간에 바뀌면 찾지 못할 수 있습니다).',
        'BAD_SETTING',
      );
    // Saved before anything reads the file (the PDF export sees the merged text).
    doc.saveAndClose();
  });
  return { id, url };
}

/**
 * Scalars are replaced with one `replaceText` per placeholder. A value that holds `{{`, `$` or `\`
 * first goes in as a private-use marker and is written literally at the very end, so it is neither
 * read as a regular-expression replacement nor searched again for placeholders.
 */
function replaceScalars(sections: { text: string; target: Section }[], replacements: Replacement[]): void {
  const marker = (i: number) => `\uE000${i}\uE001`;
  const deferred = replacements.map((r, i) => ({ ...r, marker: marker(i) })).filter((r) => !r.direct);
  for (const { text: sectionText, target } of sections) {
    const present = (r: Replacement) => sectionText.includes(r.raw);
    for (const r of deferred) if (present(r)) target.replaceText(literalPattern(r.raw), r.marker);
    for (const r of replacements)
      if (r.direct && present(r)) target.replaceText(literalPattern(r.raw), r.value);
    for (const r of deferred) {
      if (!present(r)) continue;
      const value = r.value.replace(/[\uE000\uE001]/g, '');
      const occurrences = sectionText.split(r.raw).length - 1;
      for (let n = 0; n < occurrences; n++) {
        const found = target.findText(r.marker);
        if (!found) break;
        // A text search finds a Text element; it is used as one without an `asText()` round trip.
        const text = found.getElement() as GoogleAppsScript.Document.Text;
        const start = found.getStartOffset();
        if (value) text.insertText(start, value);
        text.deleteText(start + value.length, found.getEndOffsetInclusive() + value.length);
      }
    }
  }
}

/**
 * The repeating row becomes one row per entry in a single `insertTable` call. The rows above and
 * below it are moved over as copies (formatting kept); the repeated rows take the template row's
 * text style, the table its borders and column widths.
 */
function rebuildTable(
  body: Body,
  original: { table: Table; index: number; rowCount: number; look: RepeatTableLook },
  rowIndex: number,
  itemRows: string[][],
): void {
  const { table: template, index, rowCount, look } = original;
  if (itemRows.length === 0) {
    if (rowCount === 1) template.removeFromParent();
    else template.removeRow(rowIndex);
    return;
  }
  const table = body.insertTable(index + 1, itemRows);
  if (look.rowStyle) table.editAsText().setAttributes(look.rowStyle);
  for (let r = rowIndex - 1; r >= 0; r--) table.insertTableRow(0, template.getRow(r).copy());
  for (let r = rowIndex + 1; r < rowCount; r++) table.appendTableRow(template.getRow(r).copy());
  if (look.tableStyle) table.setAttributes(look.tableStyle);
  look.widths.forEach((width, c) => {
    if (width) table.setColumnWidth(c, width);
  });
  template.removeFromParent();
}
