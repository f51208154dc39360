import { GasObject } from './membrane';
import { fail } from './errors';
import type { LockKind, World } from './world';

/**
 * LockService (https://developers.google.com/apps-script/reference/lock/lock). Locks belong to an
 * execution: every Lock object of the same scope in this execution shares it. Another execution
 * is simulated with env.holdLock(); waiting advances the fake clock, and a hold that ends within
 * the timeout lets the waiter in at that moment.
 */
export function lockKey(w: World, kind: LockKind): string | null {
  if (kind === 'script') return 'script';
  if (kind === 'user') return `user:${w.user}`;
  const doc = w.boundDocumentId();
  return doc ? `document:${doc}` : null;
}

export class Lock extends GasObject {
  readonly _class = 'Lock';

  constructor(
    readonly _w: World,
    readonly _key: string,
  ) {
    super();
  }

  private _acquire(timeoutInMillis: unknown): boolean {
    const timeout = Math.max(0, Number(timeoutInMillis) || 0);
    const w = this._w;
    const hold = w.locks.get(this._key);
    const now = w.now();
    if (!hold || hold.execution === w.execution || (hold.until !== undefined && hold.until <= now)) {
      w.locks.set(this._key, { execution: w.execution });
      return true;
    }
    if (hold.until !== undefined && hold.until <= now + timeout) {
      w.clock.advance(hold.until - now);
      w.locks.set(this._key, { execution: w.execution });
      return true;
    }
    w.clock.advance(timeout);
    return false;
  }

  tryLock(timeoutInMillis: number): boolean {
    return this._acquire(timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    if (!this._acquire(timeoutInMillis))
      fail('Lock timeout: another process was holding the lock for too long.');
  }

  hasLock(): boolean {
    return this._w.locks.get(this._key)?.execution === this._w.execution;
  }

  releaseLock(): void {
    if (this.hasLock()) this._w.locks.delete(this._key);
  }
}

export class LockService extends GasObject {
  readonly _class = 'LockService';

  constructor(readonly _w: World) {
    super();
  }

  /** Null when there is no current document. */
  getDocumentLock(): Lock | null {
    const key = lockKey(this._w, 'document');
    return key ? new Lock(this._w, key) : null;
  }

  getScriptLock(): Lock {
    return new Lock(this._w, 'script');
  }

  getUserLock(): Lock {
    return new Lock(this._w, lockKey(this._w, 'user') as string);
  }
}
