/**
 * The official HSDS 3.0 files (vendor/hsds-3.0, CC BY-SA 4.0) as an oracle for the exports:
 * - JSON: every `service_full` record against the compiled schema with a JSON Schema 2020-12
 *   validator (ajv, formats checked: uuid, email, uri, date-time);
 * - CSV: every file against the tabular descriptor (datapackage.json): the file is one of its
 *   resources, the header is its fields in order, required cells are filled, values have the
 *   field's type, format and enum, unique fields and primary keys are unique, and every foreign key
 *   points at a row that exists.
 * Each finding is one line a person can read ("services.csv 2번째 줄 id: …").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { csvRecords, parseCsv } from '../../src/domain/resources/csv';

export const HSDS_DIR = path.join(__dirname, '../../vendor/hsds-3.0');

export const readHsds = (file: string): string => readFileSync(path.join(HSDS_DIR, file), 'utf8');

interface Field {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}
interface Resource {
  name: string;
  path: string;
  schema: {
    fields: Field[];
    primaryKey?: string;
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
}
export const OFFICIAL_DESCRIPTOR = JSON.parse(readHsds('datapackage.json')) as { resources: Resource[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const isFormat = (format: string) => {
  const check = ajv.compile({ type: 'string', format });
  return (value: string) => check(value) as boolean;
};
const formats: Record<string, (value: string) => boolean> = {
  uuid: (value) => UUID.test(value),
  email: isFormat('email'),
  uri: isFormat('uri'),
};
const isDateTime = isFormat('date-time');

function typeProblem(field: Field, value: string): string | null {
  switch (field.type) {
    case 'string': {
      const check = field.format ? formats[field.format] : undefined;
      return check && !check(value) ? `${field.format} 형식이 아님` : null;
    }
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(value) ? null : '숫자가 아님';
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? null : '날짜가 아님';
    case 'datetime':
      return isDateTime(value) ? null : 'datetime이 아님';
    case 'time':
      return /^\d{2}:\d{2}(:\d{2})?$/.test(value) ? null : '시각이 아님';
    default:
      return null;
  }
}

/** Findings of a set of CSV files (with or without their datapackage.json) against the descriptor. */
export function validateHsdsCsv(files: readonly { name: string; content: string }[]): string[] {
  const findings: string[] = [];
  const tables = new Map<string, { resource: Resource; rows: Record<string, string>[] }>();
  for (const file of files) {
    if (file.name === 'datapackage.json') {
      const written = JSON.parse(file.content) as { resources: Resource[]; profile?: string };
      for (const resource of written.resources) {
        const official = OFFICIAL_DESCRIPTOR.resources.find((r) => r.name === resource.name);
        if (JSON.stringify(official) !== JSON.stringify(resource))
          findings.push(`datapackage.json ${resource.name}: 공식 기술자와 다름`);
        if (!files.some((f) => f.name === resource.path))
          findings.push(`datapackage.json ${resource.name}: ${resource.path} 파일이 없음`);
      }
      if (written.profile !== 'tabular-data-package') findings.push('datapackage.json: profile이 다름');
      continue;
    }
    const resource = OFFICIAL_DESCRIPTOR.resources.find((r) => r.path === file.name);
    if (!resource) {
      findings.push(`${file.name}: HSDS 3.0 표가 아님`);
      continue;
    }
    const parsed = parseCsv(file.content);
    if (!parsed.ok) {
      findings.push(`${file.name}: ${parsed.problem}`);
      continue;
    }
    const header = parsed.rows[0] ?? [];
    const names = resource.schema.fields.map((f) => f.name);
    if (JSON.stringify(header) !== JSON.stringify(names))
      findings.push(`${file.name}: 열이 공식 순서와 다름 (${header.join(',')})`);
    const { records } = csvRecords(parsed.rows);
    tables.set(resource.name, { resource, rows: records });
    records.forEach((row, i) => {
      const at = `${file.name} ${i + 2}번째 줄`;
      for (const field of resource.schema.fields) {
        const value = row[field.name] ?? '';
        if (value === '') {
          if (field.constraints?.required) findings.push(`${at} ${field.name}: 필수인데 비어 있음`);
          continue;
        }
        const problem = typeProblem(field, value);
        if (problem) findings.push(`${at} ${field.name}: ${problem} ("${value}")`);
        const allowed = field.constraints?.enum;
        if (allowed && !allowed.includes(value))
          findings.push(`${at} ${field.name}: 허용값이 아님 ("${value}")`);
      }
    });
    for (const field of resource.schema.fields) {
      if (!field.constraints?.unique && resource.schema.primaryKey !== field.name) continue;
      const values = records.map((r) => r[field.name] ?? '').filter((v) => v !== '');
      if (new Set(values).size !== values.length) findings.push(`${file.name} ${field.name}: 값이 겹침`);
    }
  }
  for (const { resource, rows } of tables.values()) {
    for (const key of resource.schema.foreignKeys ?? []) {
      const target = tables.get(key.reference.resource);
      const known = new Set(target?.rows.map((r) => r[key.reference.fields]) ?? []);
      rows.forEach((row, i) => {
        const value = row[key.fields] ?? '';
        if (value !== '' && !known.has(value))
          findings.push(
            `${resource.path} ${i + 2}번째 줄 ${key.fields}: ${key.reference.resource}에 없는 id`,
          );
      });
    }
  }
  return findings;
}

const serviceSchema = JSON.parse(readHsds('schema/compiled/service.json')) as object;
const validateService = ajv.compile(serviceSchema);

/** Findings of a JSON export (a `service_list` page) against the compiled `service_full` schema. */
export function validateHsdsJson(text: string): string[] {
  const page = JSON.parse(text) as { contents?: unknown[] } & Record<string, unknown>;
  const findings: string[] = [];
  for (const key of ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty'])
    if (!(key in page)) findings.push(`page: ${key} 없음`);
  (page.contents ?? []).forEach((service, i) => {
    if (!validateService(service))
      for (const error of validateService.errors ?? [])
        findings.push(`contents[${i}]${error.instancePath}: ${error.message ?? ''}`);
    // The tabular form requires organization_id; the JSON form carries the organization itself.
    if (!(service as { organization?: unknown }).organization)
      findings.push(`contents[${i}]: organization 없음`);
  });
  return findings;
}
