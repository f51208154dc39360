/**
 * Apps Script service errors print as `Exception: <message>`: the V8 runtime throws an Error whose
 * `name` is "Exception", so `String(e)` starts with "Exception:" while `e.message` does not.
 * (https://developers.google.com/apps-script/guides/v8-runtime#exceptions)
 */
export class GasException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

export function fail(message: string): never {
  throw new GasException(message);
}

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
