/** Plain-text and Markdown tables for the benchmark's console output and summary file. */

export type Row = (string | number)[];

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const precise = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const fmt = {
  n: (value: number) => integer.format(value),
  ms: (value: number) => (value < 10 ? precise.format(value) : decimal.format(value)),
  s: (ms: number) => (ms < 10_000 ? precise.format(ms / 1000) : decimal.format(ms / 1000)),
  ratio: (value: number) =>
    Number.isFinite(value) ? `${value < 10 ? decimal.format(value) : integer.format(value)}×` : '—',
  kb: (bytes: number) => `${decimal.format(bytes / 1024)} kB`,
};

/** Columns after the first are right-aligned, as numbers should be. */
export function textTable(header: string[], rows: Row[]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => displayWidth(row[i] ?? ''))));
  const line = (row: string[]) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - displayWidth(cell));
        return i === 0 ? cell + pad : pad + cell;
      })
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function markdownTable(header: string[], rows: Row[]): string {
  const escape = (cell: string | number) => String(cell).replace(/\|/g, '\\|');
  return [
    `| ${header.map(escape).join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}

/** Hangul and other wide characters take two columns in a terminal. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(char) ? 2 : 1;
  return width;
}
