/**
 * The dry run of an import: which incoming resources are new, which update an existing one (and
 * what changes), which are unchanged and which are skipped with the reason. Import then writes
 * exactly this plan; its fingerprint proves the preview a person saw is still what would happen.
 */
import type { ResourceRecord } from '../records';
import { BLANK_RESOURCE, FIELD_LABELS, RESOURCE_DATA_KEYS, type ResourceData } from './fields';
import { fingerprint } from './hash';
import { nextResourceIds } from './ids';
import { validateIncoming, type IncomingResource } from './incoming';

export interface ImportChange {
  action: 'new' | 'update';
  resourceId: string;
  where: string;
  /** Korean names of the fields that change (every field for a new resource). */
  changedFields: string[];
  data: ResourceData;
  /** The sheet row being updated, to write it in place. */
  existing?: ResourceRecord;
}

export interface ImportPlan {
  changes: ImportChange[];
  unchanged: number;
  skipped: { where: string; problems: string[] }[];
  notes: string[];
  /** Fingerprint of the changes and of the rows they touch. */
  token: string;
}

/** An imported row names its kind; where it does not, the resource is 물적 (material). */
const EMPTY: ResourceData = { ...BLANK_RESOURCE, kind: 'material' };

const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

export function dataOf(record: ResourceRecord): ResourceData {
  const data = {} as Record<keyof ResourceData, unknown>;
  for (const key of RESOURCE_DATA_KEYS) data[key] = record[key];
  return data as ResourceData;
}

/** A verification never moves back in time: the later of the two dates (and its verifier) wins. */
function mergeVerification(
  base: ResourceData,
  incoming: Partial<ResourceData>,
): Pick<ResourceData, 'verifiedOn' | 'verifiedBy'> {
  if (incoming.verifiedOn === undefined || incoming.verifiedOn === null)
    return { verifiedOn: base.verifiedOn, verifiedBy: base.verifiedBy };
  if (base.verifiedOn && base.verifiedOn >= incoming.verifiedOn)
    return { verifiedOn: base.verifiedOn, verifiedBy: base.verifiedBy };
  return { verifiedOn: incoming.verifiedOn, verifiedBy: incoming.verifiedBy ?? '' };
}

function merge(base: ResourceData, incoming: Partial<ResourceData>): ResourceData {
  const merged = { ...base } as Record<keyof ResourceData, unknown>;
  for (const key of RESOURCE_DATA_KEYS) {
    if (key === 'verifiedOn' || key === 'verifiedBy') continue;
    const value = incoming[key];
    if (value === undefined) continue;
    if ((key === 'kind' || key === 'status') && value === null) continue;
    merged[key] = value;
  }
  return { ...(merged as ResourceData), ...mergeVerification(base, incoming) };
}

function changed(before: ResourceData, after: ResourceData): string[] {
  return RESOURCE_DATA_KEYS.filter((key) => before[key] !== after[key]).map((key) => FIELD_LABELS[key]);
}

export function planImport(
  incoming: readonly IncomingResource[],
  existing: readonly ResourceRecord[],
  ids: { prefix: string; lastIssued: number },
): ImportPlan {
  const byId = new Map(existing.map((r) => [r.resourceId, r]));
  const byName = new Map<string, ResourceRecord[]>();
  for (const r of existing) {
    const list = byName.get(squash(r.name)) ?? [];
    list.push(r);
    byName.set(squash(r.name), list);
  }
  const plan: ImportPlan = { changes: [], unchanged: 0, skipped: [], notes: [], token: '' };
  const touched = new Set<string>();
  const claimedIds = new Set(existing.map((r) => r.resourceId));
  let defaultedKind = 0;
  let unsharedRelational = 0;
  const pendingNew: { sourceId: string; where: string; data: ResourceData }[] = [];

  for (const item of incoming) {
    const checked = validateIncoming(item);
    if (!checked.ok) {
      plan.skipped.push({ where: checked.where, problems: checked.problems });
      continue;
    }
    const { data } = checked;
    const provider = data.provider;
    const sameName = byName.get(squash(data.name ?? '')) ?? [];
    const target =
      (checked.sourceId ? byId.get(checked.sourceId) : undefined) ??
      (provider !== undefined
        ? sameName.find((r) => squash(r.provider) === squash(provider))
        : sameName.length === 1
          ? sameName[0]
          : undefined);
    if (target && touched.has(target.resourceId)) {
      plan.skipped.push({
        where: checked.where,
        problems: [`같은 자원(${target.resourceId})이 가져오는 자료에 두 번 있습니다.`],
      });
      continue;
    }
    let after = merge(target ? dataOf(target) : EMPTY, data);
    if (!target && !data.kind) defaultedKind++;
    if (after.kind === 'relational' && after.shareable) {
      after = { ...after, shareable: false };
      unsharedRelational++;
    }
    if (target) {
      touched.add(target.resourceId);
      const fields = changed(dataOf(target), after);
      if (fields.length === 0) plan.unchanged++;
      else
        plan.changes.push({
          action: 'update',
          resourceId: target.resourceId,
          where: checked.where,
          changedFields: fields,
          data: after,
          existing: target,
        });
    } else {
      pendingNew.push({ sourceId: checked.sourceId, where: checked.where, data: after });
    }
  }

  // New resources keep the source's id when it is free (a re-import then updates them in place).
  const keep = pendingNew.map((n) =>
    n.sourceId && !claimedIds.has(n.sourceId) && /^\S+$/.test(n.sourceId) ? n.sourceId : '',
  );
  const usedSoFar = new Set<string>();
  keep.forEach((id, i) => {
    if (id && usedSoFar.has(id)) keep[i] = '';
    else if (id) usedSoFar.add(id);
  });
  const fresh = nextResourceIds(
    ids.prefix,
    [...claimedIds, ...usedSoFar],
    ids.lastIssued,
    keep.filter((id) => id === '').length,
  );
  let next = 0;
  pendingNew.forEach((n, i) => {
    const resourceId = keep[i] || (fresh[next++] as string);
    plan.changes.push({
      action: 'new',
      resourceId,
      where: n.where,
      changedFields: changed(EMPTY, n.data),
      data: n.data,
    });
  });

  if (defaultedKind > 0)
    plan.notes.push(
      `자원 유형이 없는 ${defaultedKind}건은 '물적'으로 가져옵니다. 필요하면 가져온 뒤 고치세요.`,
    );
  if (unsharedRelational > 0)
    plan.notes.push(`관계 자원 ${unsharedRelational}건은 대상자의 관계망이라 협력기관 공유를 끕니다.`);
  plan.token = fingerprint(
    JSON.stringify(
      plan.changes.map((c) => [
        c.action,
        c.resourceId,
        c.data,
        c.existing?.version ?? null,
        c.existing?.updatedAt ?? null,
      ]),
    ),
  );
  return plan;
}
