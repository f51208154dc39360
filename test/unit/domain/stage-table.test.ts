/**
 * The one table of stages and actions (src/domain/workflow.ts CASE_ACTIONS): the sidebar's buttons,
 * the server's refusals and the stage a case moves to all come from it.
 */
import { actionsFor, FORM_TITLES } from '../../../src/ui/cases';
import { assertAllowed, CASE_ACTION_KEYS, stageAfter, type CaseAction } from '../../../src/domain/workflow';
import { STAGES, type Stage } from '../../../src/domain/vocabulary';

/** What the server lets a case in this stage do: every action its stage check does not refuse. */
function serverAllows(stage: Stage): CaseAction[] {
  return CASE_ACTION_KEYS.filter((action) => {
    try {
      assertAllowed(action, stage, 'X');
      return true;
    } catch {
      return false;
    }
  });
}

describe('the case view offers exactly what the server allows', () => {
  it.each(STAGES.keys)('in stage %s', (stage) => {
    for (const selected of [false, true]) {
      const offered = actionsFor(stage, selected).map((button) => button.action);
      expect([...offered].sort()).toEqual(serverAllows(stage).sort());
    }
  });

  it.each(STAGES.keys)('and marks at most one usual next step in stage %s', (stage) => {
    for (const selected of [false, true]) {
      const primary = actionsFor(stage, selected).filter((button) => button.primary);
      expect(primary.length).toBeLessThanOrEqual(1);
      if (actionsFor(stage, selected).length > 0) expect(primary).toHaveLength(1);
    }
  });

  it('opens only forms the sidebar has, each under its title', () => {
    for (const stage of STAGES.keys)
      for (const button of actionsFor(stage, true)) expect(FORM_TITLES[button.form]).toBeTruthy();
  });

  it('refuses in Korean, naming the stage and what to do instead', () => {
    expect(() => assertAllowed('check', 'intake', '2026-001')).toThrow(
      "2026-001 사례는 지금 '초기상담' 단계라서 이 작업을 할 수 없습니다. 점검은 서비스계획이 있는",
    );
    expect(() => assertAllowed('refer', 'closed', '2026-001')).toThrow('열린 사례만 의뢰합니다.');
  });
});

describe('the stage an action leads to', () => {
  it('follows the work: 욕구사정 → 계획 → 점검, 종결 → 사후관리 → 종결, 재개 → 욕구사정', () => {
    expect(stageAfter('assess', 'intake')).toBe('assessment');
    expect(stageAfter('reassess', 'intervention')).toBe('intervention');
    expect(stageAfter('plan', 'assessment')).toBe('intervention');
    expect(stageAfter('check', 'intervention')).toBe('intervention');
    expect(stageAfter('close', 'intervention', { followUpsRemain: true })).toBe('followUp');
    expect(stageAfter('close', 'intake', { followUpsRemain: false })).toBe('closed');
    expect(stageAfter('followUp', 'followUp', { followUpsRemain: false })).toBe('closed');
    expect(stageAfter('reopen', 'closed')).toBe('assessment');
  });

  it('lets the 사례회의 decide: 비선정 ends the case, 선정 or 보류 leaves the stage', () => {
    expect(stageAfter('recordConference', 'assessment', { decision: 'notSelected' })).toBe('notSelected');
    expect(stageAfter('recordConference', 'assessment', { decision: 'selected' })).toBe('assessment');
    expect(stageAfter('recordConference', 'intake', { decision: 'onHold' })).toBe('intake');
  });
});
