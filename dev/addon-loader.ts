/**
 * Loads the built add-on (dist/*.js, the very files `clasp push` uploads) into a fresh gas-local
 * context whose globals are one fake Apps Script environment. Used by the integration tests, the
 * local preview and the benchmark, so all three run the same artifact.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
// gas-local ships no types; it exposes `require(folder, globalObject, options)`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gasLocal = require('gas-local') as {
  require(
    folder: string,
    globals: object,
    options?: { filter?: (file: string) => boolean },
  ): Record<string, unknown>;
};
import type { FakeClock, FakeGasEnvironment } from './fakes/environment-api';

export const DIST_DIR = path.resolve(__dirname, '..', 'dist');

export type AddonFunction = (input?: unknown) => unknown;

export interface LoadedAddon {
  /** Calls a top-level function the way google.script.run does: the argument and the result
   * cross a JSON boundary (no Date, no undefined in arrays, objects of this realm). */
  call<T = unknown>(name: string, input?: unknown): T;
  /** The raw function as Apps Script sees it, or undefined when the bundle does not declare it. */
  fn(name: string): AddonFunction | undefined;
  /** Names of every top-level function declared in the bundle. */
  functionNames(): string[];
}

/** The boundary google.script.run enforces: Dates are refused, everything else goes through JSON. */
export function crossBoundary(value: unknown, direction: 'argument' | 'result'): unknown {
  if (value === undefined) return null;
  const text = JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const raw = this[key];
    if (Object.prototype.toString.call(raw) === '[object Date]') {
      throw new Error(
        `google.script.run cannot pass a Date (${direction} ${key || 'value'}); use "YYYY-MM-DD"`,
      );
    }
    return v;
  });
  return text === undefined ? null : JSON.parse(text);
}

export function loadAddon(env: FakeGasEnvironment, distDir: string = DIST_DIR): LoadedAddon {
  // A fresh global object per load: gas-local's default mock is shared state.
  const globals = { ...env.globals, Date: clockDate(env.clock) };
  const context = gasLocal.require(distDir, globals, { filter: (file) => file.endsWith('.js') });
  const declared = topLevelFunctionNames(distDir);
  const fn = (name: string): AddonFunction | undefined =>
    declared.includes(name) && typeof context[name] === 'function'
      ? (context[name] as AddonFunction)
      : undefined;
  return {
    fn,
    functionNames: () => [...declared],
    call<T>(name: string, input?: unknown): T {
      const target = fn(name);
      if (!target) throw new Error(`Script function not found: ${name}`);
      const argument = input === undefined ? undefined : crossBoundary(input, 'argument');
      return crossBoundary(target(argument), 'result') as T;
    },
  };
}

/**
 * `new Date()` and `Date.now()` inside the add-on read the environment's settable clock, so tests
 * and the preview can live on any day. Every other use of Date behaves as usual.
 */
function clockDate(clock: FakeClock): DateConstructor {
  class ClockDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock.now().getTime());
      else super(...(args as [number, number, number]));
    }
    static override now(): number {
      return clock.now().getTime();
    }
  }
  return ClockDate as DateConstructor;
}

/** Reads `function name(` at the start of a line in dist/Code.js: what Apps Script can call. */
function topLevelFunctionNames(distDir: string): string[] {
  const code = readFileSync(path.join(distDir, 'Code.js'), 'utf8');
  return [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1] as string);
}
