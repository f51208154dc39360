import { closureWarnings } from '../../../src/domain/closure-warnings';

const item = (itemId: string, goal: string, outcome: 'achieved' | 'extended' | 'reassess' | null) => ({
  itemId,
  goal,
  outcome,
});

describe('closureWarnings (asked before 종결)', () => {
  it('names the latest plan items with no 이행여부 and a last 위기도 of 높음 or 위기', () => {
    const warnings = closureWarnings({
      plans: [
        { planId: 'X-P1', items: [item('X-P1-1', '옛 목표', null)] },
        { planId: 'X-P2', items: [item('X-P2-1', '식사', 'achieved'), item('X-P2-2', '월세 정리', null)] },
      ],
      assessments: [
        { assessedOn: '2026-01-01', riskLevel: 'low' },
        { assessedOn: '2026-02-01', riskLevel: 'crisis' },
      ],
    });
    expect(warnings).toEqual([
      '서비스계획 X-P2의 항목 1개에 이행여부가 없습니다: 월세 정리. 종결 전에 점검으로 기록하는 것이 좋습니다.',
      "마지막 욕구사정(2026-02-01)의 위기도가 '위기'입니다. 위기가 해소되었는지 확인하세요.",
    ]);
  });

  it('says nothing when every item has its 이행여부 and the last 위기도 went down', () => {
    expect(
      closureWarnings({
        plans: [{ planId: 'X-P1', items: [item('X-P1-1', '식사', 'achieved')] }],
        assessments: [
          { assessedOn: '2026-01-01', riskLevel: 'high' },
          { assessedOn: '2026-03-01', riskLevel: 'medium' },
        ],
      }),
    ).toEqual([]);
    expect(closureWarnings({ plans: [], assessments: [] })).toEqual([]);
  });
});
