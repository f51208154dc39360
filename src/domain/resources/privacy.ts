/**
 * A last guard before anything leaves for partners: a resource whose public text mentions a
 * client's name, phone number or birth date is held back, whatever its shareable flag says. People
 * type fast ("김하늘 님 댁 옆 반찬가게"); this catches that before a partner reads it.
 */
import type { CaseRecord, ResourceRecord } from '../records';
import { PUBLIC_COLUMNS } from './fields';

export interface ClientMarkers {
  names: string[];
  phones: string[];
  birthDates: string[];
}

const digits = (text: string) => text.replace(/\D/g, '');

/** Names of two letters or more, phones of 9 digits or more, birth dates as written in three ways. */
export function clientMarkers(
  cases: readonly Pick<CaseRecord, 'clientName' | 'phone' | 'birthDate'>[],
): ClientMarkers {
  const names = new Set<string>();
  const phones = new Set<string>();
  const birthDates = new Set<string>();
  for (const c of cases) {
    const name = c.clientName.replace(/\s+/g, '');
    if (name.length >= 2) names.add(name);
    const phone = digits(c.phone);
    if (phone.length >= 9) phones.add(phone);
    if (c.birthDate) {
      birthDates.add(c.birthDate);
      birthDates.add(c.birthDate.replace(/-/g, '.'));
      birthDates.add(c.birthDate.replace(/-/g, ''));
    }
  }
  return { names: [...names], phones: [...phones], birthDates: [...birthDates] };
}

/** What in the resource's public fields looks like client data ('' when nothing does). */
export function clientDataIn(resource: ResourceRecord, markers: ClientMarkers): string {
  const text = PUBLIC_COLUMNS.map((column) => column.show(resource)).join('\n');
  const squashed = text.replace(/\s+/g, '');
  // Digits per listed item, so two numbers side by side never make a third.
  const numbers = text.split(/[\n,;/]/).map(digits);
  if (markers.names.some((name) => squashed.includes(name))) return '대상자 이름';
  if (markers.phones.some((phone) => numbers.some((n) => n.includes(phone)))) return '대상자 전화번호';
  if (markers.birthDates.some((day) => text.includes(day))) return '대상자 생년월일';
  return '';
}
