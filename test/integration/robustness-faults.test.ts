import { startAddon, type Harness } from '../support/addon-harness';
import * as P from '../support/payloads';
import { isReadableKorean, spreadsheetOf } from '../support/robustness-harness';

/**
 * Apps Script fails a Sheets call now and then under load ("Service Spreadsheets failed while
 * accessing document with id …"). Whatever call of a save fails, a reader must never see half a
 * record: the save is retried once, and when the retry fails too, what was written is undone and the
 * officer reads a Korean message. Each command is run once per write call it makes, with that call
 * failing (and its retry), on a fresh workbook each time.
 */
const SERVICE_FAILURE = 'Service Spreadsheets failed while accessing document with id 1FakeId.';
const WRITE = /^(Range|Sheet)\.(set|insert|clear|append|delete)/;

type Step = (h: Harness, caseNo: string) => void;
const CONFERENCE = (caseNo: string) => ({
  caseNo,
  kind: 'internalReview',
  heldOn: '2026-03-12',
  decision: 'selected',
  caseType: 'general',
});
const CONSENT = (caseNo: string) => ({
  caseNo,
  consentedOn: '2026-03-12',
  recipient: '행복종합사회복지관',
  items: '이름, 연락처',
  purpose: '도시락 배달 연계',
  until: '2027-03-12',
  withheld: '',
});
const toPlan: Step[] = [
  (h, c) => h.call('saveAssessment', P.assessment(c)),
  (h, c) => h.call('recordConference', CONFERENCE(c)),
  (h, c) => h.call('recordConsent', CONSENT(c)),
];
const toChecks: Step[] = [...toPlan, (h, c) => h.call('savePlan', P.plan(c))];

const COMMANDS: [fn: string, before: Step[], payload: (caseNo: string) => unknown][] = [
  ['saveIntake', [], () => P.intake({ client: { name: '박두리', birthDate: '1950-05-05' } })],
  ['saveAssessment', [], (c) => P.assessment(c)],
  ['savePlan', toPlan, (c) => P.plan(c)],
  [
    'recordCheck',
    toChecks,
    (c) => P.check(c, { itemOutcomes: [{ itemId: `${c}-P1-1`, outcome: 'extended' }] }),
  ],
  ['closeCase', toChecks, (c) => P.closing(c)],
];

/** Every tab's content as people see it: trailing empty rows (grown but unused) do not count. */
function contents(h: Harness): string {
  return JSON.stringify(
    spreadsheetOf(h)
      .getSheets()
      .map((sheet) => [sheet.getName(), sheet.getDataRange().getValues()]),
  );
}

function prepared(before: Step[]): { h: Harness; caseNo: string } {
  const h = startAddon();
  const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
  for (const step of before) step(h, caseNo);
  return { h, caseNo };
}

function failing(h: Harness, nth: number, times: number): void {
  let seen = 0;
  h.env.injectFault((call) => {
    if (!WRITE.test(call)) return null;
    seen += 1;
    return seen >= nth && seen < nth + times ? SERVICE_FAILURE : null;
  });
}

describe.each(COMMANDS)('%s when a Sheets write fails', (fn, before, payload) => {
  const { h: probe, caseNo: probeCase } = prepared(before);
  probe.env.counters.reset();
  probe.call(fn, payload(probeCase));
  const writes = Object.entries(probe.env.counters.snapshot())
    .filter(([call]) => WRITE.test(call))
    .reduce((sum, [, n]) => sum + n, 0);

  it('makes write calls to fail', () => {
    expect(writes).toBeGreaterThan(1);
  });

  it.each(Array.from({ length: writes }, (_, i) => i + 1))(
    'write %i failing twice leaves nothing behind and says so in Korean',
    (nth) => {
      const { h, caseNo } = prepared(before);
      const untouched = contents(h);
      failing(h, nth, 2);
      let message = '';
      try {
        h.call(fn, payload(caseNo));
      } catch (error) {
        message = String((error as Error).message);
      }
      h.env.injectFault(null);
      expect(isReadableKorean(message)).toBe(true);
      expect(contents(h)).toBe(untouched);
      // The case still takes the same save afterwards.
      expect(() => h.call(fn, payload(caseNo))).not.toThrow();
    },
  );

  it.each(Array.from({ length: writes }, (_, i) => i + 1))(
    'write %i failing once is retried and saves whole',
    (nth) => {
      const { h, caseNo } = prepared(before);
      failing(h, nth, 1);
      h.call(fn, payload(caseNo));
      h.env.injectFault(null);
      const { h: clean, caseNo: cleanCase } = prepared(before);
      clean.call(fn, payload(cleanCase));
      expect(contents(h).replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/g, '')).toBe(
        contents(clean).replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/g, ''),
      );
    },
  );
});
