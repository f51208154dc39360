/**
 * Input schemas of the resource directory and the referral, shared by the sidebar and the server
 * (same Korean messages on both sides). Same conventions as ../schemas.ts: strict objects, text
 * stored as typed, "required" meaning "not blank".
 */
import { z } from 'zod';
import { unknownKeysMessage } from '../validation';
import { isDateKey } from '../dates';
import { RESOURCE_KINDS, RESOURCE_STATUSES, SECTORS } from '../vocabulary';
import { REFERRAL_FIELDS } from './referral-fields';

const SHORT_TEXT = 200;

function strict<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.strictObject(shape, {
    error: (issue) =>
      // Capped: a megabyte-long key is never echoed back (src/domain/validation.ts).
      issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys) : '입력 형식이 올바르지 않습니다.',
  });
}

const text = (label: string, max: number) =>
  z
    .string({ error: `${label}: 글자로 입력하세요.` })
    .max(max, { error: `${label}: ${max.toLocaleString('ko-KR')}자 이내로 입력하세요.` });

const requiredText = (label: string, max: number) =>
  text(label, max).refine((value) => value.trim().length > 0, { error: `${label}: 필수 항목입니다.` });

const optionalText = (label: string, max: number) => text(label, max).optional();

const date = (label: string) =>
  z
    .string({ error: `${label}: 날짜를 입력하세요.` })
    .refine(isDateKey, { error: `${label}: 날짜는 YYYY-MM-DD 형식의 실제 날짜여야 합니다.` });

const optionalDate = (label: string) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), date(label).optional());

/**
 * A choice given as its key or its Korean label (the demo data and people type '민간'); '' means
 * "not given".
 */
function choice<K extends string>(
  label: string,
  vocab: { keys: readonly [K, ...K[]]; labels: Record<K, string>; parse(text: string): K | undefined },
) {
  const options = vocab.keys.map((key) => vocab.labels[key]).join(', ');
  return z.preprocess(
    (value) => (typeof value === 'string' ? (vocab.parse(value) ?? value) : value),
    z.enum(vocab.keys, { error: `${label}: ${options} 중에서 고르세요.` }),
  );
}

const optionalChoice = <K extends string>(
  label: string,
  vocab: { keys: readonly [K, ...K[]]; labels: Record<K, string>; parse(text: string): K | undefined },
) =>
  z.preprocess(
    (value) => (value === '' || value === null ? undefined : value),
    choice(label, vocab).optional(),
  );

const version = z
  .number({ error: '버전: 숫자여야 합니다.' })
  .int({ error: '버전: 정수여야 합니다.' })
  .min(0, { error: '버전: 0 이상이어야 합니다.' })
  .optional();

export const resourceIdField = requiredText('자원번호', 40);

/** Limits shared by the form and the importer, so an imported row obeys the form's rules. */
export const RESOURCE_LIMITS = {
  name: 100,
  category: 50,
  provider: 100,
  description: 2000,
  contact: 100,
  email: 100,
  website: 300,
  address: 200,
  stateProvince: 20,
  city: 30,
  postalCode: 10,
  area: 200,
  eligibility: 1000,
  fees: 500,
  hours: 300,
  languages: 200,
  capacity: 500,
  contactPerson: 50,
  notes: 2000,
} as const;

const L = RESOURCE_LIMITS;

export const saveResourceInput = strict({
  resourceId: optionalText('자원번호', 40),
  name: requiredText('자원명', L.name),
  kind: choice('자원 유형', RESOURCE_KINDS),
  sector: optionalChoice('공공/민간', SECTORS),
  category: optionalText('분야', L.category),
  provider: optionalText('제공기관', L.provider),
  description: optionalText('서비스 내용', L.description),
  contact: optionalText('연락처', L.contact),
  email: optionalText('이메일', L.email),
  website: optionalText('웹사이트', L.website),
  address: optionalText('주소', L.address),
  stateProvince: optionalText('시·도', L.stateProvince),
  city: optionalText('시·군·구', L.city),
  postalCode: optionalText('우편번호', L.postalCode).refine(
    (value) => value === undefined || value.trim() === '' || /^\d{5}$/.test(value.trim()),
    { error: '우편번호: 숫자 5자리로 입력하세요 (예: 06236).' },
  ),
  area: optionalText('서비스 지역', L.area),
  eligibility: optionalText('이용 대상', L.eligibility),
  fees: optionalText('이용료', L.fees),
  hours: optionalText('운영 시간', L.hours),
  languages: optionalText('사용 언어', L.languages),
  capacity: optionalText('수용 여력 메모', L.capacity),
  contactPerson: optionalText('담당자', L.contactPerson),
  notes: optionalText('내부 메모', L.notes),
  status: optionalChoice('운영 상태', RESOURCE_STATUSES),
  shareable: z.boolean({ error: '협력기관 공유: 예/아니오로 입력하세요.' }).optional(),
  verifiedOn: optionalDate('최종 확인일'),
  version,
});
export type SaveResourceInput = z.infer<typeof saveResourceInput>;

export const listResourcesInput = strict({
  query: optionalText('검색어', 100),
  kind: optionalChoice('자원 유형', RESOURCE_KINDS),
  sector: optionalChoice('공공/민간', SECTORS),
  category: optionalText('분야', L.category),
  shareable: z.boolean({ error: '협력기관 공유: 예/아니오로 입력하세요.' }).optional(),
  includeInactive: z.boolean({ error: '운영 중단 포함: 예/아니오로 입력하세요.' }).optional(),
});
export type ListResourcesInput = z.infer<typeof listResourcesInput>;

export const exportResourcesInput = strict({
  /** shareable (default): what may leave the 동; all: every resource with internal fields, a backup. */
  scope: z.enum(['shareable', 'all'], { error: '내보내기 범위: shareable, all 중에서 고르세요.' }).optional(),
});
export type ExportResourcesInput = z.infer<typeof exportResourcesInput>;

/** 5 MB of text per file is far more than any 동's directory and well inside one call's limits. */
const MAX_FILE_CHARS = 5_000_000;

const csvFile = strict({
  name: requiredText('파일 이름', 200),
  content: z
    .string({ error: '파일 내용: 글자로 보내야 합니다.' })
    .max(MAX_FILE_CHARS, { error: '파일 내용: 파일이 너무 큽니다 (5MB 이내).' }),
});

/** Either HSDS CSV files (read in the browser) or a partner's spreadsheet (its URL or id). */
export const importResourcesInput = strict({
  files: z
    .array(csvFile, { error: 'CSV 파일: 목록이어야 합니다.' })
    .max(30, { error: 'CSV 파일: 30개 이내로 고르세요.' })
    .optional(),
  spreadsheet: optionalText('협력기관 시트 주소', 500),
  /** From previewResourceImport: importing writes exactly what the preview showed. */
  previewToken: optionalText('미리보기 확인값', 100),
}).refine((input) => Boolean(input.files && input.files.length > 0) !== Boolean(input.spreadsheet?.trim()), {
  error: '가져올 곳: HSDS CSV 파일들이나 협력기관 시트 주소 중 하나만 주세요.',
});
export type ImportResourcesInput = z.infer<typeof importResourcesInput>;

const referralFieldKeys = REFERRAL_FIELDS.keys;

export const referClientInput = strict({
  caseNo: requiredText('관리번호', 40),
  referredOn: date('의뢰일'),
  resourceId: optionalText('자원번호', 40),
  recipient: optionalText('의뢰 기관', SHORT_TEXT),
  consentId: optionalText('동의번호', 40),
  fields: z
    .array(
      z.enum(referralFieldKeys, {
        error: `제공할 항목: ${referralFieldKeys.map((k) => REFERRAL_FIELDS.labels[k]).join(', ')} 중에서 고르세요.`,
      }),
      { error: '제공할 항목: 목록이어야 합니다.' },
    )
    .min(1, { error: '제공할 항목: 하나 이상 고르세요.' })
    .max(referralFieldKeys.length),
  purpose: requiredText('의뢰 목적', 1000),
  message: optionalText('전달 내용', 2000),
  version,
}).refine((input) => Boolean(input.resourceId?.trim() || input.recipient?.trim()), {
  error: '의뢰 기관: 자원을 고르거나 기관 이름을 입력하세요.',
  path: ['recipient'],
});
export type ReferClientInput = z.infer<typeof referClientInput>;
