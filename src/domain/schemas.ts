/**
 * Input schemas of every server function, shared by the sidebar and the server so a form and the
 * server give the same Korean message. Objects are strict: an unknown key (`__proto__` included)
 * is refused rather than silently dropped. Text is never trimmed or altered: it is stored exactly
 * as typed; "required" only means "not blank".
 */
import { z } from 'zod';
import { isDateKey, type DateKey } from './dates';
import { unknownKeysMessage } from './validation';
import {
  ASSESSMENT_KINDS,
  CASE_TYPES,
  CHECK_METHODS,
  CLOSURE_REASONS,
  CONFERENCE_KINDS,
  DISCOVERY_CHANNELS,
  INTAKE_OUTCOMES,
  ITEM_OUTCOMES,
  LIFE_DOMAINS,
  RISK_LEVELS,
  SELECTION_DECISIONS,
  STAGES,
  ACTIVITY_KINDS,
  ADVOCACY_LEVELS,
  APPROVAL_DECISIONS,
  APPROVAL_SUBJECTS,
  GAP_KINDS,
} from './vocabulary';

/** Longest text accepted in one field: well under a Sheets cell's 50 000 characters. */
export const LONG_TEXT = 5000;
const SHORT_TEXT = 200;

function strict<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys) : '입력 형식이 올바르지 않습니다.',
  });
}

const text = (label: string, max = LONG_TEXT) =>
  z
    .string({ error: `${label}: 글자로 입력하세요.` })
    .max(max, { error: `${label}: ${max.toLocaleString('ko-KR')}자 이내로 입력하세요.` });

const requiredText = (label: string, max = LONG_TEXT) =>
  text(label, max).refine((value) => value.trim().length > 0, { error: `${label}: 필수 항목입니다.` });

const optionalText = (label: string, max = LONG_TEXT) => text(label, max).optional();

const date = (label: string) =>
  z
    .string({ error: `${label}: 날짜를 입력하세요.` })
    // An empty date box is a missing answer, not a badly written date.
    .refine((value) => value.trim() !== '', { error: `${label}: 필수 항목입니다.`, abort: true })
    .refine(isDateKey, { error: `${label}: 날짜는 YYYY-MM-DD 형식의 실제 날짜여야 합니다.` });

/** The sidebar sends '' for an empty date input: that means "not given". */
const optionalDate = (label: string) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), date(label).optional());

function choice<K extends string>(
  label: string,
  vocab: { keys: readonly [K, ...K[]]; labels: Record<K, string> },
) {
  const options = vocab.keys.map((key) => vocab.labels[key]).join(', ');
  return z.enum(vocab.keys, { error: `${label}: ${options} 중에서 고르세요.` });
}

const email = (label: string) =>
  z
    .string({ error: `${label}: 이메일 주소를 입력하세요.` })
    .max(SHORT_TEXT)
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: `${label}: 이메일 주소 형식이 아닙니다.` });

export const caseNoField = requiredText('관리번호', 40);

/** The case's version when the form was loaded: a newer version on the server means a stale edit. */
export const version = z
  .number({ error: '버전: 숫자여야 합니다.' })
  .int({ error: '버전: 정수여야 합니다.' })
  .min(0, { error: '버전: 0 이상이어야 합니다.' })
  .optional();

/** The earliest birth date a living client can plausibly have (a typo such as 0948 is caught). */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

const birthDate = date('생년월일').refine((value) => value >= EARLIEST_BIRTH_DATE, {
  error: `생년월일: ${EARLIEST_BIRTH_DATE.slice(0, 4)}년 이후 날짜여야 합니다.`,
});

export const clientSchema = strict({
  name: requiredText('대상자 이름', 50),
  birthDate,
  phone: optionalText('연락처', 30),
  address: optionalText('주소', SHORT_TEXT),
  household: optionalText('가구 상황', 1000),
});

export const intakeInput = strict({
  client: clientSchema,
  intakeDate: date('접수일'),
  discovery: choice('발굴 경로', DISCOVERY_CHANNELS),
  presentingProblem: requiredText('주 호소 문제'),
  potentialProblems: optionalText('잠재적 문제'),
  strengths: optionalText('강점'),
  weaknesses: optionalText('약점'),
  intakeOutcome: choice('처리유형', INTAKE_OUTCOMES),
  caseType: choice('사례 유형', CASE_TYPES).optional(),
  caseManager: email('담당 사례관리자').optional(),
}).refine(
  (input) => !input.client?.birthDate || !input.intakeDate || input.intakeDate >= input.client.birthDate,
  {
    error: '접수일: 생년월일보다 빠를 수 없습니다.',
    path: ['intakeDate'],
  },
);
export type IntakeInput = z.infer<typeof intakeInput>;

export const needInput = strict({
  domain: choice('생활 영역', LIFE_DOMAINS),
  problem: optionalText('문제'),
  demand: optionalText('요구(바람)'),
  need: requiredText('욕구'),
});

export const assessmentInput = strict({
  caseNo: caseNoField,
  kind: choice('사정 구분', ASSESSMENT_KINDS),
  assessedOn: date('사정일'),
  needs: z
    .array(needInput, { error: '욕구: 목록이어야 합니다.' })
    .min(1, { error: '욕구: 생활 영역별 욕구를 하나 이상 입력하세요.' })
    .max(30, { error: '욕구: 30개 이내로 입력하세요.' }),
  strengths: optionalText('강점'),
  supportSystem: optionalText('지지체계'),
  functionalEvaluation: optionalText('기능평가'),
  riskLevel: choice('위기도', RISK_LEVELS).optional(),
  version,
});
export type AssessmentInput = z.infer<typeof assessmentInput>;

export const planItemInput = strict({
  goal: requiredText('개입목표', 1000),
  service: requiredText('서비스 내용', 1000),
  priority: z
    .number({ error: '우선순위: 숫자여야 합니다.' })
    .int({ error: '우선순위: 정수여야 합니다.' })
    .min(1, { error: '우선순위: 1 이상이어야 합니다.' })
    .max(99, { error: '우선순위: 99 이하여야 합니다.' })
    .optional(),
  timing: optionalText('개입시기', SHORT_TEXT),
  startDate: date('서비스 시작일자'),
  endDate: optionalDate('서비스 종료일자'),
  timesPerWeek: z
    .number({ error: '횟수(회/1주당): 숫자여야 합니다.' })
    .min(0, { error: '횟수(회/1주당): 0 이상이어야 합니다.' })
    .max(50, { error: '횟수(회/1주당): 50 이하여야 합니다.' })
    .optional(),
  provider: optionalText('제공기관', SHORT_TEXT),
  providerContact: optionalText('담당자', SHORT_TEXT),
  checkMethod: optionalText('점검방법', SHORT_TEXT),
  resourceId: optionalText('자원', 40),
});
export type PlanItemInput = z.infer<typeof planItemInput>;

export const planInput = strict({
  caseNo: caseNoField,
  consentDate: date('동의일(서명일)'),
  shortTermGoal: requiredText('단기 성과목표', 1000),
  longTermGoal: optionalText('장기 성과목표', 1000),
  items: z
    .array(
      planItemInput.refine((item) => !item.endDate || item.endDate >= item.startDate, {
        error: '서비스 종료일자: 시작일자보다 빠를 수 없습니다.',
        path: ['endDate'],
      }),
      { error: '계획 항목: 목록이어야 합니다.' },
    )
    .min(1, { error: '계획 항목: 하나 이상 입력하세요.' })
    .max(50, { error: '계획 항목: 50개 이내로 입력하세요.' }),
  version,
});
export type PlanInput = z.infer<typeof planInput>;

export const checkInput = strict({
  caseNo: caseNoField,
  checkedOn: date('점검일'),
  method: choice('점검 방법', CHECK_METHODS),
  note: requiredText('점검 내용'),
  itemOutcomes: z
    .array(strict({ itemId: requiredText('계획 항목', 40), outcome: choice('이행여부', ITEM_OUTCOMES) }), {
      error: '이행여부: 목록이어야 합니다.',
    })
    .max(50)
    .optional(),
  needsChanged: z.boolean({ error: '욕구 변화: 예/아니오로 입력하세요.' }).optional(),
  version,
});
export type CheckInput = z.infer<typeof checkInput>;

export const closeInput = strict({
  caseNo: caseNoField,
  closedOn: date('종결일'),
  reason: choice('종결 사유', CLOSURE_REASONS),
  evaluation: optionalText('평가'),
  version,
});
export type CloseInput = z.infer<typeof closeInput>;

export const conferenceInput = strict({
  caseNo: caseNoField,
  kind: choice('회의 구분', CONFERENCE_KINDS),
  heldOn: date('회의일'),
  decision: choice('결정', SELECTION_DECISIONS),
  caseType: choice('사례 유형', CASE_TYPES).optional(),
  attendees: optionalText('참석자', 1000),
  notes: optionalText('회의 내용'),
  version,
});
export type ConferenceInput = z.infer<typeof conferenceInput>;

export const consentInput = strict({
  caseNo: caseNoField,
  consentedOn: date('동의일'),
  recipient: requiredText('제공받는 기관', SHORT_TEXT),
  items: requiredText('제공 항목', 1000),
  purpose: requiredText('제공 목적', 1000),
  until: optionalDate('보유·이용 기간'),
  withheld: optionalText('제공하지 않을 정보', 1000),
  version,
}).refine((input) => !input.until || !input.consentedOn || input.until >= input.consentedOn, {
  error: '보유·이용 기간: 동의일보다 빠를 수 없습니다.',
  path: ['until'],
});
export type ConsentInput = z.infer<typeof consentInput>;

export const followUpInput = strict({
  caseNo: caseNoField,
  contactedOn: date('사후관리일'),
  method: choice('연락 방법', CHECK_METHODS),
  note: requiredText('사후관리 내용'),
  newCrisis: z.boolean({ error: '새 위기: 예/아니오로 입력하세요.' }).optional(),
  version,
});
export type FollowUpInput = z.infer<typeof followUpInput>;

export const reopenInput = strict({
  caseNo: caseNoField,
  reopenedOn: date('재개일'),
  reason: requiredText('재개 사유', 1000),
  version,
});
export type ReopenInput = z.infer<typeof reopenInput>;

export const reassignInput = strict({
  caseNos: z
    .array(caseNoField, { error: '관리번호: 목록이어야 합니다.' })
    .min(1, { error: '관리번호: 하나 이상 고르세요.' })
    .max(10000),
  caseManager: email('새 담당 사례관리자'),
});
export type ReassignInput = z.infer<typeof reassignInput>;

export const getCaseInput = strict({ caseNo: caseNoField });

export const listCasesInput = strict({
  stage: choice('단계', STAGES).optional(),
  caseManager: z.string().max(SHORT_TEXT).optional(),
  query: optionalText('검색어', 100),
});
export type ListCasesInput = z.infer<typeof listCasesInput>;

/** For functions that take nothing: still an object, and nothing unknown in it. */
export const noInput = strict({});

/**
 * Dates a person enters about what has already happened (a birth, an intake, a check, a closure…)
 * may not be after today. Today is a parameter, never the machine's clock read here: the server
 * passes its clock's day in Seoul (`ctx.now()`), a form the browser's, and both give the same
 * message naming the field.
 */
function notAfterToday<S extends z.ZodType>(schema: S, fields: Record<string, string>) {
  return (today: DateKey) =>
    schema.superRefine((input, ctx) => {
      for (const [path, label] of Object.entries(fields)) {
        const keys = path.split('.');
        const value = keys.reduce<unknown>(
          (parent, key) => (parent as Record<string, unknown> | undefined)?.[key],
          input,
        );
        if (typeof value === 'string' && value > today)
          ctx.addIssue({
            code: 'custom',
            message: `${label}: 오늘(${today})보다 늦은 날짜는 입력할 수 없습니다.`,
            path: keys,
          });
      }
    });
}

export const intakeInputAsOf = notAfterToday(intakeInput, {
  'client.birthDate': '생년월일',
  intakeDate: '접수일',
});
export const assessmentInputAsOf = notAfterToday(assessmentInput, { assessedOn: '사정일' });
export const conferenceInputAsOf = notAfterToday(conferenceInput, { heldOn: '회의일' });
export const consentInputAsOf = notAfterToday(consentInput, { consentedOn: '동의일' });
export const planInputAsOf = notAfterToday(planInput, { consentDate: '동의일(서명일)' });
export const checkInputAsOf = notAfterToday(checkInput, { checkedOn: '점검일' });
export const closeInputAsOf = notAfterToday(closeInput, { closedOn: '종결일' });
export const followUpInputAsOf = notAfterToday(followUpInput, { contactedOn: '사후관리일' });
export const reopenInputAsOf = notAfterToday(reopenInput, { reopenedOn: '재개일' });

export const advocacyInput = strict({
  caseNo: caseNoField,
  on: date('활동일'),
  level: choice('권익옹호 수준', ADVOCACY_LEVELS),
  counterpart: requiredText('상대 (기관·사람)', SHORT_TEXT),
  action: requiredText('한 일'),
  outcome: optionalText('결과'),
  gapKind: choice('체계의 빈틈', GAP_KINDS).optional(),
  version,
}).refine((input) => input.level !== 'system' || input.gapKind !== undefined, {
  error: '체계의 빈틈: 서비스체계 개선 활동은 어떤 빈틈인지 고르세요.',
  path: ['gapKind'],
});
export type AdvocacyInput = z.infer<typeof advocacyInput>;
export const advocacyInputAsOf = notAfterToday(advocacyInput, { on: '활동일' });

export const activityInput = strict({
  caseNo: caseNoField,
  on: date('활동일'),
  kind: choice('활동 종류', ACTIVITY_KINDS),
  content: requiredText('내용'),
  participants: optionalText('참여자', 1000),
  version,
});
export type ActivityInput = z.infer<typeof activityInput>;
export const activityInputAsOf = notAfterToday(activityInput, { on: '활동일' });

export const approvalRequestInput = strict({
  caseNo: caseNoField,
  subject: choice('결재 대상', APPROVAL_SUBJECTS),
  planId: optionalText('계획번호', 40),
});
export type ApprovalRequestInput = z.infer<typeof approvalRequestInput>;

export const approvalDecisionInput = strict({
  approvalId: requiredText('결재번호', 40),
  decision: choice('결정', APPROVAL_DECISIONS),
  comment: optionalText('의견', 1000),
}).refine((input) => input.decision !== 'returned' || (input.comment ?? '').trim().length > 0, {
  error: '의견: 반려할 때는 무엇을 고칠지 의견을 적으세요.',
  path: ['comment'],
});
export type ApprovalDecisionInput = z.infer<typeof approvalDecisionInput>;

/** 대상자 정보 고치기: only the fields sent change; the version is required (no blind overwrite). */
const clientChanges = {
  name: requiredText('대상자 이름', 50).optional(),
  birthDate: birthDate.optional(),
  phone: optionalText('연락처', 30),
  address: optionalText('주소', SHORT_TEXT),
  household: optionalText('가구 상황', 1000),
};
export const updateClientInput = strict({
  caseNo: caseNoField,
  version: z
    .number({ error: '버전: 사례를 열었을 때의 버전을 보내야 합니다.' })
    .int({ error: '버전: 정수여야 합니다.' })
    .min(0, { error: '버전: 0 이상이어야 합니다.' }),
  ...clientChanges,
  /** The same fields grouped as getCase shows them (`client: { phone }`) are accepted too. */
  client: strict(clientChanges).optional(),
});
export type UpdateClientInput = z.infer<typeof updateClientInput>;
export const updateClientInputAsOf = notAfterToday(updateClientInput, {
  birthDate: '생년월일',
  'client.birthDate': '생년월일',
});

export const withdrawConsentInput = strict({
  caseNo: caseNoField,
  consentId: requiredText('동의번호', 40),
  on: date('철회일'),
  reason: optionalText('철회 사유', 1000),
  version,
});
export type WithdrawConsentInput = z.infer<typeof withdrawConsentInput>;
export const withdrawConsentInputAsOf = notAfterToday(withdrawConsentInput, { on: '철회일' });
