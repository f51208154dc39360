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

/** The day after the drafts below were typed. */
const clock = { keepDays: () => 7, now: () => Date.parse('2026-03-11T00:00:00Z') };

describe('drafts', () => {
  it('forgets a draft not touched for longer than the days this computer keeps them', () => {
    const storage = memoryStorage();
    let now = Date.parse('2026-03-10T01:00:00Z');
    let keepDays = 7;
    const drafts = createDrafts(storage, { keepDays: () => keepDays, now: () => now });
    const key = draftKey('check', '행복-2026-0001');
    const other = draftKey('intake', null);
    const draft = (savedAt: string) => ({ form: 'check', caseNo: null, label: '점검', savedAt, values: {} });
    drafts.save(key, draft('2026-03-10T01:00:00Z'));
    drafts.save(other, draft('2026-03-16T01:00:00Z'));
    now = Date.parse('2026-03-17T00:59:00Z'); // 6 days 23 hours later: still there
    expect(drafts.list()).toHaveLength(2);
    now = Date.parse('2026-03-17T01:01:00Z'); // a week and a minute: gone from the list and the storage
    expect(drafts.list().map((d) => d.key)).toEqual([other]);
    expect(storage.getItem(key)).toBeNull();
    keepDays = 1; // a shorter setting applies to what is already kept
    now = Date.parse('2026-03-17T01:02:00Z');
    expect(drafts.load(other)).toBeNull();
  });

  it('keeps one draft per form and case, lists them newest first, clears them', () => {
    const drafts = createDrafts(memoryStorage(), clock);
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
