/**
 * What a refusal says: always Korean, always short. A hostile or broken payload (nesting thousands of
 * levels deep, a key a megabyte long, a field of the wrong kind, hundreds of problems at
 * once) must still end in a sentence an official can read, not zod's English or a crash.
 */
import { isKorean, refusal, startAddon, workbookState } from '../support/addon-harness';
import { intake } from '../support/payloads';
import { setSetting } from '../support/resources-harness';
import { COMMANDS } from '../support/commands';

function nested(depth: number): unknown {
  let value: unknown = '끝';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

const SHORT = 1000;

describe('a refusal', () => {
  const h = startAddon();

  // Apps Script parses what google.script.run sent with JSON.parse, which takes any depth; the
  // harness's own JSON crossing cannot, so these go to the function as Apps Script would hand them.
  it.each([
    ['saveIntake', { ...intake(), strengths: nested(100_000) }],
    [
      'savePlan',
      {
        caseNo: '행복-2026-0001',
        consentDate: '2026-03-02',
        shortTermGoal: '식사',
        items: [nested(100_000)],
      },
    ],
  ])('of a payload nested 100 000 levels deep (%s) is a short Korean sentence', (name, payload) => {
    const before = workbookState(h.env);
    let message = '';
    try {
      h.addon.fn(name)!(payload);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(isKorean(message)).toBe(true);
    expect(message).not.toMatch(/Maximum call stack/);
    expect(workbookState(h.env)).toBe(before);
  });

  it.each([
    ['a key a megabyte long', () => ({ ...intake(), ['가'.repeat(1_000_000)]: 1 })],
    [
      'five hundred unknown keys',
      () => Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i])),
    ],
    ['an e-mail address of 300 characters', () => intake({ caseManager: `${'a'.repeat(290)}@dong.example` })],
    ['a list where one thing is expected', () => intake({ client: [] })],
    ['a number where text is expected', () => intake({ presentingProblem: 12 })],
    [
      'a plan with 300 broken items',
      () => ({
        caseNo: '행복-2026-0001',
        consentDate: 'x',
        shortTermGoal: 1,
        items: Array.from({ length: 300 }, () => ({ goal: 1 })),
      }),
    ],
  ])('of %s is a short Korean sentence', (_, payload) => {
    const name = _.includes('plan') ? 'savePlan' : 'saveIntake';
    const message = refusal(h, name, payload());
    expect(isKorean(message)).toBe(true);
    expect(message.length).toBeLessThan(SHORT);
    expect(message).not.toMatch(/Maximum call stack|Invalid input|Too big|expected|received/i);
  });

  it('that quotes what a person typed in 설정 quotes only its start', () => {
    const typed = `복지관${'가'.repeat(5000)}`;
    setSetting(h, '협력기관 공유 이메일 (쉼표로 구분)', typed);
    const message = refusal(h, 'publishResources', undefined);
    expect(message).toContain('협력기관 공유 이메일');
    expect(message.length).toBeLessThan(SHORT);
  });

  it('that quotes what a person typed in 설정 masks a 주민등록번호 in it (issue 12)', () => {
    setSetting(h, '협력기관 공유 이메일 (쉼표로 구분)', '김하늘 480517-2345678');
    const message = refusal(h, 'publishResources', undefined);
    expect(message).toContain('협력기관 공유 이메일');
    expect(message).not.toMatch(/480517|2345678/);
    expect(message).toContain('김하늘 ******-*******');
  });
});

describe('every command that writes refuses a hostile payload in a short Korean sentence', () => {
  const h = startAddon();
  const { caseNo } = h.call<{ caseNo: string }>('saveIntake', intake());
  const HUGE_KEY = '가'.repeat(1_000_000);
  const withPayload = COMMANDS.filter((c) => typeof c.payload(h, caseNo) === 'object');

  it.each(withPayload.map((c) => [c.fn, c] as const))(
    '%s: a 1 MB unknown key is not echoed, the message is at most 300 characters',
    (fn, command) => {
      const payload = { ...(command.payload(h, caseNo) as object), [HUGE_KEY]: 1 };
      const message = refusal(h, fn, payload);
      expect(isKorean(message)).toBe(true);
      expect(message.length).toBeLessThanOrEqual(300);
      expect(message).not.toContain('가'.repeat(40));
    },
  );

  it.each(withPayload.map((c) => [c.fn, c] as const))(
    '%s: a value nested 100 000 levels deep gives a Korean message, not a crash',
    (fn, command) => {
      const payload = { ...(command.payload(h, caseNo) as object), note: nested(100_000) };
      const before = workbookState(h.env);
      let message = '';
      try {
        h.addon.fn(fn)!(payload);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(isKorean(message)).toBe(true);
      expect(message.length).toBeLessThanOrEqual(300);
      expect(message).not.toMatch(/Maximum call stack/);
      expect(workbookState(h.env)).toBe(before);
    },
  );
});
