/**
 * CSV as RFC 4180 describes it: comma-separated, fields with a comma, quote or line break quoted,
 * quotes doubled, CRLF between records. Text goes out exactly as stored (no formula-escaping
 * prefix: the files are data for other systems, and the add-on itself reads imports as plain text).
 */

/** Excel reads a CSV without a byte-order mark in the system code page, which garbles Korean. */
export const UTF8_BOM = '\uFEFF';

function quote(field: string): string {
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function encodeCsv(rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

export type CsvResult = { ok: true; rows: string[][] } | { ok: false; problem: string };

/** Parses CSV text; an unterminated quote is reported with the line it started on. */
export function parseCsv(text: string): CsvResult {
  const source = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < source.length) {
    const ch = source[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (ch === '\n') line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
      i++;
    } else if (ch === ',') {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      line++;
      i += ch === '\r' && source[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) return { ok: false, problem: `${quoteLine}번째 줄에서 시작한 따옴표(")가 닫히지 않았습니다.` };
  if (field !== '' || row.length > 0) endRow();
  return { ok: true, rows: rows.filter((r) => !(r.length === 1 && r[0] === '')) };
}

/** Rows as objects keyed by the header row (header names trimmed and lower-cased). */
export function csvRecords(rows: readonly string[][]): {
  header: string[];
  records: Record<string, string>[];
} {
  const [first = [], ...body] = rows;
  const header = first.map((cell) => cell.trim().toLowerCase());
  const records = body.map((row) => {
    // No prototype: a column named "__proto__" or "constructor" stays an ordinary column.
    const record = Object.create(null) as Record<string, string>;
    header.forEach((name, index) => {
      if (name !== '' && !(name in record)) record[name] = row[index] ?? '';
    });
    return record;
  });
  return { header, records };
}
