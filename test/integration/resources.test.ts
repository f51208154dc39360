import {
  MANAGER,
  OTHER_MANAGER,
  refusal,
  startAddon,
  tabRows,
  workbookState,
} from '../support/addon-harness';
import * as P from '../support/payloads';
import { activeSpreadsheet, folderFiles, resource, rowsOf, setSetting } from '../support/resources-harness';
import { auditLog } from '../support/audit-log';

type View = Record<string, unknown> & {
  resourceId: string;
  name: string;
  version: number;
  usage: { total: number; active: number };
};
type Listed = { resources: View[]; total: number; categories: string[] };
type Summary = {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  previewToken: string;
  changes: { action: string; resourceId: string; fields: string[] }[];
};

/** The fields a person gave a resource (what a round trip must keep). */
const DATA_KEYS = [
  'resourceId',
  'name',
  'kind',
  'sector',
  'category',
  'provider',
  'description',
  'contact',
  'email',
  'website',
  'address',
  'area',
  'eligibility',
  'fees',
  'hours',
  'languages',
  'capacity',
  'contactPerson',
  'notes',
  'status',
  'shareable',
  'verifiedOn',
  'verifiedBy',
];
const dataOf = (v: View) => Object.fromEntries(DATA_KEYS.map((k) => [k, v[k]]));
const PUBLIC_KEYS = DATA_KEYS.filter(
  (k) => !['capacity', 'contactPerson', 'notes', 'verifiedBy'].includes(k),
);
const publicOf = (v: View) => Object.fromEntries(PUBLIC_KEYS.map((k) => [k, v[k]]));

const list = (h: ReturnType<typeof startAddon>, input: Record<string, unknown> = {}) =>
  h.call<Listed>('listResources', input);

/** Resources that exercise every field and the text traps (formula-like, leading zeros, commas). */
function stock(h: ReturnType<typeof startAddon>) {
  const ids = [
    resource(),
    resource({
      name: '=HYPERLINK("x") 나눔',
      kind: '인적',
      sector: '공공',
      provider: '행복동, "주민자치회"',
      contact: '010-0000-2001',
      address: '',
      languages: '한국어',
      description: '줄\n바꿈',
      shareable: true,
    }),
    resource({
      name: '옆집 안부',
      kind: 'relational',
      provider: '',
      description: '옆집 이웃이 매일 안부를 확인',
      address: '',
      shareable: false,
      sector: '',
    }),
    resource({ name: '중단된 사업', provider: '구청', status: 'inactive' }),
  ].map((payload) => h.call<{ resourceId: string }>('saveResource', payload).resourceId);
  h.call('saveResource', {
    resourceId: ids[0],
    name: '도시락 배달',
    kind: 'material',
    verifiedOn: '2026-02-20',
  });
  return ids;
}

/** The day these resources were checked: a check dated after it is in the future. */
const SEEDED = '2026-03-02T10:00:00+09:00';

describe('saveResource', () => {
  it('adds a resource, keeps text as typed and audits it', () => {
    const h = startAddon();
    const { resourceId } = h.call<{ resourceId: string }>(
      'saveResource',
      resource({ name: '=1+1', contact: '010-0000-0001', sector: '민간' }),
    );
    expect(resourceId).toBe('행복-자원-0001');
    const [saved] = list(h).resources;
    expect(saved).toMatchObject({
      name: '=1+1',
      contact: '010-0000-0001',
      sector: 'private',
      kind: 'material',
      shareable: true,
      version: 1,
      verifiedOn: null,
      needsVerification: true,
    });
    const audit = auditLog(h.env).filter((r) => r['작업'] === '자원 등록');
    expect(audit).toHaveLength(1);
    expect(audit[0]!['내용']).toContain(resourceId);
  });

  it('marks who verified and when, apart from who last edited', () => {
    const h = startAddon({ now: SEEDED });
    const { resourceId } = h.call<{ resourceId: string }>('saveResource', resource());
    h.call('saveResource', {
      resourceId,
      name: '도시락 배달',
      kind: 'material',
      verifiedOn: '2026-03-01',
      version: 1,
    });
    h.env.setUser(OTHER_MANAGER);
    h.env.clock.advance(86_400_000);
    h.call('saveResource', {
      resourceId,
      name: '도시락 배달',
      kind: 'material',
      fees: '1,000원',
      version: 2,
    });
    const [saved] = list(h).resources;
    expect(saved).toMatchObject({
      verifiedOn: '2026-03-01',
      verifiedBy: MANAGER,
      updatedBy: OTHER_MANAGER,
      fees: '1,000원',
      needsVerification: false,
      // Fields the edit did not send keep their values.
      capacity: '이번 달 여유 2명',
      version: 3,
    });
    expect(String(saved!.updatedAt)).toMatch(/^2026-03-03/);
    expect(auditLog(h.env).filter((r) => r['작업'] === '자원 수정')).toHaveLength(2);
  });

  it('refuses, writing nothing: a stale edit, a shared relational resource, a future check, a duplicate', () => {
    const h = startAddon({ now: SEEDED });
    const { resourceId } = h.call<{ resourceId: string }>('saveResource', resource());
    h.call('saveResource', { resourceId, name: '도시락 배달', kind: 'material', fees: '무료' });
    expect(refusal(h, 'saveResource', { resourceId, name: 'x', kind: 'material', version: 1 })).toContain(
      '먼저 수정했습니다',
    );
    expect(refusal(h, 'saveResource', resource({ name: '이웃', kind: 'relational' }))).toContain('관계 자원');
    expect(refusal(h, 'saveResource', resource({ name: '새것', verifiedOn: '2026-12-31' }))).toContain(
      '최종 확인일',
    );
    expect(refusal(h, 'saveResource', resource())).toContain(resourceId);
    expect(refusal(h, 'saveResource', resource({ kind: 'money' }))).toContain('자원 유형: 인적, 물적, 관계');
    expect(refusal(h, 'saveResource', { ...resource(), isAdmin: true })).toContain('알 수 없는 항목');
    expect(refusal(h, 'saveResource', resource({ notes: '주민번호 480517-2345678' }))).toContain(
      '주민등록번호',
    );
    expect(refusal(h, 'saveResource', { resourceId: '행복-자원-9999', name: 'x', kind: 'human' })).toContain(
      '찾을 수 없습니다',
    );
  });
});

describe('listResources', () => {
  it('searches and filters, and hides stopped resources unless asked', () => {
    const h = startAddon();
    stock(h);
    expect(list(h).total).toBe(3);
    expect(list(h, { includeInactive: true }).total).toBe(4);
    expect(list(h, { query: '도시락 행복동' }).resources.map((r) => r.name)).toEqual(['도시락 배달']);
    expect(list(h, { kind: 'human' }).resources.map((r) => r.name)).toEqual(['=HYPERLINK("x") 나눔']);
    expect(list(h, { sector: '공공' }).total).toBe(1);
    expect(list(h, { shareable: false }).resources.map((r) => r.name)).toEqual(['옆집 안부']);
    expect(list(h).categories).toEqual(['식생활']);
  });

  it('shows how often plan items use a resource, never by whom', () => {
    // A day when both plan items are under way (the plans are agreed on 2026-03-20).
    const h = startAddon({ now: '2026-03-25T10:00:00+09:00' });
    const [lunch] = stock(h);
    for (const name of ['이순자', '최영호']) {
      const { caseNo } = h.call<{ caseNo: string }>(
        'saveIntake',
        P.intake({ client: { name, birthDate: '1940-01-01', phone: '010-0000-7777' } }),
      );
      h.call('saveAssessment', P.assessment(caseNo));
      const plan = P.plan(caseNo);
      // The sidebar fills the item's provider from the picked resource and links it by id.
      const items = plan.items.map((item, i) => (i === 0 ? { ...item, resourceId: lunch } : item));
      h.call('savePlan', { ...plan, items });
    }
    const listed = list(h);
    expect(listed.resources.find((r) => r.resourceId === lunch)!.usage).toEqual({ total: 2, active: 2 });
    const text = JSON.stringify(listed);
    for (const secret of ['이순자', '최영호', '행복-2026-', '010-0000-7777'])
      expect(text).not.toContain(secret);
  });
});

describe('HSDS CSV export and import', () => {
  it('a full export, imported into another 동 sheet, gives back the same resources', () => {
    const a = startAddon();
    stock(a);
    const exported = a.call<{ folderId: string; count: number; files: { name: string }[] }>(
      'exportResourcesCsv',
      {
        scope: 'all',
      },
    );
    expect(exported.count).toBe(4);
    expect(exported.files.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'organizations.csv',
        'services.csv',
        'locations.csv',
        'phones.csv',
        'contacts.csv',
      ]),
    );
    const files = folderFiles(a, exported.folderId);

    const b = startAddon();
    const before = workbookState(b.env);
    const preview = b.call<Summary>('previewResourceImport', { files });
    expect(workbookState(b.env)).toBe(before);
    expect(preview).toMatchObject({ created: 4, updated: 0, unchanged: 0, skipped: 0 });
    b.call('importResources', { files, previewToken: preview.previewToken });

    const original = list(a, { includeInactive: true }).resources.map(dataOf);
    const imported = list(b, { includeInactive: true }).resources.map(dataOf);
    expect(imported).toEqual(original);
    expect(tabRows(b.env, '변경이력').filter((r) => r['작업'] === '자원 가져오기')).toHaveLength(4);

    // Importing the same files again changes nothing.
    const again = b.call<Summary>('previewResourceImport', { files });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
  });

  it('the sharing export carries the shareable resources’ public fields, and they come back', () => {
    const a = startAddon();
    stock(a);
    const exported = a.call<{ folderId: string; count: number }>('exportResourcesCsv', {});
    expect(exported.count).toBe(2);
    const files = folderFiles(a, exported.folderId);
    const text = files.map((f) => f.content).join('\n');
    for (const secret of ['이번 달 여유 2명', '박담당', '월말에 명단 갱신', '옆집 안부', MANAGER])
      expect(text).not.toContain(secret);

    const b = startAddon();
    const preview = b.call<Summary>('previewResourceImport', { files });
    b.call('importResources', { files, previewToken: preview.previewToken });
    const shared = list(a, { shareable: true }).resources.map(publicOf);
    expect(list(b).resources.map(publicOf)).toEqual(shared);
    expect(list(b).resources.every((r) => r['notes'] === '' && r['capacity'] === '')).toBe(true);
  });

  it('imports only what was previewed: no token, or a changed directory, writes nothing', () => {
    const a = startAddon();
    stock(a);
    const files = folderFiles(
      a,
      a.call<{ folderId: string }>('exportResourcesCsv', { scope: 'all' }).folderId,
    );
    const b = startAddon();
    expect(refusal(b, 'importResources', { files })).toContain('미리보기');
    const preview = b.call<Summary>('previewResourceImport', { files });
    b.call('saveResource', resource({ name: '그 사이 추가됨' }));
    expect(refusal(b, 'importResources', { files, previewToken: preview.previewToken })).toContain(
      '미리보기를 다시',
    );
    expect(
      refusal(b, 'previewResourceImport', {
        files: [{ name: 'services.csv', content: 'id,name\n1,"열린 따옴표\n' }],
      }),
    ).toContain('따옴표');
    expect(refusal(b, 'previewResourceImport', {})).toContain('가져올 곳');
  });

  it('reports rows it cannot take and imports the rest', () => {
    const b = startAddon();
    const files = [
      {
        name: 'services.csv',
        content: `id,name,assured_date\ns1,좋은 자원,2026-01-05\ns2,,\ns3,날짜 틀림,2026-13-01\ns4,${'가'.repeat(101)},\n`,
      },
    ];
    const preview = b.call<Summary & { skippedRows: { where: string; problems: string[] }[] }>(
      'previewResourceImport',
      { files },
    );
    expect(preview).toMatchObject({ created: 1, skipped: 3 });
    expect(preview.skippedRows.map((r) => r.where)).toEqual([
      'services.csv 3번째 줄',
      'services.csv 4번째 줄',
      'services.csv 5번째 줄',
    ]);
    b.call('importResources', { files, previewToken: preview.previewToken });
    expect(list(b).resources).toEqual([
      expect.objectContaining({
        resourceId: 's1',
        name: '좋은 자원',
        kind: 'material',
        shareable: false,
        verifiedOn: '2026-01-05',
      }),
    ]);
  });
});

describe('importing a partner’s resource sheet', () => {
  it('reads the published sheet by its address and finds what changed', () => {
    const h = startAddon();
    stock(h);
    setSetting(h, '협력기관 공유 이메일 (쉼표로 구분)', 'partner@center.example');
    const published = h.call<{ spreadsheetId: string; url: string }>('publishResources');
    expect(h.call<Summary>('previewResourceImport', { spreadsheet: published.url })).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    // The partner's copy says the fee changed.
    const partner = (h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .openById(published.spreadsheetId)
      .getSheetByName('자원 목록')!;
    const rows = rowsOf(h, published.spreadsheetId, '자원 목록');
    const row = rows.findIndex((r) => r['자원명'] === '도시락 배달') + 2;
    const column = Object.keys(rows[0]!).indexOf('이용료') + 1;
    partner.getRange(row, column).setValue('2,000원');
    const preview = h.call<Summary>('previewResourceImport', { spreadsheet: published.spreadsheetId });
    expect(preview).toMatchObject({ updated: 1, unchanged: 1 });
    expect(preview.changes[0]!.fields).toEqual(['이용료']);
    h.call('importResources', { spreadsheet: published.spreadsheetId, previewToken: preview.previewToken });
    expect(list(h, { query: '도시락' }).resources[0]).toMatchObject({
      fees: '2,000원',
      notes: '월말에 명단 갱신',
    });
  });

  it('says so when the sheet cannot be opened', () => {
    const h = startAddon();
    expect(
      refusal(h, 'previewResourceImport', {
        spreadsheet: 'https://docs.google.com/spreadsheets/d/nope/edit',
      }),
    ).toContain('열 수 없습니다');
  });
});

it('the case spreadsheet gets its 자원 and 의뢰 tabs from setupWorkbook', () => {
  const h = startAddon();
  const names = activeSpreadsheet(h)
    .getSheets()
    .map((s) => s.getName());
  expect(names).toEqual(expect.arrayContaining(['자원', '의뢰']));
});
