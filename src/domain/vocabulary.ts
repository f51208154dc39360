/**
 * The product's enumerations with their Korean labels, in the glossary's words (DOMAIN.md).
 * The label is what the sheet shows and what a dropdown offers; the key is what the API speaks.
 */
function vocabulary<const K extends string>(labels: Record<K, string>) {
  const keys = Object.keys(labels) as [K, ...K[]];
  const byLabel = new Map<string, K>(keys.map((key) => [labels[key], key]));
  return {
    keys,
    labels,
    label: (key: K): string => labels[key],
    /** Accepts the key or its Korean label (a person may type either into the sheet). */
    parse: (text: string): K | undefined =>
      (keys as string[]).includes(text) ? (text as K) : byLabel.get(text.trim()),
  };
}

export const INTAKE_OUTCOMES = vocabulary({
  benefitApplication: '복지급여 신청',
  serviceApplication: '복지서비스 신청',
  caseManagementReferral: '서비스연계 및 사례관리의뢰',
  infoReferral: '타기관 사업 정보 제공',
});
export type IntakeOutcome = (typeof INTAKE_OUTCOMES.keys)[number];

export const DISCOVERY_CHANNELS = vocabulary({
  walkIn: '내방',
  familyRequest: '가족 요청',
  outreach: '아웃리치',
  referral: '의뢰',
  publicAlert: '위기가구 발굴 명단',
  phone: '전화',
  other: '기타',
});
export type DiscoveryChannel = (typeof DISCOVERY_CHANNELS.keys)[number];

export const CASE_TYPES = vocabulary({ general: '일반', highDifficulty: '고난도' });
export type CaseType = (typeof CASE_TYPES.keys)[number];

export const STAGES = vocabulary({
  intake: '초기상담',
  assessment: '욕구사정',
  intervention: '서비스제공·점검',
  followUp: '사후관리',
  closed: '종결',
  endedAtIntake: '접수종결',
  notSelected: '비선정 종결',
});
export type Stage = (typeof STAGES.keys)[number];

export const ASSESSMENT_KINDS = vocabulary({ initial: '초기사정', re: '재사정' });
export type AssessmentKind = (typeof ASSESSMENT_KINDS.keys)[number];

export const RISK_LEVELS = vocabulary({ low: '낮음', medium: '보통', high: '높음', crisis: '위기' });
export type RiskLevel = (typeof RISK_LEVELS.keys)[number];

export const LIFE_DOMAINS = vocabulary({
  safety: '안전',
  health: '건강',
  mentalHealth: '정신건강',
  dailyLiving: '일상생활유지',
  family: '가족관계',
  community: '사회적 관계',
  education: '교육',
  employment: '고용',
  economy: '경제',
  housing: '주거',
  rights: '권익보장',
});
export type LifeDomain = (typeof LIFE_DOMAINS.keys)[number];

export const ITEM_OUTCOMES = vocabulary({ achieved: '달성', extended: '연장', reassess: '재사정' });
export type ItemOutcome = (typeof ITEM_OUTCOMES.keys)[number];

export const CHECK_METHODS = vocabulary({
  homeVisit: '가정방문',
  counselling: '상담',
  phone: '전화',
  providerContact: '제공기관 연락',
  providerVisit: '제공기관 방문',
  meeting: '회의',
  record: '기록·척도 확인',
});
export type CheckMethod = (typeof CHECK_METHODS.keys)[number];

export const CLOSURE_REASONS = vocabulary({
  goalAchieved: '목표달성',
  movedOut: '전출',
  died: '사망',
  lostContact: '연락두절',
  clientRequest: '본인·보호자 의사',
  selfReliant: '자립',
});
export type ClosureReason = (typeof CLOSURE_REASONS.keys)[number];

export const CONFERENCE_KINDS = vocabulary({
  caseMeeting: '사례회의',
  integrated: '통합사례회의',
  internalReview: '내부판정회의',
});
export type ConferenceKind = (typeof CONFERENCE_KINDS.keys)[number];

/** Who gave a 정보제공 동의: the client (본인) or, for them, a guardian (보호자, named with the relation). */
export const CONSENT_GIVERS = vocabulary({ self: '본인', guardian: '보호자' });
export type ConsentGiver = (typeof CONSENT_GIVERS.keys)[number];

/**
 * What a 사례회의 decides. The first three decide the selection of a case not yet selected; the
 * last three are what a review meeting on a selected case records (src/domain/workflow.ts).
 */
export const SELECTION_DECISIONS = vocabulary({
  selected: '사례관리 대상 선정',
  notSelected: '비선정',
  onHold: '보류',
  reassessmentShared: '재사정 공유',
  planChanged: '계획 변경',
  closureDecided: '종결 결정',
});
export type SelectionDecision = (typeof SELECTION_DECISIONS.keys)[number];

/** 자원개발 (DOMAIN.md): 인적 (people, shops, groups), 물적 (goods, services, benefits), 관계 (neighbour network). */
export const RESOURCE_KINDS = vocabulary({ human: '인적', material: '물적', relational: '관계' });
export type ResourceKind = (typeof RESOURCE_KINDS.keys)[number];

export const SECTORS = vocabulary({ public: '공공', private: '민간' });
export type Sector = (typeof SECTORS.keys)[number];

/** A resource that stopped is marked, not deleted: plan items keep pointing at it. */
export const RESOURCE_STATUSES = vocabulary({ active: '운영 중', inactive: '운영 중단' });
export type ResourceStatus = (typeof RESOURCE_STATUSES.keys)[number];

/** 권익옹호 (DOMAIN.md): for the client (an agency, a landlord, a benefit decision) or the service system. */
export const ADVOCACY_LEVELS = vocabulary({ client: '당사자 권익', system: '서비스체계 개선' });
export type AdvocacyLevel = (typeof ADVOCACY_LEVELS.keys)[number];

/** Kinds of service-system gap a 동 raises with the 구 at the 통합사례회의, counted on the 대시보드. */
export const GAP_KINDS = vocabulary({
  noService: '서비스 부재',
  eligibility: '자격 기준의 사각지대',
  capacity: '정원·대기 부족',
  access: '접근성 (거리·교통·시간)',
  cost: '비용 부담',
  information: '정보·안내 부족',
  coordination: '기관 간 연계 부족',
  other: '기타',
});
export type GapKind = (typeof GAP_KINDS.keys)[number];

/** 활동 기록: 직접실천 (상담, 정서지원, 정보제공) and 간접실천 (연계, 조정, 의뢰 확인). */
export const ACTIVITY_KINDS = vocabulary({
  counselling: '상담',
  emotionalSupport: '정서지원',
  information: '정보제공',
  linking: '연계',
  coordination: '조정',
  referralFollowUp: '의뢰 확인',
});
export type ActivityKind = (typeof ACTIVITY_KINDS.keys)[number];

export const PRACTICE_KINDS = vocabulary({ direct: '직접실천', indirect: '간접실천' });
export type PracticeKind = (typeof PRACTICE_KINDS.keys)[number];

/** Which practice an activity belongs to: the first three kinds are the case manager's own work. */
export function practiceOf(kind: ActivityKind): PracticeKind {
  return kind === 'counselling' || kind === 'emotionalSupport' || kind === 'information'
    ? 'direct'
    : 'indirect';
}

/** 결재: what the 복지팀장 signs off, and where a request stands. */
export const APPROVAL_SUBJECTS = vocabulary({ plan: '서비스계획', closure: '종결' });
export type ApprovalSubject = (typeof APPROVAL_SUBJECTS.keys)[number];

export const APPROVAL_STATUSES = vocabulary({ requested: '결재 요청', approved: '승인', returned: '반려' });
export type ApprovalStatus = (typeof APPROVAL_STATUSES.keys)[number];

export const APPROVAL_DECISIONS = vocabulary({ approved: '승인', returned: '반려' });
export type ApprovalDecision = (typeof APPROVAL_DECISIONS.keys)[number];

/** 직원 명부: the roles the add-on tells apart. */
export const STAFF_ROLES = vocabulary({ caseManager: '사례관리자', supervisor: '복지팀장' });
export type StaffRole = (typeof STAFF_ROLES.keys)[number];

/** 가구원의 관계: how a member of the client's household is related to the client (가구원 탭). */
export const HOUSEHOLD_RELATIONS = vocabulary({
  spouse: '배우자',
  child: '자녀',
  parent: '부모',
  sibling: '형제자매',
  grandparent: '조부모',
  grandchild: '손자녀',
  relative: '친척',
  cohabitant: '동거인',
  other: '기타',
});
export type HouseholdRelation = (typeof HOUSEHOLD_RELATIONS.keys)[number];
