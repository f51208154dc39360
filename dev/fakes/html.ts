import { DynamicGasObject, GasObject } from './membrane';
import { fail } from './errors';
import type { World } from './world';
import { Blob } from './blob';

/** HtmlService (https://developers.google.com/apps-script/reference/html/html-service). */

export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export class HtmlOutput extends GasObject {
  readonly _class = 'HtmlOutput';
  _title = '';
  _width = 0;
  _height = 0;
  _sandbox: string = SandboxMode.IFRAME;
  _xframe: string = XFrameOptionsMode.DEFAULT;
  _meta: { name: string; content: string }[] = [];
  _favicon: string | null = null;

  constructor(
    public _content: string,
    readonly _file?: string,
  ) {
    super();
  }

  append(addedContent: string): this {
    this._content += String(addedContent ?? '');
    return this;
  }

  appendUntrusted(addedContent: string): this {
    this._content += escapeHtml(String(addedContent ?? ''));
    return this;
  }

  clear(): this {
    this._content = '';
    return this;
  }

  getContent(): string {
    return this._content;
  }

  setContent(content: string): this {
    this._content = String(content ?? '');
    return this;
  }

  getTitle(): string {
    return this._title;
  }

  setTitle(title: string): this {
    this._title = String(title);
    return this;
  }

  getWidth(): number {
    return this._width;
  }

  setWidth(width: number): this {
    this._width = Number(width);
    return this;
  }

  getHeight(): number {
    return this._height;
  }

  setHeight(height: number): this {
    this._height = Number(height);
    return this;
  }

  setSandboxMode(mode: string): this {
    this._sandbox = String(mode);
    return this;
  }

  setXFrameOptionsMode(mode: string): this {
    this._xframe = String(mode);
    return this;
  }

  addMetaTag(name: string, content: string): this {
    this._meta.push({ name: String(name), content: String(content) });
    return this;
  }

  getMetaTags(): { getName(): string; getContent(): string }[] {
    return this._meta.map((m) => ({ getName: () => m.name, getContent: () => m.content }));
  }

  setFaviconUrl(iconUrl: string): this {
    this._favicon = String(iconUrl);
    return this;
  }

  getFaviconUrl(): string | null {
    return this._favicon;
  }

  getBlob(): Blob {
    return Blob.fromString(this._content, 'text/html', this._title || null);
  }

  getAs(contentType: string): Blob {
    return this.getBlob().getAs(contentType);
  }
}

/**
 * HtmlTemplate: `<?= ?>` prints escaped, `<?!= ?>` raw, `<? ?>` runs code; properties set on the
 * template are the scriptlets' variables. Scriptlets see the template variables and the Apps
 * Script services, not the add-on's own global functions (a gap: the bundle lives in another vm).
 */
export class HtmlTemplate extends DynamicGasObject {
  readonly _class = 'HtmlTemplate';
  readonly _vars: Record<string, unknown> = {};

  constructor(
    readonly _w: World,
    readonly _source: string,
    readonly _globals: () => Record<string, unknown>,
  ) {
    super();
  }

  _getDynamic(prop: string): unknown {
    return this._vars[prop];
  }

  _setDynamic(prop: string, value: unknown): void {
    this._vars[prop] = value;
  }

  getRawContent(): string {
    return this._source;
  }

  getCode(): string {
    const parts: string[] = [];
    const re = /<\?(!?=)?([\s\S]*?)\?>/g;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this._source))) {
      parts.push(`output._append(${JSON.stringify(this._source.slice(last, m.index))});`);
      const code = (m[2] ?? '').trim();
      if (m[1] === '=') parts.push(`output._appendEscaped(${code});`);
      else if (m[1] === '!=') parts.push(`output._append(${code});`);
      else parts.push(code);
      last = re.lastIndex;
    }
    parts.push(`output._append(${JSON.stringify(this._source.slice(last))});`);
    return parts.join('\n');
  }

  evaluate(): HtmlOutput {
    let html = '';
    const output = {
      _append: (v: unknown) => {
        html += v === undefined || v === null ? '' : String(v);
      },
      _appendEscaped: (v: unknown) => {
        html += v === undefined || v === null ? '' : escapeHtml(String(v));
      },
    };
    const scope = { ...this._globals(), ...this._vars, output };
    // Scriptlets are sloppy-mode code evaluated with the template's variables in scope.
    const run = new Function('__scope', `with (__scope) {\n${this.getCode()}\n}`) as (s: object) => void;
    run(scope);
    return new HtmlOutput(html);
  }
}

export class HtmlService extends GasObject {
  readonly _class = 'HtmlService';
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    readonly _w: World,
    readonly _globals: () => Record<string, unknown>,
  ) {
    super();
  }

  private _read(filename: string): string {
    const name = String(filename);
    const text = this._w.readProjectFile(name.endsWith('.html') ? name : `${name}.html`);
    if (text === undefined) fail(`No HTML file named ${name} was found.`);
    return text;
  }

  createHtmlOutput(html?: unknown): HtmlOutput {
    if (html instanceof HtmlTemplate) return html.evaluate();
    if (html instanceof Blob) return new HtmlOutput(html.getDataAsString());
    return new HtmlOutput(html === undefined || html === null ? '' : String(html));
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this._read(filename), String(filename).replace(/\.html$/, ''));
  }

  createTemplate(html: unknown): HtmlTemplate {
    const source = html instanceof Blob ? html.getDataAsString() : String(html ?? '');
    return new HtmlTemplate(this._w, source, this._globals);
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplate(this._w, this._read(filename), this._globals);
  }

  getUserAgent(): string {
    return 'Mozilla/5.0 (fake Apps Script)';
  }
}
