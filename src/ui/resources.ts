/**
 * Pure helpers for the resource directory (지역 자원): the form's values and payload, the search
 * request, a resource in words, and the plan form's pick list.
 */
import type { ListResourcesInput, SaveResourceInput } from '../domain/resources/schemas';
import type { ResourceView } from './api';

/** The resource form's text inputs, in the form's order; 공유 is its one checkbox. */
const TEXT_INPUTS = [
  'name',
  'kind',
  'sector',
  'category',
  'provider',
  'contactPerson',
  'contact',
  'address',
  'stateProvince',
  'city',
  'postalCode',
  'area',
  'eligibility',
  'description',
  'hours',
  'status',
  'notes',
] as const satisfies readonly (keyof ResourceView)[];

export type ResourceValues = Record<(typeof TEXT_INPUTS)[number], string> & { shareable: boolean };

export function resourceValues(resource?: ResourceView | null): ResourceValues {
  const text = Object.fromEntries(TEXT_INPUTS.map((key) => [key, String(resource?.[key] ?? '')]));
  return {
    ...(text as Record<(typeof TEXT_INPUTS)[number], string>),
    status: resource?.status ?? 'active',
    shareable: resource?.shareable ?? false,
  };
}

/** '' means "not chosen": the schema then names the field in its message (as the case forms do). */
const as = <T>(value: string) => value as unknown as T;

/** A new resource, or an edit of `resource` (its id and version, so a stale edit is refused). */
export function resourcePayload(
  v: ResourceValues,
  resource?: Pick<ResourceView, 'resourceId' | 'version'> | null,
): SaveResourceInput {
  return {
    ...(resource ? { resourceId: resource.resourceId, version: resource.version ?? 0 } : {}),
    name: v.name,
    kind: as<SaveResourceInput['kind']>(v.kind),
    sector: as<SaveResourceInput['sector']>(v.sector),
    category: v.category,
    provider: v.provider,
    contactPerson: v.contactPerson,
    contact: v.contact,
    address: v.address,
    stateProvince: v.stateProvince,
    city: v.city,
    postalCode: v.postalCode,
    area: v.area,
    eligibility: v.eligibility,
    description: v.description,
    hours: v.hours,
    status: as<SaveResourceInput['status']>(v.status),
    shareable: v.shareable,
    notes: v.notes,
  };
}

/** "확인함 (오늘 검증)": only what identifies the resource and the date; every other field stays. */
export function verifyPayload(
  resource: Pick<ResourceView, 'resourceId' | 'version' | 'name' | 'kind' | 'sector'>,
  today: string,
): SaveResourceInput {
  return {
    resourceId: resource.resourceId,
    version: resource.version ?? 0,
    name: resource.name,
    kind: as<SaveResourceInput['kind']>(resource.kind ?? ''),
    sector: as<SaveResourceInput['sector']>(resource.sector ?? ''),
    verifiedOn: today,
  };
}

export interface ResourceFilter {
  query: string;
  kind: string;
  sector: string;
  shareableOnly: boolean;
}

export const NO_FILTER: ResourceFilter = { query: '', kind: '', sector: '', shareableOnly: false };

export function listRequest(filter: ResourceFilter): ListResourcesInput {
  const query = filter.query.trim();
  return {
    ...(query ? { query } : {}),
    ...(filter.kind ? { kind: as<ListResourcesInput['kind']>(filter.kind) } : {}),
    ...(filter.sector ? { sector: as<ListResourcesInput['sector']>(filter.sector) } : {}),
    ...(filter.shareableOnly ? { shareable: true } : {}),
  };
}

const localPart = (email: string) => email.split('@')[0] ?? email;

/** "확인 2026-03-03 (kim.sw)" or "확인 기록 없음". */
export function verifiedText(resource: Pick<ResourceView, 'verifiedOn' | 'verifiedBy'>): string {
  if (!resource.verifiedOn) return '확인 기록 없음';
  return `확인 ${resource.verifiedOn}${resource.verifiedBy ? ` (${localPart(resource.verifiedBy)})` : ''}`;
}

/** How often plan items use it: a count, never who. */
export function usageText(resource: Pick<ResourceView, 'usage'>): string {
  const { total, active } = resource.usage;
  if (total === 0) return '계획 연결 없음';
  return `계획 연결 ${total}건${active > 0 ? ` (진행 중 ${active}건)` : ''}`;
}

const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** The plan form's pick list: every word in name, provider, category or area; at most `max`. */
export function pickResources<R extends Pick<ResourceView, 'name' | 'provider' | 'category' | 'area'>>(
  resources: readonly R[],
  query: string,
  max = 8,
): R[] {
  const words = query.split(/\s+/).map(squash).filter(Boolean);
  const found = resources.filter((r) => {
    const haystack = squash([r.name, r.provider, r.category, r.area].join('\n'));
    return words.every((w) => haystack.includes(w));
  });
  return found.slice(0, max);
}

/** What picking a resource puts in a plan item: 제공기관 and 담당자 (each at most 200 characters). */
export function providerOf(
  resource: Pick<ResourceView, 'resourceId' | 'name' | 'provider' | 'contactPerson' | 'contact'>,
): { resourceId: string; resourceName: string; provider: string; providerContact: string } {
  return {
    resourceId: resource.resourceId,
    resourceName: resource.name,
    provider: (resource.provider.trim() || resource.name).slice(0, 200),
    providerContact: [resource.contactPerson.trim(), resource.contact.trim()]
      .filter(Boolean)
      .join(' ')
      .slice(0, 200),
  };
}
