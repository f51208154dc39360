/**
 * Resources → HSDS tables. One resource is one HSDS service; its provider becomes an organization
 * (shared by every service with the same provider name), its address a location with an address,
 * its contact a phone, its hours a schedule, its area a service_area, its languages language rows,
 * and the handbook's kind, sector and category (plus, in a full backup, the internal fields)
 * taxonomy terms linked by attributes.
 */
import type { ResourceRecord } from '../records';
import { RESOURCE_KINDS, SECTORS } from '../vocabulary';
import { encodeCsv } from './csv';
import { fingerprint } from './hash';
import { DONG_TAXONOMY, HSDS_FILES, LANGUAGE_CODES, type HsdsTable } from './hsds-tables';

export interface HsdsExport {
  /** File name → CSV text (with a UTF-8 byte-order mark), plus datapackage.json. */
  files: { name: string; content: string; mimeType: string }[];
  count: number;
}

type Row = Record<string, string>;
type Tables = Record<Exclude<HsdsTable, 'eligibility'>, Row[]>;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

export function organizationId(provider: string): string {
  return `org-${fingerprint(squash(provider))}`;
}

/** A language list as typed ("한국어, 영어") → its names. */
export function splitList(text: string): string[] {
  return text
    .split(/[,/·;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** "2026-03-02 10:00:00" (Seoul) → ISO 8601 with the offset, as HSDS's last_modified wants. */
function isoSeoul(timestamp: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(timestamp.trim());
  return match ? `${match[1]}T${match[2]}+09:00` : '';
}

/**
 * `internal`: a full backup (every resource, internal fields too). Otherwise only what may leave
 * the 동: shareable, running resources and their public fields.
 */
export function encodeHsds(resources: readonly ResourceRecord[], options: { internal: boolean }): HsdsExport {
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
    taxonomy_term: [],
    attribute: [],
  };
  const terms = new Map<string, Row>();
  const term = (taxonomy: string, code: string, name: string): string => {
    const id = `${taxonomy}:${taxonomy === DONG_TAXONOMY.category ? fingerprint(code) : code}`;
    if (!terms.has(id)) terms.set(id, { id, code, name, description: name, taxonomy });
    return id;
  };
  const attribute = (serviceId: string, linkType: string, termId: string, value = '') =>
    t.attribute.push({
      id: `${serviceId}-${linkType}`,
      link_id: serviceId,
      link_type: linkType,
      link_entity: 'service',
      taxonomy_term_id: termId,
      value,
    });
  // Terms that say "this file carries that field" even when no resource uses them.
  term(DONG_TAXONOMY.shareable, 'shareable', '협력기관 공유');
  if (options.internal) {
    term(DONG_TAXONOMY.capacity, 'capacity', '수용 여력 메모');
    term(DONG_TAXONOMY.notes, 'notes', '내부 메모');
  }

  const chosen = resources.filter(
    (r) => r.name.trim() !== '' && (options.internal || (r.shareable && r.status !== 'inactive')),
  );
  const organizations = new Set<string>();
  for (const r of chosen) {
    const id = r.resourceId;
    const orgId = r.provider.trim() === '' ? '' : organizationId(r.provider);
    if (orgId && !organizations.has(orgId)) {
      organizations.add(orgId);
      t.organization.push({
        id: orgId,
        name: r.provider,
        alternate_name: '',
        description: r.provider,
        email: '',
        website: '',
      });
    }
    t.service.push({
      id,
      organization_id: orgId,
      name: r.name,
      description: r.description,
      url: r.website,
      email: r.email,
      status: r.status === 'inactive' ? 'inactive' : 'active',
      fees_description: r.fees,
      eligibility_description: r.eligibility,
      assured_date: r.verifiedOn ?? '',
      last_modified: isoSeoul(r.updatedAt),
      ...(options.internal ? { assurer_email: r.verifiedBy } : {}),
    });
    if (r.address.trim() !== '') {
      const locationId = `${id}-location`;
      t.location.push({
        id: locationId,
        location_type: 'physical',
        organization_id: orgId,
        name: r.provider || r.name,
        description: '',
      });
      t.address.push({
        id: `${id}-address`,
        location_id: locationId,
        address_1: r.address,
        address_2: '',
        city: '',
        region: '',
        state_province: '',
        postal_code: '',
        country: 'KR',
        address_type: 'physical',
      });
      t.service_at_location.push({
        id: `${id}-at-location`,
        service_id: id,
        location_id: locationId,
        description: '',
      });
    }
    if (r.contact.trim() !== '')
      t.phone.push({ id: `${id}-phone`, service_id: id, number: r.contact, type: '', description: '' });
    if (options.internal && r.contactPerson.trim() !== '')
      t.contact.push({ id: `${id}-contact`, service_id: id, name: r.contactPerson, title: '', email: '' });
    if (r.hours.trim() !== '')
      t.schedule.push({ id: `${id}-schedule`, service_id: id, description: r.hours });
    if (r.area.trim() !== '')
      t.service_area.push({ id: `${id}-area`, service_id: id, name: r.area, description: '' });
    splitList(r.languages).forEach((name, index) =>
      t.language.push({
        id: `${id}-language-${index + 1}`,
        service_id: id,
        name,
        code: LANGUAGE_CODES[name] ?? '',
      }),
    );
    if (r.kind)
      attribute(id, 'resource_kind', term(DONG_TAXONOMY.kind, r.kind, RESOURCE_KINDS.label(r.kind)));
    if (r.sector) attribute(id, 'sector', term(DONG_TAXONOMY.sector, r.sector, SECTORS.label(r.sector)));
    if (r.category.trim() !== '')
      attribute(id, 'category', term(DONG_TAXONOMY.category, r.category, r.category));
    attribute(id, 'shareable', `${DONG_TAXONOMY.shareable}:shareable`, r.shareable ? 'true' : 'false');
    if (options.internal && r.capacity !== '')
      attribute(id, 'capacity', `${DONG_TAXONOMY.capacity}:capacity`, r.capacity);
    if (options.internal && r.notes !== '') attribute(id, 'notes', `${DONG_TAXONOMY.notes}:notes`, r.notes);
  }
  t.taxonomy_term.push(...terms.values());

  const files: HsdsExport['files'] = [];
  const described: { name: string; path: string; fields: string[] }[] = [];
  for (const [table, spec] of Object.entries(HSDS_FILES) as [
    keyof Tables,
    (typeof HSDS_FILES)[keyof Tables],
  ][]) {
    if (table === 'contact' && !options.internal) continue;
    const fields =
      table === 'service' && options.internal ? [...spec.fields, 'assurer_email'] : [...spec.fields];
    const rows = t[table].map((row) => fields.map((field) => row[field] ?? ''));
    files.push({ name: spec.file, content: encodeCsv([fields, ...rows]), mimeType: 'text/csv' });
    described.push({ name: table, path: spec.file, fields });
  }
  files.push({ name: 'datapackage.json', content: dataPackage(described), mimeType: 'application/json' });
  return { files, count: chosen.length };
}

/** A minimal Frictionless descriptor, so HSDS tools recognise the folder as a tabular package. */
function dataPackage(resources: { name: string; path: string; fields: string[] }[]): string {
  return JSON.stringify(
    {
      name: 'dong-case-resources',
      title: '동 사례관리 지역 자원 목록 (HSDS)',
      profile: 'tabular-data-package',
      resources: resources.map((r) => ({
        name: r.name,
        path: r.path,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        profile: 'tabular-data-resource',
        schema: { fields: r.fields.map((name) => ({ name, type: 'string' })), primaryKey: 'id' },
      })),
    },
    null,
    2,
  );
}
