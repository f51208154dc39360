import { GasObject } from './membrane';
import { fail } from './errors';
import type { World } from './world';

/**
 * PropertiesService (https://developers.google.com/apps-script/reference/properties).
 * Quotas (https://developers.google.com/apps-script/guides/services/quotas#current_limitations):
 * 9 KB per value and 500 KB per property store. Document properties belong to the bound
 * document; user properties to the active user.
 */
export const VALUE_LIMIT = 9 * 1024;
export const STORE_LIMIT = 500 * 1024;

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export class Properties extends GasObject {
  readonly _class = 'Properties';

  constructor(readonly _store: Map<string, string>) {
    super();
  }

  private _check(next: Map<string, string>): void {
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > STORE_LIMIT)
      fail('You have exceeded the property storage quota. Please remove some properties and try again.');
  }

  private static _entry(key: unknown, value: unknown): [string, string] {
    if (key === null || key === undefined || String(key) === '') fail('Invalid argument: key');
    if (value === null || value === undefined) fail('Invalid argument: value');
    const v = String(value);
    if (bytes(v) > VALUE_LIMIT) fail('Argument too large: value');
    return [String(key), v];
  }

  getProperty(key: string): string | null {
    return this._store.get(String(key)) ?? null;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this._store);
  }

  getKeys(): string[] {
    return [...this._store.keys()];
  }

  setProperty(key: string, value: string): this {
    const [k, v] = Properties._entry(key, value);
    const next = new Map(this._store);
    next.set(k, v);
    this._check(next);
    this._store.set(k, v);
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): this {
    if (!properties || typeof properties !== 'object') fail('Invalid argument: properties');
    const entries = Object.entries(properties).map(([k, v]) => Properties._entry(k, v));
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this._store);
    for (const [k, v] of entries) next.set(k, v);
    this._check(next);
    this._store.clear();
    for (const [k, v] of next) this._store.set(k, v);
    return this;
  }

  deleteProperty(key: string): this {
    this._store.delete(String(key));
    return this;
  }

  deleteAllProperties(): this {
    this._store.clear();
    return this;
  }
}

export class PropertiesService extends GasObject {
  readonly _class = 'PropertiesService';

  constructor(readonly _w: World) {
    super();
  }

  /**
   * One store for the whole script: "all users of a script, add-on, or web app" share it
   * (https://developers.google.com/apps-script/guides/properties), in every document the add-on
   * runs in and in a time-driven run that has no document; the 500 KB limit is for all of them.
   */
  getScriptProperties(): Properties {
    return new Properties(this._w.properties.script);
  }

  /** Null outside a document (https://developers.google.com/apps-script/reference/properties/properties-service#getdocumentproperties). */
  getDocumentProperties(): Properties | null {
    const id = this._w.boundDocumentId();
    if (!id) return null;
    let store = this._w.properties.document.get(id);
    if (!store) {
      store = new Map();
      this._w.properties.document.set(id, store);
    }
    return new Properties(store);
  }

  getUserProperties(): Properties {
    let store = this._w.properties.user.get(this._w.user);
    if (!store) {
      store = new Map();
      this._w.properties.user.set(this._w.user, store);
    }
    return new Properties(store);
  }
}
