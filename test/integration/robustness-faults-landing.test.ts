import { startAddon } from '../support/addon-harness';
import { COMMANDS, preparedFor, type Command } from '../support/commands';
import {
  ANY_WRITE,
  callsDuring,
  comparable,
  contents,
  keptState,
  landing,
  liveDocuments,
  run,
  SERVICE_FAILURE,
} from '../support/fault-harness';
import { isReadableKorean, rowsOf } from '../support/robustness-harness';
import * as P from '../support/payloads';

/**
 * A write that lands and then reports an error: Apps Script may apply a setValues, an
 * insertRowsAfter or a setProperty and still throw (a timeout told after the service did it; the
 * fakes' `afterApplying`, dev/fakes/environment-api.ts). The add-on cannot tell it from a write that
 * did not happen, so what it does next (retry, undo) must be right either way.
 *
 * Every command of test/support/commands.ts is run once per write it makes (Sheets writes, property
 * and trigger writes), with that write landing and then throwing: once (the retry goes ahead), and
 * twice in a row (the retry lands and throws too, so the command gives up and undoes). Either the
 * command reports success and the workbook is what a clean run leaves (no row twice, nothing
 * missing), or it says so in Korean and the workbook, the properties and the triggers are as they
 * were, with no Doc left outside the bin: nobody's data removed by an undo, no half record left.
 *
 * A run that changed nothing leaves its workbook to the next one; one that saved needs a fresh one.
 */
function cleanRunOf(command: Command): { writes: string[]; saved: string } {
  const { h, caseNo } = preparedFor(startAddon, command);
  const payload = command.payload(h, caseNo);
  const calls = callsDuring(h, () => h.call(command.fn, payload));
  return { writes: calls.filter((c) => ANY_WRITE.test(c)), saved: comparable(contents(h, false)) };
}

describe.each(COMMANDS.map((c) => [c.fn, c] as const))(
  '%s when a write lands and then fails',
  (_fn, command) => {
    const { writes, saved } = cleanRunOf(command);

    it.each([
      ['once', 1],
      ['twice', 2],
    ] as const)(
      `each of its ${writes.length} writes landing and failing %s: saved whole, or as it was in Korean`,
      (_label, times) => {
        expect(writes.length).toBeGreaterThan(0);
        let start: ReturnType<typeof preparedFor> | null = null;
        const problems: string[] = [];
        for (let nth = 1; nth <= writes.length; nth++) {
          const { h, caseNo } = (start ??= preparedFor(startAddon, command));
          const payload = command.payload(h, caseNo);
          const untouched = contents(h);
          const keptBefore = keptState(h);
          const live = liveDocuments(h);
          landing(h, ANY_WRITE, nth, times, SERVICE_FAILURE);
          const message = run(h, command.fn, payload);
          const where = `${writes[nth - 1]} (#${nth})`;
          if (message === '') {
            if (comparable(contents(h, false)) !== saved)
              problems.push(`${where}: reported saved, not whole`);
            start = null;
          } else {
            if (!isReadableKorean(message)) problems.push(`${where}: message ${JSON.stringify(message)}`);
            if (contents(h) !== untouched) problems.push(`${where}: said it failed, the workbook changed`);
            if (keptState(h) !== keptBefore)
              problems.push(`${where}: said it failed, the properties or triggers changed`);
            if (liveDocuments(h).some((id) => !live.includes(id)))
              problems.push(`${where}: a Doc left outside the bin`);
          }
          if (problems.length > 0) break;
        }
        expect(problems).toEqual([]);
      },
    );
  },
);

describe('the 관리번호 counter when its write lands and then fails', () => {
  it('the intake is reported saved and the next case gets the next number, not a gap or a repeat', () => {
    const clean = startAddon();
    const writes = callsDuring(clean, () => clean.call('saveIntake', P.intake())).filter((c) =>
      ANY_WRITE.test(c),
    );
    const h = startAddon();
    // The counter is the run's last write (after the rows and the 변경이력 순번).
    landing(h, ANY_WRITE, writes.length, 2, 'Service error: Properties. We are sorry.');
    expect(run(h, 'saveIntake', P.intake())).toBe('');
    expect(run(h, 'saveIntake', P.intake({ client: { name: '이바다', birthDate: '1960-01-01' } }))).toBe('');
    const numbers = rowsOf(h, '사례').map((r) => r['관리번호']);
    expect(numbers).toEqual([expect.stringMatching(/-0001$/), expect.stringMatching(/-0002$/)]);
  });
});
