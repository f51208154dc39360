/** Reading and writing form values by dotted path ("client.name", "needs.0.need"). Pure. */

export function getPath(source: unknown, path: string): unknown {
  let current: unknown = source;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** A copy of `source` with the value at `path` replaced; untouched branches are shared. */
export function setPath<T>(source: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return source;
  const restPath = rest.join('.');
  if (Array.isArray(source)) {
    const copy = [...source];
    const index = Number(head);
    copy[index] = rest.length > 0 ? setPath(copy[index], restPath, value) : value;
    return copy as T;
  }
  const base = (source ?? {}) as Record<string, unknown>;
  return { ...base, [head]: rest.length > 0 ? setPath(base[head], restPath, value) : value } as T;
}

/** The DOM id of a field: `f-client-name`. Error and hint texts add `-err` and `-hint`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[.\s]/g, '-')}`;
}

/** The dotted path of the first text inside `source` that `test` accepts ("needs.1.problem"), or null. */
export function findTextPath(source: unknown, test: (text: string) => boolean, prefix = ''): string | null {
  if (typeof source === 'string') return test(source) ? prefix : null;
  if (source === null || typeof source !== 'object') return null;
  for (const [key, value] of Object.entries(source as Record<string, unknown>)) {
    const found = findTextPath(value, test, prefix ? `${prefix}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}
