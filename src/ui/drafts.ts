/**
 * Local drafts: every form keeps what is typed in localStorage (one key per form and case), so
 * closing the sidebar or a refused save loses nothing. The sidebar may run where storage is
 * blocked (a sandboxed iframe, a private window): then drafts quietly do nothing.
 *
 * Drafts hold client data on what is often a shared office PC, so they expire: a draft not touched
 * for `keepDays` (a week unless this computer was set otherwise in 설정) is deleted when next seen.
 */

/** The subset of the Web Storage API used here (easy to fake in tests). */
export interface DraftStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Draft<V> {
  form: string;
  caseNo: string | null;
  /** What the draft is, in words: "행복-2026-0001 점검". */
  label: string;
  /** ISO timestamp of the last keystroke kept. */
  savedAt: string;
  values: V;
}

const PREFIX = 'dongcase:draft:v1:';
const DAY_MS = 24 * 60 * 60 * 1000;

/** How long a draft is kept unless this computer says otherwise. */
export const DEFAULT_DRAFT_DAYS = 7;
/** The choices 설정 offers for this computer. */
export const DRAFT_DAY_CHOICES = [1, 3, 7, 14, 30] as const;

export function draftKey(form: string, caseNo: string | null): string {
  return `${PREFIX}${form}:${caseNo ?? 'new'}`;
}

/** localStorage when it works, otherwise null. */
export function browserStorage(): DraftStorage | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    const probe = `${PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

export interface DraftClock {
  /** Days a draft is kept after its last keystroke. */
  keepDays(): number;
  now(): number;
}

const systemClock: DraftClock = { keepDays: () => DEFAULT_DRAFT_DAYS, now: () => Date.now() };

export function createDrafts(storage: DraftStorage | null, clock: DraftClock = systemClock) {
  const expired = (savedAt: string) => {
    const time = Date.parse(savedAt);
    return Number.isNaN(time) || clock.now() - time > clock.keepDays() * DAY_MS;
  };
  return {
    available: storage !== null,
    keepDays: () => clock.keepDays(),
    load<V>(key: string): Draft<V> | null {
      if (!storage) return null;
      try {
        const text = storage.getItem(key);
        if (!text) return null;
        const parsed = JSON.parse(text) as Draft<V>;
        if (!parsed || typeof parsed !== 'object' || parsed.values === undefined) return null;
        if (expired(String(parsed.savedAt))) {
          storage.removeItem(key);
          return null;
        }
        return parsed;
      } catch {
        return null;
      }
    },
    save<V>(key: string, draft: Draft<V>): boolean {
      if (!storage) return false;
      try {
        storage.setItem(key, JSON.stringify(draft));
        return true;
      } catch {
        return false; // quota exceeded or storage revoked: keep working without a draft
      }
    },
    clear(key: string): void {
      if (!storage) return;
      try {
        storage.removeItem(key);
      } catch {
        // nothing to do
      }
    },
    /** Every kept draft, newest first (for "작성 중인 입력" on the home view). */
    list(): (Omit<Draft<unknown>, 'values'> & { key: string })[] {
      if (!storage) return [];
      const found: (Omit<Draft<unknown>, 'values'> & { key: string })[] = [];
      try {
        // Keys first: loading an expired draft removes it, which would shift the indexes.
        const keys: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key && key.startsWith(PREFIX) && key !== `${PREFIX}probe`) keys.push(key);
        }
        for (const key of keys) {
          const draft = this.load<unknown>(key);
          if (draft)
            found.push({
              key,
              form: draft.form,
              caseNo: draft.caseNo,
              label: draft.label,
              savedAt: draft.savedAt,
            });
        }
      } catch {
        return found;
      }
      return found.sort((a, b) => String(b.savedAt).localeCompare(String(a.savedAt)));
    },
  };
}

export type Drafts = ReturnType<typeof createDrafts>;

/** The preference that holds this computer's choice of DRAFT_DAY_CHOICES. */
export const DRAFT_DAYS_PREF = 'draftDays';

/** The kept days a stored preference means: one of the choices, else the default. */
export function draftDays(pref: string | null): number {
  const days = Number(pref);
  return (DRAFT_DAY_CHOICES as readonly number[]).includes(days) ? days : DEFAULT_DRAFT_DAYS;
}

/** Small preferences (the signed-in user's e-mail once known, the list toggle), failing soft. */
export type Prefs = ReturnType<typeof createPrefs>;

export function createPrefs(storage: DraftStorage | null) {
  const prefix = 'dongcase:pref:';
  return {
    get(name: string): string | null {
      try {
        return storage?.getItem(prefix + name) ?? null;
      } catch {
        return null;
      }
    },
    set(name: string, value: string): void {
      try {
        storage?.setItem(prefix + name, value);
      } catch {
        // ignore
      }
    },
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A restored draft laid over a form's fresh values: keys the form no longer has are dropped, keys
 * the draft lacks take the fresh value, and a value of the wrong kind is ignored. Arrays (rows) come
 * whole from the draft when it has them.
 */
export function mergeDraft<V>(fresh: V, draft: unknown): V {
  if (isPlainObject(fresh)) {
    if (!isPlainObject(draft)) return fresh;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fresh)) {
      out[key] = key in draft ? mergeDraft(value, draft[key]) : value;
    }
    return out as V;
  }
  if (Array.isArray(fresh)) {
    if (!Array.isArray(draft)) return fresh;
    const template = fresh[0];
    return (template === undefined ? draft : draft.map((row) => mergeDraft(template, row))) as V;
  }
  if (typeof draft === typeof fresh) return draft as V;
  return fresh;
}
