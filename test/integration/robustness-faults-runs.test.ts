import { MANAGER, OTHER_MANAGER } from '../support/addon-harness';
import { callsDuring, failing, SERVICE_FAILURE, SHEET_WRITE } from '../support/fault-harness';
import { caseInService, sentLog, startReminders, SUPERVISOR } from '../support/reminders-harness';

/**
 * The fault suite for the daily reminders, a run that is no one case's (시트 준비·복구, the other
 * one, is robustness-faults-setup.test.ts): each of its Sheets writes (the 발송기록 rows, the
 * 대시보드) fails twice, so the run dies after mailing; the next hour's run must still leave
 * everyone with exactly one digest and the 발송기록 with each mail once.
 */
const TEAM = [MANAGER, OTHER_MANAGER];

function team() {
  const h = startReminders();
  h.share(OTHER_MANAGER);
  TEAM.forEach((caseManager, i) =>
    caseInService(h, {
      intake: '2025-02-20',
      assessed: '2025-03-03',
      selected: '2025-03-05',
      planned: '2025-03-10',
      checks: ['2026-02-24'],
      name: ['김하늘', '이순자'][i] as string,
      caseManager,
    }),
  );
  h.setSetting('슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)', SUPERVISOR);
  return h;
}

describe('the daily run when a Sheets write fails', () => {
  const clean = team();
  clean.setClock('2026-03-04 10:00');
  const writes = callsDuring(clean, () => clean.runAt('2026-03-04 10:00')).filter((c) => SHEET_WRITE.test(c));

  it('makes Sheets writes to fail', () => {
    expect(writes.length).toBeGreaterThan(1);
  });

  it.each(writes.map((call, i) => [i + 1, call] as const))(
    'write %i (%s) failing twice: the next run completes, nobody gets two digests, each mail is logged once',
    (nth) => {
      const h = team();
      h.setClock('2026-03-04 10:00');
      failing(h, SHEET_WRITE, nth, 2, SERVICE_FAILURE);
      try {
        h.runAt('2026-03-04 10:00');
      } catch {
        // The run died (the trigger's execution log shows it); what matters is what follows.
      } finally {
        h.env.injectFault(null);
      }
      expect(h.runAt('2026-03-04 11:00')).toMatchObject({
        status: expect.stringMatching(/^(done|alreadyDone)$/),
      });
      for (const to of [...TEAM, SUPERVISOR]) {
        const digests = h.mailsTo(to).filter((m) => !m.subject.includes('실행 실패'));
        expect(digests).toHaveLength(1);
        const logged = sentLog(h).filter((r) => r['받는 사람'] === to && r['구분'] !== '실행 실패 알림');
        expect(logged.filter((r) => r['상태'] === '발송')).toHaveLength(1);
      }
    },
  );
});
