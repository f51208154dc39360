/**
 * The stage machine of 사례관리 수행과정 (DOMAIN.md): which action is allowed in which stage, and the
 * stage it leads to. A refused action names the stage the case is in and what to do instead.
 */
import { SELECTION_DECISIONS, STAGES, type SelectionDecision, type Stage } from './vocabulary';
import { UserError } from './validation';

export type CaseAction =
  | 'assess'
  | 'reassess'
  | 'recordConference'
  | 'recordConsent'
  | 'plan'
  | 'check'
  | 'close'
  | 'followUp'
  | 'reopen';

const ALLOWED: Record<CaseAction, readonly Stage[]> = {
  assess: ['intake'],
  reassess: ['assessment', 'intervention'],
  recordConference: ['intake', 'assessment', 'intervention'],
  recordConsent: ['intake', 'assessment', 'intervention'],
  plan: ['assessment', 'intervention'],
  check: ['intervention'],
  close: ['intake', 'assessment', 'intervention'],
  followUp: ['followUp', 'closed'],
  reopen: ['followUp', 'closed'],
};

const HINT: Record<CaseAction, string> = {
  assess: '초기사정은 접수(초기상담) 단계의 사례에만 기록합니다. 이미 사정한 사례라면 재사정으로 기록하세요.',
  reassess: '재사정은 초기 욕구사정을 마친 열린 사례에 기록합니다.',
  recordConference: '사례회의는 열린 사례에 기록합니다.',
  recordConsent: '정보제공 동의는 열린 사례에 기록합니다.',
  plan: '서비스계획은 욕구사정을 마친 뒤에 세웁니다.',
  check: '점검은 서비스계획이 있는 진행 중 사례에 기록합니다. 종결된 사례는 사후관리로 기록하세요.',
  close: '이미 종결된 사례입니다.',
  followUp: '사후관리는 종결된 사례에 기록합니다.',
  reopen: '종결된 사례만 재개할 수 있습니다.',
};

export function assertAllowed(action: CaseAction, stage: Stage | null, caseNo: string): void {
  if (stage && ALLOWED[action].includes(stage)) return;
  const current = stage ? STAGES.label(stage) : '알 수 없음';
  throw new UserError(
    `${caseNo} 사례는 지금 '${current}' 단계라서 이 작업을 할 수 없습니다. ${HINT[action]}`,
    'WRONG_STAGE',
  );
}

export function isOpen(stage: Stage | null): boolean {
  return stage === 'intake' || stage === 'assessment' || stage === 'intervention';
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
