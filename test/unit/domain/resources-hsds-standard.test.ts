import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { ResourceRecord } from '../../../src/domain/records';
import {
  addressParts,
  dataOf,
  decodeHsds,
  encodeHsds,
  encodeHsdsJson,
  hsdsId,
  planImport,
  sha1Hex,
  URL_NAMESPACE,
  uuidV5,
} from '../../../src/domain/resources';
import { HSDS_DIR, readHsds, validateHsdsCsv, validateHsdsJson } from '../../support/hsds-validate';
import { resourceRecord as resource } from '../../support/resource-record';

/** The official HSDS 3.0 files in vendor/hsds-3.0 are the oracle: nothing from outside the repo. */

/** What a 동's directory looks like: no provider, a partial address, "없음" typed as an email … */
const DIRECTORY: ResourceRecord[] = [
  resource(),
  resource({
    resourceId: '행복-자원-0002',
    name: '이웃 안부 모임',
    kind: 'relational',
    sector: null,
    category: '',
    provider: '',
    address: '',
    postalCode: '',
    contact: '',
    hours: '',
    area: '',
    languages: '',
    email: '없음',
    website: '',
    shareable: false,
    status: 'inactive',
    verifiedOn: null,
    verifiedBy: '',
  }),
  resource({
    resourceId: '행복-자원-0003',
    name: '무료 법률상담',
    kind: 'human',
    sector: 'public',
    category: '법률',
    provider: '',
    address: '햇살로 5 행복빌딩 2층',
    stateProvince: '서울특별시',
    city: '행복구',
    postalCode: '',
    website: 'www.law.example',
    email: '',
    languages: '한국어, 베트남어',
    capacity: '',
    notes: '',
  }),
  resource({
    resourceId: '행복-자원-0004',
    name: '밑반찬 나눔',
    provider: '행복동 새마을부녀회',
    address: '(06237) 서울 행복구 햇살로 7',
    postalCode: '',
    category: '식생활',
  }),
];

const fileList = (exported: ReturnType<typeof encodeHsds>) =>
  exported.files.map((f) => ({ name: f.name, content: f.content }));

const SCOPES = [
  ['the shareable export', { internal: false }],
  ['the full backup', { internal: true }],
] as const;

describe('UUIDv5 (pure SHA-1)', () => {
  it('matches the published test vectors', () => {
    // FIPS 180-2 Appendix A and B.
    expect(sha1Hex('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(sha1Hex('')).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(sha1Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    );
    expect(sha1Hex('a'.repeat(1_000_000))).toBe('34aa973cd4c4daa4f61eeb2bdbad27316534016f');
    // RFC 9562 Appendix A.4: UUIDv5 of www.example.com in the DNS namespace.
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    // Python's uuid.uuid5(uuid.NAMESPACE_URL, 'https://openreferral.org/hsds/dong-case'), UTF-8 names.
    expect(uuidV5(URL_NAMESPACE, 'https://openreferral.org/hsds/dong-case')).toBe(
      '55183183-2394-5e2d-977e-7a7a918a03b7',
    );
    expect(uuidV5(URL_NAMESPACE, '행복-자원-0001')).toBe('e7d7a9bf-c497-58f6-b0ff-37e01c70055c');
  });

  it('gives one id per local id, the same in every export', () => {
    expect(hsdsId('service', '행복-자원-0001')).toBe(hsdsId('service', '행복-자원-0001'));
    expect(hsdsId('service', '행복-자원-0001')).not.toBe(hsdsId('service', '행복-자원-0002'));
    expect(hsdsId('service', '행복-자원-0001')).not.toBe(hsdsId('location', '행복-자원-0001'));
    expect(encodeHsds(DIRECTORY, { internal: true })).toEqual(encodeHsds(DIRECTORY, { internal: true }));
    expect(encodeHsdsJson(DIRECTORY, { internal: true })).toEqual(
      encodeHsdsJson(DIRECTORY, { internal: true }),
    );
  });
});

describe('the exports against the official HSDS 3.0 files', () => {
  it.each(SCOPES)('%s (CSV) has zero findings against the tabular descriptor', (_, scope) => {
    const exported = encodeHsds(DIRECTORY, scope);
    expect(validateHsdsCsv(fileList(exported))).toEqual([]);
    expect(exported.files.map((f) => f.name)).toContain('service_at_location.csv');
  });

  it.each(SCOPES)('%s (JSON) has zero findings against the compiled service schema', (_, scope) => {
    const exported = encodeHsdsJson(DIRECTORY, scope);
    expect(validateHsdsJson(exported.content)).toEqual([]);
    const page = JSON.parse(exported.content);
    expect(page).toMatchObject({ total_items: exported.count, page_number: 1, last_page: true });
    expect(page.contents).toHaveLength(scope.internal ? 4 : 3);
  });

  it('writes the official descriptor, not one of its own', () => {
    const exported = encodeHsds(DIRECTORY, { internal: false });
    const descriptor = JSON.parse(exported.files.find((f) => f.name === 'datapackage.json')!.content);
    const official = JSON.parse(readHsds('datapackage.json'));
    expect(descriptor).toMatchObject({ name: official.name, version: '3.0.0', license: official.license });
    expect(descriptor.resources.find((r: { name: string }) => r.name === 'service')).toEqual(
      official.resources.find((r: { name: string }) => r.name === 'service'),
    );
  });

  it('fills 시·도, 시·군·구 and 우편번호, from the fields or the address; never half an address', () => {
    const contents = JSON.parse(encodeHsdsJson(DIRECTORY, { internal: true }).content).contents as Record<
      string,
      unknown
    >[];
    const byName = new Map(contents.map((service) => [service.name as string, service]));
    const place = (name: string) =>
      (byName.get(name)!.service_at_locations as { location: Record<string, unknown> }[])[0]!.location;
    expect(place('도시락 배달').addresses).toEqual([
      expect.objectContaining({
        address_1: '서울특별시 행복구 햇살로 100',
        state_province: '서울특별시',
        city: '행복구',
        postal_code: '06236',
        country: 'KR',
      }),
    ]);
    expect(place('밑반찬 나눔').addresses).toEqual([
      expect.objectContaining({ state_province: '서울특별시', city: '행복구', postal_code: '06237' }),
    ]);
    // No 우편번호 known: the address travels as the location's description.
    expect(place('무료 법률상담')).toMatchObject({ description: '햇살로 5 행복빌딩 2층', addresses: [] });
    // No provider: the organization HSDS requires says so.
    expect(byName.get('무료 법률상담')!.organization).toMatchObject({ name: '제공기관 미상' });
    // An email that is not one is left out rather than sent invalid; a bare host gets https://.
    expect(byName.get('이웃 안부 모임')!.email).toBeUndefined();
    expect(byName.get('무료 법률상담')!.url).toBe('https://www.law.example');
  });

  it('the checker finds what the issue found: local ids, a wrong file name, empty required fields', () => {
    const broken = fileList(encodeHsds(DIRECTORY, { internal: false })).map((file) =>
      file.name === 'services.csv'
        ? { ...file, content: file.content.replace(/\n[0-9a-f-]{36},/, '\n행복-자원-0001,') }
        : file.name === 'addresses.csv'
          ? { ...file, content: file.content.replace(',서울특별시,', ',,') }
          : file.name === 'service_at_location.csv'
            ? { ...file, name: 'service_at_locations.csv' }
            : file,
    );
    const findings = validateHsdsCsv(broken);
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^services\.csv 2번째 줄 id: uuid 형식이 아님/),
        expect.stringMatching(/^addresses\.csv 2번째 줄 state_province: 필수인데 비어 있음/),
        'service_at_locations.csv: HSDS 3.0 표가 아님',
        expect.stringMatching(/service_at_location\.csv 파일이 없음/),
        expect.stringMatching(/^phones\.csv 2번째 줄 service_id: service에 없는 id/),
      ]),
    );
    const json = JSON.parse(encodeHsdsJson(DIRECTORY, { internal: false }).content);
    json.contents[0].id = '행복-자원-0001';
    delete json.contents[1].status;
    expect(validateHsdsJson(JSON.stringify(json))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^contents\[0\]\/id: must match format "uuid"/),
        expect.stringMatching(/^contents\[1\]: must have required property 'status'/),
      ]),
    );
  });

  it('the checker accepts the spec’s own CSV examples, but for their dangling example ids', () => {
    const examples = readdirSync(path.join(HSDS_DIR, 'examples/csv'))
      .filter((name) => name.endsWith('.csv'))
      .map((name) => ({ name, content: readHsds(`examples/csv/${name}`) }));
    const findings = validateHsdsCsv(examples);
    expect(findings.filter((f) => !f.includes('에 없는 id'))).toEqual([]);
    expect(validateHsdsJson(readHsds('examples/service_list.json'))).toEqual([]);
  });
});

describe('export → import', () => {
  it.each([
    ['CSV', (internal: boolean) => fileList(encodeHsds(DIRECTORY, { internal }))],
    [
      'JSON',
      (internal: boolean) => [
        { name: 'services.json', content: encodeHsdsJson(DIRECTORY, { internal }).content },
      ],
    ],
  ])(
    'a full backup in %s restores every field and 자원번호, and changes nothing when read again',
    (_, files) => {
      const decoded = decodeHsds(files(true));
      expect(decoded.problems).toEqual([]);
      const restored = planImport(decoded.resources, [], { prefix: '행복', lastIssued: 0 });
      expect(restored.skipped).toEqual([]);
      expect(restored.changes.map((c) => [c.resourceId, c.data])).toEqual(
        DIRECTORY.map((r) => [r.resourceId, dataOf(r)]),
      );
      const again = planImport(decoded.resources, DIRECTORY, { prefix: '행복', lastIssued: 4 });
      expect(again).toMatchObject({ changes: [], unchanged: 4, skipped: [] });
      // The shareable export read back into the same directory changes nothing either.
      const shared = planImport(decodeHsds(files(false)).resources, DIRECTORY, {
        prefix: '행복',
        lastIssued: 4,
      });
      expect(shared).toMatchObject({ changes: [], unchanged: 3, skipped: [] });
    },
  );
});

describe('a JSON record leaves out its empty fields', () => {
  it('so a field emptied since is emptied by the import too', () => {
    const emptied = DIRECTORY.map((r) => ({ ...r, description: '' }));
    const files = [{ name: 'services.json', content: encodeHsdsJson(emptied, { internal: true }).content }];
    const plan = planImport(decodeHsds(files).resources, DIRECTORY, { prefix: '행복', lastIssued: 4 });
    expect(plan.changes.map((c) => [c.resourceId, c.changedFields])).toEqual(
      DIRECTORY.map((r) => [r.resourceId, ['서비스 내용']]),
    );
  });
});

describe('the spec’s own examples import', () => {
  const counselling = expect.objectContaining({
    name: 'Community Counselling',
    provider: 'Example Organization Inc.',
    website: 'http://example.com/counselling',
    status: '운영 중',
  });

  it('examples/csv', () => {
    const examples = readdirSync(path.join(HSDS_DIR, 'examples/csv'))
      .filter((name) => name.endsWith('.csv'))
      .map((name) => ({ name, content: readHsds(`examples/csv/${name}`) }));
    const decoded = decodeHsds(examples);
    expect(decoded.problems).toEqual([]);
    expect(decoded.resources).toEqual([
      expect.objectContaining({ sourceId: 'ac148810-d857-441c-9679-408f346de14b', fields: counselling }),
    ]);
    expect(decoded.resources[0]!.fields).toMatchObject({
      stateProvince: 'MyState',
      city: 'MyCity',
      postalCode: 'ABC 1234',
      languages: 'Urdu',
    });
    const plan = planImport(decoded.resources, [], { prefix: '행복', lastIssued: 0 });
    expect(plan.skipped).toEqual([]);
    expect(plan.changes).toHaveLength(1);
  });

  it.each([
    'service_full.json',
    'service_list.json',
    'organization_full.json',
    'service_at_location_full.json',
    'service_at_location_list.json',
    'tabular.json',
  ])('%s', (name) => {
    const decoded = decodeHsds([{ name, content: readHsds(`examples/${name}`) }]);
    expect(decoded.problems).toEqual([]);
    expect(decoded.resources).toEqual([expect.objectContaining({ fields: counselling })]);
    expect(planImport(decoded.resources, [], { prefix: '행복', lastIssued: 0 }).skipped).toEqual([]);
  });

  it('a JSON file without services says so', () => {
    const decoded = decodeHsds([{ name: 'taxonomy.json', content: readHsds('examples/taxonomy.json') }]);
    expect(decoded.problems[0]).toContain('서비스가 담긴 HSDS JSON이 없습니다');
    expect(decodeHsds([{ name: 'services.json', content: '{"contents": [' }]).problems[0]).toContain(
      'JSON 형식이 아닙니다',
    );
  });
});

describe('address parts', () => {
  const parts = (
    address: string,
    own: Partial<Record<'stateProvince' | 'city' | 'postalCode', string>> = {},
  ) => addressParts({ address, stateProvince: '', city: '', postalCode: '', ...own });

  it.each([
    ['서울특별시 강남구 테헤란로 100', '서울특별시', '강남구', ''],
    ['(06236) 서울 강남구 테헤란로 100', '서울특별시', '강남구', '06236'],
    ['경기 수원시 팔달구 효원로 1 16490', '경기도', '수원시', '16490'],
    ['세종특별자치시 한누리대로 2130', '세종특별자치시', '세종특별자치시', ''],
    ['광주 북구 우치로 1', '광주광역시', '북구', ''],
    ['햇살로 5', '', '', ''],
  ])('reads 시·도, 시·군·구 and 우편번호 from "%s"', (address, stateProvince, city, postalCode) => {
    expect(parts(address)).toEqual({ stateProvince, city, postalCode });
  });

  it('prefers what the person typed in the fields', () => {
    expect(parts('서울 강남구 테헤란로 1', { city: '서초구', postalCode: '06500' })).toEqual({
      stateProvince: '서울특별시',
      city: '서초구',
      postalCode: '06500',
    });
  });
});
