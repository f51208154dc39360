/**
 * A resource arriving from outside (an HSDS file, a partner's sheet), as text, and its validation
 * against the same rules as the form. Only the fields the source carries are present.
 */
import { isDateKey } from '../dates';
import { containsResidentRegistrationNumber } from '../validation';
import { RESOURCE_KINDS, RESOURCE_STATUSES, SECTORS } from '../vocabulary';
import { FIELD_LABELS, type ResourceData } from './fields';
import { RESOURCE_LIMITS } from './schemas';

export type IncomingKey = Exclude<keyof ResourceData, never>;
export type IncomingFields = Partial<Record<IncomingKey, string>>;

export interface IncomingResource {
  /** The source's own id (HSDS service id or the sheet's 자원번호), '' when it has none. */
  sourceId: string;
  /** Where a person finds the row: "services.csv 3번째 줄". */
  where: string;
  fields: IncomingFields;
}

export type ValidatedIncoming =
  | { ok: true; sourceId: string; where: string; data: Partial<ResourceData> }
  | { ok: false; where: string; problems: string[] };

const TRUE_WORDS = new Set(['true', 'yes', 'y', '예', '네', 'o', '1', '공유']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '아니오', '아니요', 'x', '0', '']);

export function validateIncoming(incoming: IncomingResource): ValidatedIncoming {
  const f = incoming.fields;
  const problems: string[] = [];
  const data: Partial<ResourceData> = {};
  if (Object.values(f).some((value) => containsResidentRegistrationNumber(value))) {
    return {
      ok: false,
      where: incoming.where,
      problems: ['주민등록번호로 보이는 값이 있어 가져오지 않습니다.'],
    };
  }
  for (const key of Object.keys(RESOURCE_LIMITS) as (keyof typeof RESOURCE_LIMITS)[]) {
    const value = f[key];
    if (value === undefined) continue;
    if (value.length > RESOURCE_LIMITS[key])
      problems.push(
        `${FIELD_LABELS[key]}: ${RESOURCE_LIMITS[key].toLocaleString('ko-KR')}자 이내여야 합니다.`,
      );
    else data[key] = value;
  }
  if ((f.name ?? '').trim() === '') problems.push('자원명: 비어 있습니다.');
  if (f.kind !== undefined) {
    const kind = f.kind.trim() === '' ? null : RESOURCE_KINDS.parse(f.kind.trim());
    if (kind === undefined)
      problems.push(`자원 유형: "${f.kind}"은(는) 인적, 물적, 관계 중 하나가 아닙니다.`);
    else data.kind = kind;
  }
  if (f.sector !== undefined) {
    const sector = f.sector.trim() === '' ? null : SECTORS.parse(f.sector.trim());
    if (sector === undefined) problems.push(`공공/민간: "${f.sector}"은(는) 공공, 민간 중 하나가 아닙니다.`);
    else data.sector = sector;
  }
  if (f.status !== undefined) {
    const status = f.status.trim() === '' ? 'active' : RESOURCE_STATUSES.parse(f.status.trim());
    if (status === undefined) problems.push(`운영 상태: "${f.status}"을(를) 알 수 없습니다.`);
    else data.status = status;
  }
  if (f.shareable !== undefined) {
    const word = f.shareable.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) data.shareable = true;
    else if (FALSE_WORDS.has(word)) data.shareable = false;
    else problems.push(`협력기관 공유: "${f.shareable}"은(는) 예/아니오가 아닙니다.`);
  }
  if (f.verifiedOn !== undefined) {
    const day = f.verifiedOn.trim();
    if (day === '') data.verifiedOn = null;
    else if (isDateKey(day)) data.verifiedOn = day;
    else problems.push(`최종 확인일: "${f.verifiedOn}"은(는) YYYY-MM-DD 날짜가 아닙니다.`);
  }
  if (f.verifiedBy !== undefined) {
    if (f.verifiedBy.length > 200) problems.push('확인자: 200자 이내여야 합니다.');
    else data.verifiedBy = f.verifiedBy;
  }
  if (incoming.sourceId.length > 40) problems.push('자원번호(id): 40자 이내여야 합니다.');
  return problems.length > 0
    ? { ok: false, where: incoming.where, problems }
    : { ok: true, sourceId: incoming.sourceId, where: incoming.where, data };
}
