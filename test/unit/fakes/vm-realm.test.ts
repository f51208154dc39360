import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGasEnvironment } from '../../../dev/fakes';

// gas-local ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gasLocal = require('gas-local') as {
  require(folder: string, globals: object): Record<string, unknown>;
};

/** The add-on bundle runs in a vm context whose globals are a shallow copy of env.globals. */
function load(
  code: string,
  env = createGasEnvironment(),
): { env: ReturnType<typeof createGasEnvironment>; ctx: Record<string, (...a: unknown[]) => unknown> } {
  const dir = mkdtempSync(path.join(tmpdir(), 'gas-'));
  writeFileSync(path.join(dir, 'Code.js'), code);
  return {
    env,
    ctx: gasLocal.require(dir, { ...env.globals }) as Record<string, (...a: unknown[]) => unknown>,
  };
}

test('values and Dates made in the script realm are stored and typed', () => {
  const { env, ctx } = load(`
    function write() {
      var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      sheet.getRange(1, 1, 1, 3).setValues([[new Date(Date.UTC(2026, 2, 1, 15)), '=1+1', '01012345678']]);
      var v = sheet.getRange(1, 1, 1, 3).getValues()[0];
      return [Object.prototype.toString.call(v[0]), v[0].getTime(), v[1], v[2], Array.isArray(v)];
    }
  `);
  expect(ctx.write?.()).toEqual(['[object Date]', Date.UTC(2026, 2, 1, 15), 2, 1012345678, true]);
  expect(env.counters.snapshot()['Range.setValues']).toBe(1);
});

test('service errors print as "Exception: …" inside the script', () => {
  const { ctx } = load(`
    function boom() {
      try { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(0, 1); }
      catch (e) { return [String(e), e.message, e.name]; }
    }
  `);
  expect(ctx.boom?.()).toEqual([
    'Exception: The starting row of the range is too small.',
    'The starting row of the range is too small.',
    'Exception',
  ]);
});

test('onOpen in AuthMode.NONE can build its menu from the event object', () => {
  const env = createGasEnvironment({ authMode: 'NONE' });
  const { ctx } = load(
    `
    function onOpen(e) {
      var menu = SpreadsheetApp.getUi().createAddonMenu().addItem('열기', 'showSidebar');
      if (e && e.authMode !== ScriptApp.AuthMode.NONE) {
        menu.addItem(PropertiesService.getDocumentProperties().getProperty('x') || '설정', 'setup');
      }
      menu.addToUi();
    }
  `,
    env,
  );
  ctx.onOpen?.(env.openEvent());
  expect(env.ui.menus).toEqual([
    { title: 'Add-on', items: [{ caption: '열기', functionName: 'showSidebar' }] },
  ]);
});
