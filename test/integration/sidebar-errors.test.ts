/**
 * Whatever a call ends with, the sidebar gets a code and a Korean sentence, never engine text. Each
 * failure is produced by the built add-on (dist/) in the fakes and read back through the sidebar's
 * own error path (src/ui/rpc.ts: serverErrorCode, serverMessage, isStaleEdit).
 */
import { startAddon, type Harness } from '../support/addon-harness';
import * as P from '../support/payloads';
import { isStaleEdit, serverErrorCode, serverMessage } from '../../src/ui/rpc';
import { MAX_MESSAGE } from '../../src/domain/validation';

const ENGINE_TEXT =
  /TypeError|RangeError|ReferenceError|Cannot read|undefined|Maximum call stack|Invalid input|expected|received|Service /;

function failure(h: Harness, fn: string, payload: unknown): Error {
  try {
    h.call(fn, payload);
  } catch (error) {
    return error as Error;
  }
  throw new Error(`${fn} did not fail`);
}

/** What the person at the desk reads, and the code the sidebar acts on. */
function asTheSidebarSeesIt(error: Error) {
  // Apps Script hands the failure handler an Error whose message may start with "Error: ".
  const crossed = new Error(`Error: ${error.message}`);
  return { code: serverErrorCode(crossed), text: serverMessage(crossed), raw: error.message };
}

function expectKoreanOnly(text: string) {
  expect(text).toMatch(/[가-힣]/);
  expect(text).not.toMatch(ENGINE_TEXT);
}

describe('failures reach the sidebar as a code and a Korean sentence', () => {
  it('a TypeError inside a use case is a BUG with a reference; its stack goes to the log only', () => {
    const h = startAddon();
    h.env.injectFault((call) => {
      if (call.startsWith('Sheet.') || call.startsWith('Range.'))
        throw new TypeError("Cannot read properties of undefined (reading 'getValues')");
      return null;
    });
    const seen = asTheSidebarSeesIt(failure(h, 'saveIntake', P.intake()));
    h.env.injectFault(null);
    expect(seen.code).toBe('BUG');
    expectKoreanOnly(seen.text);
    const reference = /오류 번호 (B-[0-9A-Z]{1,6})/.exec(seen.text)?.[1];
    expect(reference).toBeDefined();
    // The execution log (console.error in Apps Script; the fakes record it).
    const logged = h.env
      .logs()
      .filter((line) => line.startsWith('[error]'))
      .join('\n');
    expect(logged).toContain(`[${reference}] TypeError: Cannot read properties of undefined`);
    expect(logged).toMatch(/\n\s+at /); // the stack, for whoever reads the execution log
  });

  it('a payload zod refuses is INVALID_INPUT, in Korean, naming the field', () => {
    const h = startAddon();
    const seen = asTheSidebarSeesIt(
      failure(h, 'saveIntake', P.intake({ client: { name: 42, birthDate: true }, intakeDate: [] })),
    );
    expect(seen.code).toBe('INVALID_INPUT');
    expectKoreanOnly(seen.text);
    expect(seen.text).toContain('대상자 이름');
  });

  it('a deeply nested payload is INVALID_INPUT, not "Maximum call stack size exceeded"', () => {
    const h = startAddon();
    let deep: Record<string, unknown> = { caseNo: 'x' };
    for (let i = 0; i < 3000; i++) deep = { nested: deep };
    for (const fn of ['saveIntake', 'getCase', 'saveResource', 'getTodayList', 'generateCaseDocument']) {
      const seen = asTheSidebarSeesIt(failure(h, fn, deep));
      expect(seen.code).toBe('INVALID_INPUT');
      expectKoreanOnly(seen.text);
    }
  });

  it('a stale edit is recognised by its code', () => {
    const h = startAddon();
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
    h.call('updateClient', { caseNo, version: 1, phone: '010-0000-9999' });
    const error = failure(h, 'updateClient', { caseNo, version: 1, address: '행복동 1-1' });
    expect(isStaleEdit(new Error(`Error: ${error.message}`))).toBe(true);
    expect(asTheSidebarSeesIt(error).text).toContain('먼저 수정했습니다');
  });

  it('a refusal listing many problems is capped in length', () => {
    const h = startAddon();
    const items = Array.from({ length: 40 }, () => ({ goal: 7, service: 8, startDate: 'soon' }));
    const seen = asTheSidebarSeesIt(failure(h, 'savePlan', { ...P.plan('행복-2026-0001'), items }));
    expect(seen.code).toBe('INVALID_INPUT');
    expect(seen.text.length).toBeLessThanOrEqual(MAX_MESSAGE + 1);
    expectKoreanOnly(seen.text);
  });
});

describe('one lock for every save and for the daily reminders', () => {
  it('a save while another execution holds the lock is LOCK_BUSY, in Korean, and writes nothing', () => {
    const h = startAddon();
    const saving = h.env.holdLock('document');
    h.env.counters.reset();
    const seen = asTheSidebarSeesIt(failure(h, 'saveIntake', P.intake()));
    expect(seen.code).toBe('LOCK_BUSY');
    expect(seen.text).toContain('다른 사람이 저장하는 중입니다');
    expect(h.env.counters.total('Range.set', 'Sheet.append', 'Sheet.insert')).toBe(0);
    saving.release();
    expect(h.call<{ caseNo: string }>('saveIntake', P.intake()).caseNo).toBe('행복-2026-0001');
  });
});
