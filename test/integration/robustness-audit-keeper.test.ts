import { startAddon } from '../support/addon-harness';
import * as P from '../support/payloads';

/**
 * Decision 0014 built: an owner-only 변경이력, told with two officers. The keeper (who ran 시트
 * 준비·복구 and holds the hourly trigger) writes 변경이력; everyone else's saves land in 변경이력
 * 접수, and the keeper's hourly run checks and moves them.
 */
type Problems = { problems: { table: string; rowNumber: number; problem: string }[] };

function properties(h: { env: { globals: Record<string, unknown> } }) {
  return h.env.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
}

describe('the 변경이력 key in the script properties (step 1)', () => {
  it('is made there, under the spreadsheet id, by the first save, and not in the document properties', () => {
    const h = startAddon();
    h.call('saveIntake', P.intake());
    const id = h.env.activeSpreadsheetId();
    expect(properties(h).getScriptProperties().getProperty(`audit.key.${id}`)).toMatch(/^.{72}$/);
    expect(properties(h).getDocumentProperties().getProperty('audit.key')).toBeNull();
  });

  it("an older workbook's key moves unchanged on the next setup, and its sealed rows stay sound", () => {
    const h = startAddon();
    const id = h.env.activeSpreadsheetId();
    h.call('saveIntake', P.intake());
    // As decision 0011 left it: the key in the document's properties only.
    const script = properties(h).getScriptProperties();
    const key = script.getProperty(`audit.key.${id}`) as string;
    script.deleteProperty(`audit.key.${id}`);
    properties(h).getDocumentProperties().setProperty('audit.key', key);
    h.call('setupWorkbook');
    expect(script.getProperty(`audit.key.${id}`)).toBe(key);
    const { problems } = h.call<Problems>('checkDataHealth');
    expect(problems.filter((p) => p.table.startsWith('변경이력'))).toEqual([]);
  });
});
