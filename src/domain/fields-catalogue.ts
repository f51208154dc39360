/**
 * Every field of the case records the sidebar's forms write, declared once (DOMAIN.md's words):
 * key, Korean label, text limit, column (type, width, note) and the form's hint. Each catalogue is
 * keyed by its record's keys (`Catalogue<R>`), so a field added to a record in `records.ts` and
 * forgotten here is a compile error; `src/db/tables.ts` builds its columns from these, and
 * `schemas.ts`, the forms and the printed forms take their labels from them.
 */
import { field, type Catalogue } from './fields';
import type * as R from './records';
import {
  ACTIVITY_KINDS,
  ADVOCACY_LEVELS,
  APPROVAL_STATUSES,
  APPROVAL_SUBJECTS,
  GAP_KINDS,
  PRACTICE_KINDS,
  ASSESSMENT_KINDS,
  CASE_TYPES,
  CHECK_METHODS,
  CLOSURE_REASONS,
  CONFERENCE_KINDS,
  CONSENT_GIVERS,
  DISCOVERY_CHANNELS,
  HOUSEHOLD_RELATIONS,
  INTAKE_OUTCOMES,
  ITEM_OUTCOMES,
  LIFE_DOMAINS,
  RISK_LEVELS,
  SELECTION_DECISIONS,
  STAGES,
} from './vocabulary';
import { SHORT_TEXT } from './zod-kit';

/** A note of a few lines (a goal, an attendee list, a reason): the forms' medium limit. */
const NOTE_TEXT = 1000;

const caseNo = field.id('관리번호');

export const CASE_FIELDS = {
  caseNo,
  clientName: field.text('대상자 이름', { header: '대상자명', limit: 50, width: 90 }),
  birthDate: field.date('생년월일', { formHint: '주민등록번호는 입력하지 마세요.' }),
  phone: field.text('연락처', { limit: 30, width: 120 }),
  address: field.text('주소', { limit: SHORT_TEXT, width: 200 }),
  household: field.text('가구 상황', {
    limit: NOTE_TEXT,
    width: 200,
    formHint: '예: 1인 가구, 자녀 1명 타지 거주',
  }),
  caseType: field.choice('사례 유형', CASE_TYPES),
  stage: field.choice('단계', STAGES, { system: true }),
  caseManager: field.text('담당 사례관리자', {
    width: 180,
    formLabel: '담당 사례관리자 (이메일)',
    formHint: '비워 두면 내가 담당합니다.',
  }),
  assistant: field.text('보조담당자', {
    width: 180,
    help: '담당 사례관리자 곁의 내부 보조 또는 협력 담당자: 직원 탭에 있는 직원의 이메일',
    formLabel: '보조담당자 (이메일, 선택)',
    formHint: '직원 탭에 있는 직원만 고를 수 있습니다. 없으면 비워 두세요.',
  }),
  openedOn: field.date('접수일'),
  selectedOn: field.date('선정일', { system: true }),
  closedOn: field.date('종결일', { system: true }),
  nextCheckDue: field.date('다음 점검일', { system: true }),
  nextReassessmentDue: field.date('다음 재사정일', { system: true }),
  dueSchedule: field.text('기한 일정', {
    system: true,
    width: 120,
    help: '추가 기능이 기록에서 계산한 이 사례의 기한들 (오늘 할 일이 읽습니다). 고치지 마세요: 다음 저장이나 매일 알림 때 다시 계산합니다.',
  }),
  version: field.number('버전', { system: true }),
  updatedAt: field.text('최종 수정', { system: true, width: 140 }),
  updatedBy: field.by('최종 수정자'),
  rowIndex: field.text('행 위치', {
    system: true,
    width: 120,
    help: '추가 기능이 이 사례의 기록이 어느 탭 몇 행에 있는지 적어 둔 것 (사례를 빨리 읽으려고). 고치지 마세요: 맞지 않으면 추가 기능이 다시 찾아 고쳐 적습니다.',
  }),
  householdNo: field.text('가구번호', {
    system: true,
    width: 110,
    help: '같은 가구의 사례끼리 같은 번호입니다. 사이드바의 "같은 가구 사례 연결"로 추가 기능이 적습니다: 고치지 마세요.',
  }),
} satisfies Catalogue<R.CaseRecord>;

export const INTAKE_FIELDS = {
  caseNo,
  intakeDate: field.date('접수일'),
  discovery: field.choice('발굴 경로', DISCOVERY_CHANNELS),
  presentingProblem: field.text('주 호소 문제', { width: 260 }),
  potentialProblems: field.text('잠재적 문제', { width: 200 }),
  strengths: field.text('강점', { width: 200, formHint: '지지체계, 재능, 성공 경험, 긍정적 태도' }),
  weaknesses: field.text('약점', { width: 200, formHint: '지지체계 없음, 정보·경험 부족, 부정적 태도' }),
  intakeOutcome: field.choice('처리유형', INTAKE_OUTCOMES, {
    width: 180,
    formHint:
      '서비스연계 및 사례관리의뢰만 사례관리(욕구사정 이후)로 이어집니다. 나머지는 접수 단계에서 기록하고 마칩니다.',
  }),
  recordedBy: field.by(),
  intakeKey: field.text('입력 키', {
    system: true,
    width: 100,
    help: '사이드바의 접수 양식마다 붙는 키: 같은 입력을 두 번 보내도 사례가 하나만 생깁니다.',
  }),
} satisfies Catalogue<R.IntakeRecord>;

export const ASSESSMENT_FIELDS = {
  assessmentId: field.id('사정번호'),
  caseNo,
  kind: field.choice('사정 구분', ASSESSMENT_KINDS),
  assessedOn: field.date('사정일'),
  strengths: field.text('강점', { width: 200 }),
  supportSystem: field.text('지지체계', {
    width: 200,
    formHint: '공식(기관·제도)과 비공식(가족·이웃) 지지체계',
  }),
  functionalEvaluation: field.text('기능평가', { width: 200 }),
  riskLevel: field.choice('위기도', RISK_LEVELS),
  assessedBy: field.by('사정자'),
} satisfies Catalogue<R.AssessmentRecord>;

export const NEED_FIELDS = {
  assessmentId: ASSESSMENT_FIELDS.assessmentId,
  caseNo,
  domain: field.choice('생활 영역', LIFE_DOMAINS),
  problem: field.text('문제', { width: 220 }),
  demand: field.text('요구(바람)', { width: 220, formHint: '당사자가 말한 그대로' }),
  need: field.text('욕구', { width: 220, formHint: '채워야 할 부족 (전문가 판단)' }),
} satisfies Catalogue<R.NeedRecord>;

export const CONFERENCE_FIELDS = {
  conferenceId: field.id('회의번호'),
  caseNo,
  kind: field.choice('회의 구분', CONFERENCE_KINDS),
  heldOn: field.date('회의일'),
  decision: field.choice('결정', SELECTION_DECISIONS, { width: 150 }),
  caseType: CASE_FIELDS.caseType,
  attendees: field.text('참석자', { limit: NOTE_TEXT, width: 200 }),
  notes: field.text('회의 내용', { width: 260 }),
  recordedBy: field.by(),
} satisfies Catalogue<R.ConferenceRecord>;

export const CONSENT_FIELDS = {
  consentId: field.id('동의번호'),
  caseNo,
  consentedOn: field.date('동의일'),
  recipient: field.text('제공받는 기관', {
    limit: SHORT_TEXT,
    width: 160,
    formHint: '예: 행복종합사회복지관',
  }),
  items: field.text('제공 항목', {
    limit: NOTE_TEXT,
    width: 200,
    formHint: '예: 성명, 연락처, 욕구사정 요약',
  }),
  purpose: field.text('제공 목적', { limit: NOTE_TEXT, width: 200 }),
  until: field.date('보유·이용 기간', { formHint: '이 날까지 이용합니다. 정하지 않았으면 비워 두세요.' }),
  withheld: field.text('제공하지 않을 정보', {
    limit: NOTE_TEXT,
    width: 200,
    formHint: '당사자가 알리지 않기를 원하는 정보와 그 이유',
  }),
  consentBy: field.choice('동의한 사람', CONSENT_GIVERS, {
    width: 90,
    help: '본인 또는 보호자. 이 칸이 생기기 전에 기록한 동의(빈 칸)는 본인이 동의한 것으로 읽습니다.',
  }),
  guardianName: field.text('보호자 이름', {
    limit: 50,
    width: 90,
    help: '보호자가 동의했을 때만: 서명한 보호자의 이름',
  }),
  guardianRelation: field.text('보호자 관계', {
    limit: 30,
    width: 90,
    help: '보호자가 동의했을 때만: 대상자와의 관계 (예: 딸, 배우자, 후견인)',
    formHint: '대상자와의 관계. 예: 딸, 배우자, 후견인',
  }),
  recordedBy: field.by(),
  withdrawnOn: field.date('철회일', { system: true }),
  withdrawalReason: field.text('철회 사유', { limit: NOTE_TEXT, system: true, width: 200 }),
} satisfies Catalogue<R.ConsentRecord>;

export const PLAN_FIELDS = {
  planId: field.id('계획번호'),
  caseNo,
  consentDate: field.date('동의일(서명일)'),
  shortTermGoal: field.text('단기 성과목표', { limit: NOTE_TEXT, width: 240 }),
  longTermGoal: field.text('장기 성과목표', { limit: NOTE_TEXT, width: 240 }),
  createdBy: field.by('작성자'),
} satisfies Catalogue<R.PlanRecord>;

export const PLAN_ITEM_FIELDS = {
  itemId: field.id('항목번호'),
  planId: PLAN_FIELDS.planId,
  caseNo,
  goal: field.text('개입목표', { limit: NOTE_TEXT, width: 200 }),
  service: field.text('서비스 내용', { limit: NOTE_TEXT, width: 200 }),
  priority: field.number('우선순위'),
  timing: field.text('개입시기', { limit: SHORT_TEXT, width: 100, formHint: '예: 즉시, 1개월 내' }),
  startDate: field.date('서비스 시작일자'),
  endDate: field.date('서비스 종료일자'),
  timesPerWeek: field.number('횟수(회/1주당)'),
  provider: field.text('제공기관', {
    limit: SHORT_TEXT,
    width: 140,
    formHint: '본인·가족·이웃도 제공자가 될 수 있습니다.',
  }),
  providerContact: field.text('담당자', { limit: SHORT_TEXT, width: 120 }),
  checkMethod: field.text('점검방법', {
    limit: SHORT_TEXT,
    width: 120,
    formHint: '예: 월 1회 전화, 기관 연락',
  }),
  resourceId: field.text('자원', { header: '자원번호', limit: 40, width: 100 }),
  outcome: field.choice('이행여부', ITEM_OUTCOMES, { width: 90 }),
  outcomeOn: field.date('이행여부 기록일', { system: true }),
} satisfies Catalogue<R.PlanItemRecord>;

export const CHECK_FIELDS = {
  checkId: field.id('점검번호'),
  caseNo,
  checkedOn: field.date('점검일'),
  method: field.choice('점검 방법', CHECK_METHODS),
  note: field.text('점검 내용', { width: 300 }),
  needsChanged: field.flag('욕구 변화', {
    formLabel: '욕구 변화 있음 (재사정 필요)',
    formHint: '체크하면 점검일로 재사정 기한이 잡힙니다.',
  }),
  itemOutcomes: field.text('이행여부 기록', { system: true, width: 200 }),
  checkedBy: field.by('점검자'),
} satisfies Catalogue<R.CheckRecord>;

export const CLOSURE_FIELDS = {
  closureId: field.id('종결번호'),
  caseNo,
  closedOn: field.date('종결일'),
  reason: field.choice('종결 사유', CLOSURE_REASONS),
  evaluation: field.text('평가', { width: 300, formHint: '목표 달성 정도, 당사자의 변화, 남은 과제' }),
  closedBy: field.by('종결 처리자'),
  reopenedOn: field.date('재개일', { system: true }),
  reopenReason: field.text('재개 사유', { limit: NOTE_TEXT, system: true, width: 200 }),
} satisfies Catalogue<R.ClosureRecord>;

export const FOLLOW_UP_FIELDS = {
  followUpId: field.id('사후관리번호'),
  caseNo,
  closureId: CLOSURE_FIELDS.closureId,
  dueOn: field.date('예정일', { system: true }),
  contactedOn: field.date('사후관리일', { header: '실시일' }),
  method: field.choice('연락 방법', CHECK_METHODS),
  note: field.text('사후관리 내용', {
    header: '내용',
    width: 300,
    formHint: '변화가 유지되는지, 새 위기 징후가 있는지',
  }),
  newCrisis: field.flag('새 위기', { formLabel: '새 위기 발견' }),
  recordedBy: field.by(),
} satisfies Catalogue<R.FollowUpRecord>;

/** The 의뢰 tab's row (the client fields a referral may share are resources/referral-fields.ts). */
export const REFERRAL_RECORD_FIELDS = {
  referralId: field.id('의뢰번호'),
  caseNo,
  referredOn: field.date('의뢰일'),
  resourceId: field.text('자원번호', { limit: 40, width: 120 }),
  recipient: field.text('의뢰 기관', { limit: SHORT_TEXT, width: 160 }),
  consentId: field.text('동의번호', { limit: 40, system: true, width: 150 }),
  sharedFields: field.text('제공한 항목', { system: true, width: 240 }),
  purpose: field.text('의뢰 목적', { limit: NOTE_TEXT, width: 220 }),
  message: field.text('전달 내용', { limit: 2000, width: 260 }),
  documentUrl: field.text('의뢰서', { system: true, width: 200 }),
  referredBy: field.by('의뢰자'),
} satisfies Catalogue<R.ReferralRecord>;

export const ADVOCACY_FIELDS = {
  advocacyId: field.id('권익옹호번호'),
  caseNo,
  on: field.date('활동일'),
  level: field.choice('권익옹호 수준', ADVOCACY_LEVELS, { header: '수준', formLabel: '수준' }),
  counterpart: field.text('상대 (기관·사람)', { limit: SHORT_TEXT, width: 160 }),
  action: field.text('한 일', { width: 260 }),
  outcome: field.text('결과', { width: 200 }),
  gapKind: field.choice('체계의 빈틈', GAP_KINDS, { width: 160 }),
  recordedBy: field.by(),
} satisfies Catalogue<R.AdvocacyRecord>;

export const ACTIVITY_FIELDS = {
  activityId: field.id('활동번호'),
  caseNo,
  on: field.date('활동일'),
  practice: field.choice('실천 구분', PRACTICE_KINDS, { system: true }),
  kind: field.choice('활동 종류', ACTIVITY_KINDS),
  content: field.text('내용', { width: 300 }),
  participants: field.text('참여자', { limit: NOTE_TEXT, width: 160 }),
  recordedBy: field.by(),
} satisfies Catalogue<R.ActivityRecord>;

export const APPROVAL_FIELDS = {
  approvalId: field.id('결재번호'),
  caseNo,
  subject: field.choice('결재 대상', APPROVAL_SUBJECTS, { system: true }),
  targetId: field.text('대상 번호', { system: true, width: 150 }),
  status: field.choice('상태', APPROVAL_STATUSES, { system: true }),
  requestedAt: field.text('요청 시각', { system: true, width: 140 }),
  requestedBy: field.by('요청자'),
  decidedAt: field.text('결정 시각', { system: true, width: 140 }),
  decidedBy: field.by('결재자'),
  comment: field.text('의견', { limit: NOTE_TEXT, system: true, width: 260 }),
} satisfies Catalogue<R.ApprovalRecord>;

/** 가구원 탭: one row per member of the client's household (issue 14); 가구 상황 stays the summary. */
export const HOUSEHOLD_MEMBER_FIELDS = {
  caseNo,
  memberNo: field.id('가구원번호'),
  relation: field.choice('관계', HOUSEHOLD_RELATIONS, { width: 90 }),
  birthYear: field.number('출생연도', { width: 80, formHint: '네 자리 (예: 1958)' }),
  note: field.text('비고', {
    limit: SHORT_TEXT,
    width: 220,
    formHint: '예: 타지 거주, 장애, 주 돌봄자. 이름·주민등록번호는 적지 마세요.',
  }),
} satisfies Catalogue<R.HouseholdMemberRecord>;
