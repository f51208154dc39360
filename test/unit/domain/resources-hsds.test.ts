import {
  csvRecords,
  decodeHsds,
  decodeResourceSheet,
  encodeCsv,
  encodeHsds,
  parseCsv,
  planImport,
  publicTable,
  PUBLIC_COLUMNS,
  tableOfFile,
} from '../../../src/domain/resources';
import { resourceRecord as resource } from '../../support/resource-record';

describe('CSV', () => {
  it('round-trips commas, quotes, line breaks, a leading = and a leading 0', () => {
    const rows = [
      ['id', 'text'],
      ['1', 'a, "b"\r\nc'],
      ['2', '=SUM(A1)'],
      ['3', '010-0000-1234'],
      ['4', ' spaced '],
      ['5', ''],
    ];
    const text = encodeCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text)).toEqual({ ok: true, rows });
  });

  it('reports an unterminated quote with its line', () => {
    expect(parseCsv('id,name\n1,"open\n2,x\n')).toEqual({
      ok: false,
      problem: expect.stringContaining('2번째 줄'),
    });
  });

  it('keys rows by header without a prototype a header could reach', () => {
    const { records } = csvRecords([
      ['__proto__', 'Name '],
      ['x', 'y'],
    ]);
    expect(Object.getPrototypeOf(records[0])).toBeNull();
    expect(records[0]!['__proto__']).toBe('x');
    expect(records[0]!['name']).toBe('y');
  });
});

describe('HSDS mapping', () => {
  it('names files as HSDS does and reads singular, plural and 2.0 names', () => {
    expect(tableOfFile('services.csv')).toBe('service');
    expect(tableOfFile('HSDS/organization.csv')).toBe('organization');
    expect(tableOfFile('physical_addresses.csv')).toBe('address');
    expect(tableOfFile('services_at_location.csv')).toBe('service_at_location');
    expect(tableOfFile('notes.txt')).toBeUndefined();
  });

  it('the sharing export holds shareable, running resources and no internal field', () => {
    const exported = encodeHsds(
      [resource(), resource({ resourceId: '행복-자원-0002', name: '비공개', shareable: false })],
      { internal: false },
    );
    expect(exported.count).toBe(1);
    const text = exported.files.map((f) => f.content).join('\n');
    for (const secret of ['여유 2명', '박담당', '월말 명단 갱신', 'kim.sw@dong.example', '비공개'])
      expect(text).not.toContain(secret);
    expect(exported.files.map((f) => f.name)).not.toContain('contacts.csv');
  });

  it('reads a partner’s HSDS 2.0 files: schedules, eligibility and their own taxonomy', () => {
    const partner = [
      {
        name: 'organizations.csv',
        content: 'id,name,description\norg1,푸른복지관,복지관\n',
      },
      {
        name: 'services.csv',
        content:
          'id,organization_id,name,description,status,fees\nsvc-1,org1,무료 법률상담,상담,active,무료\n',
      },
      {
        name: 'regular_schedules.csv',
        content: 'id,service_id,weekday,opens_at,closes_at\ns1,svc-1,MO,10:00,12:00\n',
      },
      { name: 'eligibility.csv', content: 'id,service_id,eligibility\ne1,svc-1,저소득 가구\n' },
      { name: 'taxonomy_terms.csv', content: 'id,name,taxonomy\nt1,법률,open-eligibility\n' },
      { name: 'service_attributes.csv', content: 'id,service_id,taxonomy_term_id\na1,svc-1,t1\n' },
    ];
    const decoded = decodeHsds(partner);
    expect(decoded.resources[0]).toMatchObject({
      sourceId: 'svc-1',
      fields: {
        name: '무료 법률상담',
        provider: '푸른복지관',
        fees: '무료',
        hours: '월 10:00-12:00',
        eligibility: '저소득 가구',
        category: '법률',
        status: '운영 중',
      },
    });
    expect(decoded.resources[0]!.fields.kind).toBeUndefined();
  });

  it('refuses a file set without services.csv', () => {
    expect(decodeHsds([{ name: 'organizations.csv', content: 'id,name\n' }]).problems[0]).toContain(
      'services.csv',
    );
  });
});

describe('import plan (the dry run)', () => {
  const existing = [resource()];

  it('sorts incoming rows into new, changed, unchanged and skipped', () => {
    const plan = planImport(
      [
        { sourceId: '행복-자원-0001', where: 'r1', fields: { name: '도시락 배달', fees: '1,000원' } },
        { sourceId: '', where: 'r2', fields: { name: '도시락 배달', provider: '행복종합사회복지관' } },
        { sourceId: 'partner-9', where: 'r3', fields: { name: '새 자원', kind: '인적' } },
        { sourceId: '', where: 'r4', fields: { name: '' } },
        { sourceId: '', where: 'r5', fields: { name: '관계망', kind: '관계', shareable: '예' } },
      ],
      existing,
      { prefix: '행복', lastIssued: 7 },
    );
    expect(plan.changes.map((c) => [c.action, c.resourceId, c.changedFields])).toEqual([
      ['update', '행복-자원-0001', ['이용료']],
      ['new', 'partner-9', expect.arrayContaining(['자원명', '자원 유형'])],
      ['new', '행복-자원-0008', expect.arrayContaining(['자원명'])],
    ]);
    expect(plan.skipped.map((s) => s.where)).toEqual(['r2', 'r4']);
    expect(plan.changes[2]!.data.shareable).toBe(false);
    expect(plan.notes.join(' ')).toContain('관계 자원 1건');
    // Internal fields the source does not carry stay as they were.
    expect(plan.changes[0]!.data.notes).toBe('월말 명단 갱신');
  });

  it('never moves a verification back in time', () => {
    const plan = planImport(
      [
        {
          sourceId: '행복-자원-0001',
          where: 'r1',
          fields: { name: '도시락 배달', verifiedOn: '2025-01-01' },
        },
      ],
      existing,
      { prefix: '행복', lastIssued: 0 },
    );
    expect(plan.unchanged).toBe(1);
  });

  it('changes its token when the directory changes under it', () => {
    const incoming = [
      { sourceId: '행복-자원-0001', where: 'r1', fields: { name: '도시락 배달', fees: '1,000원' } },
    ];
    const before = planImport(incoming, existing, { prefix: '행복', lastIssued: 0 }).token;
    const after = planImport(incoming, [resource({ version: 4 })], { prefix: '행복', lastIssued: 0 }).token;
    expect(after).not.toBe(before);
  });
});

describe('the partner view', () => {
  it('shows public fields of shareable, running resources only', () => {
    const table = publicTable([
      resource(),
      resource({ resourceId: 'x2', name: '숨김', shareable: false }),
      resource({ resourceId: 'x3', name: '중단', status: 'inactive' }),
    ]);
    expect(table).toHaveLength(2);
    expect(table[0]).toEqual(PUBLIC_COLUMNS.map((c) => c.header));
    const text = JSON.stringify(table);
    for (const secret of ['여유 2명', '박담당', '월말 명단 갱신', 'kim.sw@dong.example'])
      expect(text).not.toContain(secret);
  });

  it('reads a published partner sheet back by its Korean headers', () => {
    const decoded = decodeResourceSheet('자원 목록', publicTable([resource()]));
    expect(decoded.problems).toEqual([]);
    expect(decoded.resources[0]).toMatchObject({
      sourceId: '행복-자원-0001',
      fields: { name: '도시락 배달', kind: '물적', sector: '민간', verifiedOn: '2026-02-01' },
    });
    expect(decoded.resources[0]!.fields.notes).toBeUndefined();
  });
});
