/**
 * The Open Referral HSDS (3.x) tables this add-on writes and reads, with the fields it uses. Field
 * names are HSDS's; file names follow HSDS's tabular data package (plural CSV names). A reader
 * also accepts the singular names and HSDS 2.0's names, so older partner exports load too.
 */
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
  | 'taxonomy_term'
  | 'attribute'
  | 'eligibility';

export const HSDS_FILES: Record<
  Exclude<HsdsTable, 'eligibility'>,
  { file: string; fields: readonly string[] }
> = {
  organization: {
    file: 'organizations.csv',
    fields: ['id', 'name', 'alternate_name', 'description', 'email', 'website'],
  },
  service: {
    file: 'services.csv',
    fields: [
      'id',
      'organization_id',
      'name',
      'description',
      'url',
      'email',
      'status',
      'fees_description',
      'eligibility_description',
      'assured_date',
      'last_modified',
    ],
  },
  location: {
    file: 'locations.csv',
    fields: ['id', 'location_type', 'organization_id', 'name', 'description'],
  },
  address: {
    file: 'addresses.csv',
    fields: [
      'id',
      'location_id',
      'address_1',
      'address_2',
      'city',
      'region',
      'state_province',
      'postal_code',
      'country',
      'address_type',
    ],
  },
  service_at_location: {
    file: 'service_at_locations.csv',
    fields: ['id', 'service_id', 'location_id', 'description'],
  },
  phone: { file: 'phones.csv', fields: ['id', 'service_id', 'number', 'type', 'description'] },
  contact: { file: 'contacts.csv', fields: ['id', 'service_id', 'name', 'title', 'email'] },
  schedule: { file: 'schedules.csv', fields: ['id', 'service_id', 'description'] },
  service_area: { file: 'service_areas.csv', fields: ['id', 'service_id', 'name', 'description'] },
  language: { file: 'languages.csv', fields: ['id', 'service_id', 'name', 'code'] },
  taxonomy_term: {
    file: 'taxonomy_terms.csv',
    fields: ['id', 'code', 'name', 'description', 'taxonomy'],
  },
  attribute: {
    file: 'attributes.csv',
    fields: ['id', 'link_id', 'link_type', 'link_entity', 'taxonomy_term_id', 'value'],
  },
};

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
} as const;

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
