import { GasObject } from '../membrane';
import { fail } from '../errors';
import type { World } from '../world';
import { DNode, paragraph, table, tableCell, type NodeType } from './model';
import { GlyphType, HorizontalAlignment, ParagraphHeading } from './enums';

/**
 * Element classes of DocumentApp (https://developers.google.com/apps-script/reference/document).
 * Each tree node has one wrapper, so the same element compares equal across calls.
 */

const wrappers = new WeakMap<DNode, ElementApi>();
const textViews = new WeakMap<DNode, Text>();

export function apiFor(w: World, node: DNode): ElementApi {
  let api = wrappers.get(node);
  if (!api) {
    api = createApi(w, node);
    wrappers.set(node, api);
  }
  return api;
}

function createApi(w: World, node: DNode): ElementApi {
  switch (node.type) {
    case 'BODY_SECTION':
      return new Body(w, node);
    case 'HEADER_SECTION':
      return new HeaderSection(w, node);
    case 'FOOTER_SECTION':
      return new FooterSection(w, node);
    case 'PARAGRAPH':
      return new Paragraph(w, node);
    case 'LIST_ITEM':
      return new ListItem(w, node);
    case 'TABLE':
      return new Table(w, node);
    case 'TABLE_ROW':
      return new TableRow(w, node);
    case 'TABLE_CELL':
      return new TableCell(w, node);
  }
}

function textFor(w: World, node: DNode): Text {
  let t = textViews.get(node);
  if (!t) {
    t = new Text(w, node);
    textViews.set(node, t);
  }
  return t;
}

/** Apps Script passes RE2 patterns as strings; `(?i)` is the usual way to ignore case. */
export function toRegExp(pattern: string, global = true): RegExp {
  let source = String(pattern);
  let flags = global ? 'g' : '';
  if (source.startsWith('(?i)')) {
    source = source.slice(4);
    flags += 'i';
  }
  try {
    return new RegExp(source, flags);
  } catch {
    return fail(`Invalid regular expression: ${pattern}`);
  }
}

function checkIndex(index: number, count: number, inclusive = false): void {
  if (!Number.isInteger(index) || index < 0 || (inclusive ? index > count : index >= count)) {
    fail(
      `Child index (${index}) must be less than${inclusive ? ' or equal to' : ''} the number of child elements (${count}).`,
    );
  }
}

function detached(value: unknown, type: NodeType[]): DNode {
  if (!(value instanceof ElementApi) || !type.includes(value._n.type)) fail('Invalid argument: element');
  if (value._n.parent) fail('Element must be detached.');
  return value._n;
}

function isSection(node: DNode | null): boolean {
  return (
    !!node &&
    (node.type === 'BODY_SECTION' || node.type === 'HEADER_SECTION' || node.type === 'FOOTER_SECTION')
  );
}

/** A document section always ends with a paragraph; that last one cannot go. */
function assertRemovable(node: DNode): void {
  const parent = node.parent;
  if (!parent) return;
  if (
    isSection(parent) &&
    node.isTextBlock() &&
    parent.children.filter((c) => c.isTextBlock()).length === 1
  ) {
    fail("Can't remove the last paragraph in a document section.");
  }
  if (parent.type === 'TABLE_CELL' && parent.children.length === 1)
    fail("Can't remove the last paragraph in a table cell.");
}

export abstract class ElementApi extends GasObject {
  constructor(
    readonly _w: World,
    readonly _n: DNode,
  ) {
    super();
  }

  getType(): string {
    return this._n.type;
  }

  getParent(): ElementApi | null {
    return this._n.parent ? apiFor(this._w, this._n.parent) : null;
  }

  getNextSibling(): ElementApi | null {
    const p = this._n.parent;
    const next = p ? p.children[p.children.indexOf(this._n) + 1] : undefined;
    return next ? apiFor(this._w, next) : null;
  }

  getPreviousSibling(): ElementApi | null {
    const p = this._n.parent;
    const prev = p ? p.children[p.children.indexOf(this._n) - 1] : undefined;
    return prev ? apiFor(this._w, prev) : null;
  }

  removeFromParent(): this {
    const p = this._n.parent;
    if (p) {
      assertRemovable(this._n);
      p.children.splice(p.children.indexOf(this._n), 1);
      this._n.parent = null;
    }
    return this;
  }

  copy(): ElementApi {
    return apiFor(this._w, this._n.clone());
  }

  isAtDocumentEnd(): boolean {
    let node: DNode = this._n;
    while (node.parent) {
      const siblings = node.parent.children;
      if (siblings[siblings.length - 1] !== node) return false;
      node = node.parent;
    }
    return node.type === 'BODY_SECTION';
  }

  getText(): string {
    return this._n.plainText();
  }

  editAsText(): Text {
    return textFor(this._w, this._n);
  }

  getAttributes(): Record<string, unknown> {
    const attrs: Record<string, unknown> = { ...this._n.attrs };
    if (this._n.isTextBlock()) attrs.HEADING = this._n.heading;
    if (this._n.alignment) attrs.HORIZONTAL_ALIGNMENT = this._n.alignment;
    return attrs;
  }

  setAttributes(attributes: Record<string, unknown>): this {
    for (const [k, v] of Object.entries(attributes ?? {})) {
      if (k === 'HEADING' && this._n.isTextBlock()) this._n.heading = String(v);
      else if (k === 'HORIZONTAL_ALIGNMENT') this._n.alignment = v === null ? null : String(v);
      else this._n.attrs[k] = v;
    }
    return this;
  }

  replaceText(searchPattern: string, replacement: string): this {
    replaceIn(this._n, searchPattern, replacement);
    return this;
  }

  findText(searchPattern: string, from?: RangeElement): RangeElement | null {
    return findIn(this._w, this._n, searchPattern, from);
  }

  findElement(elementType: string, from?: RangeElement): RangeElement | null {
    const all: DNode[] = [];
    const walk = (n: DNode): void => {
      for (const c of n.children) {
        all.push(c);
        walk(c);
      }
    };
    walk(this._n);
    let start = 0;
    if (from) start = all.indexOf(from._text._n) + 1;
    const hit = all.slice(start).find((n) => n.type === String(elementType));
    return hit ? new RangeElement(textFor(this._w, hit), -1, -1, apiFor(this._w, hit)) : null;
  }

  private _as<T extends ElementApi>(types: NodeType[], name: string): T {
    if (!types.includes(this._n.type)) fail(`Cannot cast ${this._n.type} to ${name}.`);
    return this as unknown as T;
  }

  asParagraph(): Paragraph {
    return this._as(['PARAGRAPH'], 'Paragraph');
  }

  asListItem(): ListItem {
    return this._as(['LIST_ITEM'], 'ListItem');
  }

  asTable(): Table {
    return this._as(['TABLE'], 'Table');
  }

  asTableRow(): TableRow {
    return this._as(['TABLE_ROW'], 'TableRow');
  }

  asTableCell(): TableCell {
    return this._as(['TABLE_CELL'], 'TableCell');
  }

  asBody(): Body {
    return this._as(['BODY_SECTION'], 'Body');
  }

  asText(): Text {
    return this.editAsText();
  }
}

function replaceIn(node: DNode, pattern: string, replacement: string): void {
  const re = toRegExp(pattern);
  const text = String(replacement);
  for (const block of node.textBlocks()) {
    const next = block.text.replace(re, () => text);
    if (next !== block.text) {
      block.text = next;
      block.spans = block.spans.filter((s) => s.end < next.length);
    }
  }
}

function findIn(w: World, scope: DNode, pattern: string, from?: RangeElement): RangeElement | null {
  const re = toRegExp(pattern);
  let started = !from;
  for (const block of scope.textBlocks()) {
    let offset = 0;
    if (!started) {
      if (from && block === from._text._n) {
        started = true;
        offset = from._end + 1;
      } else continue;
    }
    re.lastIndex = offset;
    const m = re.exec(block.text);
    if (m && m[0].length > 0) return new RangeElement(textFor(w, block), m.index, m.index + m[0].length - 1);
  }
  return null;
}

// ---- containers ---------------------------------------------------------------------------------

abstract class ContainerApi extends ElementApi {
  private _insert(index: number, node: DNode): DNode {
    checkIndex(index, this._n.children.length, true);
    return this._n.add(node, index);
  }

  private _paragraphNode(value: unknown, type: 'PARAGRAPH' | 'LIST_ITEM'): DNode {
    if (value instanceof ElementApi) return detached(value, [type]);
    return paragraph(value === undefined || value === null ? '' : String(value), type);
  }

  private _tableNode(value: unknown): DNode {
    if (value === undefined) return table();
    if (value instanceof ElementApi) return detached(value, ['TABLE']);
    if (!Array.isArray(value) || value.some((r) => !Array.isArray(r))) {
      fail("The parameters (String) don't match the method signature for DocumentApp.Body.appendTable.");
    }
    return table(value as unknown[][]);
  }

  appendParagraph(paragraphOrText: unknown): Paragraph {
    return apiFor(this._w, this._n.add(this._paragraphNode(paragraphOrText, 'PARAGRAPH'))) as Paragraph;
  }

  insertParagraph(childIndex: number, paragraphOrText: unknown): Paragraph {
    return apiFor(
      this._w,
      this._insert(childIndex, this._paragraphNode(paragraphOrText, 'PARAGRAPH')),
    ) as Paragraph;
  }

  appendListItem(listItemOrText: unknown): ListItem {
    return apiFor(this._w, this._n.add(this._paragraphNode(listItemOrText, 'LIST_ITEM'))) as ListItem;
  }

  insertListItem(childIndex: number, listItemOrText: unknown): ListItem {
    return apiFor(
      this._w,
      this._insert(childIndex, this._paragraphNode(listItemOrText, 'LIST_ITEM')),
    ) as ListItem;
  }

  /** appendTable(), appendTable(cells: String[][]) or appendTable(table): one call builds the whole table. */
  appendTable(cellsOrTable?: unknown): Table {
    return apiFor(this._w, this._n.add(this._tableNode(cellsOrTable))) as Table;
  }

  insertTable(childIndex: number, cellsOrTable?: unknown): Table {
    return apiFor(this._w, this._insert(childIndex, this._tableNode(cellsOrTable))) as Table;
  }

  /** The rule (or break) sits in a new paragraph, as in Docs. */
  appendHorizontalRule(): HorizontalRule {
    const p = this._n.add(paragraph());
    p.inline = 'HORIZONTAL_RULE';
    return new HorizontalRule(this._w, p);
  }

  insertHorizontalRule(childIndex: number): HorizontalRule {
    const p = this._insert(childIndex, paragraph());
    p.inline = 'HORIZONTAL_RULE';
    return new HorizontalRule(this._w, p);
  }

  appendPageBreak(): PageBreak {
    const p = this._n.add(paragraph());
    p.inline = 'PAGE_BREAK';
    return new PageBreak(this._w, p);
  }

  insertPageBreak(childIndex: number): PageBreak {
    const p = this._insert(childIndex, paragraph());
    p.inline = 'PAGE_BREAK';
    return new PageBreak(this._w, p);
  }

  getNumChildren(): number {
    return this._n.children.length;
  }

  getChild(childIndex: number): ElementApi {
    checkIndex(childIndex, this._n.children.length);
    return apiFor(this._w, this._n.children[childIndex] as DNode);
  }

  getChildIndex(child: ElementApi): number {
    const i = child instanceof ElementApi ? this._n.children.indexOf(child._n) : -1;
    if (i < 0) fail('Element does not contain the specified child element.');
    return i;
  }

  removeChild(child: ElementApi): this {
    if (!(child instanceof ElementApi) || child._n.parent !== this._n)
      fail('Element does not contain the specified child element.');
    child.removeFromParent();
    return this;
  }

  clear(): this {
    for (const c of this._n.children) c.parent = null;
    this._n.children = [];
    this._n.add(paragraph());
    return this;
  }

  setText(text: string): this {
    for (const c of this._n.children) c.parent = null;
    this._n.children = [];
    this._n.add(paragraph(String(text ?? '')));
    return this;
  }

  getParagraphs(): ElementApi[] {
    return [...this._n.textBlocks()].map((n) => apiFor(this._w, n));
  }

  getListItems(): ListItem[] {
    return [...this._n.textBlocks()]
      .filter((n) => n.type === 'LIST_ITEM')
      .map((n) => apiFor(this._w, n) as ListItem);
  }

  getTables(): Table[] {
    const out: Table[] = [];
    const walk = (n: DNode): void => {
      for (const c of n.children) {
        if (c.type === 'TABLE') out.push(apiFor(this._w, c) as Table);
        walk(c);
      }
    };
    walk(this._n);
    return out;
  }
}

export class Body extends ContainerApi {
  readonly _class = 'Body';

  private _margin(key: string, value: number): this {
    this._n.attrs[key] = Number(value);
    return this;
  }

  setMarginTop(marginTop: number): this {
    return this._margin('MARGIN_TOP', marginTop);
  }

  setMarginBottom(marginBottom: number): this {
    return this._margin('MARGIN_BOTTOM', marginBottom);
  }

  setMarginLeft(marginLeft: number): this {
    return this._margin('MARGIN_LEFT', marginLeft);
  }

  setMarginRight(marginRight: number): this {
    return this._margin('MARGIN_RIGHT', marginRight);
  }

  setPageWidth(pageWidth: number): this {
    return this._margin('PAGE_WIDTH', pageWidth);
  }

  setPageHeight(pageHeight: number): this {
    return this._margin('PAGE_HEIGHT', pageHeight);
  }
}

export class HeaderSection extends ContainerApi {
  readonly _class = 'HeaderSection';
}

export class FooterSection extends ContainerApi {
  readonly _class = 'FooterSection';
}

export class TableCell extends ContainerApi {
  readonly _class = 'TableCell';

  getParentRow(): TableRow {
    return apiFor(this._w, this._n.parent as DNode) as TableRow;
  }

  getParentTable(): Table {
    return apiFor(this._w, (this._n.parent as DNode).parent as DNode) as Table;
  }

  getColSpan(): number {
    return 1;
  }

  getRowSpan(): number {
    return 1;
  }

  private _attr(key: string, value: unknown): this {
    this._n.attrs[key] = value;
    return this;
  }

  setBackgroundColor(color: string | null): this {
    return this._attr('BACKGROUND_COLOR', color);
  }

  getBackgroundColor(): string | null {
    return (this._n.attrs.BACKGROUND_COLOR as string | undefined) ?? null;
  }

  setWidth(width: number): this {
    return this._attr('WIDTH', Number(width));
  }

  getWidth(): number | null {
    return (this._n.attrs.WIDTH as number | undefined) ?? null;
  }

  setVerticalAlignment(alignment: string): this {
    return this._attr('VERTICAL_ALIGNMENT', String(alignment));
  }

  getVerticalAlignment(): string | null {
    return (this._n.attrs.VERTICAL_ALIGNMENT as string | undefined) ?? null;
  }

  setPaddingTop(padding: number): this {
    return this._attr('PADDING_TOP', Number(padding));
  }

  setPaddingBottom(padding: number): this {
    return this._attr('PADDING_BOTTOM', Number(padding));
  }

  setPaddingLeft(padding: number): this {
    return this._attr('PADDING_LEFT', Number(padding));
  }

  setPaddingRight(padding: number): this {
    return this._attr('PADDING_RIGHT', Number(padding));
  }
}

// ---- tables -------------------------------------------------------------------------------------

export class Table extends ElementApi {
  readonly _class = 'Table';

  getNumRows(): number {
    return this._n.children.length;
  }

  getNumChildren(): number {
    return this._n.children.length;
  }

  getRow(rowIndex: number): TableRow {
    checkIndex(rowIndex, this._n.children.length);
    return apiFor(this._w, this._n.children[rowIndex] as DNode) as TableRow;
  }

  getChild(childIndex: number): TableRow {
    return this.getRow(childIndex);
  }

  getChildIndex(child: ElementApi): number {
    const i = child instanceof ElementApi ? this._n.children.indexOf(child._n) : -1;
    if (i < 0) fail('Element does not contain the specified child element.');
    return i;
  }

  getCell(rowIndex: number, cellIndex: number): TableCell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }

  appendTableRow(tableRow?: TableRow): TableRow {
    const node = tableRow === undefined ? new DNode('TABLE_ROW') : detached(tableRow, ['TABLE_ROW']);
    return apiFor(this._w, this._n.add(node)) as TableRow;
  }

  insertTableRow(childIndex: number, tableRow?: TableRow): TableRow {
    checkIndex(childIndex, this._n.children.length, true);
    const node = tableRow === undefined ? new DNode('TABLE_ROW') : detached(tableRow, ['TABLE_ROW']);
    return apiFor(this._w, this._n.add(node, childIndex)) as TableRow;
  }

  removeRow(rowIndex: number): TableRow {
    checkIndex(rowIndex, this._n.children.length);
    const [node] = this._n.children.splice(rowIndex, 1);
    (node as DNode).parent = null;
    return apiFor(this._w, node as DNode) as TableRow;
  }

  removeChild(child: ElementApi): this {
    this.removeRow(this.getChildIndex(child));
    return this;
  }

  setBorderWidth(width: number): this {
    this._n.attrs.BORDER_WIDTH = Number(width);
    return this;
  }

  getBorderWidth(): number {
    return (this._n.attrs.BORDER_WIDTH as number | undefined) ?? 1;
  }

  setBorderColor(color: string): this {
    this._n.attrs.BORDER_COLOR = String(color);
    return this;
  }

  getBorderColor(): string {
    return (this._n.attrs.BORDER_COLOR as string | undefined) ?? '#000000';
  }

  setColumnWidth(columnIndex: number, width: number): this {
    const widths = (this._n.attrs.COLUMN_WIDTHS as Record<string, number> | undefined) ?? {};
    widths[String(columnIndex)] = Number(width);
    this._n.attrs.COLUMN_WIDTHS = widths;
    return this;
  }

  getColumnWidth(columnIndex: number): number | null {
    return (this._n.attrs.COLUMN_WIDTHS as Record<string, number> | undefined)?.[String(columnIndex)] ?? null;
  }
}

export class TableRow extends ElementApi {
  readonly _class = 'TableRow';

  getNumCells(): number {
    return this._n.children.length;
  }

  getNumChildren(): number {
    return this._n.children.length;
  }

  getCell(cellIndex: number): TableCell {
    checkIndex(cellIndex, this._n.children.length);
    return apiFor(this._w, this._n.children[cellIndex] as DNode) as TableCell;
  }

  getChild(childIndex: number): TableCell {
    return this.getCell(childIndex);
  }

  getChildIndex(child: ElementApi): number {
    const i = child instanceof ElementApi ? this._n.children.indexOf(child._n) : -1;
    if (i < 0) fail('Element does not contain the specified child element.');
    return i;
  }

  private _cellNode(value: unknown): DNode {
    if (value instanceof ElementApi) return detached(value, ['TABLE_CELL']);
    return tableCell(value === undefined || value === null ? '' : String(value));
  }

  appendTableCell(textOrCell?: unknown): TableCell {
    return apiFor(this._w, this._n.add(this._cellNode(textOrCell))) as TableCell;
  }

  insertTableCell(childIndex: number, textOrCell?: unknown): TableCell {
    checkIndex(childIndex, this._n.children.length, true);
    return apiFor(this._w, this._n.add(this._cellNode(textOrCell), childIndex)) as TableCell;
  }

  removeCell(cellIndex: number): TableCell {
    checkIndex(cellIndex, this._n.children.length);
    const [node] = this._n.children.splice(cellIndex, 1);
    (node as DNode).parent = null;
    return apiFor(this._w, node as DNode) as TableCell;
  }

  getParentTable(): Table {
    return apiFor(this._w, this._n.parent as DNode) as Table;
  }

  setMinimumHeight(minHeight: number): this {
    this._n.attrs.MINIMUM_HEIGHT = Number(minHeight);
    return this;
  }

  getMinimumHeight(): number {
    return (this._n.attrs.MINIMUM_HEIGHT as number | undefined) ?? 0;
  }
}

// ---- paragraphs ---------------------------------------------------------------------------------

abstract class TextBlockApi extends ElementApi {
  setText(text: string): this {
    this._n.text = String(text ?? '');
    this._n.spans = [];
    this._n.inline = null;
    return this;
  }

  appendText(text: string): Text {
    this._n.text += String(text ?? '');
    return textFor(this._w, this._n);
  }

  clear(): this {
    return this.setText('');
  }

  getNumChildren(): number {
    return (this._n.text ? 1 : 0) + (this._n.inline ? 1 : 0);
  }

  getChild(childIndex: number): GasObject {
    checkIndex(childIndex, this.getNumChildren());
    if (this._n.inline && (childIndex === 1 || !this._n.text)) {
      return this._n.inline === 'HORIZONTAL_RULE'
        ? new HorizontalRule(this._w, this._n)
        : new PageBreak(this._w, this._n);
    }
    return textFor(this._w, this._n);
  }

  appendHorizontalRule(): HorizontalRule {
    this._n.inline = 'HORIZONTAL_RULE';
    return new HorizontalRule(this._w, this._n);
  }

  appendPageBreak(): PageBreak {
    this._n.inline = 'PAGE_BREAK';
    return new PageBreak(this._w, this._n);
  }

  setHeading(heading: string): this {
    if (!(String(heading) in ParagraphHeading)) fail('Invalid argument: heading');
    this._n.heading = String(heading);
    return this;
  }

  getHeading(): string {
    return this._n.heading;
  }

  setAlignment(alignment: string): this {
    if (!(String(alignment) in HorizontalAlignment)) fail('Invalid argument: alignment');
    this._n.alignment = String(alignment);
    return this;
  }

  getAlignment(): string | null {
    return this._n.alignment;
  }

  private _attr(key: string, value: unknown): this {
    this._n.attrs[key] = value;
    return this;
  }

  setIndentStart(indentStart: number): this {
    return this._attr('INDENT_START', Number(indentStart));
  }

  setIndentEnd(indentEnd: number): this {
    return this._attr('INDENT_END', Number(indentEnd));
  }

  setIndentFirstLine(indentFirstLine: number): this {
    return this._attr('INDENT_FIRST_LINE', Number(indentFirstLine));
  }

  setLineSpacing(multiplier: number): this {
    return this._attr('LINE_SPACING', Number(multiplier));
  }

  setSpacingBefore(spacingBefore: number): this {
    return this._attr('SPACING_BEFORE', Number(spacingBefore));
  }

  setSpacingAfter(spacingAfter: number): this {
    return this._attr('SPACING_AFTER', Number(spacingAfter));
  }

  setLeftToRight(leftToRight: boolean): this {
    return this._attr('LEFT_TO_RIGHT', !!leftToRight);
  }

  setLinkUrl(url: string | null): this {
    return this._attr('LINK_URL', url);
  }

  getLinkUrl(): string | null {
    return (this._n.attrs.LINK_URL as string | undefined) ?? null;
  }
}

export class Paragraph extends TextBlockApi {
  readonly _class = 'Paragraph';
}

export class ListItem extends TextBlockApi {
  readonly _class = 'ListItem';

  setGlyphType(glyphType: string): this {
    if (!(String(glyphType) in GlyphType)) fail('Invalid argument: glyphType');
    this._n.glyphType = String(glyphType);
    return this;
  }

  getGlyphType(): string {
    return this._n.glyphType ?? GlyphType.BULLET;
  }

  setNestingLevel(nestingLevel: number): this {
    this._n.nestingLevel = Number(nestingLevel);
    return this;
  }

  getNestingLevel(): number {
    return this._n.nestingLevel;
  }

  getListId(): string {
    return (this._n.attrs.LIST_ID as string | undefined) ?? 'kix.list.1';
  }

  setListId(listItem: ListItem): this {
    this._n.attrs.LIST_ID = listItem instanceof ListItem ? listItem.getListId() : 'kix.list.1';
    return this;
  }
}

export class HorizontalRule extends GasObject {
  readonly _class: string = 'HorizontalRule';

  constructor(
    readonly _w: World,
    readonly _p: DNode,
  ) {
    super();
  }

  getType(): string {
    return 'HORIZONTAL_RULE';
  }

  getParent(): ElementApi {
    return apiFor(this._w, this._p);
  }

  removeFromParent(): this {
    this._p.inline = null;
    return this;
  }
}

export class PageBreak extends HorizontalRule {
  override readonly _class: string = 'PageBreak';

  override getType(): string {
    return 'PAGE_BREAK';
  }
}

// ---- text ---------------------------------------------------------------------------------------

/**
 * The text of one paragraph (or, for a container, of all paragraphs in it). Character formatting
 * is recorded as spans; a whole-element call sets an element attribute.
 */
export class Text extends GasObject {
  readonly _class = 'Text';

  constructor(
    readonly _w: World,
    readonly _n: DNode,
  ) {
    super();
  }

  private _blocks(): DNode[] {
    return [...this._n.textBlocks()];
  }

  private _block(): DNode {
    if (!this._n.isTextBlock()) fail('This operation is only supported on the text of a paragraph.');
    return this._n;
  }

  getType(): string {
    return 'TEXT';
  }

  getParent(): ElementApi {
    return apiFor(this._w, this._n);
  }

  getText(): string {
    return this._n.plainText();
  }

  setText(text: string): this {
    const b = this._block();
    b.text = String(text ?? '');
    b.spans = [];
    return this;
  }

  appendText(text: string): this {
    this._block().text += String(text ?? '');
    return this;
  }

  insertText(offset: number, text: string): this {
    const b = this._block();
    if (offset < 0 || offset > b.text.length) fail(`Invalid argument: offset`);
    b.text = b.text.slice(0, offset) + String(text) + b.text.slice(offset);
    return this;
  }

  deleteText(startOffset: number, endOffsetInclusive: number): this {
    const b = this._block();
    if (startOffset < 0 || endOffsetInclusive >= b.text.length || startOffset > endOffsetInclusive)
      fail('Invalid argument: offsets');
    b.text = b.text.slice(0, startOffset) + b.text.slice(endOffsetInclusive + 1);
    return this;
  }

  replaceText(searchPattern: string, replacement: string): this {
    replaceIn(this._n, searchPattern, replacement);
    return this;
  }

  findText(searchPattern: string, from?: RangeElement): RangeElement | null {
    return findIn(this._w, this._n, searchPattern, from);
  }

  /** (value) applies to the whole text; (start, endInclusive, value) to a range. */
  private _format(attribute: string, args: unknown[]): this {
    if (args.length >= 3) {
      const b = this._block();
      const [start, end, value] = args as [number, number, unknown];
      if (start < 0 || end >= Math.max(1, b.text.length) || start > end) fail('Invalid argument: offsets');
      b.spans.push({ start, end, attribute, value });
    } else {
      for (const b of this._blocks()) b.attrs[attribute] = args[0];
    }
    return this;
  }

  private _read(attribute: string, offset?: number): unknown {
    if (offset !== undefined && this._n.isTextBlock()) {
      const span = [...this._n.spans]
        .reverse()
        .find((s) => s.attribute === attribute && s.start <= offset && offset <= s.end);
      if (span) return span.value;
    }
    if (this._n.isTextBlock()) return this._n.attrs[attribute] ?? null;
    // A container's text has an attribute only when every paragraph in it agrees.
    const values = this._blocks().map((b) => b.attrs[attribute] ?? null);
    return values.length && values.every((v) => v === values[0]) ? values[0] : null;
  }

  setBold(...args: unknown[]): this {
    return this._format('BOLD', args);
  }

  isBold(offset?: number): boolean | null {
    return this._read('BOLD', offset) as boolean | null;
  }

  setItalic(...args: unknown[]): this {
    return this._format('ITALIC', args);
  }

  isItalic(offset?: number): boolean | null {
    return this._read('ITALIC', offset) as boolean | null;
  }

  setUnderline(...args: unknown[]): this {
    return this._format('UNDERLINE', args);
  }

  setStrikethrough(...args: unknown[]): this {
    return this._format('STRIKETHROUGH', args);
  }

  setFontSize(...args: unknown[]): this {
    return this._format('FONT_SIZE', args);
  }

  getFontSize(offset?: number): number | null {
    return this._read('FONT_SIZE', offset) as number | null;
  }

  setFontFamily(...args: unknown[]): this {
    return this._format('FONT_FAMILY', args);
  }

  setForegroundColor(...args: unknown[]): this {
    return this._format('FOREGROUND_COLOR', args);
  }

  setBackgroundColor(...args: unknown[]): this {
    return this._format('BACKGROUND_COLOR', args);
  }

  setLinkUrl(...args: unknown[]): this {
    return this._format('LINK_URL', args);
  }

  getLinkUrl(offset?: number): string | null {
    return this._read('LINK_URL', offset) as string | null;
  }

  setTextAlignment(...args: unknown[]): this {
    return this._format('TEXT_ALIGNMENT', args);
  }

  setAttributes(...args: unknown[]): this {
    const attrs = (args.length >= 3 ? args[2] : args[0]) as Record<string, unknown>;
    for (const [k, v] of Object.entries(attrs ?? {}))
      this._format(k, args.length >= 3 ? [args[0], args[1], v] : [v]);
    return this;
  }

  getAttributes(offset?: number): Record<string, unknown> {
    const out: Record<string, unknown> = { ...this._n.attrs };
    if (offset !== undefined)
      for (const s of this._n.spans) if (s.start <= offset && offset <= s.end) out[s.attribute] = s.value;
    return out;
  }

  getTextAttributeIndices(): number[] {
    return [...new Set([0, ...this._n.spans.flatMap((s) => [s.start, s.end + 1])])]
      .filter((i) => i < this._n.text.length)
      .sort((a, b) => a - b);
  }
}

/** RangeElement (https://developers.google.com/apps-script/reference/document/range-element). */
export class RangeElement extends GasObject {
  readonly _class = 'RangeElement';

  constructor(
    readonly _text: Text,
    readonly _start: number,
    readonly _end: number,
    readonly _element?: ElementApi,
  ) {
    super();
  }

  getElement(): GasObject {
    return this._element ?? this._text;
  }

  getStartOffset(): number {
    return this._start;
  }

  getEndOffsetInclusive(): number {
    return this._end;
  }

  isPartial(): boolean {
    return this._start >= 0 && !(this._start === 0 && this._end === this._text._n.text.length - 1);
  }
}
