import fc from 'fast-check';
import type { EnvironmentJSON } from '../../dev/fakes/environment-api';
import { MANAGER, OTHER_MANAGER } from '../support/addon-harness';
import * as A from '../support/robustness-arbitraries';
import {
  caseInService,
  sentLog,
  startReminders,
  SUPERVISOR,
  type MailHooks,
  type ReminderHarness,
} from '../support/reminders-harness';

/**
 * The daily run, disturbed in generated ways hour after hour: killed by Apps Script right after or
 * right before a mail leaves, short of mail quota, slowed down to the time limit, MailApp refusing
 * a recipient, a save holding the document lock. Then an undisturbed run. Invariants: nobody gets
 * two digests in a day, and everybody owed one gets it, unless a run died between deciding a mail
 * and sending it, in which case the 발송기록 says the mail may not have left (never a silent loss).
 */
const counter = new A.CaseCounter();
afterAll(() => console.log(counter.report('robustness-reminders')));

const TEAM = [MANAGER, OTHER_MANAGER, 'jung.sw@dong.example', 'kang.sw@dong.example'];
const NAMES = ['김하늘', '이순자', '정영호', '강미숙'];
const SUPERVISORS_SETTING = '슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)';
const UNSURE = '발송 여부 확인 필요';

type Disturbance =
  | { kind: 'none' }
  | { kind: 'quota'; left: number }
  | { kind: 'killAfterSend'; n: number }
  | { kind: 'killBeforeSend'; n: number }
  | { kind: 'slowMail'; minutes: number }
  | { kind: 'refuse'; who: number }
  | { kind: 'lockHeld' };

const calm: fc.Arbitrary<Disturbance> = fc.oneof(
  fc.constant<Disturbance>({ kind: 'none' }),
  fc.record({ kind: fc.constant('quota' as const), left: fc.nat(5) }),
  fc.record({ kind: fc.constant('slowMail' as const), minutes: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('refuse' as const), who: fc.nat(4) }),
  fc.constant<Disturbance>({ kind: 'lockHeld' }),
);
const kill: fc.Arbitrary<Disturbance> = fc.oneof(
  fc.record({ kind: fc.constant('killAfterSend' as const), n: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('killBeforeSend' as const), n: fc.integer({ min: 1, max: 5 }) }),
);
/** Up to three disturbed hours, with at most one killed execution among them (restarting is slow). */
const day: fc.Arbitrary<Disturbance[]> = fc
  .tuple(fc.array(calm, { maxLength: 3 }), fc.option(kill, { nil: undefined }), fc.nat(3))
  .map(([runs, killed, at]) => {
    const plan = [...runs];
    if (killed) plan.splice(at % (plan.length + 1), 0, killed);
    return plan.length > 0 ? plan : [{ kind: 'none' }];
  });

class Killed extends Error {}

/** The team's workbook: four managers with an overdue reassessment each, and a supervisor. */
function team(hooks: MailHooks): ReminderHarness {
  const h = startReminders({ hooks });
  h.share(...TEAM.slice(1));
  TEAM.forEach((caseManager, i) =>
    caseInService(h, {
      intake: '2025-02-20',
      assessed: '2025-03-03',
      selected: '2025-03-05',
      planned: '2025-03-10',
      checks: ['2026-02-24'],
      name: NAMES[i],
      caseManager,
    }),
  );
  h.setSetting(SUPERVISORS_SETTING, SUPERVISOR);
  return h;
}

function digestsTo(h: ReminderHarness, to: string): number {
  return h.env.mails().filter((m) => m.to === to && !m.subject.includes('실행 실패')).length;
}

describe('a daily run cut off midway', () => {
  const RUNS = A.runs(8);
  it(
    `sends each digest at most once and loses none silently (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(day, (plan) => {
          counter.add('disturbed days');
          const hooks: MailHooks = {};
          let h = team(hooks);
          let diedBeforeSend = false;
          let hour = 10;
          for (const d of plan) {
            counter.add('disturbed runs');
            let frozen: EnvironmentJSON | undefined;
            let sends = 0;
            let hold: { release(): void } | undefined;
            const used = h.env.mails().length;
            h.env.setMailQuota(d.kind === 'quota' ? used + d.left : 100);
            hooks.beforeSend = (m) => {
              sends++;
              if (d.kind === 'killBeforeSend' && sends === d.n) {
                frozen = h.env.toJSON();
                diedBeforeSend = true;
                throw new Killed('Exceeded maximum execution time');
              }
              if (d.kind === 'refuse' && m.to === TEAM[d.who % TEAM.length])
                throw new Error('Service unavailable: Gmail');
            };
            hooks.afterSend = () => {
              if (d.kind === 'slowMail') h.env.clock.advance(d.minutes * 60_000);
              if (d.kind === 'killAfterSend' && sends === d.n) {
                frozen = h.env.toJSON();
                throw new Killed('Exceeded maximum execution time');
              }
            };
            if (d.kind === 'lockHeld') hold = h.env.holdLock('document');
            try {
              h.runAt(`2026-03-04 ${hour}:00`);
            } catch (error) {
              if (!(error instanceof Killed) && !frozen) throw error;
            } finally {
              hold?.release();
            }
            // A killed execution leaves exactly the state it had when it died.
            if (frozen) h = startReminders({ state: frozen, hooks });
            hour++;
          }
          hooks.beforeSend = undefined;
          hooks.afterSend = undefined;
          h.env.setMailQuota(100);
          h.runAt(`2026-03-04 ${hour}:00`);
          h.runAt(`2026-03-04 ${hour + 1}:00`);
          counter.add('undisturbed runs', 2);

          const log = sentLog(h);
          for (const to of [...TEAM, SUPERVISOR]) {
            const got = digestsTo(h, to);
            if (got > 1) throw new Error(`${to} got ${got} digests on one day after ${JSON.stringify(plan)}`);
            if (got === 0) {
              const unsure = log.some((row) => row['받는 사람'] === to && row['상태'] === UNSURE);
              if (!(diedBeforeSend && unsure))
                throw new Error(`${to} got no digest and no "${UNSURE}" after ${JSON.stringify(plan)}`);
            }
          }
          // Every mail that left is in the 발송기록, as sent or as possibly sent.
          for (const mail of h.env.mails()) {
            if (mail.subject.includes('실행 실패')) continue;
            const states = log.filter((row) => row['받는 사람'] === mail.to).map((row) => row['상태']);
            if (!states.some((s) => s === '발송' || s === UNSURE))
              throw new Error(`the mail to ${mail.to} is not in the 발송기록 (${states.join(', ')})`);
          }
          // The next day starts afresh: one digest each again.
          h.runAt('2026-03-05 10:00');
          for (const to of TEAM) {
            expect(h.env.mails().filter((m) => m.to === to && m.subject.includes('3월 5일'))).toHaveLength(1);
          }
        }),
        A.options(RUNS),
      );
    },
    A.timeoutFor(8, 4000),
  );
});
