/**
 * Which resource fields are public. Partners see the public fields of shareable, active resources
 * and nothing else: never the internal notes, never who verified, never how often a resource is
 * used (usage comes from plan items, i.e. from clients).
 */
import type { ResourceRecord } from '../records';
import { RESOURCE_KINDS, RESOURCE_STATUSES, SECTORS } from '../vocabulary';

/** The fields a person edits (everything but the add-on's bookkeeping). */
export type ResourceData = Omit<ResourceRecord, 'resourceId' | 'version' | 'updatedAt' | 'updatedBy'>;

/** A resource with nothing filled in yet: what a new one starts from. */
export const BLANK_RESOURCE: ResourceData = {
  name: '',
  kind: null,
  sector: null,
  category: '',
  provider: '',
  description: '',
  contact: '',
  email: '',
  website: '',
  address: '',
  stateProvince: '',
  city: '',
  postalCode: '',
  area: '',
  eligibility: '',
  fees: '',
  hours: '',
  languages: '',
  capacity: '',
  contactPerson: '',
  notes: '',
  status: 'active',
  shareable: false,
  verifiedOn: null,
  verifiedBy: '',
};

export const RESOURCE_DATA_KEYS = [
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
  'stateProvince',
  'city',
  'postalCode',
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
] as const satisfies readonly (keyof ResourceData)[];

/** Korean names of the fields, for summaries and messages (the 자원 tab's headers). */
export const FIELD_LABELS: Record<keyof ResourceData, string> = {
  name: '자원명',
  kind: '자원 유형',
  sector: '공공/민간',
  category: '분야',
  provider: '제공기관',
  description: '서비스 내용',
  contact: '연락처',
  email: '이메일',
  website: '웹사이트',
  address: '주소',
  stateProvince: '시·도',
  city: '시·군·구',
  postalCode: '우편번호',
  area: '서비스 지역',
  eligibility: '이용 대상',
  fees: '이용료',
  hours: '운영 시간',
  languages: '사용 언어',
  capacity: '수용 여력 메모',
  contactPerson: '담당자',
  notes: '내부 메모',
  status: '운영 상태',
  shareable: '협력기관 공유',
  verifiedOn: '최종 확인일',
  verifiedBy: '확인자',
};

/** Kept inside the 동: a capacity remark, a staff member's name, notes, who verified. */
export const INTERNAL_FIELDS = ['capacity', 'contactPerson', 'notes', 'verifiedBy'] as const;

/** One column of the partner sheet: Korean header and how to show the value. */
export interface PublicColumn {
  key: keyof ResourceRecord;
  header: string;
  show(resource: ResourceRecord): string;
}

const plain =
  (key: keyof ResourceRecord) =>
  (resource: ResourceRecord): string =>
    String(resource[key] ?? '');

/** The partner sheet's columns, in order. Everything here is safe to show anyone. */
export const PUBLIC_COLUMNS: readonly PublicColumn[] = [
  { key: 'resourceId', header: '자원번호', show: plain('resourceId') },
  { key: 'name', header: '자원명', show: plain('name') },
  { key: 'category', header: '분야', show: plain('category') },
  { key: 'kind', header: '자원 유형', show: (r) => (r.kind ? RESOURCE_KINDS.label(r.kind) : '') },
  { key: 'sector', header: '공공/민간', show: (r) => (r.sector ? SECTORS.label(r.sector) : '') },
  { key: 'provider', header: '제공기관', show: plain('provider') },
  { key: 'description', header: '서비스 내용', show: plain('description') },
  { key: 'eligibility', header: '이용 대상', show: plain('eligibility') },
  { key: 'fees', header: '이용료', show: plain('fees') },
  { key: 'hours', header: '운영 시간', show: plain('hours') },
  { key: 'area', header: '서비스 지역', show: plain('area') },
  { key: 'address', header: '주소', show: plain('address') },
  { key: 'contact', header: '연락처', show: plain('contact') },
  { key: 'email', header: '이메일', show: plain('email') },
  { key: 'website', header: '웹사이트', show: plain('website') },
  { key: 'languages', header: '사용 언어', show: plain('languages') },
  { key: 'verifiedOn', header: '최종 확인일', show: plain('verifiedOn') },
];

/** Shareable and still running: what goes to partners. */
export function isPublishable(resource: ResourceRecord): boolean {
  return resource.shareable && resource.status !== 'inactive' && resource.name.trim() !== '';
}

/** The partner sheet's rows: header first, sorted by category then name so partners can scan it. */
export function publicTable(resources: readonly ResourceRecord[]): string[][] {
  const rows = resources
    .filter(isPublishable)
    .slice()
    .sort(
      (a, b) =>
        a.category.localeCompare(b.category, 'ko') ||
        a.name.localeCompare(b.name, 'ko') ||
        a.resourceId.localeCompare(b.resourceId),
    )
    .map((resource) => PUBLIC_COLUMNS.map((column) => column.show(resource)));
  return [PUBLIC_COLUMNS.map((column) => column.header), ...rows];
}

/** What a plan item takes from the resource picked as its provider (⑩ 제공기관, ⑪ 담당자). */
export function planItemProvider(resource: ResourceRecord): {
  provider: string;
  providerContact: string;
  resourceId: string;
} {
  const contact = [resource.contactPerson, resource.contact].filter((part) => part.trim() !== '').join(' ');
  return {
    provider: resource.provider.trim() !== '' ? resource.provider : resource.name,
    providerContact: contact,
    resourceId: resource.resourceId,
  };
}

export function statusLabel(resource: ResourceRecord): string {
  return RESOURCE_STATUSES.label(resource.status ?? 'active');
}
