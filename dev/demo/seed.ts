/**
 * A fictional demo caseload for the local preview (and screenshots): six households in the
 * made-up 행복동, at every stage of the process, a small resource list, one plan document and two
 * 권익옹호 acts (one a service-system gap, for the 빈틈 보고서). Every name, birth date, phone number
 * (010-0000-xxxx) and address is invented.
 *
 * The data goes in through the add-on's own contract functions, exactly as the sidebar would send
 * it (JSON, dates as "YYYY-MM-DD"), so the demo is valid data by construction. A function the
 * bundle does not declare yet is skipped; a call that fails is reported and the rest carries on.
 */
import type { LoadedAddon } from '../addon-loader';
import type { FakeGasEnvironment } from '../fakes/environment-api';
import type {
  AdvocacyInput,
  AssessmentInput,
  CheckInput,
  CloseInput,
  ConferenceInput,
  ConsentInput,
  IntakeInput,
  PlanInput,
} from '../../src/domain/schemas';

export interface SeedReport {
  /** One line per call: what was made, skipped or refused. */
  log: string[];
  caseNos: string[];
}

type ResourceInput = {
  name: string;
  kind: 'human' | 'material' | 'relational';
  sector?: string;
  category?: string;
  provider?: string;
  contact?: string;
  area?: string;
  eligibility?: string;
  shareable?: boolean;
};

interface DemoCase {
  intake: (day: (offset: number) => string) => IntakeInput;
  assessment?: (caseNo: string, day: (offset: number) => string) => AssessmentInput;
  conference?: (caseNo: string, day: (offset: number) => string) => ConferenceInput;
  consent?: (caseNo: string, day: (offset: number) => string) => ConsentInput;
  plan?: (caseNo: string, day: (offset: number) => string) => PlanInput;
  check?: (caseNo: string, itemIds: string[], day: (offset: number) => string) => CheckInput;
  close?: (caseNo: string, day: (offset: number) => string) => CloseInput;
  /** 권익옹호 acts (recordAdvocacy): what the 빈틈 보고서 and the 대시보드 count. */
  advocacy?: (caseNo: string, day: (offset: number) => string) => AdvocacyInput[];
  /** Make the plan's 서비스제공 계획 및 점검표 document (generatePlanDocument). */
  planDocument?: boolean;
}

const seoulDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Seoul' });

/** "YYYY-MM-DD" in Seoul, `offset` days from the environment's clock (negative = in the past). */
function dayFrom(now: Date): (offset: number) => string {
  return (offset) => seoulDate.format(new Date(now.getTime() + offset * 86_400_000));
}

const CASES: DemoCase[] = [
  {
    // An older person living alone, found by outreach: a full plan with a first check.
    intake: (day) => ({
      client: {
        name: '김하늘',
        birthDate: '1951-04-12',
        phone: '010-0000-1001',
        address: '행복동 햇살로 12, 101호',
        household: '1인 가구 (독거). 자녀 1명 타지 거주, 연락 드묾.',
      },
      intakeDate: day(-75),
      discovery: 'outreach',
      presentingProblem: '무릎 통증으로 외출이 어렵고 끼니를 자주 거름. 겨울철 난방비 부담.',
      potentialProblems: '고립 심화, 영양 결핍, 낙상 위험',
      strengths: '이웃 통장과 관계가 좋음. 복지관 프로그램 참여 의지가 있음.',
      weaknesses: '가족 지지체계가 약함. 복지 정보를 잘 모름.',
      intakeOutcome: 'caseManagementReferral',
      caseType: 'general',
    }),
    assessment: (caseNo, day) => ({
      caseNo,
      kind: 'initial',
      assessedOn: day(-68),
      needs: [
        {
          domain: 'health',
          problem: '무릎 관절염으로 보행이 불편함',
          demand: '병원에 혼자 다녀오기 힘들어요',
          need: '정기 진료 동행과 방문 건강관리',
        },
        {
          domain: 'dailyLiving',
          problem: '하루 한 끼 정도만 식사함',
          demand: '반찬 걱정 없이 지내고 싶어요',
          need: '규칙적인 식사 지원',
        },
        {
          domain: 'community',
          problem: '주 1회 미만 외부 접촉',
          demand: '말동무가 있었으면 좋겠어요',
          need: '정기적인 안부 확인과 사회적 관계망 형성',
        },
      ],
      strengths: '이웃 통장과 신뢰 관계, 복지관 프로그램 참여 의지',
      supportSystem: '공식: 행복동 주민센터, 행복종합사회복지관 / 비공식: 통장, 옆집 이웃',
      riskLevel: 'medium',
    }),
    conference: (caseNo, day) => ({
      caseNo,
      kind: 'internalReview',
      heldOn: day(-64),
      decision: 'selected',
      caseType: 'general',
      attendees: '복지팀장, 담당 사례관리자, 방문간호사',
      notes: '일반 사례로 선정. 식사와 건강관리부터 시작.',
    }),
    consent: (caseNo, day) => ({
      caseNo,
      consentedOn: day(-60),
      recipient: '행복동 새마을부녀회',
      items: '이름, 주소, 연락처, 식사 제한 사항',
      purpose: '밑반찬 배달',
      until: day(300),
      withheld: '건강 상태, 가족 관계',
    }),
    plan: (caseNo, day) => ({
      caseNo,
      consentDate: day(-60),
      shortTermGoal: '3개월 안에 하루 두 끼 이상 규칙적으로 식사한다.',
      longTermGoal: '이웃과 교류하며 스스로 건강을 관리한다.',
      items: [
        {
          goal: '하루 두 끼 이상 식사',
          service: '밑반찬 배달 (주 2회)',
          priority: 1,
          timing: '즉시',
          startDate: day(-58),
          endDate: day(120),
          timesPerWeek: 2,
          provider: '행복동 새마을부녀회',
          providerContact: '회장 (010-0000-2001)',
          checkMethod: '전화 확인',
        },
        {
          goal: '무릎 통증 관리',
          service: '방문 건강관리 및 진료 동행',
          priority: 2,
          timing: '1개월 내',
          startDate: day(-50),
          endDate: day(120),
          timesPerWeek: 1,
          provider: '행복동 보건지소',
          providerContact: '방문간호사',
          checkMethod: '가정방문',
        },
        {
          goal: '주 2회 이상 이웃과 대화',
          service: '말벗 자원봉사자 연결',
          priority: 3,
          timing: '2개월 내',
          startDate: day(-40),
          timesPerWeek: 2,
          provider: '본인 및 옆집 이웃',
          checkMethod: '가정방문',
        },
      ],
    }),
    planDocument: true,
    check: (caseNo, itemIds, day) => ({
      caseNo,
      checkedOn: day(-20),
      method: 'homeVisit',
      note: '반찬 배달을 잘 받고 있으며 식사 횟수가 늘었음. 무릎 통증은 여전함.',
      itemOutcomes: itemIds.slice(0, 2).map((itemId, index) => ({
        itemId,
        outcome: index === 0 ? 'achieved' : 'extended',
      })),
      needsChanged: false,
    }),
  },
  {
    // A man who lost his job and is behind on rent, from the public alert list: assessed and planned.
    intake: (day) => ({
      client: {
        name: '박민준',
        birthDate: '1986-09-03',
        phone: '010-0000-1002',
        address: '행복동 꿈나무길 45, 2층',
        household: '1인 가구. 부모님과 연락 끊김.',
      },
      intakeDate: day(-40),
      discovery: 'publicAlert',
      presentingProblem: '실직 후 3개월째 월세 체납, 단전 예고 통지를 받음.',
      strengths: '구직 의지가 강함. 지게차 자격증 보유.',
      weaknesses: '채무 부담, 도움 요청을 꺼림.',
      intakeOutcome: 'caseManagementReferral',
      caseType: 'highDifficulty',
    }),
    assessment: (caseNo, day) => ({
      caseNo,
      kind: 'initial',
      assessedOn: day(-33),
      needs: [
        {
          domain: 'economy',
          problem: '월세 3개월 체납, 공과금 미납',
          demand: '당장 쫓겨나지 않았으면 해요',
          need: '긴급 생계·주거 지원',
        },
        {
          domain: 'employment',
          problem: '실직 4개월',
          demand: '다시 일하고 싶어요',
          need: '취업 연계',
        },
      ],
      riskLevel: 'high',
    }),
    plan: (caseNo, day) => ({
      caseNo,
      consentDate: day(-25),
      shortTermGoal: '1개월 안에 체납 월세 문제를 해결하고 단전을 막는다.',
      longTermGoal: '6개월 안에 안정적인 일자리를 얻는다.',
      items: [
        {
          goal: '체납 월세 해소',
          service: '긴급복지 주거지원 신청',
          priority: 1,
          timing: '즉시',
          startDate: day(-24),
          endDate: day(5),
          provider: '행복동 주민센터',
          checkMethod: '서류 확인',
        },
        {
          goal: '취업',
          service: '고용복지플러스센터 취업성공패키지 연계',
          priority: 2,
          timing: '1개월 내',
          startDate: day(-20),
          endDate: day(160),
          timesPerWeek: 1,
          provider: '행복 고용복지센터',
          providerContact: '취업상담사',
          checkMethod: '전화 확인',
        },
      ],
    }),
    advocacy: (caseNo, day) => [
      {
        caseNo,
        on: day(-22),
        level: 'client',
        counterpart: '집주인',
        action: '긴급복지 결정까지 퇴거 통보를 미뤄 달라고 요청함.',
        outcome: '한 달 유예에 동의함.',
      },
      {
        caseNo,
        on: day(-21),
        level: 'system',
        counterpart: '구청 복지정책과',
        action: '실직 직후에는 재산 기준 때문에 긴급 주거지원 대상이 되지 않는 사각지대를 알림.',
        outcome: '다음 통합사례회의 안건으로 올리기로 함.',
        gapKind: 'eligibility',
      },
    ],
  },
  {
    // A single mother who walked in: assessed, waiting for a plan.
    intake: (day) => ({
      client: {
        name: '이서연',
        birthDate: '1990-02-20',
        phone: '010-0000-1003',
        address: '행복동 무지개로 7, 305호',
        household: '한부모 가구. 자녀 2명 (초등 3학년, 7세).',
      },
      intakeDate: day(-18),
      discovery: 'walkIn',
      presentingProblem: '야간 근무로 아이들 돌봄 공백이 생김.',
      strengths: '자녀 양육 의지가 높음. 친정 어머니가 가끔 도움.',
      intakeOutcome: 'caseManagementReferral',
    }),
    assessment: (caseNo, day) => ({
      caseNo,
      kind: 'initial',
      assessedOn: day(-10),
      needs: [
        {
          domain: 'family',
          problem: '평일 저녁 돌봄 공백',
          demand: '아이들이 저녁에 안전하게 있었으면 해요',
          need: '방과 후 돌봄 서비스',
        },
        {
          domain: 'education',
          problem: '큰아이 학습 부진',
          need: '학습 지원',
        },
      ],
      riskLevel: 'low',
    }),
  },
  {
    // A benefit application: recorded and ended at intake.
    intake: (day) => ({
      client: {
        name: '최도윤',
        birthDate: '1972-11-08',
        phone: '010-0000-1004',
        address: '행복동 은행나무길 3',
        household: '부부와 자녀 1명',
      },
      intakeDate: day(-12),
      discovery: 'phone',
      presentingProblem: '기초생활보장 생계급여 신청 문의',
      intakeOutcome: 'benefitApplication',
    }),
  },
  {
    // A family's request, just taken in.
    intake: (day) => ({
      client: {
        name: '정유나',
        birthDate: '1979-07-15',
        phone: '010-0000-1005',
        address: '행복동 별빛로 21',
        household: '모(정유나), 고령의 부친 (치매 의심) 동거',
      },
      intakeDate: day(-3),
      discovery: 'familyRequest',
      presentingProblem: '부친의 치매 증상이 심해져 혼자 돌보기 어려움.',
      strengths: '가족 간 유대가 강함.',
      intakeOutcome: 'caseManagementReferral',
    }),
  },
  {
    // A case that reached its goals and was closed.
    intake: (day) => ({
      client: {
        name: '한지우',
        birthDate: '1958-01-30',
        phone: '010-0000-1006',
        address: '행복동 햇살로 88, 1층',
        household: '부부 가구',
      },
      intakeDate: day(-300),
      discovery: 'referral',
      presentingProblem: '배우자 수술 후 간병과 의료비 부담.',
      intakeOutcome: 'caseManagementReferral',
    }),
    assessment: (caseNo, day) => ({
      caseNo,
      kind: 'initial',
      assessedOn: day(-292),
      needs: [
        {
          domain: 'health',
          problem: '배우자 수술 후 회복기',
          demand: '간병 부담을 덜고 싶어요',
          need: '간병 지원',
        },
      ],
      riskLevel: 'medium',
    }),
    plan: (caseNo, day) => ({
      caseNo,
      consentDate: day(-280),
      shortTermGoal: '3개월 동안 간병 부담을 줄인다.',
      items: [
        {
          goal: '간병 부담 완화',
          service: '가사·간병 방문 서비스',
          startDate: day(-278),
          endDate: day(-190),
          timesPerWeek: 3,
          provider: '행복종합사회복지관',
          checkMethod: '가정방문',
        },
      ],
    }),
    check: (caseNo, itemIds, day) => ({
      caseNo,
      checkedOn: day(-190),
      method: 'homeVisit',
      note: '배우자가 회복하여 일상생활이 가능해짐.',
      itemOutcomes: itemIds.map((itemId) => ({ itemId, outcome: 'achieved' as const })),
      needsChanged: false,
    }),
    close: (caseNo, day) => ({
      caseNo,
      closedOn: day(-180),
      reason: 'goalAchieved',
      evaluation: '간병 부담이 해소되고 부부가 스스로 생활을 꾸려 감.',
    }),
  },
];

const RESOURCES: ResourceInput[] = [
  {
    name: '밑반찬 나눔',
    kind: 'human',
    sector: '민간',
    category: '식생활',
    provider: '행복동 새마을부녀회',
    contact: '010-0000-2001',
    area: '행복동',
    eligibility: '홀로 사는 어르신, 장애인 가구',
    shareable: true,
  },
  {
    name: '가사·간병 방문 서비스',
    kind: 'material',
    sector: '민간',
    category: '돌봄',
    provider: '행복종합사회복지관',
    contact: '02-0000-3001',
    area: '행복동 전역',
    eligibility: '기준 중위소득 70% 이하',
    shareable: true,
  },
  {
    name: '긴급복지 주거지원',
    kind: 'material',
    sector: '공공',
    category: '주거',
    provider: '행복동 주민센터',
    contact: '02-0000-4001',
    eligibility: '위기 사유 발생 가구 (소득·재산 기준)',
    shareable: true,
  },
  {
    name: '방과 후 돌봄',
    kind: 'material',
    sector: '민간',
    category: '아동',
    provider: '행복 지역아동센터',
    contact: '02-0000-5001',
    area: '행복동',
    eligibility: '만 18세 미만 아동',
    shareable: true,
  },
  {
    name: '햇살로 이웃 안부 모임',
    kind: 'relational',
    sector: '민간',
    category: '관계망',
    provider: '햇살로 통장 모임',
    area: '햇살로 일대',
    shareable: false,
  },
];

export function seedDemo(addon: LoadedAddon, env: FakeGasEnvironment): SeedReport {
  const report: SeedReport = { log: [], caseNos: [] };
  const missing = new Set<string>();
  const day = dayFrom(env.clock.now());

  /** Calls `name` if the bundle declares it, logs the outcome, returns the result or undefined. */
  function attempt<T>(name: string, label: string, input: unknown): T | undefined {
    if (!addon.fn(name)) {
      missing.add(name);
      return undefined;
    }
    try {
      const result = addon.call<T>(name, input);
      report.log.push(`${name} ${label}`);
      return result;
    } catch (error) {
      report.log.push(`${name} ${label} FAILED: ${(error as Error).message}`);
      return undefined;
    }
  }

  for (const resource of RESOURCES) attempt('saveResource', resource.name, resource);

  for (const demo of CASES) {
    const intake = demo.intake(day);
    const saved = attempt<{ caseNo: string }>('saveIntake', intake.client.name, intake);
    if (!saved) continue;
    const { caseNo } = saved;
    report.caseNos.push(caseNo);
    const label = `${intake.client.name} (${caseNo})`;
    if (demo.assessment) attempt('saveAssessment', label, demo.assessment(caseNo, day));
    if (demo.conference) attempt('recordConference', label, demo.conference(caseNo, day));
    if (demo.consent) attempt('recordConsent', label, demo.consent(caseNo, day));
    const plan = demo.plan
      ? attempt<{ planId: string; itemIds: string[] }>('savePlan', label, demo.plan(caseNo, day))
      : undefined;
    if (demo.planDocument && plan) attempt('generatePlanDocument', label, { caseNo });
    if (demo.check && plan) attempt('recordCheck', label, demo.check(caseNo, plan.itemIds, day));
    for (const act of demo.advocacy?.(caseNo, day) ?? []) attempt('recordAdvocacy', label, act);
    if (demo.close) attempt('closeCase', label, demo.close(caseNo, day));
  }
  if (missing.size > 0) report.log.push(`not in the bundle yet, skipped: ${[...missing].join(', ')}`);
  return report;
}
