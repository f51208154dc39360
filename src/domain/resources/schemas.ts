/**
 * Input schemas of the resource directory and the referral, shared by the sidebar and the server
 * (same Korean messages on both sides). Same conventions as ../schemas.ts: strict objects, text
 * stored as typed, "required" meaning "not blank".
 */
import { z } from 'zod';
import {
  choice,
  optionalChoice,
  optionalDate,
  optionalText,
  requiredText,
  strict,
  version,
} from '../zod-kit';
import { RESOURCE_KINDS, RESOURCE_STATUSES, SECTORS } from '../vocabulary';
import { REFERRAL_FIELDS } from './referral-fields';
import { input } from '../fields';
import { REFERRAL_RECORD_FIELDS as RF } from '../fields-catalogue';

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
  caseNo: requiredText(RF.caseNo.label, 40),
  referredOn: input.date(RF.referredOn),
  resourceId: input.text(RF.resourceId),
  recipient: input.text(RF.recipient),
  consentId: input.text(RF.consentId),
  fields: z
    .array(
      z.enum(referralFieldKeys, {
        error: `제공할 항목: ${referralFieldKeys.map((k) => REFERRAL_FIELDS.labels[k]).join(', ')} 중에서 고르세요.`,
      }),
      { error: '제공할 항목: 목록이어야 합니다.' },
    )
    .min(1, { error: '제공할 항목: 하나 이상 고르세요.' })
    .max(referralFieldKeys.length),
  purpose: input.requiredText(RF.purpose),
  message: input.text(RF.message),
  version,
}).refine((input) => Boolean(input.resourceId?.trim() || input.recipient?.trim()), {
  error: `${RF.recipient.label}: 자원을 고르거나 기관 이름을 입력하세요.`,
  path: ['recipient'],
});
export type ReferClientInput = z.infer<typeof referClientInput>;
