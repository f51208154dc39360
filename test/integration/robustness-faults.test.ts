import { startAddon } from '../support/addon-harness';
import { COMMANDS, preparedFor, type Command } from '../support/commands';
import {
  callsDuring,
  comparable,
  contents,
  KEPT_WRITE,
  keptState,
  PROPERTIES_FAILURE,
  DOCS_OR_DRIVE,
  failing,
  failingFirst,
  liveDocuments,
  run,
  SERVICE_FAILURE,
  SHEET_WRITE,
} from '../support/fault-harness';
import * as P from '../support/payloads';
import { isReadableKorean, rowsOf } from '../support/robustness-harness';

/**
 * Apps Script fails a service call now and then under load ("Service Spreadsheets failed while
 * accessing document with id …"). Whatever call of a command fails, a reader must never see half a
 * record: the save is retried once, and when the retry fails too, what was written is undone and the
 * officer reads a Korean message.
 *
 * Every command that changes the sheet (test/support/commands.ts: every such entry point of
 * docs/api.md) is run once per Sheets write call it makes, with that call failing (and its retry).
 * The document commands are also run once per kind of Docs/Drive call they make, with its first
 * call failing: no 문서 or 의뢰 row is left, and every file the run made is in the bin
 * (File.setTrashed) — the decision in docs/security.md: an orphan is binned, not recorded.
 * And each of their property writes (document, script and user properties) and trigger writes (the
 * reminder switches) fails twice in turn: the command either says so in Korean with the workbook,
 * the properties and the triggers as they were, or reports success with the workbook as a clean run
 * leaves it (only a hint kept after the save, such as the 관리번호 counter, may be left stale).
 *
 * A run that leaves the workbook as it was leaves it ready for the next one, so the "fails twice"
 * runs of one command share a workbook (a partial write would fail that very run); the "fails once"
 * runs need a fresh one each and cover the five saves the retry was built for.
 */
const RETRIED = new Set(['saveIntake', 'saveAssessment', 'savePlan', 'recordCheck', 'closeCase']);

/** The calls of one clean run, in order, and the workbook it leaves (`comparable`). */
function cleanRunOf(command: Command): { calls: string[]; saved: string } {
  const { h, caseNo } = preparedFor(startAddon, command);
  const payload = command.payload(h, caseNo);
  const calls = callsDuring(h, () => h.call(command.fn, payload));
  return { calls, saved: comparable(contents(h, false)) };
}

describe.each(COMMANDS.map((c) => [c.fn, c] as const))('%s when a service call fails', (_fn, command) => {
  const { calls, saved } = cleanRunOf(command);
  const writes = calls.filter((call) => SHEET_WRITE.test(call)).length;
  const kept = calls.filter((call) => KEPT_WRITE.test(call));
  // An id getter reads the object in hand (a file whose id cannot be read could not be binned anyway).
  const driveKinds = command.documents
    ? [...new Set(calls.filter((c) => DOCS_OR_DRIVE.test(c) && !c.endsWith('.getId')))]
    : [];

  it('makes write calls to fail', () => {
    expect(writes).toBeGreaterThan(0);
    if (command.documents) expect(driveKinds.length).toBeGreaterThan(3);
  });

  it(`each of its ${writes} Sheets writes failing twice leaves nothing behind and says so in Korean, or saves whole`, () => {
    // A save that went ahead all the same must then be whole.
    let start: ReturnType<typeof preparedFor> | null = null;
    const problems: string[] = [];
    for (let nth = 1; nth <= writes; nth++) {
      const { h, caseNo } = (start ??= preparedFor(startAddon, command));
      const payload = command.payload(h, caseNo);
      const untouched = contents(h);
      const live = liveDocuments(h);
      failing(h, SHEET_WRITE, nth, 2, SERVICE_FAILURE);
      const message = run(h, command.fn, payload);
      if (message === '') {
        if (comparable(contents(h, false)) !== saved)
          problems.push(`write ${nth}: reported saved, not whole`);
        start = null;
        continue;
      }
      if (!isReadableKorean(message)) problems.push(`write ${nth}: message ${JSON.stringify(message)}`);
      if (contents(h) !== untouched) {
        problems.push(`write ${nth}: the workbook changed`);
        break;
      }
      const left = liveDocuments(h).filter((id) => !live.includes(id));
      if (left.length > 0) problems.push(`write ${nth}: ${left.length} Doc(s) left outside the bin`);
    }
    expect(problems).toEqual([]);
    // The case still takes the same call afterwards.
    const { h, caseNo } = start ?? preparedFor(startAddon, command);
    expect(run(h, command.fn, command.payload(h, caseNo))).toBe('');
  });

  if (kept.length > 0)
    it(`each of its ${kept.length} property and trigger writes failing twice: as it was and said in Korean, or saved whole`, () => {
      // A run that changed nothing leaves its workbook to the next; one that saved needs a fresh one.
      let start: ReturnType<typeof preparedFor> | null = null;
      const problems: string[] = [];
      for (let nth = 1; nth <= kept.length; nth++) {
        const { h, caseNo } = (start ??= preparedFor(startAddon, command));
        const payload = command.payload(h, caseNo);
        const untouched = contents(h);
        const keptBefore = keptState(h);
        const live = liveDocuments(h);
        failing(h, KEPT_WRITE, nth, 2, PROPERTIES_FAILURE);
        const message = run(h, command.fn, payload);
        const where = `${kept[nth - 1]} (#${nth})`;
        if (message === '') {
          // Only a hint kept after the save (the 관리번호 counter, a template's facts) may fail so.
          if (comparable(contents(h, false)) !== saved) problems.push(`${where}: reported saved, not whole`);
          start = null;
          continue;
        }
        if (!isReadableKorean(message)) problems.push(`${where}: message ${JSON.stringify(message)}`);
        if (contents(h) !== untouched) problems.push(`${where}: the workbook changed`);
        if (keptState(h) !== keptBefore) problems.push(`${where}: the properties or triggers changed`);
        if (liveDocuments(h).some((id) => !live.includes(id)))
          problems.push(`${where}: a Doc left outside the bin`);
        if (problems.length > 0) break;
      }
      expect(problems).toEqual([]);
    });

  if (command.documents)
    it('each kind of Docs/Drive call failing leaves no 문서 row, no Doc outside the bin, a Korean message', () => {
      const { h, caseNo } = preparedFor(startAddon, command);
      const payload = command.payload(h, caseNo);
      const untouched = contents(h);
      const live = liveDocuments(h);
      const problems: string[] = [];
      for (const key of driveKinds) {
        failingFirst(h, key);
        const message = run(h, command.fn, payload);
        if (!isReadableKorean(message)) problems.push(`${key}: message ${JSON.stringify(message)}`);
        if (contents(h) !== untouched) {
          problems.push(`${key}: the workbook changed`);
          break;
        }
        const left = liveDocuments(h).filter((id) => !live.includes(id));
        if (left.length > 0) problems.push(`${key}: ${left.length} Doc(s) left outside the bin`);
      }
      expect(problems).toEqual([]);
      expect(run(h, command.fn, payload)).toBe('');
    });

  if (RETRIED.has(command.fn))
    it.each(Array.from({ length: writes }, (_, i) => i + 1))(
      'write %i failing once is retried and saves whole',
      (nth) => {
        const { h, caseNo } = preparedFor(startAddon, command);
        failing(h, SHEET_WRITE, nth, 1, SERVICE_FAILURE);
        expect(run(h, command.fn, command.payload(h, caseNo))).toBe('');
        const { h: clean, caseNo: cleanCase } = preparedFor(startAddon, command);
        clean.call(command.fn, command.payload(clean, cleanCase));
        // Two workbooks: their ids (in the properties) and their audit keys differ, so do the
        // times and the 변경이력's seals; their content must not.
        expect(comparable(contents(h, false))).toBe(comparable(contents(clean, false)));
      },
    );
});

describe('a hint kept after the save failing (the 관리번호 counter in document properties)', () => {
  it('does not report a saved intake as unsaved, so nobody saves it twice; the next case gets the next number', () => {
    // The counter is the run's last property write, after the rows are in (the 변경이력 순번 before
    // it belongs to the save itself: its failure undoes everything).
    const clean = startAddon();
    const writes = callsDuring(clean, () => clean.call('saveIntake', P.intake())).filter(
      (c) => c === 'Properties.setProperty',
    ).length;
    const h = startAddon();
    failing(h, /^Properties\.setProperty$/, writes, 2, 'Service error: Properties. We are sorry.');
    expect(run(h, 'saveIntake', P.intake())).toBe('');
    expect(run(h, 'saveIntake', P.intake({ client: { name: '이바다', birthDate: '1960-01-01' } }))).toBe('');
    const numbers = rowsOf(h, '사례').map((r) => r['관리번호']);
    expect(numbers).toHaveLength(2);
    expect(new Set(numbers).size).toBe(2);
  });
});
