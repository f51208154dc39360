/** Valid payloads for every server function, fictional and plausible; tests and the benchmark override what they probe. */
export function intake(overrides: Record<string, unknown> = {}) {
  return {
    client: {
      name: '김하늘',
      birthDate: '1948-05-17',
      phone: '010-0000-1234',
      address: '행복동 12-3 (2층)',
      household: '독거, 딸(타 지역 거주)',
    },
    intakeDate: '2026-03-02',
    discovery: 'outreach',
    presentingProblem: '겨울 난방비 체납, 끼니를 거름',
    potentialProblems: '고립, 낙상 위험',
    strengths: '이웃과 인사하며 지냄, 도움을 받을 의지',
    weaknesses: '가족 지지체계 약함',
    intakeOutcome: 'caseManagementReferral',
    ...overrides,
  };
}

export function assessment(caseNo: string, overrides: Record<string, unknown> = {}) {
  return {
    caseNo,
    kind: 'initial',
    assessedOn: '2026-03-09',
    needs: [
      {
        domain: 'economy',
        problem: '난방비 3개월 체납',
        demand: '난방비를 해결하고 싶다',
        need: '긴급 난방비 지원과 에너지바우처 연계',
      },
      {
        domain: 'dailyLiving',
        problem: '하루 한 끼',
        demand: '밥을 챙겨 먹고 싶다',
        need: '정기적 식사 지원',
      },
    ],
    strengths: '규칙적인 생활',
    supportSystem: '공식: 주민센터 / 비공식: 옆집 이웃',
    riskLevel: 'high',
    ...overrides,
  };
}

export function plan(caseNo: string, overrides: Record<string, unknown> = {}) {
  return {
    caseNo,
    consentDate: '2026-03-20',
    shortTermGoal: '3개월 안에 하루 두 끼를 먹는다',
    longTermGoal: '겨울을 안전하게 난다',
    items: [
      {
        goal: '끼니 해결',
        service: '도시락 배달',
        priority: 1,
        timing: '즉시',
        startDate: '2026-03-23',
        endDate: '2026-06-30',
        timesPerWeek: 3,
        provider: '행복종합사회복지관',
        providerContact: '박민준',
        checkMethod: '전화',
      },
      {
        goal: '난방비 해결',
        service: '긴급복지 신청',
        priority: 2,
        startDate: '2026-03-20',
        provider: '본인',
        checkMethod: '방문',
      },
    ],
    ...overrides,
  };
}

export function check(caseNo: string, overrides: Record<string, unknown> = {}) {
  return { caseNo, checkedOn: '2026-04-20', method: 'homeVisit', note: '도시락 잘 받고 있음', ...overrides };
}

export function closing(caseNo: string, overrides: Record<string, unknown> = {}) {
  return {
    caseNo,
    closedOn: '2026-07-01',
    reason: 'goalAchieved',
    evaluation: '하루 두 끼 유지, 난방비 해결',
    ...overrides,
  };
}
