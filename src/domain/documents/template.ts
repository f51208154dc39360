/**
 * Checking a template before anything is merged, and the pure half of merging it.
 *
 * A template is a Google Doc with `{{placeholders}}`. A table row holding list placeholders
 * (`{{항목.개입목표}}`) is printed once per entry of that list. The Docs side (src/gas) reads the
 * template into a `TemplateScan`; everything decided from it is decided here, so that every
 * problem is found, and named, before the first call that writes.
 */
import { hasResidentNumber, maskResidentNumbers } from '../resident-number';
import type { ListName, MergeData } from './fields';
import type { Block, DocumentModel } from './model';
import {
  fill,
  findPlaceholders,
  isKnown,
  malformedPlaceholders,
  suggest,
  type PlaceholderRef,
} from './placeholders';

export interface ScannedBlock {
  /** DocumentApp.ElementType name of a top-level body element. */
  type: string;
  text: string;
  /**
   * For a table holding a list placeholder, its rows: a row with a list placeholder as its cell
   * texts, any other row as one text (enough to check it; it is copied as it is).
   */
  cells?: string[][];
}

export interface TemplateScan {
  body: ScannedBlock[];
  /** Header and footer text; '' when the template has none. */
  header: string;
  footer: string;
}

/** A table whose row `rowIndex` repeats once per entry of `list`. */
export interface RepeatRow {
  blockIndex: number;
  rowIndex: number;
  list: ListName;
}

export interface TemplateCheck {
  problems: string[];
  repeats: RepeatRow[];
}

function describeBlock(scan: TemplateScan, index: number): string {
  const block = scan.body[index] as ScannedBlock;
  if (block.type === 'TABLE') {
    const tableNo = scan.body.slice(0, index + 1).filter((b) => b.type === 'TABLE').length;
    return `${tableNo}번째 표`;
  }
  const excerpt = maskResidentNumbers(block.text).trim().slice(0, 15);
  return excerpt ? `문단 "${excerpt}${block.text.trim().length > 15 ? '…' : ''}"` : '빈 문단';
}

function unknownProblem(ref: PlaceholderRef, where: string): string {
  const guess = suggest(ref.name);
  return `${where}: ${ref.raw}은(는) 없는 자리표시자입니다.${guess ? ` {{${guess}}}을(를) 쓰려던 것인가요?` : ''}`;
}

/** Everything wrong with a template, in the order a person reading it would meet it. */
export function checkTemplate(scan: TemplateScan): TemplateCheck {
  const problems: string[] = [];
  const repeats: RepeatRow[] = [];
  const sections: [string, string][] = [
    ['머리글', scan.header],
    ['바닥글', scan.footer],
  ];
  for (const [where, text] of sections) checkText(text, where, problems, true);

  scan.body.forEach((block, index) => {
    const where = describeBlock(scan, index);
    if (block.type !== 'TABLE' || !block.cells) {
      checkText(block.text, where, problems, true);
      return;
    }
    const rowsWithLists: { row: number; lists: Set<ListName> }[] = [];
    block.cells.forEach((cells, row) => {
      const lists = new Set<ListName>();
      for (const cell of cells) {
        checkText(cell, `${where} ${row + 1}행`, problems, false);
        for (const ref of findPlaceholders(cell)) if (ref.list) lists.add(ref.list);
      }
      if (lists.size > 0) rowsWithLists.push({ row, lists });
    });
    for (const { row, lists } of rowsWithLists) {
      if (lists.size > 1)
        problems.push(
          `${where} ${row + 1}행: 한 줄에 여러 목록(${[...lists].join(', ')})을 섞어 쓸 수 없습니다. 목록마다 다른 표에 쓰세요.`,
        );
    }
    if (rowsWithLists.length > 1) {
      problems.push(
        `${where}: 반복할 줄은 표마다 한 줄이어야 합니다 (지금 ${rowsWithLists.map((r) => r.row + 1).join(', ')}행). ` +
          '목록 자리표시자를 한 줄에 모으세요.',
      );
    }
    const first = rowsWithLists[0];
    if (rowsWithLists.length === 1 && first && first.lists.size === 1) {
      repeats.push({ blockIndex: index, rowIndex: first.row, list: [...first.lists][0] as ListName });
    }
  });
  return { problems: [...new Set(problems)], repeats };
}

function checkText(text: string, where: string, problems: string[], listsForbidden: boolean): void {
  // Typed into the template, it would be printed into every document made from it.
  if (hasResidentNumber(text))
    problems.push(
      `${where}: 주민등록번호로 보이는 내용이 있습니다. 서식에서 지우세요 (사례관리 문서에는 쓰지 않습니다).`,
    );
  for (const problem of malformedPlaceholders(text)) problems.push(`${where}: ${problem}`);
  for (const ref of findPlaceholders(text)) {
    if (!isKnown(ref)) problems.push(unknownProblem(ref, where));
    else if (ref.list && listsForbidden)
      problems.push(
        `${where}: ${ref.raw}은(는) 표의 한 줄 안에만 쓸 수 있습니다. 그 줄이 ${ref.list}마다 한 번씩 반복됩니다.`,
      );
  }
}

/** The one message a person sees when a template cannot be used: every problem, one per line. */
export function templateProblemMessage(formLabel: string, templateId: string, problems: string[]): string {
  return [
    `'${formLabel}' 서식(문서 ID ${templateId})에 고칠 곳이 있어 문서를 만들지 않았습니다:`,
    ...problems.map((p) => `- ${p}`),
    '자리표시자 이름은 기본 서식에 쓰인 것과 같아야 합니다 (설정 탭에서 이 서식의 값을 비우면 기본 서식을 새로 만듭니다).',
  ].join('\n');
}

/**
 * A repeating table's rows after merging: rows above and below the repeat row keep their place
 * (their placeholders filled), the repeat row becomes one row per entry, none for an empty list.
 */
export function expandRows(cells: string[][], repeat: RepeatRow, data: MergeData): string[][] {
  const out: string[][] = [];
  cells.forEach((row, index) => {
    if (index !== repeat.rowIndex) out.push(row.map((cell) => fill(cell, data)));
    else for (const entry of data.lists[repeat.list]) out.push(row.map((cell) => fill(cell, data, entry)));
  });
  return out;
}

/** One scalar placeholder as written in a template, and what replaces it. */
export interface Replacement {
  raw: string;
  value: string;
  /**
   * False when the value holds `{{`, `$` or `\`: then it must not go through a regex replacement
   * (where `$1` and `\` mean something) nor be in the document while other placeholders are still
   * being searched (it would be merged a second time). See src/gas/document-merge.ts.
   */
  direct: boolean;
}

/**
 * Distinct scalar placeholders anywhere in the template, with their values. Those inside a
 * repeating row are filled again per entry when the row is rebuilt; replacing them first is harmless.
 */
export function scalarReplacements(scan: TemplateScan, data: MergeData): Replacement[] {
  const texts = [
    scan.header,
    scan.footer,
    ...scan.body.map((b) => (b.cells ? b.cells.flat().join('\n') : b.text)),
  ];
  const raws = new Set<string>();
  for (const text of texts) for (const ref of findPlaceholders(text)) if (!ref.list) raws.add(ref.raw);
  return [...raws].map((raw) => {
    const value = fill(raw, data);
    return { raw, value, direct: !/\{\{|[$\\]/.test(value) };
  });
}

/** The rows a repeating row becomes: one per entry of its list, every placeholder filled. */
export function repeatedRows(cells: string[][], repeat: RepeatRow, data: MergeData): string[][] {
  const row = cells[repeat.rowIndex] ?? [];
  return data.lists[repeat.list].map((entry) => row.map((cell) => fill(cell, data, entry)));
}

/**
 * Placeholders found in the merged document that no value put there: what would otherwise be
 * left in the output silently (a placeholder Docs split so that no search could match it). A value
 * that itself contains "{{…}}" is expected, once per place it was printed.
 */
export function leftoverPlaceholders(
  mergedText: string,
  scan: TemplateScan,
  check: TemplateCheck,
  data: MergeData,
): string[] {
  const repeating = new Map(check.repeats.map((r) => [r.blockIndex, r]));
  const printed: string[] = [];
  const outside = [
    scan.header,
    scan.footer,
    ...scan.body.flatMap((block, i) =>
      repeating.has(i) ? [] : [block.cells ? block.cells.flat().join('\n') : block.text],
    ),
  ];
  for (const text of outside)
    for (const ref of findPlaceholders(text)) if (!ref.list) printed.push(fill(ref.raw, data));
  for (const [index, repeat] of repeating)
    printed.push(...expandRows(scan.body[index]?.cells ?? [], repeat, data).flat());
  const expected = new Map<string, number>();
  for (const text of printed)
    for (const ref of findPlaceholders(text)) expected.set(ref.raw, (expected.get(ref.raw) ?? 0) + 1);
  const left: string[] = [];
  for (const ref of findPlaceholders(mergedText)) {
    const n = expected.get(ref.raw) ?? 0;
    if (n > 0) expected.set(ref.raw, n - 1);
    else left.push(ref.raw);
  }
  return [...new Set(left)];
}

/** A Java/JavaScript regular expression matching `text` literally (DocumentApp searches take one). */
export function literalPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The pure counterpart of the Docs merge, on a model: what merging a template model with `data`
 * gives. The default template is the form's model built from placeholder data, so merging it must
 * give the form built from the case's data (a unit test holds the two to that).
 */
export function mergeModel(template: DocumentModel, data: MergeData): DocumentModel {
  const f = (text: string) => fill(text, data);
  const blocks = template.blocks.map((block): Block => {
    switch (block.kind) {
      case 'fields':
        return {
          kind: 'fields',
          rows: block.rows.map((row) => row.map((cell) => ({ ...cell, text: f(cell.text) }))),
        };
      case 'table': {
        if (!block.list)
          return { ...block, header: block.header.map(f), rows: block.rows.map((r) => r.map(f)) };
        const [header, ...rows] = expandRows(
          [block.header, ...block.rows],
          { blockIndex: 0, rowIndex: 1, list: block.list },
          data,
        );
        return { ...block, header: header ?? [], rows };
      }
      case 'signatures':
        return {
          kind: 'signatures',
          lines: block.lines.map((l) => ({ label: f(l.label), name: f(l.name) })),
        };
      default:
        return { ...block, text: f(block.text) };
    }
  });
  return { ...template, title: f(template.title), blocks };
}
