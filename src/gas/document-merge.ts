/**
 * Reading a template Doc and merging it into a new Doc. What to write was decided in full by
 * src/app/documents.ts (a `MergeJob`); this file only carries it out with DocumentApp, in a number
 * of calls that depends on the template and never on the number of list entries.
 *
 * The template is copied element by element into a Doc made with DocumentApp.create, not with
 * Drive's makeCopy, so the merge needs only DocumentApp (scope `documents`) to read the centre's
 * template; Drive only files the result.
 */
import type { DriveRef, MergeJob, OpenTemplate } from '../app/documents';
import { hasListPlaceholder } from '../domain/documents/placeholders';
import { literalPattern, type Replacement, type ScannedBlock } from '../domain/documents/template';
import { UserError } from '../domain/validation';
import { binOnFailure, moveInto, type FolderRef } from './drive-folders';

type Body = GoogleAppsScript.Document.Body;
type Section = Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type ListItem = GoogleAppsScript.Document.ListItem;
type Table = GoogleAppsScript.Document.Table;

type Copyable =
  | { type: 'PARAGRAPH'; element: Paragraph }
  | { type: 'LIST_ITEM'; element: ListItem }
  | { type: 'TABLE'; element: Table }
  | { type: 'OTHER'; element: null };

interface ReadSection {
  section: Section;
  elements: Copyable[];
  blocks: ScannedBlock[];
  text: string;
}

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
const PAGE_ATTRIBUTES = [
  'PAGE_WIDTH',
  'PAGE_HEIGHT',
  'MARGIN_TOP',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
];

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

function readSection(section: Section): ReadSection {
  const elements: Copyable[] = [];
  const blocks: ScannedBlock[] = [];
  for (let i = 0, n = section.getNumChildren(); i < n; i++) {
    const child = section.getChild(i);
    const type = String(child.getType());
    if (type === 'PARAGRAPH') {
      const element = child.asParagraph();
      elements.push({ type, element });
      blocks.push({ type, text: element.getText() });
    } else if (type === 'LIST_ITEM') {
      const element = child.asListItem();
      elements.push({ type, element });
      blocks.push({ type, text: element.getText() });
    } else if (type === 'TABLE') {
      const element = child.asTable();
      const text = element.getText();
      elements.push({ type, element });
      // Only a table with a list placeholder is read row by row: it has a row to rebuild.
      blocks.push(hasListPlaceholder(text) ? { type, text, cells: rowTexts(element) } : { type, text });
    } else {
      elements.push({ type: 'OTHER', element: null });
      blocks.push({ type, text: '' });
    }
  }
  return { section, elements, blocks, text: blocks.map((b) => b.text).join('\n') };
}

export function openTemplate(id: string, formLabel: string, settingName: string): OpenTemplate {
  let doc: GoogleAppsScript.Document.Document;
  try {
    doc = DocumentApp.openById(id);
  } catch {
    throw new UserError(
      `'${formLabel}' 서식 문서(ID ${id})를 열 수 없습니다. 지워졌거나 볼 권한이 없습니다. ` +
        `설정 탭의 '${settingName}' 값을 고치거나, 비워서 기본 서식을 새로 만드세요.`,
      'BAD_SETTING',
    );
  }
  const body = readSection(doc.getBody());
  const headerSection = doc.getHeader();
  const footerSection = doc.getFooter();
  const header = headerSection ? readSection(headerSection) : null;
  const footer = footerSection ? readSection(footerSection) : null;
  const pageAttributes = pick(body.section.getAttributes(), PAGE_ATTRIBUTES);
  return {
    id,
    scan: { body: body.blocks, header: header?.text ?? '', footer: footer?.text ?? '' },
    merge: (job) => merge({ body, header, footer, pageAttributes }, job),
  };
}

/** Appends copies of the template's elements; returns what was appended, index for index. */
function copyInto(target: Section, from: ReadSection): (Table | null)[] {
  const initial = target.getChild(0);
  const appended = from.elements.map((e) => {
    switch (e.type) {
      case 'PARAGRAPH':
        target.appendParagraph(e.element.copy());
        return null;
      case 'LIST_ITEM':
        target.appendListItem(e.element.copy());
        return null;
      case 'TABLE':
        return target.appendTable(e.element.copy());
      default:
        return null;
    }
  });
  initial.removeFromParent();
  return appended;
}

interface TemplateParts {
  body: ReadSection;
  header: ReadSection | null;
  footer: ReadSection | null;
  pageAttributes: Record<string, unknown> | null;
}

function merge(template: TemplateParts, job: MergeJob): DriveRef {
  const doc = DocumentApp.create(job.name);
  const id = doc.getId();
  let url = '';
  // A Doc left half-merged (a failing Docs call, leftover placeholders) goes to the bin.
  binOnFailure(id, () => {
    const body = doc.getBody();
    if (template.pageAttributes) body.setAttributes(template.pageAttributes);
    const tables = copyInto(body, template.body);
    const sections: { read: ReadSection; target: Section }[] = [{ read: template.body, target: body }];
    if (template.header) {
      const target = doc.addHeader();
      copyInto(target, template.header);
      sections.push({ read: template.header, target });
    }
    if (template.footer) {
      const target = doc.addFooter();
      copyInto(target, template.footer);
      sections.push({ read: template.footer, target });
    }

    replaceScalars(sections, job.replacements);
    // Tables are held by reference, so rebuilding one does not disturb where the others are.
    for (const { blockIndex, rowIndex, rows } of job.tables) {
      const table = tables[blockIndex];
      if (table) rebuildTable(body, table, rowIndex, rows);
    }

    const mergedText = sections.map(({ target }) => target.getText()).join('\n');
    const leftovers = job.leftovers(mergedText);
    if (leftovers.length > 0)
      throw new UserError(
        `문서에 바꾸지 못한 자리표시자가 남아 문서를 만들지 않았습니다: ${leftovers.join(', ')}. ` +
          '서식에서 그 자리표시자를 지우고 한 번에 다시 입력하세요 (글자 모양이 중간에 바뀌면 찾지 못할 수 있습니다).',
        'BAD_SETTING',
      );
    url = doc.getUrl();
    // Saved before anything reads the file (the PDF export sees the merged text).
    doc.saveAndClose();
    moveInto(id, job.folder as FolderRef);
  });
  return { id, url };
}

/**
 * Scalars are replaced with one `replaceText` per placeholder. A value that holds `{{`, `$` or `\`
 * first goes in as a private-use marker and is written literally at the very end, so it is neither
 * read as a regular-expression replacement nor searched again for placeholders.
 */
function replaceScalars(
  sections: { read: ReadSection; target: Section }[],
  replacements: Replacement[],
): void {
  const marker = (i: number) => `\uE000${i}\uE001`;
  const deferred = replacements.map((r, i) => ({ ...r, marker: marker(i) })).filter((r) => !r.direct);
  for (const { read, target } of sections) {
    const present = (r: Replacement) => read.text.includes(r.raw);
    for (const r of deferred) if (present(r)) target.replaceText(literalPattern(r.raw), r.marker);
    for (const r of replacements)
      if (r.direct && present(r)) target.replaceText(literalPattern(r.raw), r.value);
    for (const r of deferred) {
      if (!present(r)) continue;
      const value = r.value.replace(/[\uE000\uE001]/g, '');
      const occurrences = read.text.split(r.raw).length - 1;
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
function rebuildTable(body: Body, template: Table, rowIndex: number, itemRows: string[][]): void {
  const rowCount = template.getNumRows();
  if (itemRows.length === 0) {
    if (rowCount === 1) template.removeFromParent();
    else template.removeRow(rowIndex);
    return;
  }
  const index = body.getChildIndex(template);
  const table = body.insertTable(index + 1, itemRows);
  const repeated = template.getRow(rowIndex);
  const rowStyle = pick(repeated.getCell(0).getChild(0).getAttributes(), TEXT_ATTRIBUTES);
  if (rowStyle) table.editAsText().setAttributes(rowStyle);
  for (let r = rowIndex - 1; r >= 0; r--) table.insertTableRow(0, template.getRow(r).copy());
  for (let r = rowIndex + 1; r < rowCount; r++) table.appendTableRow(template.getRow(r).copy());
  const tableStyle = pick(template.getAttributes(), TABLE_ATTRIBUTES);
  if (tableStyle) table.setAttributes(tableStyle);
  for (let c = 0, n = repeated.getNumCells(); c < n; c++) {
    const width = template.getColumnWidth(c);
    if (width) table.setColumnWidth(c, width);
  }
  template.removeFromParent();
}
