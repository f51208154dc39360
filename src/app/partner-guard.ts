/**
 * The one check every partner-facing output runs (the partner spreadsheet, the shareable HSDS
 * export): a shareable resource whose public text looks like a client's data stays home, and the
 * official is told which one and why (the kind of data, never the value).
 */
import { withParticle } from '../domain/korean';
import type { ResourceRecord } from '../domain/records';
import { clientDataIn, clientMarkers } from '../domain/resources';
import { CASES } from '../db/tables';
import type { UnitOfWork } from './unit-of-work';

export interface WithheldResource {
  resourceId: string;
  name: string;
  reason: string;
}

export function withholdClientData(
  work: UnitOfWork,
  resources: readonly ResourceRecord[],
): { shared: ResourceRecord[]; withheld: WithheldResource[] } {
  // Only what identifies a client is read, not the whole 사례 tab.
  const fields = ['caseNo', 'clientName', 'phone', 'birthDate', 'address'] as const;
  const clients = work
    .columns(CASES, fields)
    .map((row) => Object.fromEntries(fields.map((f) => [f, row[f] === null ? '' : String(row[f])])));
  const markers = clientMarkers(clients as Record<(typeof fields)[number], string>[]);
  const shared: ResourceRecord[] = [];
  const withheld: WithheldResource[] = [];
  for (const resource of resources) {
    const found = clientDataIn(resource, markers);
    if (found === '') shared.push(resource);
    else
      withheld.push({
        resourceId: resource.resourceId,
        name: resource.name,
        reason: `${withParticle(found, '으로')} 보이는 내용이 있음`,
      });
  }
  return { shared, withheld };
}
