import type { FakeClock } from './environment-api';

const DEFAULT_NOW = '2026-03-02T09:00:00+09:00';

/** The one notion of "now" for every fake: sleep, cache expiry, lock waits, mail timestamps. */
export class Clock implements FakeClock {
  private ms: number;

  constructor(initial?: Date | string) {
    this.ms = toMs(initial ?? DEFAULT_NOW);
  }

  now(): Date {
    return new Date(this.ms);
  }

  nowMs(): number {
    return this.ms;
  }

  set(when: Date | string): void {
    this.ms = toMs(when);
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`clock.advance needs a non-negative number, got ${ms}`);
    this.ms += ms;
  }
}

function toMs(when: Date | string): number {
  const ms = typeof when === 'string' ? Date.parse(when) : when.getTime();
  if (Number.isNaN(ms)) throw new Error(`Invalid clock time: ${String(when)}`);
  return ms;
}
