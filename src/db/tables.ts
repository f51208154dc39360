/**
 * Every table of the case database, declared once: tab name, and per field its Korean header and
 * type. Header text is how columns are found, so changing one here is a schema change.
 */
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
  RESOURCE_KINDS,
  RESOURCE_STATUSES,
  RISK_LEVELS,
  SECTORS,
  SELECTION_DECISIONS,
  STAGES,
  ACTIVITY_KINDS,
  ADVOCACY_LEVELS,
  APPROVAL_STATUSES,
  APPROVAL_SUBJECTS,
  GAP_KINDS,
  PRACTICE_KINDS,
  STAFF_ROLES,
} from '../domain/vocabulary';
import { DOCUMENT_FORMS } from '../domain/documents/forms';
import type * as R from '../domain/records';
import { AUDIENCES, SEND_STATES, type ReminderLogRecord } from '../domain/reminder-log';
import type { ColumnDef, TableDef } from './table';
import type { Vocabulary } from './cells';

const text = (header: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  header,
  type: { kind: 'text' },
  ...extra,
});
const date = (header: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  header,
  type: { kind: 'date' },
  width: 96,
  ...extra,
});
const number = (header: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  header,
  type: { kind: 'number' },
  width: 72,
  ...extra,
});
const flag = (header: string): ColumnDef => ({ header, type: { kind: 'boolean' }, width: 72 });
const choice = (header: string, vocabulary: Vocabulary, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  header,
  type: { kind: 'choice', vocabulary },
  width: 120,
  ...extra,
});
const id = (header: string): ColumnDef => ({ header, type: { kind: 'text' }, system: true, width: 150 });
const by = (header = '기록자'): ColumnDef => ({ header, type: { kind: 'text' }, system: true, width: 160 });

export const CASES: TableDef<R.CaseRecord> = {
  name: '사례',
  about: '사례 한 건에 한 줄: 대상자, 단계, 담당자, 다음 점검일과 재사정일',
  columns: {
    caseNo: id('관리번호'),
    clientName: text('대상자명', { width: 90 }),
    birthDate: date('생년월일'),
    phone: text('연락처', { width: 120 }),
    address: text('주소', { width: 200 }),
    household: text('가구 상황', { width: 200 }),
    caseType: choice('사례 유형', CASE_TYPES),
    stage: choice('단계', STAGES, { system: true }),
    caseManager: text('담당 사례관리자', { width: 180 }),
    openedOn: date('접수일'),
    selectedOn: date('선정일', { system: true }),
    closedOn: date('종결일', { system: true }),
    nextCheckDue: date('다음 점검일', { system: true }),
    nextReassessmentDue: date('다음 재사정일', { system: true }),
    dueSchedule: text('기한 일정', {
      system: true,
      width: 120,
      help: '추가 기능이 기록에서 계산한 이 사례의 기한들 (오늘 할 일이 읽습니다). 고치지 마세요: 다음 저장이나 매일 알림 때 다시 계산합니다.',
    }),
    version: number('버전', { system: true }),
    updatedAt: text('최종 수정', { system: true, width: 140 }),
    updatedBy: by('최종 수정자'),
    rowIndex: text('행 위치', {
      system: true,
      width: 120,
      help: '추가 기능이 이 사례의 기록이 어느 탭 몇 행에 있는지 적어 둔 것 (사례를 빨리 읽으려고). 고치지 마세요: 맞지 않으면 추가 기능이 다시 찾아 고쳐 적습니다.',
    }),
  },
};

export const INTAKES: TableDef<R.IntakeRecord> = {
  name: '초기상담',
  about: '접수·초기상담 기록 (사례 한 건에 한 줄)',
  columns: {
    caseNo: id('관리번호'),
    intakeDate: date('접수일'),
    discovery: choice('발굴 경로', DISCOVERY_CHANNELS),
    presentingProblem: text('주 호소 문제', { width: 260 }),
    potentialProblems: text('잠재적 문제', { width: 200 }),
    strengths: text('강점', { width: 200 }),
    weaknesses: text('약점', { width: 200 }),
    intakeOutcome: choice('처리유형', INTAKE_OUTCOMES, { width: 180 }),
    recordedBy: by(),
    intakeKey: text('입력 키', {
      system: true,
      width: 100,
      help: '사이드바의 접수 양식마다 붙는 키: 같은 입력을 두 번 보내도 사례가 하나만 생깁니다.',
    }),
  },
};

export const ASSESSMENTS: TableDef<R.AssessmentRecord> = {
  name: '욕구사정',
  about: '욕구사정 한 번에 한 줄 (생활 영역별 욕구는 욕구 탭)',
  columns: {
    assessmentId: id('사정번호'),
    caseNo: id('관리번호'),
    kind: choice('사정 구분', ASSESSMENT_KINDS),
    assessedOn: date('사정일'),
    strengths: text('강점', { width: 200 }),
    supportSystem: text('지지체계', { width: 200 }),
    functionalEvaluation: text('기능평가', { width: 200 }),
    riskLevel: choice('위기도', RISK_LEVELS),
    assessedBy: by('사정자'),
  },
};

export const NEEDS: TableDef<R.NeedRecord> = {
  name: '욕구',
  about: '욕구사정의 생활 영역별 문제·요구(바람)·욕구',
  columns: {
    assessmentId: id('사정번호'),
    caseNo: id('관리번호'),
    domain: choice('생활 영역', LIFE_DOMAINS),
    problem: text('문제', { width: 220 }),
    demand: text('요구(바람)', { width: 220 }),
    need: text('욕구', { width: 220 }),
  },
};

export const CONFERENCES: TableDef<R.ConferenceRecord> = {
  name: '사례회의',
  about: '사례회의·통합사례회의·내부판정회의와 그 결정',
  columns: {
    conferenceId: id('회의번호'),
    caseNo: id('관리번호'),
    kind: choice('회의 구분', CONFERENCE_KINDS),
    heldOn: date('회의일'),
    decision: choice('결정', SELECTION_DECISIONS, { width: 150 }),
    caseType: choice('사례 유형', CASE_TYPES),
    attendees: text('참석자', { width: 200 }),
    notes: text('회의 내용', { width: 260 }),
    recordedBy: by(),
  },
};

export const CONSENTS: TableDef<R.ConsentRecord> = {
  name: '정보제공동의',
  about: '제3자 정보제공 동의: 받는 기관마다 한 줄 (항목, 목적, 기간, 제공하지 않을 정보)',
  columns: {
    consentId: id('동의번호'),
    caseNo: id('관리번호'),
    consentedOn: date('동의일'),
    recipient: text('제공받는 기관', { width: 160 }),
    items: text('제공 항목', { width: 200 }),
    purpose: text('제공 목적', { width: 200 }),
    until: date('보유·이용 기간'),
    withheld: text('제공하지 않을 정보', { width: 200 }),
    recordedBy: by(),
    withdrawnOn: date('철회일', { system: true }),
    withdrawalReason: text('철회 사유', { system: true, width: 200 }),
  },
};

export const PLANS: TableDef<R.PlanRecord> = {
  name: '서비스계획',
  about: '서비스제공 계획 한 건에 한 줄: 성과목표와 동의(서명)일',
  columns: {
    planId: id('계획번호'),
    caseNo: id('관리번호'),
    consentDate: date('동의일(서명일)'),
    shortTermGoal: text('단기 성과목표', { width: 240 }),
    longTermGoal: text('장기 성과목표', { width: 240 }),
    createdBy: by('작성자'),
  },
};

export const PLAN_ITEMS: TableDef<R.PlanItemRecord> = {
  name: '계획항목',
  about: '서비스제공 계획 및 점검표의 항목 (③~⑬)',
  columns: {
    itemId: id('항목번호'),
    planId: id('계획번호'),
    caseNo: id('관리번호'),
    goal: text('개입목표', { width: 200 }),
    service: text('서비스 내용', { width: 200 }),
    priority: number('우선순위'),
    timing: text('개입시기', { width: 100 }),
    startDate: date('서비스 시작일자'),
    endDate: date('서비스 종료일자'),
    timesPerWeek: number('횟수(회/1주당)'),
    provider: text('제공기관', { width: 140 }),
    providerContact: text('담당자', { width: 120 }),
    checkMethod: text('점검방법', { width: 120 }),
    resourceId: text('자원번호', { width: 100 }),
    outcome: choice('이행여부', ITEM_OUTCOMES, { width: 90 }),
    outcomeOn: date('이행여부 기록일', { system: true }),
  },
};

export const CHECKS: TableDef<R.CheckRecord> = {
  name: '점검',
  about: '점검·모니터링 기록',
  columns: {
    checkId: id('점검번호'),
    caseNo: id('관리번호'),
    checkedOn: date('점검일'),
    method: choice('점검 방법', CHECK_METHODS),
    note: text('점검 내용', { width: 300 }),
    needsChanged: flag('욕구 변화'),
    itemOutcomes: text('이행여부 기록', { system: true, width: 200 }),
    checkedBy: by('점검자'),
  },
};

export const CLOSURES: TableDef<R.ClosureRecord> = {
  name: '종결',
  about: '종결과 평가, 재개 기록',
  columns: {
    closureId: id('종결번호'),
    caseNo: id('관리번호'),
    closedOn: date('종결일'),
    reason: choice('종결 사유', CLOSURE_REASONS),
    evaluation: text('평가', { width: 300 }),
    closedBy: by('종결 처리자'),
    reopenedOn: date('재개일', { system: true }),
    reopenReason: text('재개 사유', { system: true, width: 200 }),
  },
};

export const FOLLOW_UPS: TableDef<R.FollowUpRecord> = {
  name: '사후관리',
  about: '종결 후 예정된 사후관리와 그 결과',
  columns: {
    followUpId: id('사후관리번호'),
    caseNo: id('관리번호'),
    closureId: id('종결번호'),
    dueOn: date('예정일', { system: true }),
    contactedOn: date('실시일'),
    method: choice('연락 방법', CHECK_METHODS),
    note: text('내용', { width: 300 }),
    newCrisis: flag('새 위기'),
    recordedBy: by(),
  },
};

export const DOCUMENTS: TableDef<R.DocumentRecord> = {
  name: '문서',
  about: '만든 문서 (Google 문서): 사례·서식·계획마다 판을 올려 가며, 서명했을 수 있는 판을 덮어쓰지 않음',
  columns: {
    documentId: id('문서 ID'),
    caseNo: id('관리번호'),
    form: choice('서식', DOCUMENT_FORMS, { system: true, width: 180 }),
    planId: text('계획번호', { system: true, width: 150 }),
    version: number('판', { system: true }),
    name: text('파일 이름', { system: true, width: 280 }),
    url: text('링크', { system: true, width: 280 }),
    pdfUrl: text('PDF 링크', { system: true, width: 200 }),
    templateId: text('서식 문서 ID', { system: true, width: 150 }),
    createdAt: text('만든 시각', { system: true, width: 140 }),
    createdBy: by('만든 사람'),
  },
};

export const AUDIT: TableDef<R.AuditRecord> = {
  name: '변경이력',
  about: '모든 변경의 기록: 누가, 언제, 어느 사례에 무엇을 (추가만 되며 고치지 않음)',
  columns: {
    at: text('일시', { system: true, width: 150 }),
    user: text('사용자', { system: true, width: 180 }),
    caseNo: text('관리번호', { system: true, width: 130 }),
    action: text('작업', { system: true, width: 120 }),
    detail: text('내용', { system: true, width: 400 }),
    seq: text('순번', { system: true, width: 70 }),
    seal: text('서명', { system: true, width: 110 }),
  },
};

export const SETTINGS: TableDef<R.SettingRecord> = {
  name: '설정',
  about: '동 이름, 기한 규칙 등 이 시트의 설정 (값 열만 고치세요)',
  columns: {
    name: text('항목', { system: true, width: 220 }),
    value: text('값', { width: 220 }),
    description: text('설명', { system: true, width: 420 }),
  },
};

export const RESOURCES: TableDef<R.ResourceRecord> = {
  name: '자원',
  about: '지역 자원 목록 (Open Referral HSDS 항목): 협력기관에는 공유 표시한 자원의 공개 항목만 게시',
  columns: {
    resourceId: id('자원번호'),
    name: text('자원명', { width: 160 }),
    kind: choice('자원 유형', RESOURCE_KINDS, { width: 80 }),
    sector: choice('공공/민간', SECTORS, { width: 80 }),
    category: text('분야', { width: 100 }),
    provider: text('제공기관', { width: 160 }),
    description: text('서비스 내용', { width: 220 }),
    contact: text('연락처', { width: 120 }),
    email: text('이메일', { width: 160 }),
    website: text('웹사이트', { width: 160 }),
    address: text('주소', { width: 200 }),
    stateProvince: text('시·도', { width: 100, help: 'HSDS 내보내기용: 비어 있으면 주소에서 읽습니다.' }),
    city: text('시·군·구', { width: 90, help: 'HSDS 내보내기용: 비어 있으면 주소에서 읽습니다.' }),
    postalCode: text('우편번호', { width: 80, help: '숫자 5자리 (예: 06236)' }),
    area: text('서비스 지역', { width: 120 }),
    eligibility: text('이용 대상', { width: 200 }),
    fees: text('이용료', { width: 120 }),
    hours: text('운영 시간', { width: 140 }),
    languages: text('사용 언어', { width: 100 }),
    capacity: text('수용 여력 메모', {
      width: 160,
      help: '내부용: 협력기관 시트에 게시하지 않습니다.',
    }),
    contactPerson: text('담당자', { width: 120, help: '내부용: 협력기관 시트에 게시하지 않습니다.' }),
    notes: text('내부 메모', { width: 200, help: '내부용: 협력기관 시트에 게시하지 않습니다.' }),
    status: choice('운영 상태', RESOURCE_STATUSES, { width: 90 }),
    shareable: flag('협력기관 공유'),
    verifiedOn: date('최종 확인일', { system: true }),
    verifiedBy: by('확인자'),
    version: number('버전', { system: true }),
    updatedAt: text('최종 수정', { system: true, width: 140 }),
    updatedBy: by('최종 수정자'),
  },
};

export const REFERRALS: TableDef<R.ReferralRecord> = {
  name: '의뢰',
  about: '협력기관 의뢰: 누구에게, 어떤 동의에 따라, 어떤 항목을 제공했는지 (값은 사례 탭에만 있음)',
  columns: {
    referralId: id('의뢰번호'),
    caseNo: id('관리번호'),
    referredOn: date('의뢰일'),
    resourceId: text('자원번호', { width: 120 }),
    recipient: text('의뢰 기관', { width: 160 }),
    consentId: text('동의번호', { system: true, width: 150 }),
    sharedFields: text('제공한 항목', { system: true, width: 240 }),
    purpose: text('의뢰 목적', { width: 220 }),
    message: text('전달 내용', { width: 260 }),
    documentUrl: text('의뢰서', { system: true, width: 200 }),
    referredBy: by('의뢰자'),
  },
};

/** The daily reminders' sent-log (src/domain/reminder-log.ts): what went to whom, day by day. */
export const REMINDER_LOG: TableDef<ReminderLogRecord> = {
  name: '발송기록',
  about: '매일 알림 메일의 발송 기록: 같은 날 두 번 보내지 않도록 추가 기능이 적습니다 (고치지 마세요)',
  columns: {
    day: date('기준일', { system: true }),
    audience: choice('구분', AUDIENCES, { system: true }),
    recipient: text('받는 사람', { system: true, width: 200 }),
    state: choice('상태', SEND_STATES, { system: true, width: 150 }),
    overdue: number('기한 지남', { system: true }),
    dueSoon: number('다가옴', { system: true }),
    at: text('처리 시각', { system: true, width: 140 }),
    runBy: text('보낸 계정', { system: true, width: 180 }),
    note: text('비고', { system: true, width: 320 }),
  },
};

export const ADVOCACY: TableDef<R.AdvocacyRecord> = {
  name: '권익옹호',
  about:
    '권익옹호 활동: 당사자를 위해 기관·집주인·급여 결정에 나선 일, 서비스체계의 빈틈을 제기한 일과 그 결과',
  columns: {
    advocacyId: id('권익옹호번호'),
    caseNo: id('관리번호'),
    on: date('활동일'),
    level: choice('수준', ADVOCACY_LEVELS),
    counterpart: text('상대 (기관·사람)', { width: 160 }),
    action: text('한 일', { width: 260 }),
    outcome: text('결과', { width: 200 }),
    gapKind: choice('체계의 빈틈', GAP_KINDS, { width: 160 }),
    recordedBy: by(),
  },
};

export const ACTIVITIES: TableDef<R.ActivityRecord> = {
  name: '활동기록',
  about: '점검 사이의 상담·개입 기록: 직접실천(상담, 정서지원, 정보제공)과 간접실천(연계, 조정, 의뢰 확인)',
  columns: {
    activityId: id('활동번호'),
    caseNo: id('관리번호'),
    on: date('활동일'),
    practice: choice('실천 구분', PRACTICE_KINDS, { system: true }),
    kind: choice('활동 종류', ACTIVITY_KINDS),
    content: text('내용', { width: 300 }),
    participants: text('참여자', { width: 160 }),
    recordedBy: by(),
  },
};

export const APPROVALS: TableDef<R.ApprovalRecord> = {
  name: '결재',
  about: '복지팀장 결재: 서비스계획·종결마다 요청, 승인 또는 반려(의견)와 누가 언제',
  columns: {
    approvalId: id('결재번호'),
    caseNo: id('관리번호'),
    subject: choice('결재 대상', APPROVAL_SUBJECTS, { system: true }),
    targetId: text('대상 번호', { system: true, width: 150 }),
    status: choice('상태', APPROVAL_STATUSES, { system: true }),
    requestedAt: text('요청 시각', { system: true, width: 140 }),
    requestedBy: by('요청자'),
    decidedAt: text('결정 시각', { system: true, width: 140 }),
    decidedBy: by('결재자'),
    comment: text('의견', { system: true, width: 260 }),
  },
};

export const STAFF: TableDef<R.StaffRecord> = {
  name: '직원',
  about:
    '직원 명부 (설정의 일부): 이메일, 이름, 연락처, 역할(사례관리자/복지팀장). 서식에는 이름이 인쇄됩니다',
  columns: {
    email: text('이메일', { width: 200 }),
    name: text('이름', { width: 100 }),
    phone: text('연락처', { width: 120 }),
    role: choice('역할', STAFF_ROLES),
  },
};

/** In the order the tabs appear. */
export const ALL_TABLES: readonly TableDef<never>[] = [
  CASES,
  INTAKES,
  ASSESSMENTS,
  NEEDS,
  CONFERENCES,
  CONSENTS,
  PLANS,
  PLAN_ITEMS,
  CHECKS,
  CLOSURES,
  FOLLOW_UPS,
  ADVOCACY,
  ACTIVITIES,
  APPROVALS,
  RESOURCES,
  REFERRALS,
  DOCUMENTS,
  REMINDER_LOG,
  AUDIT,
  SETTINGS,
  STAFF,
] as unknown as readonly TableDef<never>[];

/**
 * The tables whose rows carry a 관리번호 and make up one case's file (queries.ts caseFileAfter):
 * read together when a call first touches the case.
 */
export const CASE_FILE_TABLES = [
  CASES,
  INTAKES,
  ASSESSMENTS,
  NEEDS,
  CONFERENCES,
  CONSENTS,
  PLANS,
  PLAN_ITEMS,
  CHECKS,
  CLOSURES,
  FOLLOW_UPS,
  ADVOCACY,
  ACTIVITIES,
  APPROVALS,
] as unknown as readonly TableDef<{ caseNo: string }>[];
