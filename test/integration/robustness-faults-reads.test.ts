import { startAddon, type Harness } from '../support/addon-harness';
import { COMMANDS, OUTWARD_COMMANDS, preparedFor } from '../support/commands';
import {
  callsDuring,
  contents,
  failing,
  run,
  SERVICE_FAILURE,
  SHEET_READ,
  visibleWorld,
} from '../support/fault-harness';
import { isReadableKorean } from '../support/robustness-harness';

/**
 * The fault suite of robustness-faults*.test.ts for reads: Apps Script fails a `getValues`, a
 * TextFinder search or a `values.batchGet` part-way as readily as a write ("Service Spreadsheets
 * failed while accessing document …").
 *
 * Every command of the write suites is run once per read call it makes, with the service down from
 * that read on (every later read fails too, so no retry or fallback can save it): nothing anyone can
 * see changes, the person reads Korean that says to try again later (not a bug's reference), and
 * the same call succeeds once the service is back. As
 * nothing changes, the runs of one command share a workbook (a run that wrote would fail itself).
 *
 * A read failing once is retried where a write is: saving an intake and an assessment (the two saves
 * that start from a fresh workbook) succeed with any one of their reads failing once, and save what a
 * run without a failure saves.
 */
const RETRIED = new Set(['saveIntake', 'saveAssessment']);

/** Runs `attempt` once per read, failing from that read on; what went wrong, if anything. */
function eachOutage(reads: string[], attempt: (nth: number) => string, changed: () => boolean): string[] {
  const problems: string[] = [];
  for (let nth = 1; nth <= reads.length; nth++) {
    const message = attempt(nth);
    const where = `${reads[nth - 1]} (#${nth})`;
    if (!isReadableKorean(message)) problems.push(`${where}: message ${JSON.stringify(message)}`);
    // The service is down, not the add-on: the person is told to try again, not given a bug's number.
    if (message.startsWith('[BUG]')) problems.push(`${where}: reported as a bug: ${message}`);
    if (changed()) {
      problems.push(`${where}: what people can read changed`);
      break;
    }
  }
  return problems;
}

/** From the nth read of the command on, every read fails. */
const outageFrom = (h: Harness, nth: number) => failing(h, SHEET_READ, nth, Infinity, SERVICE_FAILURE);

describe.each(COMMANDS.map((c) => [c.fn, c] as const))('%s when a Sheets read fails', (_fn, command) => {
  const clean = preparedFor(startAddon, command);
  const cleanPayload = command.payload(clean.h, clean.caseNo);
  const reads = callsDuring(clean.h, () => clean.h.call(command.fn, cleanPayload)).filter((c) =>
    SHEET_READ.test(c),
  );

  it(`with the service down from any of its ${reads.length} reads on, nothing is written, in Korean`, () => {
    expect(reads.length).toBeGreaterThan(0);
    const { h, caseNo } = preparedFor(startAddon, command);
    const payload = command.payload(h, caseNo);
    const untouched = contents(h);
    const problems = eachOutage(
      reads,
      (nth) => {
        outageFrom(h, nth);
        return run(h, command.fn, payload);
      },
      () => contents(h) !== untouched,
    );
    expect(problems).toEqual([]);
    expect(run(h, command.fn, payload)).toBe('');
  });

  if (RETRIED.has(command.fn))
    it(`each of its ${reads.length} reads failing once is retried and the save is whole`, () => {
      const comparable = (text: string) =>
        text.replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/g, '').replace(/[A-Za-z0-9+/]{43}=/g, '');
      const expected = comparable(contents(clean.h, false));
      const problems: string[] = [];
      for (let nth = 1; nth <= reads.length; nth++) {
        const { h, caseNo } = preparedFor(startAddon, command);
        failing(h, SHEET_READ, nth, 1, SERVICE_FAILURE);
        const message = run(h, command.fn, command.payload(h, caseNo));
        if (message !== '') problems.push(`${reads[nth - 1]} (#${nth}): ${message}`);
        else if (comparable(contents(h, false)) !== expected)
          problems.push(`${reads[nth - 1]} (#${nth}): saved differently`);
      }
      expect(problems).toEqual([]);
    });
});

describe.each(OUTWARD_COMMANDS.map((c) => [c.name, c] as const))(
  '%s when a Sheets read fails',
  (_name, command) => {
    const clean = startAddon();
    const cleanPayload = command.prepare(clean);
    const reads = callsDuring(clean, () => clean.call(command.fn, cleanPayload)).filter((c) =>
      SHEET_READ.test(c),
    );

    it(`with the service down from any of its ${reads.length} reads on, nothing anyone can see changes, in Korean`, () => {
      expect(reads.length).toBeGreaterThan(0);
      const h = startAddon();
      const payload = command.prepare(h);
      const untouched = visibleWorld(h);
      const problems = eachOutage(
        reads,
        (nth) => {
          outageFrom(h, nth);
          return run(h, command.fn, payload);
        },
        () => visibleWorld(h) !== untouched,
      );
      expect(problems).toEqual([]);
      expect(run(h, command.fn, payload)).toBe('');
    });
  },
);
