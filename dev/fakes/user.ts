import { GasObject } from './membrane';
import { fail } from './errors';

/** Base.User (https://developers.google.com/apps-script/reference/base/user). */
export class User extends GasObject {
  readonly _class = 'User';

  constructor(readonly _email: string) {
    super();
  }

  getEmail(): string {
    return this._email;
  }

  /** Methods taking "emailAddress | User" accept both. */
  static emailOf(value: unknown): string {
    if (value instanceof User) return value._email;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (
      value &&
      typeof value === 'object' &&
      typeof (value as { getEmail?: unknown }).getEmail === 'function'
    ) {
      return String((value as { getEmail(): unknown }).getEmail());
    }
    return fail(`Invalid argument: ${String(value)}`);
  }
}

export function isValidEmail(email: string): boolean {
  return /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/.test(email);
}
