import fc from 'fast-check';
import { startAddon, type Harness, type CaseFile } from '../support/addon-harness';
import * as A from '../support/robustness-arbitraries';
import { auditLog } from '../support/audit-log';
import { attempt, isReadableKorean, snapshot } from '../support/robustness-harness';

/**
 * Several case managers keep the same case open and save in any interleaving, some with the
 * version their form was loaded with, some while another save holds the document lock. A model
 * says which saves must be accepted; the add-on must agree, lose no accepted save, and leave no
 * trace of a refused one.
 */
const counter = new A.CaseCounter();
afterAll(() => console.log(counter.report('robustness-concurrency')));

const USERS = ['kim.sw@dong.example', 'lee.sw@dong.example', 'park.sw@dong.example'];
type SaveKind = 'check' | 'conference' | 'consent' | 'reassess';
type Op =
  | { op: 'open'; user: number }
  | { op: 'save'; user: number; kind: SaveKind; withVersion: boolean }
  | { op: 'saveWhileLocked'; user: number; kind: SaveKind };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ op: fc.constant('open' as const), user: fc.nat(2) }) },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('save' as const),
      user: fc.nat(2),
      kind: fc.constantFrom<SaveKind>('check', 'conference', 'consent', 'reassess'),
      withVersion: fc.oneof(
        { weight: 5, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('saveWhileLocked' as const),
      user: fc.nat(2),
      kind: fc.constantFrom<SaveKind>('check', 'conference', 'consent', 'reassess'),
    }),
  },
);

function payload(
  kind: SaveKind,
  caseNo: string,
  n: number,
  version?: number,
): [string, Record<string, unknown>] {
  const v = version === undefined ? {} : { version };
  const day = `2026-04-${String((n % 28) + 1).padStart(2, '0')}`;
  switch (kind) {
    case 'check':
      return ['recordCheck', { caseNo, checkedOn: day, method: 'phone', note: `점검 ${n}`, ...v }];
    case 'conference':
      return [
        'recordConference',
        { caseNo, kind: 'caseMeeting', heldOn: day, decision: 'onHold', notes: `회의 ${n}`, ...v },
      ];
    case 'consent':
      return [
        'recordConsent',
        { caseNo, consentedOn: day, recipient: `기관 ${n}`, items: '이름', purpose: '연계', ...v },
      ];
    case 'reassess':
      return [
        'saveAssessment',
        { caseNo, kind: 're', assessedOn: day, needs: [{ domain: 'health', need: `욕구 ${n}` }], ...v },
      ];
  }
}

function openCase(h: Harness): string {
  const { caseNo } = h.call<{ caseNo: string }>('saveIntake', {
    client: { name: '김하늘', birthDate: '1948-05-17' },
    intakeDate: '2026-03-02',
    discovery: 'outreach',
    presentingProblem: '고립',
    intakeOutcome: 'caseManagementReferral',
  });
  h.call('saveAssessment', {
    caseNo,
    kind: 'initial',
    assessedOn: '2026-03-09',
    needs: [{ domain: 'economy', need: '생계' }],
  });
  h.call('savePlan', {
    caseNo,
    consentDate: '2026-03-20',
    shortTermGoal: '생계 안정',
    items: [{ goal: '생계', service: '긴급복지', startDate: '2026-03-20' }],
  });
  return caseNo;
}

describe('interleaved saves by several people', () => {
  const RUNS = A.runs(30);
  it(
    `stale versions are refused, every accepted save survives (${RUNS} runs)`,
    () => {
      const h = startAddon();
      const env = h.env as typeof h.env & {
        holdLock?: (kind: 'document') => { release(): void } | (() => void);
      };
      fc.assert(
        fc.property(fc.array(op, { minLength: 1, maxLength: 14 }), (ops) => {
          counter.add('interleavings');
          h.env.setUser(USERS[0]!);
          const caseNo = openCase(h);
          let version = h.call<CaseFile>('getCase', { caseNo }).version;
          const loaded: (number | undefined)[] = [undefined, undefined, undefined];
          const accepted: { kind: SaveKind; marker: string }[] = [];
          let n = 0;
          for (const step of ops) {
            h.env.setUser(USERS[step.user]!);
            if (step.op === 'open') {
              loaded[step.user] = h.call<CaseFile>('getCase', { caseNo }).version;
              continue;
            }
            counter.add('saves');
            n++;
            const withVersion = step.op === 'save' ? step.withVersion : true;
            const formVersion = loaded[step.user] ?? version; // a form never opened is opened now
            loaded[step.user] = formVersion;
            const [fn, body] = payload(step.kind, caseNo, n, withVersion ? formVersion : undefined);
            const before = snapshot(h);
            let outcome;
            if (step.op === 'saveWhileLocked') {
              if (typeof env.holdLock !== 'function') throw new Error('the fakes lack holdLock');
              const hold = env.holdLock('document');
              outcome = attempt(h, fn, body);
              if (typeof hold === 'function') hold();
              else hold.release();
            } else {
              outcome = attempt(h, fn, body);
            }
            const mustAccept = step.op === 'save' && (!withVersion || formVersion === version);
            if (mustAccept !== outcome.ok) {
              throw new Error(
                `${fn} by ${USERS[step.user]} with version ${withVersion ? formVersion : '(none)'} on case version ${version}: ` +
                  (outcome.ok
                    ? 'accepted a stale or locked save'
                    : `refused a fresh save: ${outcome.message}`),
              );
            }
            if (outcome.ok) {
              version++;
              accepted.push({ kind: step.kind, marker: String(n) });
            } else {
              if (!isReadableKorean(outcome.message))
                throw new Error(`unreadable refusal: ${outcome.message}`);
              expect(outcome.message).toMatch(
                step.op === 'saveWhileLocked' ? /다른 사람이 저장하는 중/ : /먼저 수정했습니다/,
              );
              if (outcome.writes.length > 0)
                throw new Error(`refused, but called ${outcome.writes.join(', ')}`);
              if (snapshot(h) !== before) throw new Error('refused, but the workbook changed');
            }
          }
          // No lost update: every accepted save is there, exactly once, and nothing else.
          const file = h.call<CaseFile>('getCase', { caseNo });
          expect(file.version).toBe(version);
          const got = {
            check: file.checks.map((c) => c.note.replace('점검 ', '')),
            conference: file.conferences.map((c) => c.notes.replace('회의 ', '')),
            consent: file.consents.map((c) => c.recipient.replace('기관 ', '')),
            reassess: file.assessments.slice(1).map((a) => a.needs[0]!.need.replace('욕구 ', '')),
          };
          for (const kind of ['check', 'conference', 'consent', 'reassess'] as const) {
            expect(got[kind]).toEqual(accepted.filter((a) => a.kind === kind).map((a) => a.marker));
          }
          const ids = [...file.checks.map((c) => c.checkId), ...file.conferences.map((c) => c.conferenceId)];
          expect(new Set(ids).size).toBe(ids.length);
          // One audit entry per accepted save (3 for intake, assessment and plan); reads are 열람.
          const changes = auditLog(h.env).filter(
            (row) => row['관리번호'] === caseNo && row['작업'] !== '열람',
          );
          expect(changes).toHaveLength(3 + accepted.length);
        }),
        A.options(RUNS),
      );
    },
    A.timeoutFor(30, 1500),
  );
});
