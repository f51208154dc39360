import {
  checkCycleFromText,
  dueItems,
  summarizeByManager,
  whenLabel,
  type DueItem,
  type ReminderRecords,
} from '../../../src/domain/due-items';
import type * as R from '../../../src/domain/records';
import type { ActivityKind } from '../../../src/domain/vocabulary';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/domain/settings';

const KIM = 'kim.sw@dong.example';
const TODAY = '2026-03-04'; // a Wednesday

function caseRow(over: Partial<R.CaseRecord> = {}): R.CaseRecord {
  return {
    caseNo: '행복-2026-0001',
    clientName: '김하늘',
    birthDate: '1948-05-17',
    phone: '',
    address: '',
    household: '',
    caseType: 'general',
    stage: 'intervention',
    caseManager: KIM,
    assistant: '',
    openedOn: '2026-01-05',
    selectedOn: '2026-01-12',
    closedOn: null,
    nextCheckDue: null,
    nextReassessmentDue: null,
    dueSchedule: '',
    rowIndex: '',
    version: 1,
    updatedAt: '',
    updatedBy: '',
    ...over,
  };
}

const assessment = (assessedOn: string, caseNo = '행복-2026-0001'): R.AssessmentRecord => ({
  assessmentId: `${caseNo}-S1`,
  caseNo,
  kind: 'initial',
  assessedOn,
  strengths: '',
  supportSystem: '',
  functionalEvaluation: '',
  riskLevel: null,
  assessedBy: KIM,
});
const plan = (consentDate: string, caseNo = '행복-2026-0001'): R.PlanRecord => ({
  planId: `${caseNo}-P1`,
  caseNo,
  consentDate,
  shortTermGoal: '목표',
  longTermGoal: '',
  createdBy: KIM,
});
const item = (over: Partial<R.PlanItemRecord> = {}): R.PlanItemRecord => ({
  itemId: '행복-2026-0001-P1-1',
  planId: '행복-2026-0001-P1',
  caseNo: '행복-2026-0001',
  goal: '끼니 해결',
  service: '도시락 배달',
  priority: 1,
  timing: '',
  startDate: '2026-01-20',
  endDate: null,
  timesPerWeek: 3,
  provider: '',
  providerContact: '',
  checkMethod: '전화',
  resourceId: '',
  outcome: null,
  outcomeOn: null,
  ...over,
});
const check = (checkedOn: string, needsChanged = false): R.CheckRecord => ({
  checkId: `행복-2026-0001-C${checkedOn}`,
  caseNo: '행복-2026-0001',
  checkedOn,
  method: 'phone',
  note: '',
  needsChanged,
  itemOutcomes: '',
  checkedBy: KIM,
});
const activity = (on: string, kind: ActivityKind = 'counselling'): R.ActivityRecord => ({
  activityId: `행복-2026-0001-N${on}`,
  caseNo: '행복-2026-0001',
  on,
  practice: kind === 'linking' ? 'indirect' : 'direct',
  kind,
  content: '',
  participants: '',
  recordedBy: KIM,
});
const intake = (intakeDate: string, caseNo = '행복-2026-0001'): R.IntakeRecord => ({
  caseNo,
  intakeDate,
  discovery: 'outreach',
  presentingProblem: '',
  potentialProblems: '',
  strengths: '',
  weaknesses: '',
  intakeOutcome: 'caseManagementReferral',
  recordedBy: KIM,
});

function records(over: Partial<ReminderRecords> = {}): ReminderRecords {
  return {
    cases: [caseRow()],
    intakes: [intake('2026-01-05')],
    assessments: [assessment('2026-01-10')],
    conferences: [],
    plans: [plan('2026-01-20')],
    planItems: [item()],
    checks: [check('2026-02-25')],
    closures: [],
    followUps: [],
    activities: [],
    ...over,
  };
}

const due = (r: ReminderRecords, today = TODAY, settings: Settings = DEFAULT_SETTINGS) =>
  dueItems(r, today, settings).map((i) => `${i.kind} ${i.status} ${i.dueOn} ${whenLabel(i)}`);

describe('a case that is up to date', () => {
  it('has nothing due', () => {
    expect(due(records())).toEqual([]);
  });
});

describe('reassessment', () => {
  it('is due a year after the last assessment, shown 30 days ahead, overdue after', () => {
    const r = records({ assessments: [assessment('2025-04-02')], checks: [check('2026-02-25')] });
    expect(due(r, '2026-03-02')).toEqual([]);
    expect(due(r, '2026-03-03')).toEqual(['reassessment dueSoon 2026-04-02 30일 남음']);
    expect(due(r, '2026-04-03')).toContainEqual('reassessment overdue 2026-04-02 1일 지남');
  });

  it('uses the latest assessment and the period from 설정', () => {
    const r = records({ assessments: [assessment('2025-03-05'), assessment('2025-09-01')] });
    expect(due(r, '2026-03-04')).toEqual([]);
    // Six months after 2025-09-01 is Sunday 2026-03-01 (삼일절): due the Friday before.
    expect(due(r, '2026-03-04', { ...DEFAULT_SETTINGS, reassessmentMonths: 6 })).toContainEqual(
      'reassessment overdue 2026-02-27 5일 지남',
    );
  });

  it('is due now after a check that flagged a change of needs, or an item marked 재사정', () => {
    const flagged = records({ checks: [check('2026-03-02', true)] });
    const [line] = dueItems(flagged, '2026-03-04', DEFAULT_SETTINGS).filter((i) => i.kind === 'reassessment');
    expect(line).toMatchObject({ status: 'overdue', dueOn: '2026-02-27', ruleDueOn: '2026-03-02' });
    expect(line!.reason).toBe('2026-03-02 점검에서 욕구 변화');
    const marked = records({ planItems: [item({ outcome: 'reassess', outcomeOn: '2026-03-04' })] });
    expect(due(marked)).toContainEqual('reassessment dueSoon 2026-03-04 오늘');
    // A reassessment after the check settles it.
    expect(
      due(records({ checks: [check('2026-02-20', true)], assessments: [assessment('2026-02-23')] })),
    ).toEqual([]);
  });

  it('is due when a closed case is re-opened', () => {
    const r = records({
      cases: [caseRow({ stage: 'assessment' })],
      plans: [],
      planItems: [],
      checks: [],
      assessments: [assessment('2025-06-01')],
      closures: [
        {
          closureId: 'x-E1',
          caseNo: '행복-2026-0001',
          closedOn: '2025-12-01',
          reason: 'clientRequest',
          evaluation: '',
          closedBy: KIM,
          reopenedOn: '2026-03-03',
          reopenReason: '단전 위기',
        },
      ],
    });
    expect(due(r)).toContainEqual('reassessment overdue 2026-03-03 1일 지남');
  });
});

describe('checks', () => {
  it('fall a default cycle after the last check or the plan, 7 days shown ahead', () => {
    expect(due(records({ checks: [check('2026-02-09')] }))).toEqual(['check dueSoon 2026-03-11 7일 남음']);
    expect(due(records({ checks: [] }))).toEqual(['check overdue 2026-02-19 13일 지남']);
  });

  it('follow the shortest cycle an active plan item states in its 점검방법', () => {
    const r = records({
      planItems: [
        item({ checkMethod: '격주 가정방문' }),
        item({ itemId: 'x-2', checkMethod: '매주 전화', outcome: 'achieved' }),
      ],
      checks: [check('2026-02-18')],
    });
    const [line] = dueItems(r, TODAY, DEFAULT_SETTINGS);
    expect(line).toMatchObject({ kind: 'check', dueOn: '2026-03-04', refId: '행복-2026-0001-P1-1' });
    expect(line!.reason).toBe('마지막 점검·계획 2026-02-18 후 항목 행복-2026-0001-P1-1의 점검 주기 14일');
  });

  it('read cycles from the words people write', () => {
    const table: [string, number | null][] = [
      ['전화', null],
      ['', null],
      ['월 1회 전화', 30],
      ['매월 방문', 30],
      ['격주 방문', 14],
      ['2주마다 전화', 14],
      ['주 1회', 7],
      ['주2회 방문', 7],
      ['매일 안부 전화', 7],
      ['10일마다', 10],
      ['3일마다', 7],
      ['3개월에 한 번', 90],
      ['분기별 점검', 91],
      ['월 2회', 15],
      ['격월', 60],
    ];
    for (const [text, days] of table) expect([text, checkCycleFromText(text)]).toEqual([text, days]);
  });
});

describe('활동 기록 as contact (설정 활동 기록을 점검으로 셈)', () => {
  const counting: Settings = { ...DEFAULT_SETTINGS, activityCountsAsCheck: true };
  // Last check 2026-02-09: the check falls due 2026-03-11. A 상담 on 2026-03-02 and a 연계 on 2026-02-20.
  const r = records({
    checks: [check('2026-02-09')],
    activities: [activity('2026-03-02'), activity('2026-02-20', 'linking')],
  });

  it('off (the default): an activity does not move 다음 점검일', () => {
    expect(DEFAULT_SETTINGS.activityCountsAsCheck).toBe(false);
    expect(due(r)).toEqual(['check dueSoon 2026-03-11 7일 남음']);
  });

  it('on: the latest activity moves 다음 점검일 one cycle on, and the reason names it', () => {
    // 2026-03-02 + 30 days = 2026-04-01: not yet worth a line today.
    expect(due(r, TODAY, counting)).toEqual([]);
    const [line] = dueItems(r, '2026-03-26', counting);
    expect(line).toMatchObject({ kind: 'check', status: 'dueSoon', dueOn: '2026-04-01' });
    expect(line!.reason).toBe('마지막 활동 기록 2026-03-02 후 기본 점검 주기 30일');
  });

  it('on: 간접실천 counts as 직접실천 does', () => {
    const indirect = records({
      checks: [check('2026-02-09')],
      activities: [activity('2026-02-20', 'linking')],
    });
    expect(dueItems(indirect, '2026-03-20', counting)).toEqual([
      expect.objectContaining({ kind: 'check', dueOn: '2026-03-20' }),
    ]);
  });

  it('on: an activity older than the last check changes nothing', () => {
    const older = records({ checks: [check('2026-02-25')], activities: [activity('2026-02-20')] });
    expect(dueItems(older, '2026-03-27', counting).map((i) => i.dueOn)).toEqual(['2026-03-27']);
  });

  it('on: an item ending still wants its 이행여부 from a check', () => {
    const ending = records({
      planItems: [item({ endDate: '2026-03-06' })],
      checks: [check('2026-02-09')],
      activities: [activity('2026-03-02')],
    });
    expect(due(ending, TODAY, counting)).toEqual(['planItemEnd dueSoon 2026-03-06 2일 남음']);
  });

  it('on: the 활동 없음 rule counts the same activities; off, it does not', () => {
    const quiet = records({
      cases: [caseRow({ stage: 'assessment', openedOn: '2025-11-10' })],
      assessments: [assessment('2025-11-20')],
      intakes: [intake('2025-11-10')],
      plans: [],
      planItems: [],
      checks: [],
      activities: [activity('2026-01-15')],
    });
    const inactive = (settings: Settings) =>
      dueItems(quiet, '2026-02-19', settings)
        .filter((i) => i.kind === 'inactive')
        .map((i) => whenLabel(i));
    expect(inactive(DEFAULT_SETTINGS)).toEqual(['1일 지남']);
    expect(inactive(counting)).toEqual([]);
  });
});

describe('plan items', () => {
  it('near or past their end date without an 이행여부', () => {
    const r = records({ planItems: [item({ endDate: '2026-03-08' })] });
    expect(due(r)).toEqual(['planItemEnd dueSoon 2026-03-06 2일 남음']); // 03-08 is a Sunday
    expect(due(records({ planItems: [item({ endDate: '2026-03-08', outcome: 'extended' })] }))).toEqual([]);
  });
});

describe('stage deadlines', () => {
  it('needs assessment within 10 days of intake, and a plan within 30 days', () => {
    const r = records({
      cases: [caseRow({ stage: 'intake', selectedOn: null, openedOn: '2026-02-20' })],
      intakes: [intake('2026-02-20')],
      assessments: [],
      plans: [],
      planItems: [],
      checks: [],
    });
    // 10 days after 02-20 is 03-02, a holiday: due the Friday before.
    expect(due(r)).toEqual(['assessmentDeadline overdue 2026-02-27 5일 지남']);
    expect(due(r, '2026-03-17')).toEqual([
      'assessmentDeadline overdue 2026-02-27 18일 지남',
      'planDeadline dueSoon 2026-03-20 3일 남음',
    ]);
  });

  it('needs a plan within 15 days of selection when that comes first', () => {
    const r = records({
      cases: [caseRow({ stage: 'assessment', openedOn: '2026-02-10', selectedOn: '2026-02-13' })],
      intakes: [intake('2026-02-10')],
      assessments: [assessment('2026-02-12')],
      plans: [],
      planItems: [],
      checks: [],
    });
    const [line] = dueItems(r, TODAY, DEFAULT_SETTINGS);
    expect(line).toMatchObject({ kind: 'planDeadline', dueOn: '2026-02-27', ruleDueOn: '2026-02-28' });
    expect(line!.reason).toBe('대상자 선정 2026-02-13 후 15일 안');
  });
});

describe('follow-ups after closure', () => {
  const closed = (over: Partial<R.FollowUpRecord>[]) =>
    records({
      cases: [caseRow({ stage: 'followUp', closedOn: '2025-12-04' })],
      closures: [
        {
          closureId: '행복-2026-0001-E1',
          caseNo: '행복-2026-0001',
          closedOn: '2025-12-04',
          reason: 'goalAchieved',
          evaluation: '',
          closedBy: KIM,
          reopenedOn: null,
          reopenReason: '',
        },
      ],
      followUps: over.map((f, i) => ({
        followUpId: `행복-2026-0001-F${i + 1}`,
        caseNo: '행복-2026-0001',
        closureId: '행복-2026-0001-E1',
        dueOn: null,
        contactedOn: null,
        method: null,
        note: '',
        newCrisis: false,
        recordedBy: '',
        ...f,
      })),
    });

  it('fire on their scheduled dates until recorded', () => {
    const r = closed([{ dueOn: '2026-03-04' }, { dueOn: '2026-09-04' }]);
    const lines = dueItems(r, '2026-03-05', DEFAULT_SETTINGS);
    expect(lines.map((l) => [l.kind, l.status, l.refId, l.reason])).toEqual([
      ['followUp', 'overdue', '행복-2026-0001-F1', '종결 2025-12-04 후 사후관리 1/2회차'],
    ]);
    expect(
      due(
        closed([{ dueOn: '2026-03-04', contactedOn: '2026-03-04' }, { dueOn: '2026-09-04' }]),
        '2026-03-05',
      ),
    ).toEqual([]);
  });

  it('and nothing else is asked of a case in follow-up, nor of a closed one', () => {
    const r = closed([{ dueOn: '2026-09-04' }]);
    expect(due(r)).toEqual([]);
    expect(due({ ...r, cases: [caseRow({ stage: 'closed' })] }, '2026-09-10')).toEqual([]);
    expect(due({ ...r, cases: [caseRow({ stage: 'endedAtIntake' })] }, '2027-01-01')).toEqual([]);
  });
});

describe('cases falling through the cracks', () => {
  it('an open case without an owner', () => {
    const lines = dueItems(records({ cases: [caseRow({ caseManager: '  ' })] }), TODAY, DEFAULT_SETTINGS);
    expect(lines).toEqual([expect.objectContaining({ kind: 'noOwner', status: 'overdue', caseManager: '' })]);
  });

  it('an open case with no activity for a long time (no warning ahead)', () => {
    const r = records({
      cases: [caseRow({ stage: 'assessment', openedOn: '2025-11-10' })],
      assessments: [assessment('2025-11-20')],
      intakes: [intake('2025-11-10')],
      plans: [],
      planItems: [],
      checks: [],
    });
    const inactive = (today: string) =>
      dueItems(r, today, DEFAULT_SETTINGS)
        .filter((i) => i.kind === 'inactive')
        .map((i) => whenLabel(i));
    expect(inactive('2026-02-18')).toEqual([]);
    expect(inactive('2026-02-19')).toEqual(['1일 지남']);
  });
});

describe('order and summaries', () => {
  const many = (): DueItem[] =>
    dueItems(
      records({
        cases: [
          caseRow(),
          caseRow({ caseNo: '행복-2026-0002', caseManager: 'lee.sw@dong.example' }),
          caseRow({ caseNo: '행복-2026-0003', caseManager: '' }),
        ],
        plans: [
          plan('2026-01-20'),
          plan('2026-02-05', '행복-2026-0002'),
          plan('2026-01-02', '행복-2026-0003'),
        ],
        checks: [],
        assessments: [
          assessment('2025-03-01'),
          assessment('2026-02-01', '행복-2026-0002'),
          assessment('2026-01-01', '행복-2026-0003'),
        ],
      }),
      TODAY,
      DEFAULT_SETTINGS,
    );

  it('puts overdue lines first, the latest first, then what comes up soonest', () => {
    const lines = many();
    const statuses = lines.map((l) => l.status);
    expect(statuses.indexOf('dueSoon')).toBeGreaterThan(statuses.lastIndexOf('overdue'));
    const overdue = lines.filter((l) => l.status === 'overdue').map((l) => l.daysOverdue);
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
  });

  it('counts caseload and overdue work per manager, the unowned last', () => {
    const lines = many();
    const summary = summarizeByManager(
      records().cases.concat([caseRow({ caseNo: '행복-2026-0002', caseManager: 'lee.sw@dong.example' })]),
      lines,
    );
    expect(summary.map((s) => s.caseManager)).toEqual([KIM, 'lee.sw@dong.example', '']);
    expect(summary[0]).toMatchObject({ openCases: 1, overdueChecks: 1, overdueReassessments: 1 });
    expect(summary[1]).toMatchObject({ overdue: 0, dueSoon: 1 });
    // No owner, and its check is overdue too.
    expect(summary[2]).toMatchObject({ caseManager: '', overdue: 2 });
  });
});
