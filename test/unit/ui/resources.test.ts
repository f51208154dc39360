import { saveResourceInput, listResourcesInput } from '../../../src/domain/resources/schemas';
import { fieldErrors } from '../../../src/domain/validation';
import { planInput } from '../../../src/domain/schemas';
import type { ResourceView } from '../../../src/ui/api';
import * as P from '../../../src/ui/payloads';
import {
  listRequest,
  NO_FILTER,
  pickResources,
  providerOf,
  resourcePayload,
  resourceValues,
  usageText,
  verifiedText,
  verifyPayload,
} from '../../../src/ui/resources';

const resource = (over: Partial<ResourceView> = {}): ResourceView => ({
  resourceId: '행복-자원-0001',
  name: '밑반찬 나눔',
  kind: 'human',
  sector: 'private',
  category: '식생활',
  provider: '행복동 새마을부녀회',
  description: '',
  contact: '010-0000-2001',
  email: '',
  website: '',
  address: '',
  stateProvince: '',
  city: '',
  postalCode: '',
  area: '행복동',
  eligibility: '',
  fees: '',
  hours: '',
  languages: '',
  capacity: '',
  contactPerson: '',
  notes: '',
  status: 'active',
  shareable: true,
  verifiedOn: null,
  verifiedBy: '',
  version: 2,
  updatedAt: '',
  updatedBy: '',
  kindLabel: '인적',
  sectorLabel: '민간',
  statusLabel: '운영 중',
  usage: { total: 0, active: 0 },
  needsVerification: true,
  ...over,
});

describe('resource form → saveResource payload', () => {
  it('a blank form names 자원명 and 자원 유형; a filled one passes the server schema', () => {
    const blank = resourceValues();
    expect(Object.keys(fieldErrors(saveResourceInput, resourcePayload(blank))).sort()).toEqual([
      'kind',
      'name',
    ]);
    const filled = { ...blank, name: '이동 목욕', kind: 'human', provider: '봉사단' };
    const payload = resourcePayload(filled);
    expect(fieldErrors(saveResourceInput, payload)).toEqual({});
    expect(payload.resourceId).toBeUndefined();
    expect(payload.version).toBeUndefined();
  });

  it('an edit starts from the resource and sends its id and version', () => {
    const values = resourceValues(resource());
    expect(values).toMatchObject({ name: '밑반찬 나눔', kind: 'human', sector: 'private', shareable: true });
    const payload = resourcePayload(values, resource());
    expect(payload).toMatchObject({ resourceId: '행복-자원-0001', version: 2, name: '밑반찬 나눔' });
    expect(fieldErrors(saveResourceInput, payload)).toEqual({});
  });

  it('확인함 sends only what identifies the resource, with today', () => {
    const payload = verifyPayload(resource(), '2026-03-03');
    expect(payload).toEqual({
      resourceId: '행복-자원-0001',
      version: 2,
      name: '밑반찬 나눔',
      kind: 'human',
      sector: 'private',
      verifiedOn: '2026-03-03',
    });
    expect(fieldErrors(saveResourceInput, payload)).toEqual({});
    // A resource without a kind (imported by hand) is refused with the schema's own words.
    expect(
      fieldErrors(saveResourceInput, verifyPayload(resource({ kind: null }), '2026-03-03')),
    ).toHaveProperty('kind');
  });
});

describe('listRequest', () => {
  it('leaves blank filters out and always passes the server schema', () => {
    expect(listRequest(NO_FILTER)).toEqual({});
    const full = listRequest({ query: ' 반찬 ', kind: 'human', sector: 'public', shareableOnly: true });
    expect(full).toEqual({ query: '반찬', kind: 'human', sector: 'public', shareable: true });
    expect(fieldErrors(listResourcesInput, full)).toEqual({});
  });
});

describe('a resource in words', () => {
  it('says when and by whom it was checked, and how often plans use it (never by whom)', () => {
    expect(verifiedText(resource())).toBe('확인 기록 없음');
    expect(verifiedText(resource({ verifiedOn: '2026-03-03', verifiedBy: 'kim.sw@dong.example' }))).toBe(
      '확인 2026-03-03 (kim.sw)',
    );
    expect(usageText(resource())).toBe('계획 연결 없음');
    expect(usageText(resource({ usage: { total: 3, active: 1 } }))).toBe('계획 연결 3건 (진행 중 1건)');
    expect(usageText(resource({ usage: { total: 2, active: 0 } }))).toBe('계획 연결 2건');
  });
});

describe('picking a resource for a plan item', () => {
  const list = [
    resource(),
    resource({
      resourceId: 'R2',
      name: '가사·간병 방문 서비스',
      provider: '행복종합사회복지관',
      category: '돌봄',
    }),
    resource({ resourceId: 'R3', name: '방과 후 돌봄', provider: '행복 지역아동센터', category: '아동' }),
  ];

  it('finds by every word across name, provider, category and area, spaces ignored', () => {
    expect(pickResources(list, '').map((r) => r.resourceId)).toEqual(['행복-자원-0001', 'R2', 'R3']);
    expect(pickResources(list, '돌봄').map((r) => r.resourceId)).toEqual(['R2', 'R3']);
    expect(pickResources(list, '돌봄 아동센터').map((r) => r.resourceId)).toEqual(['R3']);
    expect(pickResources(list, '밑반 찬').map((r) => r.resourceId)).toEqual(['행복-자원-0001']);
    expect(pickResources(list, '', 2)).toHaveLength(2);
  });

  it('fills 제공기관 and 담당자 and links the item; the plan payload carries resourceId', () => {
    const picked = providerOf(resource({ contactPerson: '박부녀', contact: '010-0000-2001' }));
    expect(picked).toEqual({
      resourceId: '행복-자원-0001',
      resourceName: '밑반찬 나눔',
      provider: '행복동 새마을부녀회',
      providerContact: '박부녀 010-0000-2001',
    });
    expect(providerOf(resource({ provider: ' ' })).provider).toBe('밑반찬 나눔');

    const v = P.planValues('2026-03-03');
    v.shortTermGoal = '끼니를 거르지 않는다';
    v.items[0] = { ...v.items[0]!, goal: '주 2회 반찬', service: '밑반찬 배달', ...picked };
    const payload = P.planPayload(v, { caseNo: '행복-2026-0001', version: 1 });
    expect(payload.items[0]).toMatchObject({
      provider: '행복동 새마을부녀회',
      providerContact: '박부녀 010-0000-2001',
      resourceId: '행복-자원-0001',
    });
    expect(payload.items[0]).not.toHaveProperty('resourceName');
    expect(fieldErrors(planInput, payload)).toEqual({});
    // An item typed by hand sends no resourceId.
    v.items[0]!.resourceId = '';
    expect(P.planPayload(v, { caseNo: '행복-2026-0001', version: 1 }).items[0]!.resourceId).toBeUndefined();
  });
});
