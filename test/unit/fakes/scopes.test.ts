import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GasObject } from '../../../dev/fakes/membrane';
import { SCOPE_TABLE, checkAccess, referenceUrl } from '../../../dev/fakes/scopes';
import { AUTH, setup, thrown } from './helpers';

const FAKES = path.join(__dirname, '../../../dev/fakes');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every fake Apps Script class (by its `_class` name) with its public methods. */
function fakeClasses(): Map<string, string[]> {
  const appsScriptNames = new Set<string>();
  const classes = new Map<string, string[]>();
  for (const file of sourceFiles(FAKES)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/_class(?:: string)? = '(\w+)'/g))
      appsScriptNames.add(match[1] as string);
  }
  for (const file of sourceFiles(FAKES)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(file) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (typeof value !== 'function' || !(value.prototype instanceof GasObject)) continue;
      if (!appsScriptNames.has(value.name)) continue;
      const methods = new Set<string>();
      for (let p = value.prototype; p && p !== GasObject.prototype; p = Object.getPrototypeOf(p))
        for (const name of Object.getOwnPropertyNames(p))
          if (
            name !== 'constructor' &&
            !name.startsWith('_') &&
            typeof Object.getOwnPropertyDescriptor(p, name)?.value === 'function'
          )
            methods.add(name);
      classes.set(value.name, [...methods]);
    }
  }
  return classes;
}

describe('the scope table', () => {
  test('lists every method of every fake class, each class with its reference page', () => {
    const classes = fakeClasses();
    expect(classes.size).toBeGreaterThan(40);
    const missing: string[] = [];
    for (const [cls, methods] of classes) {
      // An Apps Script class's page, or (an advanced service) the REST method it wraps.
      expect(referenceUrl(cls)).toMatch(
        /^https:\/\/developers\.google\.com\/(apps-script\/reference\/\w+\/[\w-]+|sheets\/api\/reference\/rest\/v4\/[\w./-]+)$/,
      );
      for (const method of methods) if (!SCOPE_TABLE[cls]?.methods[method]) missing.push(`${cls}.${method}`);
    }
    expect(missing).toEqual([]);
  });

  test('lists TextFinder and the createTextFinder methods with the spreadsheet scopes', () => {
    for (const call of [
      'Range.createTextFinder',
      'Sheet.createTextFinder',
      'TextFinder.findAll',
      'TextFinder.findNext',
      'TextFinder.matchEntireCell',
      'TextFinder.matchCase',
    ]) {
      const [cls, method] = call.split('.') as [string, string];
      expect(SCOPE_TABLE[cls]?.methods[method]).toBe('sheets');
    }
  });

  test('a call missing from the table throws instead of passing unchecked', () => {
    expect(() => checkAccess('Sheet', 'getBandings', 'FULL', null)).toThrow(
      'Sheet.getBandings has no scope entry in dev/fakes/scopes.ts',
    );
  });

  test('Drive follows the reference: writes need drive, reads drive.readonly or drive', () => {
    const { g } = setup({ manifest: { oauthScopes: [`${AUTH}drive.readonly`] } });
    expect(g.DriveApp.getRootFolder().getName()).toBe('My Drive');
    expect(thrown(() => g.DriveApp.createFolder('x'))).toBe(
      `Exception: You do not have permission to call DriveApp.createFolder. Required permissions: ${AUTH}drive`,
    );
  });

  test('Docs elements accept documents.currentonly; opening another Doc needs documents', () => {
    const { g } = setup({ manifest: { oauthScopes: [`${AUTH}documents.currentonly`] } });
    expect(thrown(() => g.DocumentApp.create('x'))).toBe(
      `Exception: You do not have permission to call DocumentApp.create. Required permissions: ${AUTH}documents`,
    );
  });
});
