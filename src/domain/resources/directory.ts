/**
 * Searching the directory and what the sidebar shows per resource. Usage is a count of plan items
 * that link to the resource: how often, never by whom (no case number ever leaves this function).
 */
import { addMonths, type DateKey } from '../dates';
import type { PlanItemRecord, ResourceRecord } from '../records';
import { RESOURCE_KINDS, RESOURCE_STATUSES, SECTORS } from '../vocabulary';
import type { ListResourcesInput } from './schemas';

export interface ResourceUsage {
  /** Plan items that ever named this resource as their provider. */
  total: number;
  /** Of those, items still running today (not achieved, not past their end date). */
  active: number;
}

export interface ResourceView extends ResourceRecord {
  kindLabel: string;
  sectorLabel: string;
  statusLabel: string;
  usage: ResourceUsage;
  /** Never verified, or verified longer ago than the settings' cycle. */
  needsVerification: boolean;
}

export function usageByResource(
  items: readonly Pick<PlanItemRecord, 'resourceId' | 'outcome' | 'endDate'>[],
  today: DateKey,
): Map<string, ResourceUsage> {
  const usage = new Map<string, ResourceUsage>();
  for (const item of items) {
    const id = item.resourceId.trim();
    if (id === '') continue;
    const entry = usage.get(id) ?? { total: 0, active: 0 };
    entry.total++;
    if (item.outcome !== 'achieved' && (!item.endDate || item.endDate >= today)) entry.active++;
    usage.set(id, entry);
  }
  return usage;
}

const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

const SEARCHED: (keyof ResourceRecord)[] = [
  'resourceId',
  'name',
  'category',
  'provider',
  'description',
  'area',
  'eligibility',
  'address',
  'languages',
];

export function matches(resource: ResourceRecord, filter: ListResourcesInput): boolean {
  if (filter.kind && resource.kind !== filter.kind) return false;
  if (filter.sector && resource.sector !== filter.sector) return false;
  if (filter.category && squash(resource.category) !== squash(filter.category)) return false;
  if (filter.shareable !== undefined && resource.shareable !== filter.shareable) return false;
  if (!filter.includeInactive && resource.status === 'inactive') return false;
  const words = (filter.query ?? '')
    .split(/\s+/)
    .map(squash)
    .filter((w) => w !== '');
  if (words.length === 0) return true;
  const haystack = SEARCHED.map((key) => squash(String(resource[key] ?? ''))).join('\n');
  return words.every((word) => haystack.includes(word));
}

export function viewOf(
  resource: ResourceRecord,
  usage: ResourceUsage | undefined,
  today: DateKey,
  verifyMonths: number,
): ResourceView {
  return {
    ...resource,
    kindLabel: resource.kind ? RESOURCE_KINDS.label(resource.kind) : '',
    sectorLabel: resource.sector ? SECTORS.label(resource.sector) : '',
    statusLabel: RESOURCE_STATUSES.label(resource.status ?? 'active'),
    usage: usage ?? { total: 0, active: 0 },
    needsVerification: !resource.verifiedOn || addMonths(resource.verifiedOn, verifyMonths) < today,
  };
}

/** Distinct values for the sidebar's filter menus, in Korean order. */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))].sort((a, b) =>
    a.localeCompare(b, 'ko'),
  );
}
