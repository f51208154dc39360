/**
 * The stage machine of 사례관리 수행과정 (DOMAIN.md): which action is allowed in which stage, and the
 * stage it leads to. A refused action names the stage the case is in and what to do instead.
 */
import { STAGES, type Stage } from './vocabulary';
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
