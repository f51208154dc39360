import { createDrafts, createPrefs, draftKey, mergeDraft, type DraftStorage } from '../../../src/ui/drafts';

function memoryStorage(): DraftStorage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const broken: DraftStorage = {
  get length(): number {
    throw new Error('SecurityError');
  },
  key: () => {
    throw new Error('SecurityError');
  },
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('drafts', () => {
  it('keeps one draft per form and case, lists them newest first, clears them', () => {
    const drafts = createDrafts(memoryStorage());
    const a = draftKey('check', '행복-2026-0001');
    const b = draftKey('intake', null);
    expect(a).not.toBe(b);
    drafts.save(a, {
      form: 'check',
      caseNo: '행복-2026-0001',
      label: '점검',
      savedAt: '2026-03-10T01:00:00Z',
      values: { note: 'x' },
    });
    drafts.save(b, {
      form: 'intake',
      caseNo: null,
      label: '새 접수',
      savedAt: '2026-03-10T02:00:00Z',
      values: { n: 1 },
    });
    expect(drafts.load<{ note: string }>(a)?.values.note).toBe('x');
    expect(drafts.list().map((d) => d.form)).toEqual(['intake', 'check']);
    drafts.clear(a);
    expect(drafts.load(a)).toBeNull();
    expect(drafts.list()).toHaveLength(1);
  });

  it('fails soft when storage is missing or throws', () => {
    for (const storage of [null, broken]) {
      const drafts = createDrafts(storage);
      const key = draftKey('plan', 'x');
      expect(drafts.save(key, { form: 'plan', caseNo: 'x', label: '', savedAt: '', values: {} })).toBe(false);
      expect(drafts.load(key)).toBeNull();
      expect(drafts.list()).toEqual([]);
      expect(() => drafts.clear(key)).not.toThrow();
      const prefs = createPrefs(storage);
      expect(() => prefs.set('me', 'a@b.c')).not.toThrow();
      expect(prefs.get('me')).toBeNull();
    }
  });

  it('ignores a corrupt draft', () => {
    const storage = memoryStorage();
    storage.setItem(draftKey('close', 'x'), '{not json');
    expect(createDrafts(storage).load(draftKey('close', 'x'))).toBeNull();
  });
});

describe('mergeDraft', () => {
  it('lays a draft over fresh values, dropping unknown keys and wrong kinds', () => {
    const fresh = {
      a: '',
      b: { c: '', d: false },
      rows: [{ key: 'k', x: '' }],
      outcomes: { i1: '', i2: '' },
    };
    const draft = {
      a: 'typed',
      b: { c: 5, d: true, extra: 1 },
      rows: [{ key: 'r1', x: '1' }, { key: 'r2' }],
      outcomes: { i1: 'achieved', gone: 'x' },
      zzz: 1,
    };
    expect(mergeDraft(fresh, draft)).toEqual({
      a: 'typed',
      b: { c: '', d: true },
      rows: [
        { key: 'r1', x: '1' },
        { key: 'r2', x: '' },
      ],
      outcomes: { i1: 'achieved', i2: '' },
    });
    expect(mergeDraft(fresh, null)).toBe(fresh);
  });
});
