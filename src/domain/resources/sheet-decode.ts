/**
 * A partner's resource sheet (our published 자원 목록, another 동's 자원 tab, or a sheet laid out
 * with the same headers) → incoming resources. Columns are found by header text, in Korean or as
 * the API's and HSDS's English names; columns we do not know are ignored and reported.
 */
import { seoulDateKey } from '../dates';
import type { IncomingFields, IncomingKey, IncomingResource } from './incoming';

const HEADERS: Record<IncomingKey | 'resourceId', readonly string[]> = {
  resourceId: ['자원번호', 'resourceid', 'id'],
  name: ['자원명', '서비스명', 'name'],
  kind: ['자원 유형', '자원유형', 'kind'],
  sector: ['공공/민간', '부문', 'sector'],
  category: ['분야', 'category'],
  provider: ['제공기관', '기관명', 'provider', 'organization'],
  description: ['서비스 내용', 'description'],
  contact: ['연락처', '전화', 'contact', 'phone'],
  email: ['이메일', 'email'],
  website: ['웹사이트', '홈페이지', 'website', 'url'],
  address: ['주소', 'address'],
  stateProvince: ['시·도', '시도', 'state_province'],
  city: ['시·군·구', '시군구', 'city'],
  postalCode: ['우편번호', 'postal_code'],
  area: ['서비스 지역', 'area', 'service_area'],
  eligibility: ['이용 대상', 'eligibility', 'eligibility_description'],
  fees: ['이용료', 'fees', 'fees_description'],
  hours: ['운영 시간', 'hours', 'schedule'],
  languages: ['사용 언어', 'languages'],
  capacity: ['수용 여력 메모', 'capacity'],
  contactPerson: ['담당자', 'contactperson'],
  notes: ['내부 메모', 'notes'],
  status: ['운영 상태', 'status'],
  shareable: ['협력기관 공유', 'shareable'],
  verifiedOn: ['최종 확인일', 'verifiedon', 'assured_date'],
  verifiedBy: ['확인자', 'verifiedby', 'assurer_email'],
};

const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** Cells from another realm (the fakes, a vm context) fail `instanceof Date`; this does not. */
const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (isDate(cell)) return seoulDateKey(cell);
  if (typeof cell === 'boolean') return cell ? '예' : '아니오';
  return String(cell);
}

export interface SheetDecodeResult {
  resources: IncomingResource[];
  problems: string[];
  ignoredColumns: string[];
}

export function decodeResourceSheet(
  tabName: string,
  values: readonly (readonly unknown[])[],
): SheetDecodeResult {
  const [header = [], ...body] = values;
  const positions = new Map<IncomingKey | 'resourceId', number>();
  const ignoredColumns: string[] = [];
  header.forEach((cell, index) => {
    const text = squash(cellText(cell));
    if (text === '') return;
    const key = (Object.keys(HEADERS) as (IncomingKey | 'resourceId')[]).find((k) =>
      HEADERS[k].some((alias) => squash(alias) === text),
    );
    if (key && !positions.has(key)) positions.set(key, index);
    else ignoredColumns.push(cellText(cell));
  });
  if (!positions.has('name'))
    return { resources: [], problems: [`'${tabName}' 탭 첫 줄에 '자원명' 열이 없습니다.`], ignoredColumns };
  const resources: IncomingResource[] = [];
  body.forEach((row, index) => {
    if (row.every((cell) => cellText(cell).trim() === '')) return;
    const fields: IncomingFields = {};
    let sourceId = '';
    for (const [key, position] of positions) {
      const text = cellText(row[position]);
      if (key === 'resourceId') sourceId = text.trim();
      else fields[key] = text;
    }
    resources.push({ sourceId, where: `'${tabName}' 탭 ${index + 2}번째 줄`, fields });
  });
  return { resources, problems: [], ignoredColumns };
}
