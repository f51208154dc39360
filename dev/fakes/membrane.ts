/**
 * Every fake Apps Script object reaches the add-on through one Proxy "membrane". It counts each
 * method call as `Class.method`, applies the auth/scope policy, hides internal state (fields
 * and helpers whose names start with `_`), unwraps fake objects passed back as arguments and wraps
 * fake objects returned, so no method can be forgotten by the counters or the policy.
 */

/** Base of every fake Apps Script class. `_class` is the Apps Script class name used in counters. */
export abstract class GasObject {
  abstract readonly _class: string;

  toString(): string {
    return this._class;
  }
}

/** An object whose ad-hoc properties are data (HtmlTemplate variables). */
export abstract class DynamicGasObject extends GasObject {
  abstract _getDynamic(prop: string): unknown;
  abstract _setDynamic(prop: string, value: unknown): void;
}

/** Called before each counted call; what it returns, if anything, is called once the call has run. */
export type CallHook = (cls: string, method: string) => (() => void) | void;

const UNCOUNTED = new Set(['toString', 'valueOf', 'toJSON']);

export class Membrane {
  private readonly proxies = new WeakMap<GasObject, object>();
  private readonly targets = new WeakMap<object, GasObject>();

  constructor(private readonly hook: CallHook) {}

  /** Fake objects (also inside arrays, up to two levels) become their counted proxies. */
  wrap(value: unknown): unknown {
    if (value instanceof GasObject) return this.proxyFor(value);
    if (Array.isArray(value))
      return this.mapArray(
        value,
        (v) => this.wrap(v),
        (v) => v instanceof GasObject,
      );
    return value;
  }

  /** Proxies (also inside arrays) back to the raw objects the implementations work on. */
  unwrap(value: unknown): unknown {
    if (value !== null && typeof value === 'object') {
      const target = this.targets.get(value);
      if (target) return target;
      if (Array.isArray(value))
        return this.mapArray(
          value,
          (v) => this.unwrap(v),
          (v) => this.isProxy(v),
        );
    }
    return value;
  }

  isProxy(value: unknown): boolean {
    return value !== null && typeof value === 'object' && this.targets.has(value);
  }

  /**
   * Arrays are only copied when they hold fake objects. Value grids (getValues) are recognised
   * by their first non-empty cell so big reads are not scanned cell by cell.
   */
  private mapArray(
    array: unknown[],
    map: (v: unknown) => unknown,
    isFake: (v: unknown) => boolean,
  ): unknown[] {
    let sample: unknown = undefined;
    for (const item of array) {
      if (item === null || item === undefined) continue;
      if (Array.isArray(item)) {
        const inner = item.find((v) => v !== null && v !== undefined);
        if (inner === undefined) continue;
        sample = inner;
      } else {
        sample = item;
      }
      break;
    }
    if (sample === undefined || !isFake(sample)) return array;
    return array.map((item) => (Array.isArray(item) ? item.map(map) : map(item)));
  }

  private proxyFor(target: GasObject): object {
    const existing = this.proxies.get(target);
    if (existing) return existing;
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        if (typeof prop !== 'string') return undefined;
        if (prop.startsWith('_') || prop === 'constructor') return undefined;
        const value = (t as unknown as Record<string, unknown>)[prop];
        if (value === undefined && t instanceof DynamicGasObject) return t._getDynamic(prop);
        if (typeof value !== 'function') return value;
        const method = value as (...args: unknown[]) => unknown;
        return (...args: unknown[]): unknown => {
          const after = UNCOUNTED.has(prop) ? undefined : this.hook(t._class, prop);
          const result = method.apply(
            t,
            args.map((a) => this.unwrap(a)),
          );
          if (after) after();
          return this.wrap(result);
        };
      },
      has(t, prop) {
        return typeof prop === 'string' && !prop.startsWith('_') && prop in t;
      },
      set(t, prop, value) {
        // Apps Script objects ignore ad-hoc properties, except templates, whose properties are
        // the variables their scriptlets see.
        if (typeof prop === 'string' && t instanceof DynamicGasObject) t._setDynamic(prop, value);
        return true;
      },
      ownKeys() {
        return [];
      },
      getOwnPropertyDescriptor() {
        return undefined;
      },
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }
}
