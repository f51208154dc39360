import { startAddon, refusal, tabRows } from '../support/addon-harness';
import { folderFiles, resource } from '../support/resources-harness';
import { validateHsdsCsv, validateHsdsJson } from '../support/hsds-validate';

/**
 * The HSDS 3.0 exports made by dist/ in the fakes, held against the official files in
 * vendor/hsds-3.0: zero findings for the shareable export and the full backup, in CSV and JSON, and
 * a JSON backup restored into another 동's sheet gives back the same directory.
 */
type Exported = { folderId: string; count: number; files: { name: string; url: string }[] };
type Summary = { created: number; updated: number; unchanged: number; skipped: number; previewToken: string };

function stock(h: ReturnType<typeof startAddon>) {
  h.call('saveResource', resource());
  h.call(
    'saveResource',
    resource({
      name: '무료 법률상담',
      kind: 'human',
      sector: 'public',
      provider: '',
      address: '햇살로 5 행복빌딩 2층',
      stateProvince: '서울특별시',
      city: '행복구',
      postalCode: '',
      email: '없음',
      website: 'www.law.example',
    }),
  );
  h.call(
    'saveResource',
    resource({ name: '옆집 안부', kind: 'relational', provider: '', address: '', shareable: false }),
  );
}

const list = (h: ReturnType<typeof startAddon>) =>
  h
    .call<{ resources: Record<string, unknown>[] }>('listResources', { includeInactive: true })
    .resources.map(({ version: _v, updatedAt: _a, updatedBy: _b, usage: _u, ...data }) => data);

describe('HSDS 3.0 exports through the bundle', () => {
  it.each([
    ['the shareable export', {}, 2],
    ['the full backup', { scope: 'all' }, 3],
  ])('%s validates against the official descriptor (CSV) and schema (JSON)', (_, scope, count) => {
    const h = startAddon();
    stock(h);
    const csv = h.call<Exported>('exportResourcesCsv', scope);
    expect(csv.count).toBe(count);
    const csvFiles = folderFiles(h, csv.folderId);
    expect(csvFiles.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'services.csv',
        'service_at_location.csv',
        'addresses.csv',
        'datapackage.json',
      ]),
    );
    expect(validateHsdsCsv(csvFiles)).toEqual([]);

    const json = h.call<Exported>('exportResourcesJson', scope);
    expect(json).toMatchObject({ count, files: [expect.objectContaining({ name: 'services.json' })] });
    const [file] = folderFiles(h, json.folderId);
    expect(validateHsdsJson(file!.content)).toEqual([]);
    expect(JSON.parse(file!.content).contents).toHaveLength(count);
    expect(
      tabRows(h.env, '변경이력')
        .filter((r) => r['작업'] === '자원 내보내기')
        .map((r) => r['내용']),
    ).toEqual([
      expect.stringContaining(`HSDS CSV ${count}건`),
      expect.stringContaining(`HSDS JSON ${count}건`),
    ]);
  });

  it('gives the same ids every time, and a JSON backup restores the directory exactly elsewhere', () => {
    const a = startAddon();
    stock(a);
    const first = folderFiles(a, a.call<Exported>('exportResourcesCsv', { scope: 'all' }).folderId);
    const second = folderFiles(a, a.call<Exported>('exportResourcesCsv', { scope: 'all' }).folderId);
    expect(second).toEqual(first);

    const files = folderFiles(a, a.call<Exported>('exportResourcesJson', { scope: 'all' }).folderId);
    const b = startAddon();
    const preview = b.call<Summary>('previewResourceImport', { files });
    expect(preview).toMatchObject({ created: 3, updated: 0, skipped: 0 });
    b.call('importResources', { files, previewToken: preview.previewToken });
    expect(list(b)).toEqual(list(a));
    expect(b.call<Summary>('previewResourceImport', { files })).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
    });
  });

  it('asks for a 우편번호 of five digits and keeps it as typed', () => {
    const h = startAddon();
    expect(refusal(h, 'saveResource', resource({ postalCode: '0623' }))).toContain('우편번호: 숫자 5자리');
    const { resourceId } = h.call<{ resourceId: string }>('saveResource', resource({ postalCode: '06236' }));
    const row = tabRows(h.env, '자원').find((r) => r['자원번호'] === resourceId)!;
    expect(row['우편번호']).toBe('06236');
    expect(row['시·도']).toBe('');
  });
});
