import {
  MANAGER,
  OTHER_MANAGER,
  refusal,
  startAddon,
  tabRows,
  type CaseFile,
} from '../support/addon-harness';
import { writeStaffTab } from '../support/staff-tab';
import * as P from '../support/payloads';

/**
 * 보조담당자 (DOMAIN.md `assistant`, issue #14): the handbook's internal assistant or partner contact
 * beside the fixed case manager. Set at intake or later through updateClient, only ever a member of
 * the 직원 tab, kept in its own column of 사례, shown on the case file and printed on the
 * 서비스제공 계획 및 점검표. Added by following docs/architecture.md's "adding a field" checklist.
 */
const STRANGER = 'kim.sw@dong-example.com';

function withStaff() {
  const h = startAddon({ now: '2026-05-01T10:00:00+09:00' });
  writeStaffTab(h.env, [
    [MANAGER, '김사회', '02-000-1001', '사례관리자'],
    [OTHER_MANAGER, '이보조', '02-000-1002', '사례관리자'],
  ]);
  return h;
}

const planHtml = (h: ReturnType<typeof startAddon>, caseNo: string) =>
  h.call<{ html: string }>('previewCaseDocument', { caseNo, form: 'plan' }).html;

describe('보조담당자', () => {
  it('is set at intake, kept in 사례, named on the case file and printed on the plan form', () => {
    const h = withStaff();
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake({ assistant: OTHER_MANAGER }));
    expect(tabRows(h.env, '사례')[0]).toMatchObject({ 관리번호: caseNo, 보조담당자: OTHER_MANAGER });
    const file = h.call<CaseFile>('getCase', { caseNo });
    expect(file).toMatchObject({
      assistant: OTHER_MANAGER,
      assistantName: '이보조',
      caseManagerName: '김사회',
    });
    expect(tabRows(h.env, '변경이력').find((r) => r.작업 === '접수')?.내용).toContain(
      `보조담당자: ${OTHER_MANAGER}`,
    );

    h.call('saveAssessment', P.assessment(caseNo));
    h.call('savePlan', P.plan(caseNo));
    expect(planHtml(h, caseNo)).toMatch(/보조담당자[\s\S]{0,200}이보조/);
  });

  it('is optional: a case without one prints the line blank', () => {
    const h = withStaff();
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
    expect(h.call<CaseFile>('getCase', { caseNo })).toMatchObject({ assistant: '', assistantName: '' });
    h.call('saveAssessment', P.assessment(caseNo));
    h.call('savePlan', P.plan(caseNo));
    expect(planHtml(h, caseNo)).toContain('보조담당자');
    expect(planHtml(h, caseNo)).not.toContain('이보조');
  });

  it('refuses at intake, in Korean and writing nothing, anyone the 직원 tab does not name', () => {
    const h = withStaff();
    expect(refusal(h, 'saveIntake', P.intake({ assistant: STRANGER }))).toBe(
      `[NOT_FOUND] 보조담당자: ${STRANGER}은(는) 직원 탭(직원 명부)에 없는 계정입니다. 직원 탭에 먼저 등록하거나 목록의 직원을 고르세요.`,
    );
    expect(refusal(h, 'saveIntake', P.intake({ assistant: MANAGER }))).toMatch(
      /^\[INVALID_INPUT\] 보조담당자: .*담당 사례관리자입니다/,
    );
    expect(refusal(h, 'saveIntake', P.intake({ assistant: '보조 선생님' }))).toMatch(
      /^\[INVALID_INPUT\] 보조담당자: 이메일 주소 형식이 아닙니다/,
    );
  });

  it('refuses even while the 직원 tab is empty: there is no one it could be yet', () => {
    const h = startAddon({ now: '2026-05-01T10:00:00+09:00' });
    expect(refusal(h, 'saveIntake', P.intake({ assistant: OTHER_MANAGER }))).toMatch(
      /^\[NOT_FOUND\] 보조담당자: .*직원 탭\(직원 명부\)에 없는 계정입니다/,
    );
  });

  it('is changed later through updateClient, with the version checked and old → new in the 변경이력', () => {
    const h = withStaff();
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
    const version = h.call<CaseFile>('getCase', { caseNo }).version;

    expect(refusal(h, 'updateClient', { caseNo, version, assistant: STRANGER })).toMatch(
      /^\[NOT_FOUND\] 보조담당자: /,
    );
    const changed = h.call<CaseFile>('updateClient', { caseNo, version, assistant: OTHER_MANAGER });
    expect(changed).toMatchObject({ assistant: OTHER_MANAGER, assistantName: '이보조' });
    expect(tabRows(h.env, '변경이력').filter((r) => r.작업 === '대상자 정보 수정')).toEqual([
      expect.objectContaining({ 내용: `보조담당자: (없음) → ${OTHER_MANAGER}` }),
    ]);
    // The form read before that change may not overwrite it.
    expect(refusal(h, 'updateClient', { caseNo, version, assistant: '' })).toMatch(/^\[STALE_EDIT\]/);

    const cleared = h.call<CaseFile>('updateClient', { caseNo, version: changed.version, assistant: '' });
    expect(cleared.assistant).toBe('');
    expect(tabRows(h.env, '사례')[0]?.보조담당자).toBe('');
  });
});
