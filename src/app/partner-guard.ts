/**
 * The one check every partner-facing output runs (the partner spreadsheet, the shareable HSDS
 * export): a shareable resource whose public text looks like a client's data stays home, and the
 * official is told which one and why (the kind of data, never the value). The 서비스체계 빈틈
 * 보고서, which goes to the 구, holds its text against the same markers.
 */
import { withParticle } from '../domain/korean';
import type { ResourceRecord } from '../domain/records';
import { clientDataIn, clientMarkers, type ClientMarkers } from '../domain/resources';
import { CASES } from '../db/tables';
import type { UnitOfWork } from './unit-of-work';

export interface WithheldResource {
  resourceId: string;
  name: string;
  reason: string;
}

/** What would identify a client of this 동: only those columns are read, not the whole 사례 tab. */
export function clientMarkersOf(work: UnitOfWork): ClientMarkers {
  const fields = ['caseNo', 'clientName', 'phone', 'birthDate', 'address'] as const;
  const clients = work
    .columns(CASES, fields)
    .map((row) => Object.fromEntries(fields.map((f) => [f, row[f] === null ? '' : String(row[f])])));
  return clientMarkers(clients as Record<(typeof fields)[number], string>[]);
}

export function withholdClientData(
  work: UnitOfWork,
  resources: readonly ResourceRecord[],
): { shared: ResourceRecord[]; withheld: WithheldResource[] } {
  const markers = clientMarkersOf(work);
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
