/**
 * Runs one execution against a fake environment and records what the cost model needs: calls per
 * method, cells moved, write-cache commits (from the order of the calls) and Node time.
 */
import { performance } from 'node:perf_hooks';
import type { FakeGasEnvironment } from '../fakes/environment-api';
import { CommitTracker, familyOf, modelTime, type ExecutionTrace, type ModeledTime } from './cost-model';

export interface Measurement extends ExecutionTrace {
  spreadsheetCalls: number;
  documentCalls: number;
  otherCalls: number;
  modeled: ModeledTime;
}

interface CountingCounters {
  count(key: string): void;
}

/**
 * The fakes count every call through `counters.count(key)`. Wrapping that one method on this
 * environment's counters gives the order of the calls, which is what decides how often the write
 * cache is committed. The fakes themselves are not changed.
 */
function followCalls(env: FakeGasEnvironment, tracker: CommitTracker): () => void {
  const counters = env.counters as unknown as Partial<CountingCounters>;
  const original = counters.count;
  if (typeof original !== 'function') {
    throw new Error(
      'the fakes no longer count calls through counters.count(key); update dev/bench/measure.ts',
    );
  }
  counters.count = function (this: unknown, key: string) {
    tracker.observe(key);
    return original.call(this, key);
  };
  return () => {
    counters.count = original;
  };
}

export function summarise(
  calls: Record<string, number>,
  cells: { read: number; written: number },
  commits: number,
  computeMs: number,
): Measurement {
  let spreadsheetCalls = 0;
  let documentCalls = 0;
  let otherCalls = 0;
  for (const [key, n] of Object.entries(calls)) {
    const family = familyOf(key);
    if (family === 'spreadsheet') spreadsheetCalls += n;
    else if (family === 'document') documentCalls += n;
    else otherCalls += n;
  }
  const trace: ExecutionTrace = {
    calls,
    cellsRead: cells.read,
    cellsWritten: cells.written,
    commits,
    computeMs,
  };
  return { ...trace, spreadsheetCalls, documentCalls, otherCalls, modeled: modelTime(trace) };
}

/** Measures `run` as one execution; its result (or error) is returned beside the measurement. */
export function measure<T>(
  env: FakeGasEnvironment,
  run: () => T,
): { result?: T; error?: Error; measurement: Measurement } {
  const tracker = new CommitTracker();
  env.counters.reset();
  const restore = followCalls(env, tracker);
  let result: T | undefined;
  let error: Error | undefined;
  const started = performance.now();
  try {
    result = run();
  } catch (caught) {
    error = caught as Error;
  } finally {
    restore();
  }
  const computeMs = performance.now() - started;
  const calls = Object.fromEntries(Object.entries(env.counters.snapshot()).filter(([, n]) => n > 0));
  return {
    result,
    error,
    measurement: summarise(calls, env.counters.cells(), tracker.finish(), computeMs),
  };
}
