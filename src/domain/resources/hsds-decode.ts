/**
 * HSDS files (CSV tables or JSON records, ./hsds-json.ts) → incoming resources (text only;
 * ./incoming.ts validates them). A field is "carried" only when the files have the table or column
 * that holds it, so importing a partner's public export never blanks our internal notes, and a full
 * backup restores them.
 */
import { parseCsv, csvRecords } from './csv';
import { UNKNOWN_PROVIDER } from './hsds-encode';
import { tablesFromJson, type LoadedTable } from './hsds-json';
import { AS_TYPED_FIELDS, DONG_TAXONOMY, LANGUAGE_CODES, tableOfFile, type HsdsTable } from './hsds-tables';
import type { IncomingFields, IncomingResource } from './incoming';

type Row = Record<string, string>;

export interface DecodeResult {
  resources: IncomingResource[];
  /** Whole-file problems (unreadable CSV or JSON, no services). */
  problems: string[];
  /** Files that were skipped because they are not tables the add-on reads. */
  ignoredFiles: string[];
}

const DAYS: Record<string, string> = { MO: '월', TU: '화', WE: '수', TH: '목', FR: '금', SA: '토', SU: '일' };
const LANGUAGE_NAMES = new Map(Object.entries(LANGUAGE_CODES).map(([name, code]) => [code, name]));

function groupBy(rows: readonly Row[], key: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const value = row[key] ?? '';
    if (value === '') continue;
    const list = groups.get(value) ?? [];
    list.push(row);
    groups.set(value, list);
  }
  return groups;
}

const field = (row: Row | undefined, name: string): string => row?.[name] ?? '';
const nonEmpty = (values: readonly string[]) => values.filter((v) => v.trim() !== '');

/** HSDS 2.0 weekday schedules → "월·화 09:00-18:00" when a schedule has no description. */
function describeSchedule(row: Row): string {
  const description = field(row, 'description');
  if (description.trim() !== '') return description;
  const byday = field(row, 'byday') || field(row, 'weekday');
  const days = nonEmpty(byday.split(',')).map((d) => DAYS[d.trim().toUpperCase()] ?? d.trim());
  const opens = field(row, 'opens_at');
  const closes = field(row, 'closes_at');
  const hours = opens || closes ? `${opens}-${closes}` : '';
  return nonEmpty([days.join('·'), hours]).join(' ');
}

/** A partner's address in the Korean order; 시·도 and 시·군·구 once, even when address_1 has them. */
function koreanAddress(row: Row): string {
  const street = nonEmpty([field(row, 'address_1'), field(row, 'address_2')]).join(' ');
  const region = [field(row, 'state_province'), field(row, 'city')].filter(
    (part) => part.trim() !== '' && !street.includes(part.trim()),
  );
  return nonEmpty([...region, street]).join(' ');
}

/**
 * 시·도, 시·군·구 and 우편번호 of a service's first address. Our own export carries what the person
 * typed in those fields on as-typed attributes (the address row may hold parts read from the
 * address text), so from it they start blank and the attributes fill them.
 */
function addressFields(
  row: Row | undefined,
  fromDongCase: boolean,
): Pick<IncomingFields, 'stateProvince' | 'city' | 'postalCode'> {
  if (fromDongCase) return { stateProvince: '', city: '', postalCode: '' };
  return {
    stateProvince: field(row, 'state_province'),
    city: field(row, 'city'),
    postalCode: field(row, 'postal_code'),
  };
}

function ageRange(service: Row): string {
  const min = field(service, 'minimum_age');
  const max = field(service, 'maximum_age');
  if (min && max) return `만 ${min}세 이상 ${max}세 이하`;
  if (min) return `만 ${min}세 이상`;
  if (max) return `만 ${max}세 이하`;
  return '';
}

/** The files as tables: each CSV is one; a JSON file holds several (./hsds-json.ts). */
function loadTables(files: readonly { name: string; content: string }[]) {
  const tables = new Map<HsdsTable, LoadedTable>();
  const problems: string[] = [];
  const ignoredFiles: string[] = [];
  const put = (table: HsdsTable, loaded: LoadedTable) => {
    if (tables.has(table))
      problems.push(`${loaded.file}: 같은 표(${table})의 자료가 두 파일에 있습니다. 하나만 고르세요.`);
    else tables.set(table, loaded);
  };
  for (const file of files) {
    // The package descriptor is expected beside the tables.
    if (/(^|[\\/])datapackage\.json$/i.test(file.name)) continue;
    if (/\.json$/i.test(file.name)) {
      const parsed = tablesFromJson(file.name, file.content);
      if (!parsed.ok) problems.push(`${file.name}: ${parsed.problem}`);
      else if (parsed.tables.size === 0) ignoredFiles.push(file.name);
      else for (const [table, loaded] of parsed.tables) put(table, loaded);
      continue;
    }
    const table = tableOfFile(file.name);
    if (!table) {
      ignoredFiles.push(file.name);
      continue;
    }
    const parsed = parseCsv(file.content);
    if (!parsed.ok) {
      problems.push(`${file.name}: ${parsed.problem}`);
      continue;
    }
    const { header, records } = csvRecords(parsed.rows);
    put(table, { file: file.name, header, rows: records });
  }
  return { tables, problems, ignoredFiles };
}

export function decodeHsds(files: readonly { name: string; content: string }[]): DecodeResult {
  const { tables, problems, ignoredFiles } = loadTables(files);
  const services = tables.get('service');
  if (!services || problems.length > 0) {
    if (problems.length === 0)
      problems.push(
        'services.csv (HSDS 서비스 표)나 서비스가 담긴 HSDS JSON이 없습니다. 서비스 파일을 함께 고르세요.',
      );
    return { resources: [], problems, ignoredFiles };
  }
  const has = (table: HsdsTable, column?: string) =>
    tables.has(table) && (column === undefined || (tables.get(table) as LoadedTable).header.includes(column));
  const rowsOf = (table: HsdsTable) => tables.get(table)?.rows ?? [];

  const organizations = new Map(rowsOf('organization').map((row) => [field(row, 'id'), row]));
  const locations = new Map(rowsOf('location').map((row) => [field(row, 'id'), row]));
  const addressesByLocation = groupBy(rowsOf('address'), 'location_id');
  const placesByService = groupBy(rowsOf('service_at_location'), 'service_id');
  const phonesByService = groupBy(rowsOf('phone'), 'service_id');
  const contactsByService = groupBy(rowsOf('contact'), 'service_id');
  const schedulesByService = groupBy(rowsOf('schedule'), 'service_id');
  const areasByService = groupBy(rowsOf('service_area'), 'service_id');
  const languagesByService = groupBy(rowsOf('language'), 'service_id');
  const eligibilityByService = groupBy(rowsOf('eligibility'), 'service_id');
  const terms = new Map(rowsOf('taxonomy_term').map((row) => [field(row, 'id'), row]));
  const attributesByService = new Map<string, Row[]>();
  for (const row of rowsOf('attribute')) {
    const entity = field(row, 'link_entity');
    if (entity !== '' && entity !== 'service') continue;
    const serviceId = field(row, 'link_id') || field(row, 'service_id');
    const list = attributesByService.get(serviceId) ?? [];
    list.push(row);
    attributesByService.set(serviceId, list);
  }
  const taxonomies = new Set([...terms.values()].map((row) => field(row, 'taxonomy')));
  const fromDongCase = taxonomies.has(DONG_TAXONOMY.shareable);
  // Our full backup carries who verified; our shareable export leaves that column empty on purpose.
  const carriesVerifier = !fromDongCase || taxonomies.has(DONG_TAXONOMY.capacity);

  const resources: IncomingResource[] = services.rows.map((service, index) => {
    const id = field(service, 'id').trim();
    const f: IncomingFields = { name: field(service, 'name') };
    if (has('service', 'description')) f.description = field(service, 'description');
    if (has('service', 'url')) f.website = field(service, 'url');
    if (has('service', 'email')) f.email = field(service, 'email');
    if (has('service', 'status'))
      f.status =
        field(service, 'status') === 'active' || field(service, 'status') === '' ? '운영 중' : '운영 중단';
    if (has('service', 'fees_description') || has('service', 'fees'))
      f.fees = field(service, 'fees_description') || field(service, 'fees');
    if (has('service', 'eligibility_description') || has('eligibility') || has('service', 'minimum_age')) {
      f.eligibility =
        field(service, 'eligibility_description') ||
        nonEmpty((eligibilityByService.get(id) ?? []).map((row) => field(row, 'eligibility'))).join(', ') ||
        ageRange(service);
    }
    if (has('service', 'assured_date')) f.verifiedOn = field(service, 'assured_date').slice(0, 10);
    if (has('service', 'assurer_email') && carriesVerifier) f.verifiedBy = field(service, 'assurer_email');
    if (has('organization') || has('service', 'organization_id')) {
      const organizationId = field(service, 'organization_id');
      f.provider =
        organizationId === UNKNOWN_PROVIDER.id ? '' : field(organizations.get(organizationId), 'name');
    }
    if (has('service_at_location') || has('address')) {
      const places = (placesByService.get(id) ?? []).map((place) => field(place, 'location_id'));
      const addresses = places.map((locationId) => (addressesByLocation.get(locationId) ?? [])[0]);
      f.address = nonEmpty(
        places.map((locationId, i) => {
          const address = addresses[i];
          if (!address) return field(locations.get(locationId), 'description');
          return fromDongCase ? field(address, 'address_1') : koreanAddress(address);
        }),
      ).join(' / ');
      Object.assign(
        f,
        addressFields(
          addresses.find((a) => a !== undefined),
          fromDongCase,
        ),
      );
    }
    if (has('phone'))
      f.contact = nonEmpty((phonesByService.get(id) ?? []).map((row) => field(row, 'number'))).join(', ');
    if (has('contact'))
      f.contactPerson = nonEmpty((contactsByService.get(id) ?? []).map((row) => field(row, 'name'))).join(
        ', ',
      );
    if (has('schedule'))
      f.hours = nonEmpty((schedulesByService.get(id) ?? []).map(describeSchedule)).join(' / ');
    if (has('service_area'))
      f.area = nonEmpty(
        (areasByService.get(id) ?? []).map((row) => field(row, 'name') || field(row, 'description')),
      ).join(', ');
    if (has('language'))
      f.languages = nonEmpty(
        (languagesByService.get(id) ?? []).map((row) => {
          const code = field(row, 'code') || field(row, 'language');
          return field(row, 'name') || LANGUAGE_NAMES.get(code) || code;
        }),
      ).join(', ');
    const { resourceId } = applyAttributes(f, attributesByService.get(id) ?? [], terms, {
      fromDongCase,
      taxonomies,
    });
    // A CSV's line number says where to look; a JSON file has none, so its records are counted.
    const where = /\.json$/i.test(services.file)
      ? `${services.file} ${index + 1}번째 서비스`
      : `${services.file} ${index + 2}번째 줄`;
    return { sourceId: resourceId || id, where, fields: f };
  });
  return { resources, problems, ignoredFiles };
}

/**
 * Kind, sector, category (and a backup's internal fields) from taxonomy terms linked by attributes;
 * the 자원번호 our own export carries.
 */
function applyAttributes(
  f: IncomingFields,
  attributes: readonly Row[],
  terms: Map<string, Row>,
  context: { fromDongCase: boolean; taxonomies: Set<string> },
): { resourceId: string } {
  let resourceId = '';
  if (context.fromDongCase) {
    f.kind = '';
    f.sector = '';
    f.category = '';
    f.shareable = '';
  }
  if (context.taxonomies.has(DONG_TAXONOMY.capacity)) f.capacity = '';
  if (context.taxonomies.has(DONG_TAXONOMY.notes)) f.notes = '';
  const otherCategories: string[] = [];
  for (const attribute of attributes) {
    const term = terms.get(field(attribute, 'taxonomy_term_id'));
    if (!term) continue;
    const value = field(attribute, 'value');
    switch (field(term, 'taxonomy')) {
      case DONG_TAXONOMY.kind:
        f.kind = field(term, 'code');
        break;
      case DONG_TAXONOMY.sector:
        f.sector = field(term, 'code');
        break;
      case DONG_TAXONOMY.category:
        f.category = field(term, 'name');
        break;
      case DONG_TAXONOMY.shareable:
        f.shareable = value;
        break;
      case DONG_TAXONOMY.capacity:
        f.capacity = value;
        break;
      case DONG_TAXONOMY.notes:
        f.notes = value;
        break;
      case DONG_TAXONOMY.resourceId:
        resourceId = value.trim();
        break;
      case DONG_TAXONOMY.asTyped: {
        const key = AS_TYPED_FIELDS.find((name) => name === field(attribute, 'link_type'));
        if (key) f[key] = value;
        break;
      }
      default:
        otherCategories.push(field(term, 'name'));
    }
  }
  // A partner's own taxonomy (e.g. Open Eligibility) is the nearest thing to our 분야.
  if (!f.category && otherCategories.length > 0) f.category = nonEmpty(otherCategories).join(', ');
  return { resourceId };
}
