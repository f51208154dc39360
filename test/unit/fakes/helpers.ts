import { createGasEnvironment } from '../../../dev/fakes';
import type { FakeEnvironmentOptions, FakeGasEnvironment } from '../../../dev/fakes/environment-api';

/** Loosely typed access to the fake globals, as the add-on bundle sees them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Gas = any;

export function setup(options?: FakeEnvironmentOptions): { env: FakeGasEnvironment; g: Gas } {
  const env = createGasEnvironment(options);
  return { env, g: env.globals as Gas };
}

export const AUTH = 'https://www.googleapis.com/auth/';

/** What `Exception: ...` looks like when the add-on logs it. */
export function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return String(e);
  }
  throw new Error('expected the call to throw');
}
