import { startAddon, type Harness } from '../support/addon-harness';
import * as P from '../support/payloads';
import {
  activeSpreadsheet,
  fillResources,
  folderFiles,
  resource,
  setSetting,
} from '../support/resources-harness';

/**
 * Every resource call costs the same number of Spreadsheet (and Drive) calls whatever the size of
 * the directory: each runs once against 1 200 and once against 5 000 resources (past a new tab's empty checkbox rows), and the per-method
 * counts must be identical.
 */
type Prepared = { h: Harness; target: string; caseNo: string; extra: Record<string, unknown> };
type Scenario = [name: string, run: (p: Prepared) => void, prepare?: (p: Prepared) => void];

const COUNTED = /^(SpreadsheetApp|Spreadsheet|Sheet|Range|DriveApp|Folder|File)\./;

function prepare(size: number, extra?: (p: Prepared) => void): Prepared {
  const h = startAddon();
  const records = fillResources(activeSpreadsheet(h), size);
  const middle = records[Math.floor(size / 2) + (Math.floor(size / 2) % 3 === 2 ? 1 : 0)]!;
  const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
  h.call('recordConsent', {
    caseNo,
    consentedOn: '2026-03-02',
    recipient: middle.provider,
    items: '이름, 연락처',
    purpose: '서비스 연계',
  });
  setSetting(h, '협력기관 공유 이메일 (쉼표로 구분)', 'partner@center.example');
  const prepared = { h, target: middle.resourceId, caseNo, extra: {} };
  extra?.(prepared);
  return prepared;
}

function measure(size: number, run: (p: Prepared) => void, before?: (p: Prepared) => void) {
  const prepared = prepare(size, before);
  prepared.h.env.counters.reset();
  run(prepared);
  const counts = prepared.h.env.counters.snapshot();
  return Object.fromEntries(Object.entries(counts).filter(([key, n]) => n > 0 && COUNTED.test(key)));
}

/** A partner file with one new resource and one change to an existing one. */
function importFiles(target: string) {
  return [
    {
      name: 'services.csv',
      content: `id,name,fees_description\n${target},바뀐 이름,1000원\npartner-1,새 자원,무료\n`,
    },
  ];
}

const SCENARIOS: Scenario[] = [
  ['new resource (saveResource)', ({ h }) => void h.call('saveResource', resource({ name: '새 자원' }))],
  [
    'edit and verify (saveResource)',
    ({ h, target }) =>
      void h.call('saveResource', {
        resourceId: target,
        name: '고친 자원',
        kind: 'material',
        verifiedOn: '2026-03-01',
      }),
  ],
  ['search (listResources)', ({ h }) => void h.call('listResources', { query: '자원 1', kind: 'material' })],
  [
    'publish again, in place (publishResources)',
    ({ h }) => void h.call('publishResources'),
    ({ h }) => void h.call('publishResources'),
  ],
  ['HSDS export (exportResourcesCsv)', ({ h }) => void h.call('exportResourcesCsv', { scope: 'all' })],
  [
    'import dry run (previewResourceImport)',
    ({ h, target }) => void h.call('previewResourceImport', { files: importFiles(target) }),
  ],
  [
    'import (importResources)',
    ({ h, target, extra }) =>
      void h.call('importResources', { files: importFiles(target), previewToken: extra['token'] }),
    (p) => {
      p.extra['token'] = p.h.call<{ previewToken: string }>('previewResourceImport', {
        files: importFiles(p.target),
      }).previewToken;
    },
  ],
  [
    'referral (referClient)',
    ({ h, caseNo, target }) =>
      void h.call('referClient', {
        caseNo,
        referredOn: '2026-03-02',
        resourceId: target,
        fields: ['name', 'phone'],
        purpose: '연계',
      }),
  ],
];

describe('resource calls cost the same at 1 200 and 5 000 resources', () => {
  // Rest parameters: jest would take a declared third parameter for a `done` callback.
  it.each(SCENARIOS)('%s', (...[, run, before]: Scenario) => {
    const small = measure(1200, run, before);
    const large = measure(5000, run, before);
    expect(large).toEqual(small);
    expect(Object.values(small).reduce((a, b) => a + b, 0)).toBeLessThan(150);
  });

  it('a first publish differs only by growing the new sheet once', () => {
    const publish = ({ h }: Prepared) => void h.call('publishResources');
    const small = measure(1200, publish);
    const large = measure(5000, publish);
    // Appends insert their rows below the data either way (db/table.ts planAppend); 5 000 rows
    // also outgrow the new sheet's 1 000 once.
    const { ['Sheet.insertRowsAfter']: grown = 0, ...rest } = large;
    const { ['Sheet.insertRowsAfter']: grownSmall = 0, ...restSmall } = small;
    expect(grown - grownSmall).toBeLessThanOrEqual(1);
    expect(rest).toEqual(restSmall);
  });

  it('the exported files of 5 000 resources are complete', () => {
    const prepared = prepare(5000);
    const { folderId, count } = prepared.h.call<{ folderId: string; count: number }>('exportResourcesCsv', {
      scope: 'all',
    });
    expect(count).toBe(5000);
    const services = folderFiles(prepared.h, folderId).find((f) => f.name === 'services.csv')!;
    expect(services.content.trim().split('\r\n')).toHaveLength(5001);
  });
});
