/**
 * Every value a form (or a centre's own template) can print, by the placeholder name that stands
 * for it: `{{대상자명}}`, `{{계획.단기성과목표}}`, and per entry of a list `{{항목.개입목표}}`. The
 * built-in forms are made of these same placeholders, so a custom template can say anything a
 * built-in form says, and nothing is printed that is not listed here.
 */
import type { CaseFile } from '../case-file';
import type { DateKey } from '../dates';
import {
  APPROVAL_DECISIONS,
  ASSESSMENT_KINDS,
  CASE_TYPES,
  CHECK_METHODS,
  CLOSURE_REASONS,
  DISCOVERY_CHANNELS,
  INTAKE_OUTCOMES,
  ITEM_OUTCOMES,
  LIFE_DOMAINS,
  RISK_LEVELS,
} from '../vocabulary';
import { UserError } from '../validation';
import {
  ASSESSMENT_FIELDS as A,
  CASE_FIELDS as C,
  CLOSURE_FIELDS as CL,
  FOLLOW_UP_FIELDS as F,
  INTAKE_FIELDS as I,
  NEED_FIELDS as N,
  PLAN_FIELDS as PL,
} from '../fields-catalogue';
import { consentGiverText, consentStanding } from '../consent-lifecycle';
import { formatChoices, formatDate, formatDateLong, formatNumber, formatPeriod } from './format';

export type Plan = CaseFile['plans'][number];
export type PlanItem = Plan['items'][number];
export type Assessment = CaseFile['assessments'][number];
export type Need = Assessment['needs'][number];
export type Closure = CaseFile['closures'][number];
export type FollowUp = CaseFile['followUps'][number];
export type TimelineEntry = CaseFile['timeline'][number];
export type Approval = CaseFile['approvals'][number];

/** What one document is about: the case, and which of its plans, assessments and closures. */
export interface Subject {
  file: CaseFile;
  plan: Plan | null;
  assessment: Assessment | null;
  closure: Closure | null;
  /**
   * The latest 결재 of what the document is about (issue 14): the closure's on the 종결 보고서, the
   * plan's on any other form; null when none was asked for.
   */
  approval: Approval | null;
  /** The day the document is made (Seoul), and who makes it. */
  today: DateKey;
  user: string;
}

interface Field<T> {
  name: string;
  about: string;
  value(source: T, index: number): string;
}

const field = <T>(name: string, about: string, value: (source: T, index: number) => string): Field<T> => ({
  name,
  about,
  value,
});

const label = <K extends string>(vocab: { label(key: K): string }, key: K | null | undefined) =>
  key ? vocab.label(key) : '';

/** ① ② ③ ④: the handbook numbers the four 처리유형. */
const NUMBERED_INTAKE_OUTCOMES = Object.fromEntries(
  INTAKE_OUTCOMES.keys.map((key, i) => [key, `${'①②③④'[i]} ${INTAKE_OUTCOMES.label(key)}`]),
) as Record<(typeof INTAKE_OUTCOMES.keys)[number], string>;

export const SCALAR_FIELDS: Field<Subject>[] = [
  field('관리번호', '사례 관리번호', (s) => s.file.caseNo),
  field('대상자명', '대상자 이름', (s) => s.file.client.name),
  field('생년월일', '생년월일 (1948. 5. 17. 꼴)', (s) => formatDate(s.file.client.birthDate)),
  field('연락처', '대상자 연락처', (s) => s.file.client.phone),
  field('주소', '대상자 주소', (s) => s.file.client.address),
  field('가구상황', C.household.label, (s) => s.file.client.household),
  // The handbook prints a person here (and on ⑮ 사례관리자 (인)): the 직원 명부's name, not an address.
  field('담당사례관리자', '담당 사례관리자 (직원 명부의 이름)', (s) => s.file.caseManagerName),
  field('보조담당자', '보조담당자 (직원 명부의 이름; 없으면 빈칸)', (s) => s.file.assistantName),
  field('사례유형', '일반 / 고난도', (s) => label(CASE_TYPES, s.file.caseType)),
  field('단계', '지금 단계', (s) => s.file.stageLabel),
  field('접수일', C.openedOn.label, (s) => formatDate(s.file.openedOn)),
  field('선정일', '대상자 선정일', (s) => formatDate(s.file.selectedOn)),
  field('다음점검일', C.nextCheckDue.label, (s) => formatDate(s.file.nextCheckDue)),
  field('다음재사정일', C.nextReassessmentDue.label, (s) => formatDate(s.file.nextReassessmentDue)),
  field('작성일', '문서를 만든 날', (s) => formatDate(s.today)),
  field('작성일_한글', '문서를 만든 날 (2026년 3월 2일 꼴)', (s) => formatDateLong(s.today)),
  field('작성자', '문서를 만든 사람', (s) => s.user),

  field('초기상담.접수일', I.intakeDate.label, (s) => formatDate(s.file.intake?.intakeDate)),
  field('초기상담.접수일_한글', '접수일 (2026년 3월 2일 꼴)', (s) =>
    formatDateLong(s.file.intake?.intakeDate),
  ),
  field('초기상담.발굴경로', I.discovery.label, (s) => label(DISCOVERY_CHANNELS, s.file.intake?.discovery)),
  field('초기상담.주호소문제', I.presentingProblem.label, (s) => s.file.intake?.presentingProblem ?? ''),
  field('초기상담.잠재적문제', I.potentialProblems.label, (s) => s.file.intake?.potentialProblems ?? ''),
  field('초기상담.강점', I.strengths.label, (s) => s.file.intake?.strengths ?? ''),
  field('초기상담.약점', I.weaknesses.label, (s) => s.file.intake?.weaknesses ?? ''),
  field('초기상담.처리유형', I.intakeOutcome.label, (s) =>
    label(INTAKE_OUTCOMES, s.file.intake?.intakeOutcome),
  ),
  field('초기상담.처리유형선택', '처리유형 네 가지, 고른 것에 ■', (s) =>
    formatChoices(NUMBERED_INTAKE_OUTCOMES, s.file.intake?.intakeOutcome),
  ),
  field('초기상담.기록자', '초기상담 기록자', (s) => s.file.intake?.recordedBy ?? ''),

  field('욕구사정.사정번호', A.assessmentId.label, (s) => s.assessment?.assessmentId ?? ''),
  field('욕구사정.구분', '초기사정 / 재사정', (s) => label(ASSESSMENT_KINDS, s.assessment?.kind)),
  field('욕구사정.구분선택', '초기사정·재사정, 고른 것에 ■', (s) =>
    formatChoices(ASSESSMENT_KINDS.labels, s.assessment?.kind),
  ),
  field('욕구사정.사정일', A.assessedOn.label, (s) => formatDate(s.assessment?.assessedOn)),
  field('욕구사정.사정일_한글', '사정일 (2026년 3월 9일 꼴)', (s) =>
    formatDateLong(s.assessment?.assessedOn),
  ),
  field('욕구사정.강점', A.strengths.label, (s) => s.assessment?.strengths ?? ''),
  field('욕구사정.지지체계', '공식·비공식 지지체계', (s) => s.assessment?.supportSystem ?? ''),
  field('욕구사정.기능평가', A.functionalEvaluation.label, (s) => s.assessment?.functionalEvaluation ?? ''),
  field('욕구사정.위기도', A.riskLevel.label, (s) => label(RISK_LEVELS, s.assessment?.riskLevel)),
  field('욕구사정.사정자', '사정한 사람', (s) => s.assessment?.assessedBy ?? ''),

  field('계획.계획번호', PL.planId.label, (s) => s.plan?.planId ?? ''),
  field('계획.동의일', '동의(서명)일', (s) => formatDate(s.plan?.consentDate)),
  field('계획.동의일_한글', '동의(서명)일 (2026년 3월 20일 꼴)', (s) => formatDateLong(s.plan?.consentDate)),
  field('계획.단기성과목표', '② 단기 성과목표', (s) => s.plan?.shortTermGoal ?? ''),
  field('계획.장기성과목표', '② 장기 성과목표', (s) => s.plan?.longTermGoal ?? ''),
  field('계획.작성자', '계획을 저장한 사람', (s) => s.plan?.createdBy ?? ''),

  // Who signed each 제3자 정보제공 동의 and where it stands on the day the document is made (issue 14).
  field('정보제공동의', '정보제공 동의: 기관, 동의한 사람, 상태', (s) => consentsText(s)),
  // Whether the plan (on the 종결 보고서: the closure) was approved, by whom and when (issue 14).
  field('결재', '결재: 승인·반려·요청 중, 누가 언제', (s) => approvalText(s.approval)),

  field('종결.종결일', CL.closedOn.label, (s) => formatDate(s.closure?.closedOn)),
  field('종결.종결일_한글', '종결일 (2026년 7월 1일 꼴)', (s) => formatDateLong(s.closure?.closedOn)),
  field('종결.사유', CL.reason.label, (s) => label(CLOSURE_REASONS, s.closure?.reason)),
  field('종결.사유선택', '종결 사유 여섯 가지, 고른 것에 ■', (s) =>
    formatChoices(CLOSURE_REASONS.labels, s.closure?.reason),
  ),
  field('종결.평가', CL.evaluation.label, (s) => s.closure?.evaluation ?? ''),
  field('종결.처리자', CL.closedBy.label, (s) => s.closure?.closedBy ?? ''),
];

/** "행복종합사회복지관 (보호자 김민수 (아들) 동의, 2026. 3. 3., 유효)", one consent after another. */
function consentsText(s: Subject): string {
  if (s.file.consents.length === 0) return '없음';
  return s.file.consents
    .map((c) => {
      const standing = consentStanding(c, s.today);
      const when = 'on' in standing ? `${standing.label} ${formatDate(standing.on)}` : standing.label;
      return `${c.recipient} (${consentGiverText(c)} 동의, ${formatDate(c.consentedOn)}, ${when})`;
    })
    .join('; ');
}

/**
 * "승인 (김팀장, 2026-03-04 10:12)", "반려 (…) — 의견: …", "요청 중 (2026-03-03, 요청: 김사회)" or
 * "요청하지 않음". People by the 직원 명부's names (their address when it does not know them).
 */
function approvalText(a: Approval | null): string {
  if (!a?.status) return '요청하지 않음';
  const minute = (timestamp: string) => timestamp.slice(0, 16);
  if (a.status === 'requested') return `요청 중 (${a.requestedAt.slice(0, 10)}, 요청: ${a.requestedByName})`;
  const decided = `${APPROVAL_DECISIONS.label(a.status)} (${a.decidedByName}, ${minute(a.decidedAt)})`;
  return a.comment ? `${decided} — 의견: ${a.comment}` : decided;
}

/** The lists a table row can repeat over, and what each entry can print. */
export const LIST_FIELDS = {
  항목: [
    field<PlanItem>('번호', '1부터 차례로', (_, i) => String(i + 1)),
    field<PlanItem>('개입목표', '③ 개입목표', (item) => item.goal),
    field<PlanItem>('서비스내용', '④ 서비스 내용', (item) => item.service),
    field<PlanItem>('우선순위', '⑤ 우선순위', (item) => formatNumber(item.priority)),
    field<PlanItem>('개입시기', '⑥ 개입시기', (item) => item.timing),
    field<PlanItem>('시작일자', '⑦ 서비스 시작일자', (item) => formatDate(item.startDate)),
    field<PlanItem>('종료일자', '⑧ 서비스 종료일자', (item) => formatDate(item.endDate)),
    field<PlanItem>('기간', '시작일자 ~ 종료일자', (item) => formatPeriod(item.startDate, item.endDate)),
    field<PlanItem>('횟수', '⑨ 횟수 (회/1주당)', (item) => formatNumber(item.timesPerWeek)),
    field<PlanItem>('제공기관', '⑩ 제공기관', (item) => item.provider),
    field<PlanItem>('담당자', '⑪ 담당자', (item) => item.providerContact),
    field<PlanItem>('점검방법', '⑫ 점검방법', (item) => item.checkMethod),
    field<PlanItem>('이행여부', '⑬ 이행여부: 달성·연장·재사정, 기록된 것에 ■', (item) =>
      formatChoices(ITEM_OUTCOMES.labels, item.outcome),
    ),
    field<PlanItem>('이행결과', '기록된 이행여부 한 가지 (없으면 빈칸)', (item) =>
      label(ITEM_OUTCOMES, item.outcome),
    ),
  ],
  욕구: [
    field<Need>('번호', '1부터 차례로', (_, i) => String(i + 1)),
    field<Need>('생활영역', N.domain.label, (need) => label(LIFE_DOMAINS, need.domain)),
    field<Need>('문제', '(제시된) 문제', (need) => need.problem),
    field<Need>('요구', N.demand.label, (need) => need.demand),
    field<Need>('욕구', N.need.label, (need) => need.need),
  ],
  사후관리: [
    field<FollowUp>('번호', '1부터 차례로', (_, i) => String(i + 1)),
    field<FollowUp>('예정일', F.dueOn.label, (f) => formatDate(f.dueOn)),
    field<FollowUp>('실시일', '실시일', (f) => formatDate(f.contactedOn)),
    field<FollowUp>('방법', F.method.label, (f) => label(CHECK_METHODS, f.method)),
    field<FollowUp>('내용', '내용', (f) => f.note),
  ],
  경과: [
    field<TimelineEntry>('날짜', '날짜', (t) => formatDate(t.date)),
    field<TimelineEntry>('구분', '무엇을 했는지', (t) => t.title),
    field<TimelineEntry>('내용', '내용', (t) => t.detail),
  ],
} as const;

export type ListName = keyof typeof LIST_FIELDS;
export const LIST_NAMES = Object.keys(LIST_FIELDS) as ListName[];

/** The values of one document, by placeholder name: what a template is merged with. */
export interface MergeData {
  scalars: Record<string, string>;
  lists: Record<ListName, Record<string, string>[]>;
}

function listEntries(subject: Subject): { [L in ListName]: unknown[] } {
  const closureId = subject.closure?.closureId;
  return {
    항목: subject.plan?.items ?? [],
    욕구: subject.assessment?.needs ?? [],
    사후관리: closureId ? subject.file.followUps.filter((f) => f.closureId === closureId) : [],
    경과: subject.file.timeline,
  };
}

export function mergeData(subject: Subject): MergeData {
  const scalars = Object.fromEntries(SCALAR_FIELDS.map((f) => [f.name, f.value(subject, 0)]));
  const entries = listEntries(subject);
  const lists = {} as MergeData['lists'];
  for (const list of LIST_NAMES) {
    const fields = LIST_FIELDS[list] as readonly Field<unknown>[];
    lists[list] = entries[list].map((entry, i) =>
      Object.fromEntries(fields.map((f) => [f.name, f.value(entry, i)])),
    );
  }
  return { scalars, lists };
}

/** The data of a template: every value is its own placeholder, every list has one entry. */
export function placeholderData(): MergeData {
  const scalars = Object.fromEntries(SCALAR_FIELDS.map((f) => [f.name, `{{${f.name}}}`]));
  const lists = {} as MergeData['lists'];
  for (const list of LIST_NAMES) {
    lists[list] = [Object.fromEntries(LIST_FIELDS[list].map((f) => [f.name, `{{${list}.${f.name}}}`]))];
  }
  return { scalars, lists };
}

/** Every known placeholder with what it prints: for docs/documents.md and error messages. */
export function placeholderCatalogue(): { placeholder: string; about: string; list?: ListName }[] {
  return [
    ...SCALAR_FIELDS.map((f) => ({ placeholder: `{{${f.name}}}`, about: f.about })),
    ...LIST_NAMES.flatMap((list) =>
      LIST_FIELDS[list].map((f) => ({ placeholder: `{{${list}.${f.name}}}`, about: f.about, list })),
    ),
  ];
}

/** The last of several records: by date, then by the number at the end of its id (…-P2 after …-P1). */
function latest<T>(records: readonly T[], date: (r: T) => string | null, id: (r: T) => string): T | null {
  const sequence = (r: T) => Number(/(\d+)$/.exec(id(r))?.[1] ?? 0);
  let best: T | null = null;
  for (const r of records) {
    if (
      best === null ||
      String(date(r) ?? '') > String(date(best) ?? '') ||
      (String(date(r) ?? '') === String(date(best) ?? '') && sequence(r) >= sequence(best))
    )
      best = r;
  }
  return best;
}

/**
 * Picks what the document is about and refuses a form the case has nothing for yet, saying what to
 * record first: a blank 점검표 printed for a case without a plan would look like a real one.
 */
export function selectSubject(
  file: CaseFile,
  form: string,
  options: { planId?: string; today: DateKey; user: string },
): Subject {
  let plan: Plan | null;
  if (options.planId) {
    plan = file.plans.find((p) => p.planId === options.planId) ?? null;
    if (!plan)
      throw new UserError(
        `계획번호 ${options.planId}은(는) ${file.caseNo} 사례의 서비스계획이 아닙니다. 계획번호를 확인하세요.`,
        'NOT_FOUND',
      );
  } else {
    plan = latest(
      file.plans,
      (p) => p.consentDate,
      (p) => p.planId,
    );
  }
  const assessment = latest(
    file.assessments,
    (a) => a.assessedOn,
    (a) => a.assessmentId,
  );
  const closure = latest(
    file.closures,
    (c) => c.closedOn,
    (c) => c.closureId,
  );
  const missing: Record<string, boolean> = {
    plan: !plan,
    intake: !file.intake,
    assessment: !assessment,
    closure: !closure,
  };
  const hint: Record<string, string> = {
    plan: '서비스계획이 없어 서비스제공 계획 및 점검표를 만들 수 없습니다. 먼저 서비스계획을 저장하세요.',
    intake: '초기상담 기록이 없어 초기상담 기록지를 만들 수 없습니다.',
    assessment: '욕구사정 기록이 없어 욕구사정 기록지를 만들 수 없습니다. 먼저 욕구사정을 저장하세요.',
    closure: '종결 기록이 없어 종결 보고서를 만들 수 없습니다. 먼저 종결을 기록하세요.',
  };
  if (missing[form]) throw new UserError(`${file.caseNo}: ${hint[form]}`, 'REFUSED');
  const about = form === 'closure' ? 'closure' : 'plan';
  const target = about === 'closure' ? closure?.closureId : plan?.planId;
  const approval = latest(
    file.approvals.filter((a) => target && a.subject === about && a.targetId === target),
    // Requests of one target are numbered in order (…-K1, …-K2): the last asked is the one that stands.
    () => '',
    (a) => a.approvalId,
  );
  return { file, plan, assessment, closure, approval, today: options.today, user: options.user };
}
