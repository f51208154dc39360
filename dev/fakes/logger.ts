import { format } from 'node:util';
import { GasObject } from './membrane';
import type { World } from './world';

/** Logger (https://developers.google.com/apps-script/reference/base/logger): quiet, recorded. */
export class Logger extends GasObject {
  readonly _class = 'Logger';

  constructor(readonly _w: World) {
    super();
  }

  log(data: unknown, ...values: unknown[]): this {
    this._w.logs.push(
      values.length ? format(String(data), ...values) : typeof data === 'string' ? data : format('%o', data),
    );
    return this;
  }

  getLog(): string {
    return this._w.logs.join('\n');
  }

  clear(): void {
    this._w.logs.length = 0;
  }
}

/** A console that records instead of printing, so test output stays clean. */
export function quietConsole(w: World): Record<string, (...args: unknown[]) => void> {
  const record =
    (level: string) =>
    (...args: unknown[]): void => {
      w.logs.push(`[${level}] ${format(...args)}`);
    };
  const timers = new Map<string, number>();
  return {
    log: record('log'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
    debug: record('debug'),
    time: (label: unknown = 'default') => {
      timers.set(String(label), w.now());
    },
    timeEnd: (label: unknown = 'default') => {
      const start = timers.get(String(label));
      w.logs.push(`[time] ${String(label)}: ${start === undefined ? 0 : w.now() - start}ms`);
      timers.delete(String(label));
    },
  };
}
