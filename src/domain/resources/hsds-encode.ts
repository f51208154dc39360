/**
 * Resources → HSDS 3.0. One resource is one HSDS service; its provider becomes an organization
 * (shared by every service with the same provider name), its address a location with an address,
 * its contact a phone, its hours a schedule, its area a service_area, its languages language rows,
 * and the handbook's kind, sector, category and 자원번호 (plus, in a full backup, the internal
 * fields) taxonomy terms linked by attributes. Every id is a UUIDv5 of the local id (./uuid.ts), so
 * a re-export is identical.
 *
 * Two forms of the same records: CSV files with the official tabular descriptor (`encodeHsds`), and
 * JSON `service_full` records in a `service_list` page for partners that read an API
 * (`encodeHsdsJson`).
 */
import type { ResourceRecord } from '../records';
import { RESOURCE_KINDS, SECTORS } from '../vocabulary';
import { addressParts } from './address';
import { encodeCsv } from './csv';
import {
  AS_TYPED_FIELDS,
  DONG_TAXONOMY,
  HSDS_DESCRIPTOR,
  HSDS_FILES,
  LANGUAGE_CODES,
  type WrittenTable,
} from './hsds-tables';
import { hsdsId } from './uuid';

export interface HsdsExport {
  /** File name → CSV text (with a UTF-8 byte-order mark), plus datapackage.json. */
  files: { name: string; content: string; mimeType: string }[];
  count: number;
}

type Row = Record<string, string>;
type Tables = Record<WrittenTable, Row[]>;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

export function organizationId(provider: string): string {
  return hsdsId('organization', squash(provider));
}

/**
 * HSDS requires every service to have an organization. A resource without a 제공기관 gets this
 * one, which says so; reading our own files back gives an empty 제공기관 again.
 */
export const UNKNOWN_PROVIDER = {
  id: hsdsId('organization', ''),
  name: '제공기관 미상',
  description: '자원 목록에 제공기관이 적혀 있지 않은 서비스입니다.',
} as const;

/** A language list as typed ("한국어, 영어") → its names. */
export function splitList(text: string): string[] {
  return text
    .split(/[,/·;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** "2026-03-02 10:00:00" (Seoul) → "2026-03-02T01:00:00Z": a datetime both HSDS forms accept. */
function isoUtc(timestamp: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(timestamp.trim());
  if (!match) return '';
  const [y, mo, d, h, mi, s] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h - 9, mi, s)).toISOString().replace('.000Z', 'Z');
}

/** What JSON Schema's "email" format accepts, near enough: a typed "없음" is not sent as an email. */
const EMAIL = /^[^\s@"(),:;<>[\\\]]+@[^\s@"(),:;<>[\\\]]+\.[^\s@"(),:;<>[\\\]]+$/;

export function exportedEmail(text: string): string {
  return EMAIL.test(text.trim()) ? text.trim() : '';
}

/** HSDS's url is an absolute URI; "www.example.org" as people type it gets its https://. */
export function exportedUrl(text: string): string {
  const value = text.trim();
  if (/^https?:\/\/[^\s/?#]+\.[^\s]+$/i.test(value)) return value;
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(value)) return `https://${value}`;
  return '';
}

const TAXONOMY_NAMES: Record<(typeof DONG_TAXONOMY)[keyof typeof DONG_TAXONOMY], string> = {
  [DONG_TAXONOMY.kind]: '자원 유형 (인적, 물적, 관계)',
  [DONG_TAXONOMY.sector]: '공공/민간',
  [DONG_TAXONOMY.category]: '분야',
  [DONG_TAXONOMY.shareable]: '협력기관 공유 여부',
  [DONG_TAXONOMY.capacity]: '수용 여력 메모 (내부용)',
  [DONG_TAXONOMY.notes]: '내부 메모 (내부용)',
  [DONG_TAXONOMY.resourceId]: '자원번호 (동 사례관리의 자원 식별자)',
  [DONG_TAXONOMY.asTyped]: '입력한 그대로의 값 (HSDS 칸에 그대로 담을 수 없는 값)',
};

/**
 * `internal`: a full backup (every resource, internal fields too). Otherwise only what may leave
 * the 동: shareable, running resources and their public fields.
 */
function hsdsTables(resources: readonly ResourceRecord[], options: { internal: boolean }) {
  const t: Tables = {
    organization: [],
    service: [],
    location: [],
    address: [],
    service_at_location: [],
    phone: [],
    contact: [],
    schedule: [],
    service_area: [],
    language: [],
    taxonomy: [],
    taxonomy_term: [],
    attribute: [],
  };
  const taxonomies = new Set<string>();
  const terms = new Map<string, Row>();
  const term = (taxonomy: keyof typeof TAXONOMY_NAMES, code: string, name: string): string => {
    const id = hsdsId('taxonomy_term', taxonomy, code || name);
    if (!taxonomies.has(taxonomy)) {
      taxonomies.add(taxonomy);
      t.taxonomy.push({
        id: hsdsId('taxonomy', taxonomy),
        name: taxonomy,
        description: TAXONOMY_NAMES[taxonomy],
      });
    }
    if (!terms.has(id))
      terms.set(id, {
        id,
        code,
        name,
        description: name,
        taxonomy,
        taxonomy_id: hsdsId('taxonomy', taxonomy),
      });
    return id;
  };
  const attribute = (serviceId: string, linkType: string, termId: string, value = '') =>
    t.attribute.push({
      id: hsdsId('attribute', serviceId, linkType),
      link_id: serviceId,
      taxonomy_term_id: termId,
      link_type: linkType,
      link_entity: 'service',
      value,
    });
  // Terms that say "this file carries that field" even when no resource uses them.
  const flags = {
    shareable: term(DONG_TAXONOMY.shareable, 'shareable', '협력기관 공유'),
    resourceId: term(DONG_TAXONOMY.resourceId, 'resource-id', '자원번호'),
    asTyped: term(DONG_TAXONOMY.asTyped, 'as-typed', '입력한 그대로'),
    ...(options.internal
      ? {
          capacity: term(DONG_TAXONOMY.capacity, 'capacity', '수용 여력 메모'),
          notes: term(DONG_TAXONOMY.notes, 'notes', '내부 메모'),
        }
      : {}),
  };

  const chosen = resources.filter(
    (r) => r.name.trim() !== '' && (options.internal || (r.shareable && r.status !== 'inactive')),
  );
  const organizations = new Set<string>();
  const organization = (r: ResourceRecord): string => {
    const named = r.provider.trim() !== '';
    const row = named
      ? { id: organizationId(r.provider), name: r.provider, description: r.provider }
      : { ...UNKNOWN_PROVIDER };
    if (!organizations.has(row.id)) {
      organizations.add(row.id);
      t.organization.push(row);
    }
    return row.id;
  };
  for (const r of chosen) {
    const local = r.resourceId;
    const id = hsdsId('service', local);
    const orgId = organization(r);
    const url = exportedUrl(r.website);
    const email = exportedEmail(r.email);
    t.service.push({
      id,
      organization_id: orgId,
      name: r.name,
      description: r.description,
      url,
      email,
      status: r.status === 'inactive' ? 'inactive' : 'active',
      fees_description: r.fees,
      eligibility_description: r.eligibility,
      assured_date: r.verifiedOn ?? '',
      ...(options.internal ? { assurer_email: exportedEmail(r.verifiedBy) } : {}),
      last_modified: isoUtc(r.updatedAt),
    });
    if (r.address.trim() !== '') {
      const locationId = hsdsId('location', local);
      const parts = addressParts(r);
      // HSDS requires 시·도, 시·군·구 and 우편번호 in an address; while one is unknown the address
      // travels as the location's description (a location needs no address), never half-filled.
      const complete = parts.stateProvince !== '' && parts.city !== '' && parts.postalCode !== '';
      t.location.push({
        id: locationId,
        location_type: 'physical',
        organization_id: orgId,
        name: r.provider || r.name,
        description: complete ? '' : r.address,
      });
      if (complete)
        t.address.push({
          id: hsdsId('address', local),
          location_id: locationId,
          address_1: r.address,
          city: parts.city,
          state_province: parts.stateProvince,
          postal_code: parts.postalCode,
          country: 'KR',
          address_type: 'physical',
        });
      t.service_at_location.push({
        id: hsdsId('service_at_location', local),
        service_id: id,
        location_id: locationId,
      });
    }
    if (r.contact.trim() !== '')
      t.phone.push({ id: hsdsId('phone', local), service_id: id, number: r.contact });
    if (options.internal && r.contactPerson.trim() !== '')
      t.contact.push({ id: hsdsId('contact', local), service_id: id, name: r.contactPerson });
    if (r.hours.trim() !== '')
      t.schedule.push({ id: hsdsId('schedule', local), service_id: id, description: r.hours });
    if (r.area.trim() !== '')
      t.service_area.push({ id: hsdsId('service_area', local), service_id: id, name: r.area });
    splitList(r.languages).forEach((name, index) =>
      t.language.push({
        id: hsdsId('language', local, String(index + 1)),
        service_id: id,
        name,
        code: LANGUAGE_CODES[name] ?? '',
      }),
    );
    attribute(id, 'resource_id', flags.resourceId, local);
    if (r.kind)
      attribute(id, 'resource_kind', term(DONG_TAXONOMY.kind, r.kind, RESOURCE_KINDS.label(r.kind)));
    if (r.sector) attribute(id, 'sector', term(DONG_TAXONOMY.sector, r.sector, SECTORS.label(r.sector)));
    // No code for a category: it would be the text a person typed, and HSDS codes must be unique.
    if (r.category.trim() !== '') attribute(id, 'category', term(DONG_TAXONOMY.category, '', r.category));
    attribute(id, 'shareable', flags.shareable, r.shareable ? 'true' : 'false');
    // The typed 시·도, 시·군·구, 우편번호 always (the address row may hold parts read from the 주소);
    // an email or website only when its HSDS column could not take it as typed.
    const typed = {
      email: r.email !== email,
      website: r.website !== url,
      stateProvince: true,
      city: true,
      postalCode: true,
    };
    for (const field of AS_TYPED_FIELDS)
      if (typed[field] && r[field] !== '') attribute(id, field, flags.asTyped, r[field]);
    if (flags.capacity && r.capacity !== '') attribute(id, 'capacity', flags.capacity, r.capacity);
    if (flags.notes && r.notes !== '') attribute(id, 'notes', flags.notes, r.notes);
  }
  t.taxonomy_term.push(...terms.values());
  return { tables: t, count: chosen.length };
}

/** The tables a form writes: contacts (a staff member's name) only in a full backup. */
function writtenTables(options: { internal: boolean }): WrittenTable[] {
  return (Object.keys(HSDS_FILES) as WrittenTable[]).filter(
    (table) => table !== 'contact' || options.internal,
  );
}

/** HSDS CSV files, every official column in the official order, and the official descriptor. */
export function encodeHsds(resources: readonly ResourceRecord[], options: { internal: boolean }): HsdsExport {
  const { tables, count } = hsdsTables(resources, options);
  const written = writtenTables(options);
  const files: HsdsExport['files'] = written.map((table) => {
    const { file, fields } = HSDS_FILES[table];
    const rows = tables[table].map((row) => fields.map((field) => row[field] ?? ''));
    return { name: file, content: encodeCsv([fields, ...rows]), mimeType: 'text/csv' };
  });
  // The official descriptor, as published, for the files written here (a descriptor naming files
  // that are not there would not validate).
  const descriptor = {
    ...HSDS_DESCRIPTOR,
    resources: written.map((table) => HSDS_FILES[table].resource),
  };
  files.push({
    name: 'datapackage.json',
    content: JSON.stringify(descriptor, null, 2),
    mimeType: 'application/json',
  });
  return { files, count };
}

type Json = Record<string, unknown>;

/** A row as JSON: empty cells left out (an empty string is not a valid uri, email or date). */
function record(row: Row | undefined): Json {
  return Object.fromEntries(Object.entries(row ?? {}).filter(([, value]) => value !== ''));
}

/** Rows by the value of one column, each row already as JSON. */
function groupedBy(rows: readonly Row[], column: string): (key: string) => Json[] {
  const groups = new Map<string, Json[]>();
  for (const row of rows) {
    const key = row[column] ?? '';
    groups.set(key, [...(groups.get(key) ?? []), record(row)]);
  }
  return (key) => groups.get(key) ?? [];
}

/** The HSDS API's page of `service_full` records (`GET /services?full=true`), as one JSON text. */
export function encodeHsdsJson(
  resources: readonly ResourceRecord[],
  options: { internal: boolean },
): { content: string; count: number } {
  const { tables: t, count } = hsdsTables(resources, options);
  const phones = groupedBy(t.phone, 'service_id');
  const contacts = groupedBy(t.contact, 'service_id');
  const schedules = groupedBy(t.schedule, 'service_id');
  const areas = groupedBy(t.service_area, 'service_id');
  const languages = groupedBy(t.language, 'service_id');
  const addresses = groupedBy(t.address, 'location_id');
  const attributes = groupedBy(t.attribute, 'link_id');
  const terms = new Map(t.taxonomy_term.map((row) => [row.id, record(row)]));
  const organizations = new Map(t.organization.map((row) => [row.id, record(row)]));
  const locations = new Map(t.location.map((row) => [row.id, record(row)]));
  const places = groupedBy(t.service_at_location, 'service_id');
  const contents = t.service.map((service) => {
    const id = service.id as string;
    return {
      ...record(service),
      organization: organizations.get(service.organization_id as string),
      service_at_locations: places(id).map((place) => ({
        ...place,
        location: {
          ...locations.get(place.location_id as string),
          addresses: addresses(place.location_id as string),
        },
      })),
      phones: phones(id),
      schedules: schedules(id),
      service_areas: areas(id),
      languages: languages(id),
      ...(options.internal ? { contacts: contacts(id) } : {}),
      attributes: attributes(id).map((attribute) => ({
        ...attribute,
        taxonomy_term: terms.get(attribute.taxonomy_term_id as string),
      })),
    };
  });
  const page = {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
  return { content: JSON.stringify(page, null, 2), count };
}
