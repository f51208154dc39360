/**
 * The stage machine of 사례관리 수행과정 (DOMAIN.md), declared once in `CASE_ACTIONS`: per action the
 * stages it is allowed in, the stage it leads to, the hint a refusal gives, and the sidebar button
 * that starts it. The server's `assertAllowed`, the stage each use case moves a case to
 * (`stageAfter`) and the sidebar's buttons (`src/ui/cases.ts` `actionsFor`) are all read from it,
 * so a button cannot offer what the server refuses.
 */
import { SELECTION_DECISIONS, STAGES, type SelectionDecision, type Stage } from './vocabulary';
import { UserError } from './validation';

/**
 * Where an action takes the case: a stage; `stay` (it records work and leaves the stage alone);
 * `byFollowUps` (사후관리 while scheduled contacts remain or a new crisis was found, else 종결);
 * `byDecision` (what the 사례회의 decided, in `CONFERENCE_DECISIONS`).
 */
export type Transition = Stage | 'stay' | 'byFollowUps' | 'byDecision';

/** The sidebar form an action opens (its route in `src/ui/app.tsx` and its title). */
export type CaseForm =
  | 'assessment'
  | 'reassessment'
  | 'conference'
  | 'consent'
  | 'plan'
  | 'check'
  | 'close'
  | 'followUp'
  | 'reopen'
  | 'referral';

export interface ActionRule {
  allowedIn: readonly Stage[];
  leadsTo: Transition;
  /** Said after "this case is in stage X": what to do instead. */
  hint: string;
  /** The button of the case view. */
  form: CaseForm;
  label: string;
  /** A stage where the button reads differently ('서비스계획(새)' once a plan is running). */
  labelIn?: Partial<Record<Stage, string>>;
  /** Where this is the usual next step; `selected` narrows it to cases (not yet) selected. */
  primaryIn: readonly { stage: Stage; selected?: boolean }[];
}

const OPEN: readonly Stage[] = ['intake', 'assessment', 'intervention'];
const ENDED: readonly Stage[] = ['followUp', 'closed'];

/** Every action on a case, in the order of the work (the order of the case view's buttons). */
export const CASE_ACTIONS = {
  assess: {
    allowedIn: ['intake'],
    leadsTo: 'assessment',
    hint: '초기사정은 접수(초기상담) 단계의 사례에만 기록합니다. 이미 사정한 사례라면 재사정으로 기록하세요.',
    form: 'assessment',
    label: '욕구사정',
    primaryIn: [{ stage: 'intake' }],
  },
  check: {
    allowedIn: ['intervention'],
    leadsTo: 'stay',
    hint: '점검은 서비스계획이 있는 진행 중 사례에 기록합니다. 종결된 사례는 사후관리로 기록하세요.',
    form: 'check',
    label: '점검',
    primaryIn: [{ stage: 'intervention' }],
  },
  reassess: {
    allowedIn: ['assessment', 'intervention'],
    leadsTo: 'stay',
    hint: '재사정은 초기 욕구사정을 마친 열린 사례에 기록합니다.',
    form: 'reassessment',
    label: '재사정',
    primaryIn: [],
  },
  plan: {
    allowedIn: ['assessment', 'intervention'],
    leadsTo: 'intervention',
    hint: '서비스계획은 욕구사정을 마친 뒤에 세웁니다.',
    form: 'plan',
    label: '서비스계획',
    labelIn: { intervention: '서비스계획(새)' },
    primaryIn: [{ stage: 'assessment', selected: true }],
  },
  recordConference: {
    allowedIn: OPEN,
    leadsTo: 'byDecision',
    hint: '사례회의는 열린 사례에 기록합니다.',
    form: 'conference',
    label: '사례회의·선정',
    labelIn: { intervention: '사례회의' },
    primaryIn: [{ stage: 'assessment', selected: false }],
  },
  recordConsent: {
    allowedIn: OPEN,
    leadsTo: 'stay',
    hint: '정보제공 동의는 열린 사례에 기록합니다.',
    form: 'consent',
    label: '정보제공 동의',
    primaryIn: [],
  },
  refer: {
    allowedIn: OPEN,
    leadsTo: 'stay',
    hint: '열린 사례만 의뢰합니다.',
    form: 'referral',
    label: '의뢰',
    primaryIn: [],
  },
  close: {
    allowedIn: OPEN,
    leadsTo: 'byFollowUps',
    hint: '이미 종결된 사례입니다.',
    form: 'close',
    label: '종결',
    primaryIn: [],
  },
  followUp: {
    allowedIn: ENDED,
    leadsTo: 'byFollowUps',
    hint: '사후관리는 종결된 사례에 기록합니다.',
    form: 'followUp',
    label: '사후관리',
    primaryIn: [{ stage: 'followUp' }],
  },
  reopen: {
    allowedIn: ENDED,
    leadsTo: 'assessment',
    hint: '종결된 사례만 재개할 수 있습니다.',
    form: 'reopen',
    label: '재개',
    primaryIn: [{ stage: 'closed' }],
  },
} as const satisfies Record<string, ActionRule>;

/** What a case manager does to a case (saving a form): the keys of `CASE_ACTIONS`. */
export type CaseAction = keyof typeof CASE_ACTIONS;
export const CASE_ACTION_KEYS = Object.keys(CASE_ACTIONS) as CaseAction[];

const rule = (action: CaseAction): ActionRule => CASE_ACTIONS[action];

export function isAllowed(action: CaseAction, stage: Stage | null): boolean {
  return stage !== null && rule(action).allowedIn.includes(stage);
}

export function assertAllowed(
  action: CaseAction,
  stage: Stage | null,
  caseNo: string,
): asserts stage is Stage {
  if (isAllowed(action, stage)) return;
  const current = stage ? STAGES.label(stage) : '알 수 없음';
  throw new UserError(
    `${caseNo} 사례는 지금 '${current}' 단계라서 이 작업을 할 수 없습니다. ${rule(action).hint}`,
    'WRONG_STAGE',
  );
}

/** What decides a transition that depends on the outcome of the action. */
export interface Outcome {
  /** 사후관리 contacts still to come, or a new crisis that keeps the case watched. */
  followUpsRemain?: boolean;
  decision?: SelectionDecision;
}

/** The stage a case in `stage` is in after `action` (already allowed) with this outcome. */
export function stageAfter(action: CaseAction, stage: Stage, outcome: Outcome = {}): Stage {
  const to = rule(action).leadsTo;
  switch (to) {
    case 'stay':
      return stage;
    case 'byFollowUps':
      return outcome.followUpsRemain ? 'followUp' : 'closed';
    case 'byDecision':
      return (outcome.decision && CONFERENCE_DECISIONS[outcome.decision].leadsTo) || stage;
    default:
      return to;
  }
}

export function isOpen(stage: Stage | null): boolean {
  return stage !== null && OPEN.includes(stage);
}

/** Notes of the work (권익옹호, 활동 기록) belong to a case under management, 사후관리 included. */
export function assertManaged(stage: Stage | null, caseNo: string): void {
  if (isOpen(stage) || stage === 'followUp') return;
  const current = stage ? STAGES.label(stage) : '알 수 없음';
  throw new UserError(
    `${caseNo} 사례는 지금 '${current}' 단계라서 활동을 기록할 수 없습니다. 사례관리 중이거나 사후관리 중인 사례에 기록하세요.`,
    'WRONG_STAGE',
  );
}

/**
 * What a 사례회의 may decide, and what it does to the case. A case not yet selected is decided on
 * (선정 / 비선정 / 보류); a selected case's review meeting records what it concluded (재사정 공유,
 * 계획 변경, 종결 결정). 비선정 ends the case in a stage of its own: no due dates, no reminders.
 */
export const CONFERENCE_DECISIONS: Record<
  SelectionDecision,
  { for: 'unselected' | 'selected' | 'any'; leadsTo: Stage | null; hint: string }
> = {
  selected: { for: 'any', leadsTo: null, hint: '사례관리 대상으로 정합니다. 선정일이 기록됩니다.' },
  notSelected: {
    for: 'unselected',
    leadsTo: 'notSelected',
    hint: '사례관리를 하지 않기로 정합니다. 사례가 끝나고 기한과 알림이 멈춥니다.',
  },
  onHold: { for: 'any', leadsTo: null, hint: '결정을 미룹니다. 다음 회의에서 다시 정합니다.' },
  reassessmentShared: {
    for: 'selected',
    leadsTo: null,
    hint: '재사정 결과를 회의에서 공유했습니다. 재사정을 먼저 기록하세요.',
  },
  planChanged: {
    for: 'selected',
    leadsTo: null,
    hint: '계획을 바꾸기로 했습니다. 새 서비스계획을 세울 때까지 사례 화면에 알림이 나옵니다.',
  },
  closureDecided: {
    for: 'selected',
    leadsTo: null,
    hint: '종결하기로 했습니다. 종결을 기록할 때까지 사례 화면에 알림이 나옵니다.',
  },
};

/** The decisions a conference on this case may record, in the vocabulary's order. */
export function decisionsFor(selected: boolean): SelectionDecision[] {
  return SELECTION_DECISIONS.keys.filter((d) => {
    const rule = CONFERENCE_DECISIONS[d].for;
    return rule === 'any' || rule === (selected ? 'selected' : 'unselected');
  });
}

/** Refuses a decision that does not fit whether the case has been selected. */
export function assertDecisionFits(
  decision: SelectionDecision,
  selectedOn: string | null,
  caseNo: string,
): void {
  const rule = CONFERENCE_DECISIONS[decision].for;
  const label = SELECTION_DECISIONS.label(decision);
  if (rule === 'unselected' && selectedOn)
    throw new UserError(
      `결정: ${caseNo} 사례는 이미 ${selectedOn}에 선정되었습니다. '${label}'은(는) 선정 전에만 고를 수 있습니다. 사례관리를 끝내려면 '종결 결정'을 기록하고 종결하세요.`,
      'WRONG_STAGE',
    );
  if (rule === 'selected' && !selectedOn)
    throw new UserError(
      `결정: ${caseNo} 사례는 아직 선정되지 않았습니다. '${label}'은(는) 선정된 사례의 회의에서 고릅니다. 선정, 비선정 또는 보류를 고르세요.`,
      'WRONG_STAGE',
    );
}
