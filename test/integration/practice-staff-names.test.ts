import { MANAGER, startAddon, tabRows, type CaseFile, type Harness } from '../support/addon-harness';
import { writeStaffTab } from '../support/staff-tab';
import * as P from '../support/payloads';

/**
 * 직원 명부 names where the handbook has a person: the case file (and so the case view) names the
 * 담당사례관리자 and the people of a 결재 by their 직원 tab name, and the printed 서비스제공 계획 및
 * 점검표 carries that name on 담당사례관리자 and ⑮ 사례관리자 (인), not an e-mail address.
 */
const SUPERVISOR = 'park.tl@dong.example';

function plannedCase(): { h: Harness; caseNo: string } {
  const h = startAddon({ now: '2026-05-01T10:00:00+09:00' });
  const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
  h.call('saveAssessment', P.assessment(caseNo));
  h.call('savePlan', P.plan(caseNo));
  return { h, caseNo };
}

const planHtml = (h: Harness, caseNo: string) =>
  h.call<{ html: string }>('previewCaseDocument', { caseNo, form: 'plan' }).html;

describe('names from the 직원 명부', () => {
  it('prints the case manager’s name on the plan form, and the address only while the tab does not know them', () => {
    const { h, caseNo } = plannedCase();
    // Before the tab names anyone, the account is all there is to print.
    expect(h.call<CaseFile>('getCase', { caseNo }).caseManagerName).toBe(MANAGER);
    expect(planHtml(h, caseNo)).toContain(MANAGER);

    writeStaffTab(h.env, [
      [MANAGER, '김사회', '02-000-1001', '사례관리자'],
      [SUPERVISOR, '박팀장', '02-000-1000', '복지팀장'],
    ]);
    const file = h.call<CaseFile>('getCase', { caseNo });
    expect(file.caseManager).toBe(MANAGER);
    expect(file.caseManagerName).toBe('김사회');
    const html = planHtml(h, caseNo);
    expect(html).toContain('김사회');
    expect(html).not.toContain(MANAGER);
    // The name sits on the handbook's ⑮ line.
    expect(html).toMatch(/⑮ 사례관리자[\s\S]{0,200}김사회/);
  });

  it('names who asked for and who decided a 결재 on the case file and its timeline', () => {
    const { h, caseNo } = plannedCase();
    writeStaffTab(h.env, [
      [MANAGER, '김사회', '', '사례관리자'],
      [SUPERVISOR, '박팀장', '', '복지팀장'],
    ]);
    const { approvalId } = h.call<{ approvalId: string }>('requestApproval', { caseNo, subject: 'plan' });
    h.env.setUser(SUPERVISOR);
    h.call('decideApproval', { approvalId, decision: 'returned', comment: '목표를 구체적으로' });
    const file = h.call<CaseFile>('getCase', { caseNo });
    expect(file.approvals.map((a) => [a.requestedByName, a.decidedByName])).toEqual([['김사회', '박팀장']]);
    expect(file.timeline.find((t) => t.kind === 'approval')?.detail).toBe('박팀장: 목표를 구체적으로');
    // The 결재 tab keeps the accounts: a name is how people are shown, not who they are.
    expect(tabRows(h.env, '결재')[0]).toMatchObject({ 요청자: MANAGER, 결재자: SUPERVISOR });
  });
});
