/**
 * Input schemas of every server function, shared by the sidebar and the server so a form and the
 * server give the same Korean message. A case record's field takes its label (the start of each
 * message) and its text limit from the field catalogue (fields-catalogue.ts); what is required
 * where is said here. Objects are strict: an unknown key (`__proto__` included)
 * is refused rather than silently dropped. Text is never trimmed or altered: it is stored exactly
 * as typed; "required" only means "not blank".
 */
import { z } from 'zod';
import type { DateKey } from './dates';
import {
  blankAsMissing,
  choice,
  date,
  email,
  LONG_TEXT,
  optionalText,
  requiredText,
  SHORT_TEXT,
  strict,
  version,
} from './zod-kit';
import { input } from './fields';
import {
  ACTIVITY_FIELDS as AC,
  ADVOCACY_FIELDS as AD,
  APPROVAL_FIELDS as AP,
  ASSESSMENT_FIELDS as A,
  CASE_FIELDS as C,
  CHECK_FIELDS as CH,
  CLOSURE_FIELDS as CL,
  CONFERENCE_FIELDS as M,
  CONSENT_FIELDS as D,
  FOLLOW_UP_FIELDS as F,
  HOUSEHOLD_MEMBER_FIELDS as HM,
  INTAKE_FIELDS as I,
  NEED_FIELDS as N,
  PLAN_FIELDS as PL,
  PLAN_ITEM_FIELDS as PI,
} from './fields-catalogue';
import { STAGES, APPROVAL_DECISIONS } from './vocabulary';

export { LONG_TEXT };

export const caseNoField = requiredText('관리번호', 40);

/** 보조담당자: a staff member's e-mail (the server checks the 직원 tab knows them). */
const assistantEmail = email(C.assistant.label);

/** The earliest birth date a living client can plausibly have (a typo such as 0948 is caught). */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

const birthDate = input.date(C.birthDate).refine((value) => value >= EARLIEST_BIRTH_DATE, {
  error: `${C.birthDate.label}: ${EARLIEST_BIRTH_DATE.slice(0, 4)}년 이후 날짜여야 합니다.`,
});

export const clientSchema = strict({
  name: input.requiredText(C.clientName),
  birthDate,
  phone: input.text(C.phone),
  address: input.text(C.address),
  household: input.text(C.household),
});

export const intakeInput = strict({
  client: clientSchema,
  intakeDate: input.date(I.intakeDate),
  discovery: input.choice(I.discovery),
  presentingProblem: input.requiredText(I.presentingProblem),
  potentialProblems: input.text(I.potentialProblems),
  strengths: input.text(I.strengths),
  weaknesses: input.text(I.weaknesses),
  intakeOutcome: input.choice(I.intakeOutcome),
  caseType: input.choice(C.caseType).optional(),
  caseManager: email(C.caseManager.label).optional(),
  assistant: assistantEmail.optional(),
  /** One key per draft (the sidebar makes it): the same draft sent twice opens one case. */
  draftKey: z
    .string({ error: '입력 키: 글자로 입력하세요.' })
    .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: '입력 키: 영문·숫자 8~64자여야 합니다.' })
    .optional(),
  /** The cases that looked like the same resident and that the case manager said are someone else. */
  notDuplicateOf: z
    .array(caseNoField, { error: '다른 사람입니다: 관리번호 목록이어야 합니다.' })
    .max(20, { error: '다른 사람입니다: 20개 이내로 입력하세요.' })
    .optional(),
}).refine(
  (input) => !input.client?.birthDate || !input.intakeDate || input.intakeDate >= input.client.birthDate,
  {
    error: `${I.intakeDate.label}: ${C.birthDate.label}보다 빠를 수 없습니다.`,
    path: ['intakeDate'],
  },
);
export type IntakeInput = z.infer<typeof intakeInput>;

/** Who an intake might already be: name with birth date, or phone (findSimilarClients). */
export const similarClientsInput = strict({
  name: input.text(C.clientName),
  birthDate: input.optionalDate(C.birthDate),
  phone: input.text(C.phone),
});
export type SimilarClientsInput = z.infer<typeof similarClientsInput>;

export const needInput = strict({
  domain: input.choice(N.domain),
  problem: input.text(N.problem),
  demand: input.text(N.demand),
  need: input.requiredText(N.need),
});

export const assessmentInput = strict({
  caseNo: caseNoField,
  kind: input.choice(A.kind),
  assessedOn: input.date(A.assessedOn),
  needs: z
    .array(needInput, { error: '욕구: 목록이어야 합니다.' })
    .min(1, { error: '욕구: 생활 영역별 욕구를 하나 이상 입력하세요.' })
    .max(30, { error: '욕구: 30개 이내로 입력하세요.' }),
  strengths: input.text(A.strengths),
  supportSystem: input.text(A.supportSystem),
  functionalEvaluation: input.text(A.functionalEvaluation),
  riskLevel: input.choice(A.riskLevel).optional(),
  version,
});
export type AssessmentInput = z.infer<typeof assessmentInput>;

export const planItemInput = strict({
  goal: input.requiredText(PI.goal),
  service: input.requiredText(PI.service),
  priority: z
    .number({ error: '우선순위: 숫자여야 합니다.' })
    .int({ error: '우선순위: 정수여야 합니다.' })
    .min(1, { error: '우선순위: 1 이상이어야 합니다.' })
    .max(99, { error: '우선순위: 99 이하여야 합니다.' })
    .optional(),
  timing: input.text(PI.timing),
  startDate: input.date(PI.startDate),
  endDate: input.optionalDate(PI.endDate),
  timesPerWeek: z
    .number({ error: '횟수(회/1주당): 숫자여야 합니다.' })
    .min(0, { error: '횟수(회/1주당): 0 이상이어야 합니다.' })
    .max(50, { error: '횟수(회/1주당): 50 이하여야 합니다.' })
    .optional(),
  provider: input.text(PI.provider),
  providerContact: input.text(PI.providerContact),
  checkMethod: input.text(PI.checkMethod),
  resourceId: input.text(PI.resourceId),
});
export type PlanItemInput = z.infer<typeof planItemInput>;

export const planInput = strict({
  caseNo: caseNoField,
  consentDate: input.date(PL.consentDate),
  shortTermGoal: input.requiredText(PL.shortTermGoal),
  longTermGoal: input.text(PL.longTermGoal),
  items: z
    .array(
      planItemInput.refine((item) => !item.endDate || item.endDate >= item.startDate, {
        error: `${PI.endDate.label}: 시작일자보다 빠를 수 없습니다.`,
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
  checkedOn: input.date(CH.checkedOn),
  method: input.choice(CH.method),
  note: input.requiredText(CH.note),
  itemOutcomes: z
    .array(strict({ itemId: requiredText('계획 항목', 40), outcome: input.choice(PI.outcome) }), {
      error: '이행여부: 목록이어야 합니다.',
    })
    .max(50)
    .optional(),
  needsChanged: z.boolean({ error: `${CH.needsChanged.label}: 예/아니오로 입력하세요.` }).optional(),
  version,
});
export type CheckInput = z.infer<typeof checkInput>;

export const closeInput = strict({
  caseNo: caseNoField,
  closedOn: input.date(CL.closedOn),
  reason: input.choice(CL.reason),
  evaluation: input.text(CL.evaluation),
  version,
});
export type CloseInput = z.infer<typeof closeInput>;

export const conferenceInput = strict({
  caseNo: caseNoField,
  kind: input.choice(M.kind),
  heldOn: input.date(M.heldOn),
  decision: input.choice(M.decision),
  caseType: input.choice(M.caseType).optional(),
  attendees: input.text(M.attendees),
  notes: input.text(M.notes),
  version,
});
export type ConferenceInput = z.infer<typeof conferenceInput>;

export const consentInput = strict({
  caseNo: caseNoField,
  consentedOn: input.date(D.consentedOn),
  recipient: input.requiredText(D.recipient),
  items: input.requiredText(D.items),
  purpose: input.requiredText(D.purpose),
  until: input.optionalDate(D.until),
  withheld: input.text(D.withheld),
  /** Who consented; left out it is 본인 (the API before issue 14 never sent it). */
  consentBy: input.choice(D.consentBy).optional(),
  guardianName: input.text(D.guardianName),
  guardianRelation: input.text(D.guardianRelation),
  version,
})
  .refine((input) => !input.until || !input.consentedOn || input.until >= input.consentedOn, {
    error: `${D.until.label}: ${D.consentedOn.label}보다 빠를 수 없습니다.`,
    path: ['until'],
  })
  .superRefine((input, ctx) => {
    const guardian = input.consentBy === 'guardian';
    for (const key of ['guardianName', 'guardianRelation'] as const) {
      const given = (input[key] ?? '').trim() !== '';
      if (guardian && !given)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `${D[key].label}: 보호자가 동의했으면 필수 항목입니다.`,
        });
      if (!guardian && given)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `${D[key].label}: 본인이 동의했으면 비워 두세요 (보호자가 동의했으면 '동의한 사람'을 보호자로 고르세요).`,
        });
    }
  });
export type ConsentInput = z.infer<typeof consentInput>;

export const followUpInput = strict({
  caseNo: caseNoField,
  contactedOn: input.date(F.contactedOn),
  method: input.choice(F.method),
  note: input.requiredText(F.note),
  newCrisis: z.boolean({ error: `${F.newCrisis.label}: 예/아니오로 입력하세요.` }).optional(),
  version,
});
export type FollowUpInput = z.infer<typeof followUpInput>;

export const reopenInput = strict({
  caseNo: caseNoField,
  reopenedOn: input.date(CL.reopenedOn),
  reason: input.requiredText(CL.reopenReason),
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
export type GetCaseInput = z.infer<typeof getCaseInput>;

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
  'client.birthDate': C.birthDate.label,
  intakeDate: I.intakeDate.label,
});
export const assessmentInputAsOf = notAfterToday(assessmentInput, { assessedOn: A.assessedOn.label });
export const conferenceInputAsOf = notAfterToday(conferenceInput, { heldOn: M.heldOn.label });
export const consentInputAsOf = notAfterToday(consentInput, { consentedOn: D.consentedOn.label });
export const planInputAsOf = notAfterToday(planInput, { consentDate: PL.consentDate.label });
export const checkInputAsOf = notAfterToday(checkInput, { checkedOn: CH.checkedOn.label });
export const closeInputAsOf = notAfterToday(closeInput, { closedOn: CL.closedOn.label });
export const followUpInputAsOf = notAfterToday(followUpInput, { contactedOn: F.contactedOn.label });
export const reopenInputAsOf = notAfterToday(reopenInput, { reopenedOn: CL.reopenedOn.label });

export const advocacyInput = strict({
  caseNo: caseNoField,
  on: input.date(AD.on),
  level: input.choice(AD.level),
  counterpart: input.requiredText(AD.counterpart),
  action: input.requiredText(AD.action),
  outcome: input.text(AD.outcome),
  gapKind: input.choice(AD.gapKind).optional(),
  version,
}).refine((input) => input.level !== 'system' || input.gapKind !== undefined, {
  error: `${AD.gapKind.label}: 서비스체계 개선 활동은 어떤 빈틈인지 고르세요.`,
  path: ['gapKind'],
});
export type AdvocacyInput = z.infer<typeof advocacyInput>;
export const advocacyInputAsOf = notAfterToday(advocacyInput, { on: AD.on.label });

/** 서비스체계 빈틈 보고서: the days it covers, both included; a report of days still to come says nothing yet. */
export const gapReportInput = strict({
  from: date('시작일'),
  to: date('종료일'),
}).refine((period) => period.from <= period.to, {
  error: '종료일: 시작일과 같거나 그 뒤의 날짜여야 합니다.',
  path: ['to'],
});
export type GapReportInput = z.infer<typeof gapReportInput>;
export const gapReportInputAsOf = notAfterToday(gapReportInput, { to: '종료일' });

export const activityInput = strict({
  caseNo: caseNoField,
  on: input.date(AC.on),
  kind: input.choice(AC.kind),
  content: input.requiredText(AC.content),
  participants: input.text(AC.participants),
  version,
});
export type ActivityInput = z.infer<typeof activityInput>;
export const activityInputAsOf = notAfterToday(activityInput, { on: AC.on.label });

export const approvalRequestInput = strict({
  caseNo: caseNoField,
  subject: input.choice(AP.subject),
  planId: optionalText(PL.planId.label, 40),
});
export type ApprovalRequestInput = z.infer<typeof approvalRequestInput>;

export const approvalDecisionInput = strict({
  approvalId: requiredText(AP.approvalId.label, 40),
  decision: choice('결정', APPROVAL_DECISIONS),
  comment: input.text(AP.comment),
}).refine((input) => input.decision !== 'returned' || (input.comment ?? '').trim().length > 0, {
  error: `${AP.comment.label}: 반려할 때는 무엇을 고칠지 의견을 적으세요.`,
  path: ['comment'],
});
export type ApprovalDecisionInput = z.infer<typeof approvalDecisionInput>;

/** 대상자 정보 고치기: only the fields sent change; the version is required (no blind overwrite). */
const clientChanges = {
  name: input.requiredText(C.clientName).optional(),
  birthDate: birthDate.optional(),
  phone: input.text(C.phone),
  address: input.text(C.address),
  household: input.text(C.household),
};
/** A correction's version is required: no blind overwrite of someone else's save. */
const requiredVersion = z
  .number({ error: '버전: 사례를 열었을 때의 버전을 보내야 합니다.' })
  .int({ error: '버전: 정수여야 합니다.' })
  .min(0, { error: '버전: 0 이상이어야 합니다.' });
export const updateClientInput = strict({
  caseNo: caseNoField,
  version: requiredVersion,
  ...clientChanges,
  /** 보조담당자: a staff member's e-mail; '' takes the assistant off the case. */
  assistant: z
    .string({ error: `${C.assistant.label}: 이메일 주소를 입력하세요.` })
    .refine((value) => value === '' || assistantEmail.safeParse(value).success, {
      error: `${C.assistant.label}: 이메일 주소 형식이 아닙니다.`,
    })
    .optional(),
  /** The same fields grouped as getCase shows them (`client: { phone }`) are accepted too. */
  client: strict(clientChanges).optional(),
});
export type UpdateClientInput = z.infer<typeof updateClientInput>;
export const updateClientInputAsOf = notAfterToday(updateClientInput, {
  birthDate: C.birthDate.label,
  'client.birthDate': C.birthDate.label,
});

export const withdrawConsentInput = strict({
  caseNo: caseNoField,
  consentId: requiredText('동의번호', 40),
  on: input.date(D.withdrawnOn),
  reason: input.text(D.withdrawalReason),
  version,
});
export type WithdrawConsentInput = z.infer<typeof withdrawConsentInput>;
export const withdrawConsentInputAsOf = notAfterToday(withdrawConsentInput, { on: D.withdrawnOn.label });

/** The most 가구원 one case lists (issue 14): a household larger than this is noted in 가구 상황. */
export const MAX_HOUSEHOLD_MEMBERS = 20;

/** 출생연도: four digits from 1900 (a number, or the text a form's box holds); '' means "not known". */
const birthYear = z.preprocess(
  (value) => {
    const blank = blankAsMissing(value);
    return typeof blank === 'string' && /^\d{4}$/.test(blank.trim()) ? Number(blank.trim()) : blank;
  },
  z
    .number({ error: `${HM.birthYear.label}: 네 자리 연도로 입력하세요 (예: 1958).` })
    .int({ error: `${HM.birthYear.label}: 네 자리 연도로 입력하세요 (예: 1958).` })
    .min(1900, { error: `${HM.birthYear.label}: 1900년 이후여야 합니다.` })
    .max(9999, { error: `${HM.birthYear.label}: 네 자리 연도로 입력하세요 (예: 1958).` })
    .optional(),
);

export const householdMemberInput = strict({
  relation: input.choice(HM.relation),
  birthYear,
  note: input.text(HM.note),
});

export const saveHouseholdMembersInput = strict({
  caseNo: caseNoField,
  version: requiredVersion,
  members: z.array(householdMemberInput, { error: '가구원: 목록이어야 합니다.' }).max(MAX_HOUSEHOLD_MEMBERS, {
    error: `가구원: ${MAX_HOUSEHOLD_MEMBERS}명 이내로 입력하세요. 더 많으면 가구 상황에 적으세요.`,
  }),
});
export type SaveHouseholdMembersInput = z.infer<typeof saveHouseholdMembersInput>;

/** No 가구원 born after this year (today is the server's day in Seoul, or the form's). */
export const saveHouseholdMembersInputAsOf = (today: DateKey) =>
  saveHouseholdMembersInput.superRefine((input, ctx) => {
    const year = Number(today.slice(0, 4));
    input.members.forEach((member, i) => {
      if (member.birthYear !== undefined && member.birthYear > year)
        ctx.addIssue({
          code: 'custom',
          message: `${HM.birthYear.label}: 올해(${year}년)보다 늦을 수 없습니다.`,
          path: ['members', i, 'birthYear'],
        });
    });
  });

export const linkHouseholdInput = strict({
  caseNo: caseNoField,
  version: requiredVersion,
  otherCaseNo: requiredText('같은 가구 사례의 관리번호', 40),
});
export type LinkHouseholdInput = z.infer<typeof linkHouseholdInput>;

export const unlinkHouseholdInput = strict({ caseNo: caseNoField, version: requiredVersion });
export type UnlinkHouseholdInput = z.infer<typeof unlinkHouseholdInput>;
/**
 * 기록 바로잡기 (issue 14): `changes` holds only the fields being corrected, each with the original
 * form's limits and choices. The server adds what needs the case: not before 접수일, end ≥ start
 * against the stored item, and which record may be amended at all.
 */
const amendBase = { caseNo: caseNoField, version: requiredVersion };

export const amendAssessmentInput = strict({
  ...amendBase,
  assessmentId: requiredText(A.assessmentId.label, 60),
  changes: strict({
    assessedOn: input.date(A.assessedOn).optional(),
    strengths: input.text(A.strengths),
    supportSystem: input.text(A.supportSystem),
    functionalEvaluation: input.text(A.functionalEvaluation),
    riskLevel: input.choice(A.riskLevel).optional(),
  }),
});
export type AmendAssessmentInput = z.infer<typeof amendAssessmentInput>;
export const amendAssessmentInputAsOf = notAfterToday(amendAssessmentInput, {
  'changes.assessedOn': A.assessedOn.label,
});

export const amendPlanItemInput = strict({
  ...amendBase,
  itemId: requiredText(PI.itemId.label, 60),
  changes: planItemInput.omit({ resourceId: true }).partial(),
});
export type AmendPlanItemInput = z.infer<typeof amendPlanItemInput>;
export const amendPlanItemInputAsOf = notAfterToday(amendPlanItemInput, {});

export const amendCheckInput = strict({
  ...amendBase,
  checkId: requiredText(CH.checkId.label, 60),
  changes: strict({
    checkedOn: input.date(CH.checkedOn).optional(),
    method: input.choice(CH.method).optional(),
    note: input.requiredText(CH.note).optional(),
    needsChanged: checkInput.shape.needsChanged,
  }),
});
export type AmendCheckInput = z.infer<typeof amendCheckInput>;
export const amendCheckInputAsOf = notAfterToday(amendCheckInput, {
  'changes.checkedOn': CH.checkedOn.label,
});
