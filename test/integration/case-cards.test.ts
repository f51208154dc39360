import { startAddon, type Harness } from '../support/addon-harness';
import * as P from '../support/payloads';

/**
 * The case list's card says what is due next in the words and on the date 오늘 할 일 uses for the
 * same case: both read the due schedule stored on the case row (src/app/due-schedule.ts).
 */
interface Card {
  caseNo: string;
  stage: string;
  nextDue: string | null;
  nextDueLabel: string;
  overdue: boolean;
}
interface TodayItem {
  caseNo: string;
  kind: string;
  kindLabel: string;
  dueOn: string;
  status: string;
}

function cards(h: Harness): Map<string, Card> {
  return new Map(h.call<{ cases: Card[] }>('listCases', {}).cases.map((c) => [c.caseNo, c]));
}

function todayItems(h: Harness, caseNo: string): TodayItem[] {
  const list = h.call<{ overdue: TodayItem[]; dueSoon: TodayItem[] }>('getTodayList', { scope: 'all' });
  return [...list.overdue, ...list.dueSoon]
    .filter((i) => i.caseNo === caseNo)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

const WORDS: Record<string, string> = {
  assessmentDeadline: '욕구사정 기한',
  planDeadline: '서비스계획 기한',
  check: '다음 점검',
  reassessment: '다음 재사정',
  followUp: '사후관리 연락',
};

describe('case cards show the due item 오늘 할 일 shows', () => {
  let h: Harness;
  const no = { intake: '', assessment: '', intervention: '', followUp: '' };

  beforeAll(() => {
    h = startAddon({ now: '2026-03-02T10:00:00+09:00' });
    no.intake = h.call<{ caseNo: string }>('saveIntake', P.intake({ intakeDate: '2026-03-02' })).caseNo;
    no.assessment = h.call<{ caseNo: string }>(
      'saveIntake',
      P.intake({ client: { name: '이바다', birthDate: '1950-01-02' } }),
    ).caseNo;
    no.intervention = h.call<{ caseNo: string }>(
      'saveIntake',
      P.intake({ client: { name: '박산', birthDate: '1951-02-03' } }),
    ).caseNo;
    h.env.clock.set('2026-03-20T10:00:00+09:00');
    h.call('saveAssessment', P.assessment(no.assessment));
    h.call('saveAssessment', P.assessment(no.intervention));
    h.call('savePlan', P.plan(no.intervention));
  });

  it('an 욕구사정-stage card shows the plan deadline (접수 + 30일), not the yearly 재사정', () => {
    h.env.clock.set('2026-03-27T10:00:00+09:00');
    const card = cards(h).get(no.assessment)!;
    expect(card.stage).toBe('assessment');
    // 접수 2026-03-02 + 30 days = 04-01, a Wednesday; the yearly 재사정 would be 2027-03-09.
    expect(card).toMatchObject({ nextDue: '2026-04-01', nextDueLabel: '서비스계획 기한', overdue: false });
    expect(todayItems(h, no.assessment)[0]).toMatchObject({ kind: 'planDeadline', dueOn: '2026-04-01' });

    h.env.clock.set('2026-04-03T10:00:00+09:00');
    expect(cards(h).get(no.assessment)).toMatchObject({ nextDue: '2026-04-01', overdue: true });
    expect(todayItems(h, no.assessment)[0]).toMatchObject({ kind: 'planDeadline', status: 'overdue' });
  });

  it('every stage’s card names the first item 오늘 할 일 lists for it, on the same date', () => {
    h.env.clock.set('2026-04-15T10:00:00+09:00');
    const closed = h.call<{ caseNo: string }>(
      'saveIntake',
      P.intake({ client: { name: '최들', birthDate: '1952-03-04' }, intakeDate: '2026-01-05' }),
    ).caseNo;
    h.call('saveAssessment', P.assessment(closed, { assessedOn: '2026-01-10' }));
    h.call('closeCase', P.closing(closed, { closedOn: '2026-01-15' }));
    no.followUp = closed;
    const all = cards(h);
    const seen = new Set<string>();
    for (const caseNo of Object.values(no)) {
      const card = all.get(caseNo)!;
      const first = todayItems(h, caseNo)[0];
      expect(first).toBeDefined();
      expect({ caseNo, nextDue: card.nextDue, label: card.nextDueLabel }).toEqual({
        caseNo,
        nextDue: first!.dueOn,
        label: WORDS[first!.kind],
      });
      seen.add(card.stage);
    }
    expect([...seen].sort()).toEqual(['assessment', 'followUp', 'intake', 'intervention']);
  });
});
