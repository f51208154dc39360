/**
 * A last guard before anything leaves for partners: a resource whose public text mentions a
 * client's name, phone number, birth date, address or 관리번호 is held back, whatever its shareable
 * flag says. People type fast ("김하늘 님 댁 옆 반찬가게", "햇살로 12 할머니 댁") and paste from
 * elsewhere (a name in NFD or with a zero-width space); this catches that before a partner reads it.
 *
 * Every client identifier becomes a token in a set once; each text is cut into candidate tokens
 * the same way and looked up, so the cost grows with the text and the caseload, never with their
 * product (10 000 clients × 500 resources would be five million comparisons).
 */
import { parseCaseNo } from '../case-number';
import type { CaseRecord, ResourceRecord } from '../records';
import { hasResidentNumber } from '../resident-number';
import { foldText, lettersAndDigits } from '../text-folding';
import { PUBLIC_COLUMNS } from './fields';

export interface ClientMarkers {
  /** Names, letters only ("김하늘"). */
  names: Set<string>;
  /** The longest name, so a text is cut into candidates no longer than that. */
  longestName: number;
  /** Phone numbers as dialled at home (01012345678) and without their leading 0 (1012345678). */
  phones: Set<string>;
  /** The 8 digits after 010, which people write alone ("1234-5678"). */
  mobileSubscribers: Set<string>;
  /** Birth dates as YYYYMMDD and YYMMDD. */
  birthDates: Set<string>;
  /** Road or lot addresses with their number ("햇살로12", "행복동123-4"). */
  addresses: Set<string>;
  /** Apartment units as 동-호 ("101-1203"), from "101동 1203호" or "101-1203". */
  apartmentUnits: Set<string>;
  /** 관리번호 letters and digits ("행복20260001"). */
  caseNumbers: Set<string>;
  longestCaseNo: number;
  /** 관리번호 without its prefix, year and sequence ("20260001"): how people say it within the 동. */
  caseSerials: Set<string>;
}

type ClientFields = Pick<CaseRecord, 'caseNo' | 'clientName' | 'phone' | 'birthDate' | 'address'>;

const digits = (text: string) => text.replace(/\D/g, '');

/** A Korean phone number as dialled at home: +82 10… and 82-10… become 010…. */
function homePhone(phoneDigits: string): string {
  if (phoneDigits.startsWith('82') && phoneDigits.length >= 11) return `0${phoneDigits.slice(2)}`;
  return phoneDigits;
}

/**
 * 도로명 (햇살로 12, 행복길 3-1) and 지번 (행복동 123-4) addresses with their number, letters and digits
 * only: the part of an address that points at one building.
 */
const ADDRESS_PARTS = /[가-힣]+(?:(?:로|길)(?:\s*\d+번?길)?|동|리|가)\s*\d+(?:-\d+)?(?![\d동층호])/g;

function addressTokens(text: string): string[] {
  return [...foldText(text).matchAll(ADDRESS_PARTS)].map(([part]) => lettersAndDigits(part));
}

/**
 * An apartment's 동 and 호 ("101동 1203호", "101-1203호", "101-1203"): with a 동's few complexes, the
 * pair points at one household. The short form stands alone, never inside a longer dashed number
 * (02-101-1203 is a phone).
 */
const APARTMENT_UNIT =
  /(?<![\d-])(\d{1,4})\s*동\s*(\d{1,5})\s*호|(?<![\d-])(\d{3,4})\s*-\s*(\d{3,4})(?![\d-])/g;

function apartmentTokens(text: string): string[] {
  return [...foldText(text).matchAll(APARTMENT_UNIT)].map(
    ([, dong, ho, shortDong, shortHo]) => `${Number(dong ?? shortDong)}-${Number(ho ?? shortHo)}`,
  );
}

/** A 관리번호's year and sequence written without the prefix: 2026-0001, 2026 0001, 20260001. */
const CASE_SERIAL = /(?<![\d-])(\d{4})\s*[-./]?\s*(\d{4,})(?![\d-])/g;

function caseSerialTokens(text: string): string[] {
  return [...text.matchAll(CASE_SERIAL)].map(([, year, sequence]) => `${year}${sequence}`);
}

/** Dates written as 1948-05-17, 1948.5.17, 1948/05/17, 1948년 5월 17일, 48.5.17 or 48년 5월 17일생. */
const WRITTEN_DATE = /(?<!\d)(\d{4}|\d{2})\s*(?:[-./]|년)\s*(\d{1,2})\s*(?:[-./]|월)\s*(\d{1,2})(?!\d)/g;

function dateTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const [, year, month, day] of text.matchAll(WRITTEN_DATE))
    tokens.push(`${year}${(month as string).padStart(2, '0')}${(day as string).padStart(2, '0')}`);
  // Written without separators: 19480517 or 480517.
  for (const [run] of text.matchAll(/(?<!\d)(?:\d{8}|\d{6})(?!\d)/g)) tokens.push(run);
  return tokens;
}

/** Numbers as people write them (010-1234-5678, +82 10 1234 5678, (010)1234.5678): digits of each. */
const NUMBER_RUN = /\+?\d[\d\s\-.()]*\d/g;

export function clientMarkers(cases: readonly ClientFields[]): ClientMarkers {
  const markers: ClientMarkers = {
    names: new Set(),
    longestName: 0,
    phones: new Set(),
    mobileSubscribers: new Set(),
    birthDates: new Set(),
    addresses: new Set(),
    apartmentUnits: new Set(),
    caseNumbers: new Set(),
    longestCaseNo: 0,
    caseSerials: new Set(),
  };
  for (const c of cases) {
    const name = lettersAndDigits(c.clientName);
    if (name.length >= 2) {
      markers.names.add(name);
      markers.longestName = Math.max(markers.longestName, name.length);
    }
    const phone = homePhone(digits(foldText(c.phone)));
    if (phone.length >= 9) {
      markers.phones.add(phone);
      markers.phones.add(phone.slice(1));
      if (phone.startsWith('010') && phone.length === 11) markers.mobileSubscribers.add(phone.slice(3));
    }
    if (c.birthDate) {
      const day = digits(c.birthDate);
      markers.birthDates.add(day);
      markers.birthDates.add(day.slice(2));
    }
    for (const token of addressTokens(c.address)) markers.addresses.add(token);
    for (const token of apartmentTokens(c.address)) markers.apartmentUnits.add(token);
    const caseNo = lettersAndDigits(c.caseNo);
    if (caseNo.length >= 8) {
      markers.caseNumbers.add(caseNo);
      markers.longestCaseNo = Math.max(markers.longestCaseNo, caseNo.length);
    }
    const parts = parseCaseNo(c.caseNo.trim());
    if (parts) markers.caseSerials.add(`${parts.year}${String(parts.sequence).padStart(4, '0')}`);
  }
  return markers;
}

/** Whether some substring of `text` of length `min`..`max` is in `set` (linear in the text). */
function holdsAny(text: string, set: ReadonlySet<string>, min: number, max: number): boolean {
  if (set.size === 0) return false;
  for (let start = 0; start < text.length; start++)
    for (let length = min; length <= max && start + length <= text.length; length++)
      if (set.has(text.slice(start, start + length))) return true;
  return false;
}

function holdsPhone(folded: string, markers: ClientMarkers): boolean {
  for (const [run] of folded.matchAll(NUMBER_RUN)) {
    const number = homePhone(digits(run));
    // Nine digits: a Seoul landline (02-123-4567); ten and eleven: other landlines and mobiles.
    if (holdsAny(number, markers.phones, 9, 11)) return true;
    if (number.length === 8 && markers.mobileSubscribers.has(number)) return true;
  }
  return false;
}

/** What in `text` looks like client data ('' when nothing does): the kind, never the value. */
export function clientDataInText(text: string, markers: ClientMarkers): string {
  // A 주민등록번호 is nobody's but a client's, typed by hand where the sidebar would have refused it.
  if (hasResidentNumber(text)) return '주민등록번호';
  const folded = foldText(text);
  const squashed = lettersAndDigits(folded);
  if (holdsAny(squashed, markers.names, 2, markers.longestName)) return '대상자 이름';
  if (holdsPhone(folded, markers)) return '대상자 전화번호';
  if (dateTokens(folded).some((token) => markers.birthDates.has(token))) return '대상자 생년월일';
  if (addressTokens(folded).some((token) => markers.addresses.has(token))) return '대상자 주소';
  if (apartmentTokens(folded).some((token) => markers.apartmentUnits.has(token))) return '대상자 주소';
  if (holdsAny(squashed, markers.caseNumbers, 8, markers.longestCaseNo)) return '관리번호';
  if (caseSerialTokens(folded).some((token) => markers.caseSerials.has(token))) return '관리번호';
  return '';
}

/** What in the resource's public fields looks like client data ('' when nothing does). */
export function clientDataIn(resource: ResourceRecord, markers: ClientMarkers): string {
  return clientDataInText(PUBLIC_COLUMNS.map((column) => column.show(resource)).join('\n'), markers);
}
