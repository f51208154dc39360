import { MANAGER } from '../support/addon-harness';
import { writeStaffTab } from '../support/staff-tab';
import {
  caseInService,
  startReminders,
  SUPERVISOR,
  type ReminderHarness,
} from '../support/reminders-harness';

/**
 * 결재 and the 직원 명부 in the daily mails: the 복지팀장's summary lists what waits for their
 * decision (and stops once it is decided), and both digests address people by the name the 직원 tab
 * gives them, not by their address. Through dist/ in the fakes, run as the time-driven trigger.
 */

/** A case whose yearly reassessment fell due on 2026-03-03, with a plan sent for 결재 by MANAGER. */
function caseAwaitingApproval(h: ReminderHarness): string {
  const caseNo = caseInService(h, {
    intake: '2025-02-20',
    assessed: '2025-03-03',
    selected: '2025-03-05',
    planned: '2025-03-10',
    checks: ['2026-02-24'],
    name: '김하늘',
  });
  h.call('requestApproval', { caseNo, subject: 'plan' });
  return caseNo;
}

describe('the 복지팀장’s summary lists the 결재 that wait', () => {
  it('names the case, the masked client, what is to be approved and who asked, by name', () => {
    const h = startReminders();
    const caseNo = caseAwaitingApproval(h);
    writeStaffTab(h.env, [
      [MANAGER, '김사회', '02-000-1001', '사례관리자'],
      [SUPERVISOR, '최팀장', '02-000-1000', '복지팀장'],
    ]);
    h.setSetting('슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)', SUPERVISOR);
    h.runAt('2026-03-04 10:00');

    const summary = h.mailsTo(SUPERVISOR)[0]!;
    expect(summary.subject).toBe('[동 사례관리] 3월 4일 (수) 사례 현황: 기한 지남 1건 · 결재 대기 1건');
    expect(summary.body).toContain(`[결재 대기 1건]\n- ${caseNo} 김*늘: 서비스계획 (2026-03-03 김사회 요청)`);
    expect(summary.htmlBody).toContain('결재 대기 (1건)');
    // The client's name is masked and the requester is named, never their address.
    expect(summary.body).not.toContain('김하늘');
    expect(summary.body).not.toContain(`${MANAGER} 요청`);

    // The case manager's own digest greets them by name.
    const digest = h.mailsTo(MANAGER)[0]!;
    expect(digest.body).toMatch(/^김사회 님, 담당하신 사례에/);
  });

  it('leaves a decided request out of the next day’s summary', () => {
    const h = startReminders();
    const caseNo = caseAwaitingApproval(h);
    h.setSetting('슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)', SUPERVISOR);
    h.runAt('2026-03-04 10:00');
    expect(h.mailsTo(SUPERVISOR)[0]!.body).toContain(`- ${caseNo} 김*늘: 서비스계획`);

    h.setClock('2026-03-04 15:00');
    h.callAs(SUPERVISOR, 'decideApproval', { approvalId: `${caseNo}-K1`, decision: 'approved' });
    h.runAt('2026-03-05 10:00');
    const next = h.mailsTo(SUPERVISOR)[1]!;
    expect(next.subject).toBe('[동 사례관리] 3월 5일 (목) 사례 현황: 기한 지남 1건');
    expect(next.body).not.toContain('결재 대기');
  });

  it('is sent for a waiting 결재 alone, when nothing else is due', () => {
    const h = startReminders();
    const caseNo = caseInService(h, {
      intake: '2026-01-20',
      assessed: '2026-02-04',
      selected: '2026-02-06',
      planned: '2026-02-10',
      checks: ['2026-02-25'],
      name: '이순자',
    });
    h.setSetting('슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)', SUPERVISOR);
    h.call('requestApproval', { caseNo, subject: 'plan' });
    h.runAt('2026-03-04 10:00');
    expect(h.mailsTo(MANAGER)).toHaveLength(0);
    // Without a 직원 tab entry the requester is shown by address: nobody is left unnamed.
    expect(h.mailsTo(SUPERVISOR)[0]!.body).toContain(
      `- ${caseNo} 이*자: 서비스계획 (2026-03-03 ${MANAGER} 요청)`,
    );
  });
});
