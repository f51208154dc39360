import { GasObject } from './membrane';
import { fail } from './errors';

/**
 * Blob (https://developers.google.com/apps-script/reference/base/blob). Bytes cross into script
 * code as Java bytes: signed integers from -128 to 127.
 */
export class Blob extends GasObject {
  readonly _class = 'Blob';

  constructor(
    public _bytes: Uint8Array,
    public _type: string | null,
    public _name: string | null,
  ) {
    super();
  }

  static fromString(text: string, contentType: string | null, name: string | null): Blob {
    return new Blob(new Uint8Array(Buffer.from(text, 'utf8')), contentType, name);
  }

  /** Accepts a string or an array of (signed or unsigned) byte values. */
  static fromData(data: unknown, contentType?: unknown, name?: unknown): Blob {
    const type = contentType === undefined || contentType === null ? null : String(contentType);
    const n = name === undefined || name === null ? null : String(name);
    if (Array.isArray(data)) return new Blob(toBytes(data), type, n);
    if (data instanceof Uint8Array) return new Blob(new Uint8Array(data), type, n);
    return Blob.fromString(String(data ?? ''), type, n);
  }

  copyBlob(): Blob {
    return new Blob(new Uint8Array(this._bytes), this._type, this._name);
  }

  getBytes(): number[] {
    return signed(this._bytes);
  }

  setBytes(data: number[]): this {
    this._bytes = toBytes(data);
    return this;
  }

  getDataAsString(charset?: string): string {
    const encoding = charset && /^(us-ascii|ascii)$/i.test(charset) ? 'ascii' : 'utf8';
    return Buffer.from(this._bytes).toString(encoding);
  }

  setDataFromString(string: string, _charset?: string): this {
    this._bytes = new Uint8Array(Buffer.from(String(string), 'utf8'));
    return this;
  }

  getContentType(): string | null {
    return this._type;
  }

  setContentType(contentType: string | null): this {
    this._type = contentType === null ? null : String(contentType);
    return this;
  }

  getName(): string | null {
    return this._name;
  }

  setName(name: string): this {
    this._name = String(name);
    return this;
  }

  isGoogleType(): boolean {
    return (this._type ?? '').startsWith('application/vnd.google-apps.');
  }

  /** Only PDF and plain conversions are faked; a PDF is marked text, enough to assert on. */
  getAs(contentType: string): Blob {
    const type = String(contentType);
    const base = this._name ? this._name.replace(/\.[^.]+$/, '') : null;
    if (type === 'application/pdf') {
      const text =
        this._type === 'application/pdf'
          ? this.getDataAsString()
          : `%PDF-1.4\n%fake\n${this.getDataAsString()}`;
      return Blob.fromString(text, type, base === null ? null : `${base}.pdf`);
    }
    if (type === 'text/plain' || type === this._type)
      return new Blob(new Uint8Array(this._bytes), type, this._name);
    return fail(`Converting from ${this._type ?? 'unknown'} to ${type} is not supported.`);
  }

  getBlob(): Blob {
    return this;
  }
}

export function toBytes(data: unknown[]): Uint8Array {
  return new Uint8Array(data.map((b) => Number(b) & 0xff));
}

export function signed(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}
