import type { DriveEntry } from '../drive-store';

/**
 * The tree behind DocumentApp: sections hold paragraphs, list items and tables; tables hold rows,
 * rows hold cells, cells hold paragraphs (and tables). Text formatting is recorded, not rendered.
 */
export type NodeType =
  | 'BODY_SECTION'
  | 'HEADER_SECTION'
  | 'FOOTER_SECTION'
  | 'PARAGRAPH'
  | 'LIST_ITEM'
  | 'TABLE'
  | 'TABLE_ROW'
  | 'TABLE_CELL';

export interface Span {
  start: number;
  end: number; // inclusive
  attribute: string;
  value: unknown;
}

export class DNode {
  parent: DNode | null = null;
  children: DNode[] = [];
  text = '';
  heading = 'NORMAL';
  alignment: string | null = null;
  /** A paragraph made by appendHorizontalRule/appendPageBreak holds that element. */
  inline: 'HORIZONTAL_RULE' | 'PAGE_BREAK' | null = null;
  nestingLevel = 0;
  glyphType: string | null = null;
  attrs: Record<string, unknown> = {};
  spans: Span[] = [];

  constructor(readonly type: NodeType) {}

  isTextBlock(): boolean {
    return this.type === 'PARAGRAPH' || this.type === 'LIST_ITEM';
  }

  /** Paragraphs give their text; containers join their children's with newlines, like getText(). */
  plainText(): string {
    if (this.isTextBlock()) return this.text;
    return this.children.map((c) => c.plainText()).join('\n');
  }

  add(child: DNode, index = this.children.length): DNode {
    child.parent = this;
    this.children.splice(index, 0, child);
    return child;
  }

  clone(): DNode {
    const copy = new DNode(this.type);
    copy.text = this.text;
    copy.heading = this.heading;
    copy.alignment = this.alignment;
    copy.inline = this.inline;
    copy.nestingLevel = this.nestingLevel;
    copy.glyphType = this.glyphType;
    copy.attrs = { ...this.attrs };
    copy.spans = this.spans.map((s) => ({ ...s }));
    for (const c of this.children) copy.add(c.clone());
    return copy;
  }

  /** Text blocks in document order. */
  *textBlocks(): Generator<DNode> {
    if (this.isTextBlock()) yield this;
    for (const c of this.children) yield* c.textBlocks();
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { type: this.type };
    if (this.isTextBlock()) {
      out.text = this.text;
      if (this.heading !== 'NORMAL') out.heading = this.heading;
      if (this.inline) out.inline = this.inline;
      if (this.type === 'LIST_ITEM') {
        out.nestingLevel = this.nestingLevel;
        if (this.glyphType) out.glyphType = this.glyphType;
      }
    }
    if (this.alignment) out.alignment = this.alignment;
    if (Object.keys(this.attrs).length) out.attributes = { ...this.attrs };
    if (this.spans.length) out.spans = this.spans.map((s) => ({ ...s }));
    if (this.children.length || !this.isTextBlock()) out.children = this.children.map((c) => c.toJSON());
    return out;
  }

  static fromJSON(json: Record<string, unknown>): DNode {
    const node = new DNode(json.type as NodeType);
    if (typeof json.text === 'string') node.text = json.text;
    if (typeof json.heading === 'string') node.heading = json.heading;
    if (typeof json.alignment === 'string') node.alignment = json.alignment;
    if (json.inline === 'HORIZONTAL_RULE' || json.inline === 'PAGE_BREAK') node.inline = json.inline;
    if (typeof json.nestingLevel === 'number') node.nestingLevel = json.nestingLevel;
    if (typeof json.glyphType === 'string') node.glyphType = json.glyphType;
    if (json.attributes && typeof json.attributes === 'object')
      node.attrs = { ...(json.attributes as Record<string, unknown>) };
    if (Array.isArray(json.spans)) node.spans = (json.spans as Span[]).map((s) => ({ ...s }));
    if (Array.isArray(json.children))
      for (const c of json.children) node.add(DNode.fromJSON(c as Record<string, unknown>));
    return node;
  }
}

export function paragraph(text = '', type: 'PARAGRAPH' | 'LIST_ITEM' = 'PARAGRAPH'): DNode {
  const p = new DNode(type);
  p.text = text;
  return p;
}

export function tableCell(text = ''): DNode {
  const cell = new DNode('TABLE_CELL');
  cell.add(paragraph(text));
  return cell;
}

export function table(cells?: unknown[][]): DNode {
  const t = new DNode('TABLE');
  if (!cells) return t;
  const width = Math.max(0, ...cells.map((r) => r.length));
  for (const rowCells of cells) {
    const row = t.add(new DNode('TABLE_ROW'));
    for (let c = 0; c < width; c++)
      row.add(tableCell(rowCells[c] === undefined || rowCells[c] === null ? '' : String(rowCells[c])));
  }
  return t;
}

export class DocModel {
  /** A new document's body holds one empty paragraph. */
  body = new DNode('BODY_SECTION');
  header: DNode | null = null;
  footer: DNode | null = null;

  constructor(readonly file: DriveEntry) {
    this.body.add(paragraph());
  }

  clone(file: DriveEntry): DocModel {
    const copy = new DocModel(file);
    copy.body = this.body.clone();
    copy.header = this.header?.clone() ?? null;
    copy.footer = this.footer?.clone() ?? null;
    return copy;
  }

  toJSON(): Record<string, unknown> {
    return {
      id: this.file.id,
      body: this.body.toJSON(),
      header: this.header?.toJSON() ?? null,
      footer: this.footer?.toJSON() ?? null,
    };
  }

  static fromJSON(file: DriveEntry, json: Record<string, unknown>): DocModel {
    const doc = new DocModel(file);
    doc.body = DNode.fromJSON(json.body as Record<string, unknown>);
    doc.header = json.header ? DNode.fromJSON(json.header as Record<string, unknown>) : null;
    doc.footer = json.footer ? DNode.fromJSON(json.footer as Record<string, unknown>) : null;
    return doc;
  }
}
