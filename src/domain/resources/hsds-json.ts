/**
 * HSDS JSON → the same tables a CSV package holds, so one decoder reads both. Accepted: a list or
 * a page (`contents`) of `service_full` records, an `organization_full` with its `services`, a
 * `service_at_location_full` with its `service`, and the spec's tabular JSON (file name → rows).
 * A nested record gets its parent's id where the spec leaves it implicit (an attribute's link_id,
 * a phone's service_id, an address's location_id).
 */
import { HSDS_FILES, tableOfFile, type HsdsTable } from './hsds-tables';

type Row = Record<string, string>;
type Json = Record<string, unknown>;

export interface LoadedTable {
  file: string;
  header: string[];
  rows: Row[];
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/** The record's own fields as text; nested records and lists are tables of their own. */
function flat(record: Json, links: Row = {}): Row {
  // No prototype: a key named "__proto__" stays an ordinary column (as in ./csv.ts).
  const row = Object.create(null) as Row;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string') row[key] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') row[key] = String(value);
  }
  for (const [key, value] of Object.entries(links)) if (!row[key]) row[key] = value;
  return row;
}

/** Nested lists of a service that are tables, with the column naming their service. */
const SERVICE_LISTS: readonly [string, HsdsTable][] = [
  ['phones', 'phone'],
  ['schedules', 'schedule'],
  ['service_areas', 'service_area'],
  ['languages', 'language'],
  ['contacts', 'contact'],
];

class TableSet {
  readonly tables = new Map<HsdsTable, LoadedTable>();
  private readonly seen = new Map<HsdsTable, Set<string>>();

  constructor(private readonly file: string) {}

  /**
   * Declares that the source carries this table, even with no rows. A JSON record leaves out its
   * empty fields, so the table carries every official column, as a CSV file of the spec does.
   */
  open(table: HsdsTable): LoadedTable {
    let loaded = this.tables.get(table);
    if (!loaded) {
      const official = table === 'eligibility' ? [] : HSDS_FILES[table].fields;
      loaded = { file: this.file, header: [...official], rows: [] };
      this.tables.set(table, loaded);
      this.seen.set(table, new Set());
    }
    return loaded;
  }

  /** Adds a row once per id (an organization shared by many services appears once). */
  add(table: HsdsTable, row: Row): void {
    const loaded = this.open(table);
    const seen = this.seen.get(table) as Set<string>;
    if (row.id && seen.has(row.id)) return;
    if (row.id) seen.add(row.id);
    for (const key of Object.keys(row)) if (!loaded.header.includes(key)) loaded.header.push(key);
    loaded.rows.push(row);
  }
}

function addLocation(set: TableSet, location: Json): void {
  set.add('location', flat(location));
  set.open('address');
  for (const address of objects(location.addresses))
    set.add('address', flat(address, { location_id: String(location.id ?? '') }));
}

function addService(set: TableSet, service: Json, organization?: Json): void {
  const id = String(service.id ?? '');
  const owner = isObject(service.organization) ? service.organization : organization;
  if (owner) set.add('organization', flat(owner));
  set.add('service', flat(service, owner ? { organization_id: String(owner.id ?? '') } : {}));
  for (const [key, table] of SERVICE_LISTS) {
    if (!(key in service)) continue;
    set.open(table);
    for (const item of objects(service[key])) set.add(table, flat(item, { service_id: id }));
  }
  if ('service_at_locations' in service) {
    set.open('service_at_location');
    for (const place of objects(service.service_at_locations)) {
      const location = isObject(place.location) ? place.location : undefined;
      set.add(
        'service_at_location',
        flat(place, { service_id: id, location_id: String(location?.id ?? '') }),
      );
      if (location) addLocation(set, location);
    }
  }
  if ('attributes' in service) {
    set.open('attribute');
    set.open('taxonomy_term');
    for (const attribute of objects(service.attributes)) {
      const term = isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : undefined;
      set.add(
        'attribute',
        flat(attribute, {
          link_id: id,
          link_entity: 'service',
          taxonomy_term_id: String(term?.id ?? ''),
        }),
      );
      if (term) set.add('taxonomy_term', flat(term));
    }
  }
}

/** One top-level record of a list or page: which kind it is tells where its services are. */
function addRecord(set: TableSet, record: Json): void {
  if (isObject(record.service)) {
    // service_at_location_full: the place around its service.
    const { service, ...place } = record;
    addService(set, { ...service, service_at_locations: [place] });
  } else if (Array.isArray(record.services)) {
    const { services, ...organization } = record;
    for (const service of objects(services)) addService(set, service, organization);
  } else if ('status' in record || 'service_at_locations' in record) addService(set, record);
}

export type JsonTables = { ok: true; tables: Map<HsdsTable, LoadedTable> } | { ok: false; problem: string };

export function tablesFromJson(file: string, text: string): JsonTables {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'JSON 형식이 아닙니다. HSDS JSON 파일인지 확인하세요.' };
  }
  const set = new TableSet(file);
  if (Array.isArray(parsed)) for (const record of objects(parsed)) addRecord(set, record);
  else if (isObject(parsed) && Array.isArray(parsed.contents))
    for (const record of objects(parsed.contents)) addRecord(set, record);
  else if (isObject(parsed) && Object.keys(parsed).some((key) => tableOfFile(key)))
    // The spec's tabular JSON: each CSV file's rows under its name.
    for (const [key, rows] of Object.entries(parsed)) {
      const table = tableOfFile(key);
      if (!table) continue;
      set.open(table);
      for (const row of objects(rows)) set.add(table, flat(row));
    }
  else if (isObject(parsed)) addRecord(set, parsed);
  return { ok: true, tables: set.tables };
}
