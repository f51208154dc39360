import { createHash, createHmac, randomUUID } from 'node:crypto';
import { GasObject } from './membrane';
import { fail, isDate } from './errors';
import { Blob, signed, toBytes } from './blob';
import { formatDate } from './format-date';
import { normalizeTimeZone, zonedToUtc } from './tz';
import type { World } from './world';

/** Utilities (https://developers.google.com/apps-script/reference/utilities/utilities). */

export const DigestAlgorithm = {
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
} as const;
export const MacAlgorithm = {
  HMAC_MD5: 'HMAC_MD5',
  HMAC_SHA_1: 'HMAC_SHA_1',
  HMAC_SHA_256: 'HMAC_SHA_256',
  HMAC_SHA_384: 'HMAC_SHA_384',
  HMAC_SHA_512: 'HMAC_SHA_512',
} as const;
export const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;

const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Apps Script caps a single sleep at 5 minutes. */
const MAX_SLEEP = 300000;

function dataBytes(data: unknown, charset?: unknown): Buffer {
  if (Array.isArray(data)) return Buffer.from(toBytes(data));
  if (data instanceof Blob) return Buffer.from(data._bytes);
  return Buffer.from(String(data ?? ''), charset === Charset.US_ASCII ? 'ascii' : 'utf8');
}

export class Utilities extends GasObject {
  readonly _class = 'Utilities';
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;
  readonly Charset = Charset;

  constructor(readonly _w: World) {
    super();
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date))
      fail(
        "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
      );
    return formatDate(date, String(timeZone), String(format));
  }

  /** Numeric fields only (yyyy, yy, MM, M, dd, d, HH, H, mm, ss); enough for ISO-like input. */
  parseDate(date: string, timeZone: string, format: string): Date {
    const fields: string[] = [];
    let pattern = '';
    for (const part of String(format).match(/(y+|M+|d+|H+|m+|s+|'[^']*'|.)/g) ?? []) {
      if (/^[yMdHms]+$/.test(part)) {
        fields.push(part[0] as string);
        pattern += part.length >= 2 && part[0] !== 'y' ? `(\\d{${part.length}})` : '(\\d+)';
      } else {
        pattern += part.replace(/^'|'$/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }
    }
    const m = new RegExp(`^${pattern}`).exec(String(date));
    if (!m) fail(`Unparseable date: "${date}"`);
    const get = (f: string, dflt: number): number => {
      const i = fields.indexOf(f);
      return i < 0 ? dflt : Number(m[i + 1]);
    };
    let year = get('y', 1970);
    if (fields.includes('y') && String(m[fields.indexOf('y') + 1]).length <= 2) year += 2000;
    const ms = zonedToUtc(
      normalizeTimeZone(String(timeZone)),
      year,
      get('M', 1),
      get('d', 1),
      get('H', 0),
      get('m', 0),
      get('s', 0),
    );
    return new Date(ms);
  }

  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(
      /%(\d+\$)?([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdfx%])/g,
      (_whole, _pos, flags: string, width, precision, conv: string) => {
        if (conv === '%') return '%';
        const arg = args[i++];
        let out: string;
        if (conv === 'd') out = String(Math.trunc(Number(arg)));
        else if (conv === 'f') out = Number(arg).toFixed(precision === undefined ? 6 : Number(precision));
        else if (conv === 'x') out = Math.trunc(Number(arg)).toString(16);
        else out = String(arg);
        if (!width) return out;
        if (flags.includes('-')) return out.padEnd(Number(width));
        if (flags.includes('0') && conv !== 's')
          return out.startsWith('-')
            ? `-${out.slice(1).padStart(Number(width) - 1, '0')}`
            : out.padStart(Number(width), '0');
        return out.padStart(Number(width));
      },
    );
  }

  /** Advances the fake clock instead of blocking. */
  sleep(milliseconds: number): void {
    const ms = Number(milliseconds);
    if (!Number.isFinite(ms) || ms < 0) fail('Invalid argument: milliseconds');
    if (ms > MAX_SLEEP) fail('Argument too large: milliseconds');
    this._w.clock.advance(ms);
  }

  getUuid(): string {
    return randomUUID();
  }

  newBlob(data: unknown, contentType?: string, name?: string): Blob {
    return Blob.fromData(data, contentType, name);
  }

  base64Encode(data: unknown, charset?: string): string {
    return dataBytes(data, charset).toString('base64');
  }

  base64EncodeWebSafe(data: unknown, charset?: string): string {
    return dataBytes(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    return signed(new Uint8Array(Buffer.from(String(encoded), 'base64')));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    return signed(
      new Uint8Array(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64')),
    );
  }

  computeDigest(algorithm: string, value: unknown, charset?: string): number[] {
    const name = NODE_DIGEST[String(algorithm)];
    if (!name) fail(`Invalid argument: algorithm`);
    return signed(new Uint8Array(createHash(name).update(dataBytes(value, charset)).digest()));
  }

  /**
   * https://developers.google.com/apps-script/reference/utilities/utilities#computeHmacSha256Signature(Byte,Byte)
   * Three overloads: (Byte[] value, Byte[] key), (String value, String key) and (String, String,
   * Charset). Any other mix (a string with bytes, a missing key, a charset with bytes) is refused as
   * Apps Script refuses a call matching no signature.
   */
  computeHmacSha256Signature(value: unknown, key: unknown, charset?: string): number[] {
    const bytes = Array.isArray(value) && Array.isArray(key) && charset === undefined;
    const strings = typeof value === 'string' && typeof key === 'string';
    if (!bytes && !strings)
      fail(
        `The parameters (${[value, key, ...(charset === undefined ? [] : [charset])].map(signatureName).join(',')}) don't match the method signature for Utilities.computeHmacSha256Signature.`,
      );
    return signed(
      new Uint8Array(
        createHmac('sha256', dataBytes(key, charset)).update(dataBytes(value, charset)).digest(),
      ),
    );
  }

  computeHmacSignature(algorithm: string, value: unknown, key: unknown, charset?: string): number[] {
    const name = NODE_DIGEST[String(algorithm).replace(/^HMAC_/, '')];
    if (!name) fail('Invalid argument: algorithm');
    return signed(
      new Uint8Array(createHmac(name, dataBytes(key, charset)).update(dataBytes(value, charset)).digest()),
    );
  }

  jsonStringify(obj: unknown): string {
    return JSON.stringify(obj);
  }

  jsonParse(jsonString: string): unknown {
    return JSON.parse(String(jsonString));
  }

  /** RFC 4180 CSV as Utilities.parseCsv reads it. */
  parseCsv(csv: string, delimiter = ','): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    const text = String(csv);
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') {
          field += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else field += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === delimiter) {
        row.push(field);
        field = '';
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r' && text[i + 1] === '\n') i++;
        row.push(field);
        rows.push(row);
        row = [];
        field = '';
      } else field += ch;
    }
    if (field !== '' || row.length) {
      row.push(field);
      rows.push(row);
    }
    return rows;
  }
}

/** How Apps Script names an argument's type in a signature mismatch. */
function signatureName(arg: unknown): string {
  if (Array.isArray(arg)) return 'number[]';
  if (arg === null || arg === undefined) return 'null';
  return typeof arg === 'string' ? 'String' : typeof arg;
}
