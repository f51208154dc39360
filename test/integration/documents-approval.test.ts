import { MANAGER, startAddon, type Harness } from '../support/addon-harness';
import {
  caseWithPlan,
  docTexts,
  makeTemplate,
  PLAN_TEMPLATE_SETTING,
  writeSetting,
  type Generated,
} from '../support/documents-harness';
import { writeStaffTab } from '../support/staff-tab';
import * as P from '../support/payloads';

/**
 * Issue 14: "a document shows whether it was approved, by whom, when". The 서비스제공 계획 및 점검표
 * prints its plan's latest 결재 and the 종결 보고서 its closure's, with the names of the 직원 명부, through
 * dist/ on the fakes as an officer and a 복지팀장 would make them.
 */
const SUPERVISOR = 'park.tl@dong.example';
const MINUTE = 60_000;

function teamWithPlan(): { h: Harness; caseNo: string } {
  // The add-on's clock stands at 2027-06-01 10:00 (Seoul) unless told otherwise.
  const h = startAddon();
  writeStaffTab(h.env, [
    [MANAGER, '김사회', '02-000-1001', '사례관리자'],
    [SUPERVISOR, '박팀장', '02-000-1000', '복지팀장'],
  ]);
  return { h, caseNo: caseWithPlan(h) };
}

/** The 결재 line of a generated Doc (undefined when it has none). */
function approvalLine(h: Harness, made: Generated): string | undefined {
  return docTexts(h.env, made.documentId).find((t) => t.startsWith('결재'));
}

const planDocument = (h: Harness, caseNo: string) =>
  approvalLine(h, h.call<Generated>('generatePlanDocument', { caseNo }));
const closureDocument = (h: Harness, caseNo: string) =>
  approvalLine(h, h.call<Generated>('generateCaseDocument', { caseNo, form: 'closure' }));

function decide(h: Harness, approvalId: string, decision: string, comment?: string): void {
  h.env.setUser(SUPERVISOR);
  h.call('decideApproval', { approvalId, decision, ...(comment ? { comment } : {}) });
  h.env.setUser(MANAGER);
}

describe('the printed 서비스제공 계획 및 점검표 shows its 결재', () => {
  it('not asked, asked, approved: who and when, by the names of the 직원 tab', () => {
    const { h, caseNo } = teamWithPlan();
    expect(planDocument(h, caseNo)).toBe('결재: 요청하지 않음');

    const { approvalId } = h.call<{ approvalId: string }>('requestApproval', { caseNo, subject: 'plan' });
    expect(planDocument(h, caseNo)).toBe('결재: 요청 중 (2027-06-01, 요청: 김사회)');

    h.env.clock.advance(2 * 60 * MINUTE + 12 * MINUTE);
    decide(h, approvalId, 'approved');
    expect(planDocument(h, caseNo)).toBe('결재: 승인 (박팀장, 2027-06-01 12:12)');
    // The preview (the same layout as HTML) says the same.
    const preview = h.call<{ html: string }>('previewCaseDocument', { caseNo, form: 'plan' });
    expect(preview.html).toContain('결재: 승인 (박팀장, 2027-06-01 12:12)');
  });

  it('returned: the 복지팀장’s comment is printed; asked again, the new request stands', () => {
    const { h, caseNo } = teamWithPlan();
    const first = h.call<{ approvalId: string }>('requestApproval', { caseNo, subject: 'plan' }).approvalId;
    h.env.clock.advance(30 * MINUTE);
    decide(h, first, 'returned', '개입목표를 구체적으로 적어 주세요');
    expect(planDocument(h, caseNo)).toBe(
      '결재: 반려 (박팀장, 2027-06-01 10:30) — 의견: 개입목표를 구체적으로 적어 주세요',
    );

    h.env.clock.advance(24 * 60 * MINUTE);
    h.call('requestApproval', { caseNo, subject: 'plan' });
    expect(planDocument(h, caseNo)).toBe('결재: 요청 중 (2027-06-02, 요청: 김사회)');
  });
});

describe('the printed 종결 보고서 shows the closure’s 결재', () => {
  it('its own, not the plan’s: not asked while only the plan was approved, then approved', () => {
    const { h, caseNo } = teamWithPlan();
    const plan = h.call<{ approvalId: string }>('requestApproval', { caseNo, subject: 'plan' }).approvalId;
    decide(h, plan, 'approved');
    h.call('closeCase', P.closing(caseNo));
    expect(closureDocument(h, caseNo)).toBe('결재: 요청하지 않음');

    const closure = h.call<{ approvalId: string }>('requestApproval', { caseNo, subject: 'closure' });
    expect(closureDocument(h, caseNo)).toBe('결재: 요청 중 (2027-06-01, 요청: 김사회)');
    h.env.clock.advance(5 * MINUTE);
    decide(h, closure.approvalId, 'returned', '평가를 보완해 주세요');
    expect(closureDocument(h, caseNo)).toBe(
      '결재: 반려 (박팀장, 2027-06-01 10:05) — 의견: 평가를 보완해 주세요',
    );
    const again = h.call<{ approvalId: string }>('requestApproval', { caseNo, subject: 'closure' });
    h.env.clock.advance(MINUTE);
    decide(h, again.approvalId, 'approved');
    expect(closureDocument(h, caseNo)).toBe('결재: 승인 (박팀장, 2027-06-01 10:06)');
    // The plan's document still prints the plan's 결재, approved at 10:00.
    expect(planDocument(h, caseNo)).toBe('결재: 승인 (박팀장, 2027-06-01 10:00)');
  });
});

describe('a template without {{결재}}', () => {
  it('is merged as before: a centre’s own template (or one drawn before issue 14) prints no 결재', () => {
    const { h, caseNo } = teamWithPlan();
    const { approvalId } = h.call<{ approvalId: string }>('requestApproval', { caseNo, subject: 'plan' });
    decide(h, approvalId, 'approved');
    const templateId = makeTemplate(h.env, '우리 동 계획서 서식', [
      '{{관리번호}} 서비스 계획서: {{대상자명}} 님',
      '담당: {{담당사례관리자}}',
    ]);
    writeSetting(h.env, PLAN_TEMPLATE_SETTING, templateId);
    const made = h.call<Generated>('generatePlanDocument', { caseNo });
    expect(docTexts(h.env, made.documentId)).toEqual([`${caseNo} 서비스 계획서: 김하늘 님`, '담당: 김사회']);
  });
});
