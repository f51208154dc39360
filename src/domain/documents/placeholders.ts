/**
 * `{{placeholders}}` in template text: finding them, naming what is wrong with them, and filling
 * them. Filling is one pass over the text, so a value that itself contains "{{…}}" (a client may
 * write anything) is printed as written and never merged a second time.
 */
import { LIST_FIELDS, LIST_NAMES, SCALAR_FIELDS, type ListName, type MergeData } from './fields';

/** A placeholder never spans a line: Docs keeps each paragraph apart, and so must the search. */
export const PLACEHOLDER = /\{\{([^{}\n\r]*)\}\}/g;

export interface PlaceholderRef {
  /** As written in the template, braces included: what to search for in the Doc. */
  raw: string;
  /** Without spaces: `{{ 항목. 개입목표 }}` and `{{항목.개입목표}}` are the same placeholder. */
  name: string;
  /** The list it repeats over, for `{{항목.…}}` and the other list names. */
  list: ListName | null;
  /** The field within the list, or the whole name for a scalar. */
  field: string;
}

export function normalizeName(inner: string): string {
  return inner.replace(/\s+/g, '');
}

const SCALAR_NAMES = new Set(SCALAR_FIELDS.map((f) => f.name));
const LIST_SET = new Set<string>(LIST_NAMES);

export function parseRef(raw: string): PlaceholderRef {
  const name = normalizeName(raw.slice(2, -2));
  const dot = name.indexOf('.');
  const head = dot < 0 ? '' : name.slice(0, dot);
  if (LIST_SET.has(head)) return { raw, name, list: head as ListName, field: name.slice(dot + 1) };
  return { raw, name, list: null, field: name };
}

export function findPlaceholders(text: string): PlaceholderRef[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => parseRef(m[0]));
}

export function isKnown(ref: PlaceholderRef): boolean {
  if (ref.list) return LIST_FIELDS[ref.list].some((f) => f.name === ref.field);
  return SCALAR_NAMES.has(ref.name);
}

/** Every known placeholder name, for suggestions. */
function knownNames(): string[] {
  return [
    ...SCALAR_NAMES,
    ...LIST_NAMES.flatMap((list) => LIST_FIELDS[list].map((f) => `${list}.${f.name}`)),
  ];
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] as number;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] as number;
      previous[j] = Math.min(
        above + 1,
        (previous[j - 1] as number) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length] as number;
}

/**
 * The known name a typo most likely meant: `{{대상자 이름}}` → `{{대상자명}}`. Closest by edits,
 * with a name that contains what was typed (`{{항목.목표}}` → `{{항목.개입목표}}`) counted as close.
 */
export function suggest(name: string): string | null {
  const field = (n: string) => n.slice(n.indexOf('.') + 1);
  const group = (n: string) => (n.includes('.') ? n.slice(0, n.indexOf('.')) : '');
  let best: string | null = null;
  let bestScore = Infinity;
  for (const known of knownNames()) {
    let score = Math.min(editDistance(name, known), editDistance(field(name), field(known)) + 1);
    if (field(name).length >= 2 && field(known).includes(field(name))) score = Math.min(score, 1);
    if (group(name) !== group(known)) score += 1;
    if (score < bestScore) {
      best = known;
      bestScore = score;
    }
  }
  const allowed = Math.max(1, Math.floor(name.length / 2));
  return best !== null && bestScore <= allowed ? best : null;
}

/**
 * Broken braces that would otherwise print as they are: a `{{` with no `}}` on the same line, or
 * an empty `{{}}`.
 */
export function malformedPlaceholders(text: string): string[] {
  const problems: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const rest = line.replace(PLACEHOLDER, (whole, inner: string) => {
      if (normalizeName(inner) === '') problems.push(`빈 자리표시자 ${whole}`);
      return ' ';
    });
    const open = rest.indexOf('{{');
    if (open >= 0) {
      const excerpt = rest.slice(open, open + 20);
      problems.push(`닫히지 않은 자리표시자 "${excerpt}": '}}'로 닫으세요`);
    }
  }
  return problems;
}

/**
 * Fills every placeholder of `text` in one pass: scalars from `data`, list fields from `entry`.
 * Unknown names are left as written (templates are checked before any merge, so there are none).
 */
export function fill(text: string, data: MergeData, entry?: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (whole) => {
    const ref = parseRef(whole);
    if (ref.list) return entry?.[ref.field] ?? whole;
    return data.scalars[ref.name] ?? whole;
  });
}

/** Whether `text` holds a list placeholder: the Docs side then reads that table cell by cell. */
export function hasListPlaceholder(text: string): boolean {
  return findPlaceholders(text).some((ref) => ref.list !== null);
}
