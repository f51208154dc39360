import { GasObject } from './membrane';
import { fail } from './errors';
import type { CacheEntry, World } from './world';

/**
 * CacheService (https://developers.google.com/apps-script/reference/cache/cache): keys up to
 * 250 characters, values up to 100 KB, expiration 1..21600 s (default 600). Entries expire by
 * the fake clock; the fake never evicts early (real caches may).
 */
const KEY_LIMIT = 250;
const VALUE_LIMIT = 100 * 1024;
const MAX_SECONDS = 21600;
const DEFAULT_SECONDS = 600;

export class Cache extends GasObject {
  readonly _class = 'Cache';

  constructor(
    readonly _w: World,
    readonly _entries: Map<string, CacheEntry>,
  ) {
    super();
  }

  private _key(key: unknown): string {
    if (key === null || key === undefined || String(key) === '') fail('Invalid argument: key');
    const k = String(key);
    if (k.length > KEY_LIMIT) fail('Argument too large: key');
    return k;
  }

  private _value(value: unknown): string {
    if (value === null || value === undefined) fail('Invalid argument: value');
    const v = String(value);
    if (Buffer.byteLength(v, 'utf8') > VALUE_LIMIT) fail('Argument too large: value');
    return v;
  }

  private _expiry(seconds: unknown): number {
    const s = seconds === undefined ? DEFAULT_SECONDS : Number(seconds);
    if (!Number.isFinite(s) || s < 1) fail('Invalid argument: expirationInSeconds');
    if (s > MAX_SECONDS) fail('Argument too large: expirationInSeconds');
    return this._w.now() + Math.floor(s) * 1000;
  }

  get(key: string): string | null {
    const k = this._key(key);
    const entry = this._entries.get(k);
    if (!entry) return null;
    if (entry.expires <= this._w.now()) {
      this._entries.delete(k);
      return null;
    }
    return entry.value;
  }

  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const v = this.get(key);
      if (v !== null) out[String(key)] = v;
    }
    return out;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    const k = this._key(key);
    const v = this._value(value);
    this._entries.set(k, { value: v, expires: this._expiry(expirationInSeconds) });
  }

  putAll(values: Record<string, unknown>, expirationInSeconds?: number): void {
    const entries = Object.entries(values).map(([k, v]) => [this._key(k), this._value(v)] as const);
    const expires = this._expiry(expirationInSeconds);
    for (const [k, v] of entries) this._entries.set(k, { value: v, expires });
  }

  remove(key: string): void {
    this._entries.delete(this._key(key));
  }

  removeAll(keys: string[]): void {
    for (const k of keys) this.remove(k);
  }
}

export class CacheService extends GasObject {
  readonly _class = 'CacheService';

  constructor(readonly _w: World) {
    super();
  }

  private _cache(scope: string): Cache {
    let entries = this._w.caches.get(scope);
    if (!entries) {
      entries = new Map();
      this._w.caches.set(scope, entries);
    }
    return new Cache(this._w, entries);
  }

  getScriptCache(): Cache {
    return this._cache('script');
  }

  getDocumentCache(): Cache | null {
    const id = this._w.boundDocumentId();
    return id ? this._cache(`document:${id}`) : null;
  }

  getUserCache(): Cache {
    return this._cache(`user:${this._w.user}`);
  }
}
