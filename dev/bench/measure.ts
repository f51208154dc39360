/**
 * Runs one execution against a fake environment and records what the cost model needs: calls per
 * method and cells read, written and searched (the fakes count them), plus Node time, kept apart.
 */
import { performance } from 'node:perf_hooks';
import type { FakeGasEnvironment } from '../fakes/environment-api';
import { familyOf, kindOf, modelServiceMs, type ExecutionTrace } from './cost-model';

export interface Measurement extends ExecutionTrace {
  /** Calls that leave the script (the cost model prices them), by service. */
  spreadsheetCalls: number;
  documentCalls: number;
  otherCalls: number;
  /** Calls that only build an object in the script (priced 0, counted for the record). */
  localCalls: number;
  /** Modeled Apps Script service time. */
  serviceMs: number;
  /** Node time of the execution, add-on and fakes together: never added to serviceMs. */
  computeMs: number;
}

export function summarise(
  calls: Record<string, number>,
  cells: { read: number; written: number; searched: number },
  computeMs: number,
): Measurement {
  const counts = { spreadsheet: 0, document: 0, other: 0, local: 0 };
  for (const [key, n] of Object.entries(calls)) {
    if (kindOf(key) === 'local') counts.local += n;
    else counts[familyOf(key)] += n;
  }
  const trace: ExecutionTrace = {
    calls,
    cellsRead: cells.read,
    cellsWritten: cells.written,
    cellsSearched: cells.searched,
  };
  return {
    ...trace,
    spreadsheetCalls: counts.spreadsheet,
    documentCalls: counts.document,
    otherCalls: counts.other,
    localCalls: counts.local,
    serviceMs: modelServiceMs(trace),
    computeMs,
  };
}

/** Measures `run` as one execution; its result (or error) is returned beside the measurement. */
export function measure<T>(
  env: FakeGasEnvironment,
  run: () => T,
): { result?: T; error?: Error; measurement: Measurement } {
  env.counters.reset();
  let result: T | undefined;
  let error: Error | undefined;
  const started = performance.now();
  try {
    result = run();
  } catch (caught) {
    error = caught as Error;
  }
  const computeMs = performance.now() - started;
  const calls = Object.fromEntries(Object.entries(env.counters.snapshot()).filter(([, n]) => n > 0));
  return { result, error, measurement: summarise(calls, env.counters.cells(), computeMs) };
}
