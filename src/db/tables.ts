/**
 * Every table of the case database, declared once: tab name, and its columns. The case records the
 * sidebar's forms write take their columns from the field catalogue (src/domain/fields-catalogue.ts),
 * where each field's label, limit and column are declared once; the add-on's own tables (문서,
 * 변경이력, 발송기록 …) and the 자원 tab declare theirs here with the same builders. Header text is
 * how columns are found, so changing one is a schema change.
 */
import { RESOURCE_KINDS, RESOURCE_STATUSES, SECTORS, STAFF_ROLES } from '../domain/vocabulary';
import {
  ASSESSMENT_FIELDS,
  CASE_FIELDS,
  CHECK_FIELDS,
  CLOSURE_FIELDS,
  CONFERENCE_FIELDS,
  CONSENT_FIELDS,
  REFERRAL_RECORD_FIELDS,
  ADVOCACY_FIELDS,
  ACTIVITY_FIELDS,
  APPROVAL_FIELDS,
  FOLLOW_UP_FIELDS,
  HOUSEHOLD_MEMBER_FIELDS,
  INTAKE_FIELDS,
  NEED_FIELDS,
  PLAN_FIELDS,
  PLAN_ITEM_FIELDS,
} from '../domain/fields-catalogue';
import { field, headerOf, type Catalogue, type FieldDef } from '../domain/fields';
import { DOCUMENT_FORMS } from '../domain/documents/forms';
import type * as R from '../domain/records';
import { FIELD_LABELS } from '../domain/resources/fields';
import { AUDIENCES, SEND_STATES, type ReminderLogRecord } from '../domain/reminder-log';
import type { ColumnDef, Columns, TableDef } from './table';
import type { ColumnType } from './cells';

/** A table's columns from its fields' declarations (src/domain/fields.ts): header, type, width, note. */
function columnsOf<R>(catalogue: Catalogue<R>): Columns<R> {
  const columns = {} as Record<string, ColumnDef>;
  for (const [key, def] of Object.entries<FieldDef>(catalogue)) columns[key] = columnOf(def);
  return columns as Columns<R>;
}

function columnOf(def: FieldDef): ColumnDef {
  const column: ColumnDef = { header: headerOf(def), type: columnType(def) };
  if (def.system) column.system = true;
  if (def.help) column.help = def.help;
  if (def.width) column.width = def.width;
  return column;
}

function columnType(def: FieldDef): ColumnType {
  if (def.kind === 'flag') return { kind: 'boolean' };
  if (def.kind !== 'choice') return { kind: def.kind };
  if (!def.vocabulary) throw new Error(`choice field ${def.label} has no vocabulary`);
  return { kind: 'choice', vocabulary: def.vocabulary };
}

export const CASES: TableDef<R.CaseRecord> = {
  name: '사례',
  about: '사례 한 건에 한 줄: 대상자, 단계, 담당자, 다음 점검일과 재사정일',
  columns: columnsOf(CASE_FIELDS),
};

export const INTAKES: TableDef<R.IntakeRecord> = {
  name: '초기상담',
  about: '접수·초기상담 기록 (사례 한 건에 한 줄)',
  columns: columnsOf(INTAKE_FIELDS),
};

export const ASSESSMENTS: TableDef<R.AssessmentRecord> = {
  name: '욕구사정',
  about: '욕구사정 한 번에 한 줄 (생활 영역별 욕구는 욕구 탭)',
  columns: columnsOf(ASSESSMENT_FIELDS),
};

export const NEEDS: TableDef<R.NeedRecord> = {
  name: '욕구',
  about: '욕구사정의 생활 영역별 문제·요구(바람)·욕구',
  columns: columnsOf(NEED_FIELDS),
};

export const CONFERENCES: TableDef<R.ConferenceRecord> = {
  name: '사례회의',
  about: '사례회의·통합사례회의·내부판정회의와 그 결정',
  columns: columnsOf(CONFERENCE_FIELDS),
};

export const CONSENTS: TableDef<R.ConsentRecord> = {
  name: '정보제공동의',
  about: '제3자 정보제공 동의: 받는 기관마다 한 줄 (항목, 목적, 기간, 제공하지 않을 정보)',
  columns: columnsOf(CONSENT_FIELDS),
};

export const PLANS: TableDef<R.PlanRecord> = {
  name: '서비스계획',
  about: '서비스제공 계획 한 건에 한 줄: 성과목표와 동의(서명)일',
  columns: columnsOf(PLAN_FIELDS),
};

export const PLAN_ITEMS: TableDef<R.PlanItemRecord> = {
  name: '계획항목',
  about: '서비스제공 계획 및 점검표의 항목 (③~⑬)',
  columns: columnsOf(PLAN_ITEM_FIELDS),
};

export const CHECKS: TableDef<R.CheckRecord> = {
  name: '점검',
  about: '점검·모니터링 기록',
  columns: columnsOf(CHECK_FIELDS),
};

export const CLOSURES: TableDef<R.ClosureRecord> = {
  name: '종결',
  about: '종결과 평가, 재개 기록',
  columns: columnsOf(CLOSURE_FIELDS),
};

export const FOLLOW_UPS: TableDef<R.FollowUpRecord> = {
  name: '사후관리',
  about: '종결 후 예정된 사후관리와 그 결과',
  columns: columnsOf(FOLLOW_UP_FIELDS),
};

export const HOUSEHOLD_MEMBERS: TableDef<R.HouseholdMemberRecord> = {
  name: '가구원',
  about: '대상자의 가구원 한 명에 한 줄: 관계, 출생연도, 비고 (이름·주민등록번호는 적지 않음)',
  columns: columnsOf(HOUSEHOLD_MEMBER_FIELDS),
};

export const DOCUMENTS: TableDef<R.DocumentRecord> = {
  name: '문서',
  about: '만든 문서 (Google 문서): 사례·서식·계획마다 판을 올려 가며, 서명했을 수 있는 판을 덮어쓰지 않음',
  columns: columnsOf<R.DocumentRecord>({
    documentId: field.id('문서 ID'),
    caseNo: field.id('관리번호'),
    form: field.choice('서식', DOCUMENT_FORMS, { system: true, width: 180 }),
    planId: field.text('계획번호', { system: true, width: 150 }),
    version: field.number('판', { system: true }),
    name: field.text('파일 이름', { system: true, width: 280 }),
    url: field.text('링크', { system: true, width: 280 }),
    pdfUrl: field.text('PDF 링크', { system: true, width: 200 }),
    templateId: field.text('서식 문서 ID', { system: true, width: 150 }),
    createdAt: field.text('만든 시각', { system: true, width: 140 }),
    createdBy: field.by('만든 사람'),
  }),
};

export const AUDIT: TableDef<R.AuditRecord> = {
  name: '변경이력',
  about: '모든 변경의 기록: 누가, 언제, 어느 사례에 무엇을 (추가만 되며 고치지 않음)',
  columns: columnsOf<R.AuditRecord>({
    at: field.text('일시', { system: true, width: 150 }),
    user: field.text('사용자', { system: true, width: 180 }),
    caseNo: field.text('관리번호', { system: true, width: 130 }),
    action: field.text('작업', { system: true, width: 120 }),
    detail: field.text('내용', { system: true, width: 400 }),
    seq: field.text('순번', { system: true, width: 70 }),
    seal: field.text('서명', { system: true, width: 110 }),
  }),
};

/**
 * Where the saves of everyone but the keeper land while 변경이력 is closed to the keeper (decision
 * 0014): the very same columns, 순번 and 서명 included; the keeper's hourly run checks each row and
 * moves it into 변경이력.
 */
export const AUDIT_INTAKE: TableDef<R.AuditRecord> = {
  name: '변경이력 접수',
  about:
    '다른 담당자의 변경 기록이 잠시 머무는 곳: 매일 알림을 켠 담당자의 실행이 한 시간마다 확인해 변경이력으로 옮김',
  columns: AUDIT.columns,
};

export const SETTINGS: TableDef<R.SettingRecord> = {
  name: '설정',
  about: '동 이름, 기한 규칙 등 이 시트의 설정 (값 열만 고치세요)',
  columns: columnsOf<R.SettingRecord>({
    name: field.text('항목', { system: true, width: 220 }),
    value: field.text('값', { width: 220 }),
    description: field.text('설명', { system: true, width: 420 }),
  }),
};

export const RESOURCES: TableDef<R.ResourceRecord> = {
  name: '자원',
  about: '지역 자원 목록 (Open Referral HSDS 항목): 협력기관에는 공유 표시한 자원의 공개 항목만 게시',
  columns: columnsOf<R.ResourceRecord>({
    resourceId: field.id('자원번호'),
    name: field.text(FIELD_LABELS.name, { width: 160 }),
    kind: field.choice(FIELD_LABELS.kind, RESOURCE_KINDS, { width: 80 }),
    sector: field.choice(FIELD_LABELS.sector, SECTORS, { width: 80 }),
    category: field.text(FIELD_LABELS.category, { width: 100 }),
    provider: field.text(FIELD_LABELS.provider, { width: 160 }),
    description: field.text(FIELD_LABELS.description, { width: 220 }),
    contact: field.text(FIELD_LABELS.contact, { width: 120 }),
    email: field.text(FIELD_LABELS.email, { width: 160 }),
    website: field.text(FIELD_LABELS.website, { width: 160 }),
    address: field.text(FIELD_LABELS.address, { width: 200 }),
    stateProvince: field.text(FIELD_LABELS.stateProvince, {
      width: 100,
      help: 'HSDS 내보내기용: 비어 있으면 주소에서 읽습니다.',
    }),
    city: field.text(FIELD_LABELS.city, {
      width: 90,
      help: 'HSDS 내보내기용: 비어 있으면 주소에서 읽습니다.',
    }),
    postalCode: field.text(FIELD_LABELS.postalCode, { width: 80, help: '숫자 5자리 (예: 06236)' }),
    area: field.text(FIELD_LABELS.area, { width: 120 }),
    eligibility: field.text(FIELD_LABELS.eligibility, { width: 200 }),
    fees: field.text(FIELD_LABELS.fees, { width: 120 }),
    hours: field.text(FIELD_LABELS.hours, { width: 140 }),
    languages: field.text(FIELD_LABELS.languages, { width: 100 }),
    capacity: field.text(FIELD_LABELS.capacity, {
      width: 160,
      help: '내부용: 협력기관 시트에 게시하지 않습니다.',
    }),
    contactPerson: field.text(FIELD_LABELS.contactPerson, {
      width: 120,
      help: '내부용: 협력기관 시트에 게시하지 않습니다.',
    }),
    notes: field.text(FIELD_LABELS.notes, { width: 200, help: '내부용: 협력기관 시트에 게시하지 않습니다.' }),
    status: field.choice(FIELD_LABELS.status, RESOURCE_STATUSES, { width: 90 }),
    shareable: field.flag(FIELD_LABELS.shareable),
    verifiedOn: field.date(FIELD_LABELS.verifiedOn, { system: true }),
    verifiedBy: field.by(FIELD_LABELS.verifiedBy),
    version: field.number('버전', { system: true }),
    updatedAt: field.text('최종 수정', { system: true, width: 140 }),
    updatedBy: field.by('최종 수정자'),
  }),
};

export const REFERRALS: TableDef<R.ReferralRecord> = {
  name: '의뢰',
  about: '협력기관 의뢰: 누구에게, 어떤 동의에 따라, 어떤 항목을 제공했는지 (값은 사례 탭에만 있음)',
  columns: columnsOf(REFERRAL_RECORD_FIELDS),
};

/** The daily reminders' sent-log (src/domain/reminder-log.ts): what went to whom, day by day. */
export const REMINDER_LOG: TableDef<ReminderLogRecord> = {
  name: '발송기록',
  about: '매일 알림 메일의 발송 기록: 같은 날 두 번 보내지 않도록 추가 기능이 적습니다 (고치지 마세요)',
  columns: columnsOf<ReminderLogRecord>({
    day: field.date('기준일', { system: true }),
    audience: field.choice('구분', AUDIENCES, { system: true }),
    recipient: field.text('받는 사람', { system: true, width: 200 }),
    state: field.choice('상태', SEND_STATES, { system: true, width: 150 }),
    overdue: field.number('기한 지남', { system: true }),
    dueSoon: field.number('다가옴', { system: true }),
    at: field.text('처리 시각', { system: true, width: 140 }),
    runBy: field.text('보낸 계정', { system: true, width: 180 }),
    note: field.text('비고', { system: true, width: 320 }),
  }),
};

export const ADVOCACY: TableDef<R.AdvocacyRecord> = {
  name: '권익옹호',
  about:
    '권익옹호 활동: 당사자를 위해 기관·집주인·급여 결정에 나선 일, 서비스체계의 빈틈을 제기한 일과 그 결과',
  columns: columnsOf(ADVOCACY_FIELDS),
};

export const ACTIVITIES: TableDef<R.ActivityRecord> = {
  name: '활동기록',
  about: '점검 사이의 상담·개입 기록: 직접실천(상담, 정서지원, 정보제공)과 간접실천(연계, 조정, 의뢰 확인)',
  columns: columnsOf(ACTIVITY_FIELDS),
};

export const APPROVALS: TableDef<R.ApprovalRecord> = {
  name: '결재',
  about: '복지팀장 결재: 서비스계획·종결마다 요청, 승인 또는 반려(의견)와 누가 언제',
  columns: columnsOf(APPROVAL_FIELDS),
};

export const STAFF: TableDef<R.StaffRecord> = {
  name: '직원',
  about:
    '직원 명부 (설정의 일부): 이메일, 이름, 연락처, 역할(사례관리자/복지팀장). 서식에는 이름이 인쇄됩니다',
  columns: columnsOf<R.StaffRecord>({
    email: field.text('이메일', { width: 200 }),
    name: field.text('이름', { width: 100 }),
    phone: field.text('연락처', { width: 120 }),
    role: field.choice('역할', STAFF_ROLES),
  }),
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
  HOUSEHOLD_MEMBERS,
  RESOURCES,
  REFERRALS,
  DOCUMENTS,
  REMINDER_LOG,
  AUDIT,
  AUDIT_INTAKE,
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
  HOUSEHOLD_MEMBERS,
] as unknown as readonly TableDef<{ caseNo: string }>[];
