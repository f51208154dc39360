/**
 * The Open Referral HSDS 3.0 tables this add-on writes and reads. File names, columns and their
 * order come from the official tabular descriptor (vendor/hsds-3.0/datapackage.json, CC BY-SA 4.0),
 * which is also written beside every CSV export. A reader also accepts singular and plural names
 * and HSDS 2.0's names, so older partner exports load too.
 */
import official from '../../../vendor/hsds-3.0/datapackage.json';

export type HsdsTable =
  | 'organization'
  | 'service'
  | 'location'
  | 'address'
  | 'service_at_location'
  | 'phone'
  | 'contact'
  | 'schedule'
  | 'service_area'
  | 'language'
  | 'taxonomy'
  | 'taxonomy_term'
  | 'attribute'
  | 'eligibility';

/** The tables an export writes (HSDS 2.0's eligibility is only read). */
export type WrittenTable = Exclude<HsdsTable, 'eligibility'>;

/** One resource of the official descriptor, as published. */
export interface OfficialResource {
  name: string;
  path: string;
  schema: { fields: { name: string }[] };
}

export const HSDS_DESCRIPTOR = official as unknown as { resources: OfficialResource[] } & Record<
  string,
  unknown
>;

const WRITTEN: readonly WrittenTable[] = [
  'organization',
  'service',
  'location',
  'address',
  'service_at_location',
  'phone',
  'contact',
  'schedule',
  'service_area',
  'language',
  'taxonomy',
  'taxonomy_term',
  'attribute',
];

function officialResource(table: WrittenTable): OfficialResource {
  const found = HSDS_DESCRIPTOR.resources.find((r) => r.name === table);
  if (!found) throw new Error(`HSDS descriptor has no ${table}`);
  return found;
}

export interface HsdsFile {
  file: string;
  fields: readonly string[];
  resource: OfficialResource;
}

/** Table → its official file name and every column, in the descriptor's order. */
export const HSDS_FILES = {} as Record<WrittenTable, HsdsFile>;
for (const table of WRITTEN) {
  const resource = officialResource(table);
  HSDS_FILES[table] = { file: resource.path, fields: resource.schema.fields.map((f) => f.name), resource };
}

const ALIASES: Record<string, HsdsTable> = {
  organization: 'organization',
  organizations: 'organization',
  service: 'service',
  services: 'service',
  location: 'location',
  locations: 'location',
  address: 'address',
  addresses: 'address',
  physical_address: 'address',
  physical_addresses: 'address',
  service_at_location: 'service_at_location',
  service_at_locations: 'service_at_location',
  services_at_location: 'service_at_location',
  services_at_locations: 'service_at_location',
  phone: 'phone',
  phones: 'phone',
  contact: 'contact',
  contacts: 'contact',
  schedule: 'schedule',
  schedules: 'schedule',
  regular_schedule: 'schedule',
  regular_schedules: 'schedule',
  service_area: 'service_area',
  service_areas: 'service_area',
  language: 'language',
  languages: 'language',
  taxonomy: 'taxonomy',
  taxonomies: 'taxonomy',
  taxonomy_term: 'taxonomy_term',
  taxonomy_terms: 'taxonomy_term',
  attribute: 'attribute',
  attributes: 'attribute',
  service_attribute: 'attribute',
  service_attributes: 'attribute',
  eligibility: 'eligibility',
  eligibilities: 'eligibility',
};

/** `Data/services.csv` → 'service'; undefined for a file that is not an HSDS table we read. */
export function tableOfFile(fileName: string): HsdsTable | undefined {
  const base = (fileName.split(/[\\/]/).pop() ?? '').trim().toLowerCase();
  if (!base.endsWith('.csv')) return undefined;
  return ALIASES[base.slice(0, -4).replace(/[\s-]+/g, '_')];
}

/** Our extensions ride on HSDS's own classification tables (taxonomy_term + attribute). */
export const DONG_TAXONOMY = {
  kind: 'dong-case:resource-kind',
  sector: 'dong-case:sector',
  category: 'dong-case:category',
  shareable: 'dong-case:shareable',
  capacity: 'dong-case:capacity',
  notes: 'dong-case:notes',
  /** The 자원번호, so a backup restores ids and a re-import updates in place (HSDS ids are UUIDs). */
  resourceId: 'dong-case:resource-id',
  /**
   * A field as the person typed it, when HSDS's own column cannot hold it verbatim (an email that
   * is not one, a website without https://) or has no column (the typed 시·도, 시·군·구, 우편번호).
   */
  asTyped: 'dong-case:as-typed',
} as const;

/** The fields that may ride on an as-typed attribute; its link_type names the field. */
export const AS_TYPED_FIELDS = ['email', 'website', 'stateProvince', 'city', 'postalCode'] as const;

/** Names as Korean workers write them, with their ISO 639 codes. */
export const LANGUAGE_CODES: Record<string, string> = {
  한국어: 'ko',
  영어: 'en',
  중국어: 'zh',
  베트남어: 'vi',
  일본어: 'ja',
  러시아어: 'ru',
  몽골어: 'mn',
  태국어: 'th',
  필리핀어: 'tl',
  타갈로그어: 'tl',
  우즈베크어: 'uz',
  캄보디아어: 'km',
  크메르어: 'km',
  네팔어: 'ne',
  인도네시아어: 'id',
  수어: 'kvk',
  한국수어: 'kvk',
};
