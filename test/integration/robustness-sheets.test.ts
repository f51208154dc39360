import fc from 'fast-check';
import { startAddon, type Harness } from '../support/addon-harness';
import * as A from '../support/robustness-arbitraries';
import { attempt, formulaCells, isReadableKorean, spreadsheetOf } from '../support/robustness-harness';

/**
 * People edit the case spreadsheet by hand: they drag columns around, delete one, add their own,
 * type text into a date cell, insert blank rows. After any mix of that, every call either works
 * or is refused with a readable Korean message and no write; the add-on never touches a column
 * that is not its own, never loses or overwrites another case's rows, never writes a formula, and
 * 시트 준비·복구 (setupWorkbook) restores every tab and header.
 */
const counter = new A.CaseCounter();
afterAll(() => console.log(counter.report('robustness-sheets')));

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const TABS = ['사례', '초기상담', '욕구사정', '욕구', '사례회의', '서비스계획', '계획항목', '점검'];
const USER_COLUMN = '직원 메모';

type Breakage =
  | { kind: 'reorder'; tab: string; seed: number }
  | { kind: 'extraColumn'; tab: string; at: number; notes: string[] }
  | { kind: 'deleteColumn'; tab: string; at: number }
  | { kind: 'textInDate'; tab: string; row: number; pick: number; text: string }
  | { kind: 'blankRows'; tab: string; at: number; count: number };

const tab = fc.constantFrom(...TABS);
const breakage: fc.Arbitrary<Breakage> = fc.oneof(
  fc.record({ kind: fc.constant('reorder' as const), tab, seed: fc.nat() }),
  fc.record({
    kind: fc.constant('extraColumn' as const),
    tab,
    at: fc.nat(20),
    // A person's column holds something: an empty one where a deleted column was is taken for
    // that column renamed, and setup gives it its name back (robustness-repairs.test.ts).
    notes: fc.array(A.typedText(30, 1), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('deleteColumn' as const), tab, at: fc.nat(20) }),
  fc.record({
    kind: fc.constant('textInDate' as const),
    tab,
    row: fc.nat(5),
    pick: fc.nat(5),
    text: fc.constantFrom('어제쯤', '3월 초', '2026.3.', '미정', '??'),
  }),
  fc.record({
    kind: fc.constant('blankRows' as const),
    tab,
    at: fc.nat(5),
    count: fc.integer({ min: 1, max: 3 }),
  }),
);

type Op =
  | { op: 'intake' }
  | { op: 'check'; target: 0 | 1 }
  | { op: 'reassess'; target: 0 | 1 }
  | { op: 'conference'; target: 0 | 1 | 2 }
  | { op: 'getCase'; target: 0 | 1 | 2 }
  | { op: 'listCases' }
  | { op: 'repair' };

const target2 = fc.constantFrom<0 | 1>(0, 1);
const target3 = fc.constantFrom<0 | 1 | 2>(0, 1, 2);
const operation: fc.Arbitrary<Op> = fc.oneof(
  fc.constant<Op>({ op: 'intake' }),
  fc.record({ op: fc.constant('check' as const), target: target2 }),
  fc.record({ op: fc.constant('reassess' as const), target: target2 }),
  fc.record({ op: fc.constant('conference' as const), target: target3 }),
  fc.record({ op: fc.constant('getCase' as const), target: target3 }),
  fc.constant<Op>({ op: 'listCases' }),
  fc.constant<Op>({ op: 'repair' }),
);

function sheet(h: Harness, name: string): Sheet {
  const found = spreadsheetOf(h).getSheetByName(name);
  if (!found) throw new Error(`no tab ${name}`);
  return found;
}

function header(s: Sheet): string[] {
  return s
    .getRange(1, 1, 1, s.getLastColumn())
    .getValues()[0]!
    .map((cell) => String(cell));
}

/** Three cases: two in service with a plan (targets 0 and 1), one just taken in (target 2). */
function workbook(): { h: Harness; caseNos: string[] } {
  const h = startAddon();
  const caseNos: string[] = [];
  for (const name of ['김하늘', '이순자', '박영호']) {
    caseNos.push(
      h.call<{ caseNo: string }>('saveIntake', {
        client: { name, birthDate: '1950-02-03', phone: '010-0000-0001' },
        intakeDate: '2026-03-02',
        discovery: 'walkIn',
        presentingProblem: '생계 곤란',
        intakeOutcome: 'caseManagementReferral',
      }).caseNo,
    );
  }
  for (const caseNo of caseNos.slice(0, 2)) {
    h.call('saveAssessment', {
      caseNo,
      kind: 'initial',
      assessedOn: '2026-03-05',
      needs: [{ domain: 'economy', need: '생계' }],
    });
    h.call('savePlan', {
      caseNo,
      consentDate: '2026-03-10',
      shortTermGoal: '생계 안정',
      items: [{ goal: '생계', service: '긴급복지', startDate: '2026-03-10' }],
    });
    h.call('recordCheck', { caseNo, checkedOn: '2026-03-20', method: 'phone', note: '안부' });
  }
  return { h, caseNos };
}

/** Applies a breakage the way a person would in Sheets; returns a description for the report. */
function breakIt(h: Harness, b: Breakage): string {
  const s = sheet(h, b.tab);
  const rows = s.getLastRow();
  const columns = s.getLastColumn();
  switch (b.kind) {
    case 'reorder': {
      // A person dragging columns: values and formats move together.
      const range = s.getRange(1, 1, rows, columns);
      const values = range.getValues();
      const formats = range.getNumberFormats();
      const order = fc.sample(fc.shuffledSubarray([...Array(columns).keys()], { minLength: columns }), {
        numRuns: 1,
        seed: b.seed,
      })[0]!;
      range.setNumberFormats(formats.map((row) => order.map((i) => row[i]!)));
      range.setValues(values.map((row) => order.map((i) => row[i])));
      return `reordered the columns of ${b.tab} as [${order.join(',')}]`;
    }
    case 'extraColumn': {
      const column = (b.at % (columns + 1)) + 1;
      if (column <= columns) s.insertColumnBefore(column);
      else s.insertColumnAfter(columns);
      const cells = [USER_COLUMN, ...b.notes].map((note) => [note]);
      const needed = cells.length;
      if (s.getMaxRows() < needed) s.insertRowsAfter(s.getMaxRows(), needed);
      s.getRange(1, column, needed, 1).setNumberFormat('@').setValues(cells);
      return `added "${USER_COLUMN}" as column ${column} of ${b.tab}`;
    }
    case 'deleteColumn': {
      const at = (b.at % columns) + 1;
      const name = header(s)[at - 1];
      s.deleteColumn(at);
      return `deleted column ${at} (${name}) of ${b.tab}`;
    }
    case 'textInDate': {
      if (rows < 2) return `no row to break in ${b.tab}`;
      const names = header(s);
      const dateColumns = names
        .map((name, i) => ({ name, i }))
        .filter(({ name }) => /일$|일자$|기간$|일\(서명일\)$/.test(name));
      if (dateColumns.length === 0) return `no date column in ${b.tab}`;
      const { name, i } = dateColumns[b.pick % dateColumns.length]!;
      const row = (b.row % (rows - 1)) + 2;
      s.getRange(row, i + 1)
        .setNumberFormat('@')
        .setValue(b.text);
      return `typed "${b.text}" into ${b.tab}!${name} row ${row}`;
    }
    case 'blankRows': {
      if (rows < 2) return `no row to split in ${b.tab}`;
      const at = (b.at % (rows - 1)) + 2;
      s.insertRowsBefore(at, b.count);
      return `inserted ${b.count} blank rows before row ${at} of ${b.tab}`;
    }
  }
}

/** The person's own column, top to bottom, wherever it now is (or null when the tab has none). */
function userColumn(h: Harness, name: string): string | null {
  const s = sheet(h, name);
  const index = header(s).indexOf(USER_COLUMN);
  if (index < 0) return null;
  const values = s.getRange(1, index + 1, s.getLastRow(), 1).getValues();
  return JSON.stringify(values.map((r) => r[0]).filter((v) => v !== ''));
}

/** Rows of the case tabs keyed by their id column, as header-keyed JSON: what must not be lost. */
function recordsOf(h: Harness): Map<string, { caseNo: string; json: string }> {
  const records = new Map<string, { caseNo: string; json: string }>();
  for (const name of TABS) {
    const s = sheet(h, name);
    const [head = [], ...rows] = s.getDataRange().getValues();
    const names = head.map(String);
    const caseColumn = names.indexOf('관리번호');
    for (const row of rows) {
      if (row.every((cell) => cell === '' || cell === false)) continue;
      const byName = Object.fromEntries(
        names.map((n, i) => [n, row[i] instanceof Date ? row[i].toISOString() : row[i]]),
      );
      const key = `${name}:${JSON.stringify(row[0])}:${JSON.stringify(byName)}`;
      records.set(key, {
        caseNo: caseColumn >= 0 ? String(row[caseColumn]) : '',
        json: JSON.stringify(byName),
      });
    }
  }
  return records;
}

function payloadFor(op: Op, caseNos: string[], n: number): [string, unknown, string | null] {
  const day = `2026-04-${String((n % 27) + 1).padStart(2, '0')}`;
  switch (op.op) {
    case 'intake':
      return [
        'saveIntake',
        {
          client: { name: `새사례${n}`, birthDate: '1960-01-01' },
          intakeDate: '2026-03-03',
          discovery: 'phone',
          presentingProblem: '고립',
          intakeOutcome: 'caseManagementReferral',
        },
        null,
      ];
    case 'check':
      return [
        'recordCheck',
        { caseNo: caseNos[op.target], checkedOn: day, method: 'homeVisit', note: `점검 ${n}` },
        caseNos[op.target]!,
      ];
    case 'reassess':
      return [
        'saveAssessment',
        {
          caseNo: caseNos[op.target],
          kind: 're',
          assessedOn: day,
          needs: [{ domain: 'health', need: `욕구 ${n}` }],
        },
        caseNos[op.target]!,
      ];
    case 'conference':
      return [
        'recordConference',
        { caseNo: caseNos[op.target], kind: 'caseMeeting', heldOn: day, decision: 'onHold' },
        caseNos[op.target]!,
      ];
    case 'getCase':
      return ['getCase', { caseNo: caseNos[op.target] }, null];
    case 'listCases':
      return ['listCases', {}, null];
    case 'repair':
      return ['setupWorkbook', undefined, null];
  }
}

describe('a workbook people edited by hand', () => {
  const RUNS = A.runs(25);
  it(
    `keeps working or refuses cleanly, and never touches what is not its own (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(
          fc.array(breakage, { minLength: 1, maxLength: 3 }),
          fc.array(operation, { minLength: 1, maxLength: 6 }),
          (breakages, ops) => {
            counter.add('broken workbooks');
            const { h, caseNos } = workbook();
            const story = breakages.map((b) => breakIt(h, b));
            const userColumns = new Map(TABS.map((name) => [name, userColumn(h, name)]));
            const checks = [1, 1];
            const touched = new Set<string>(); // the add-on may only rewrite rows of cases it saved
            let n = 0;
            for (const op of ops) {
              counter.add('calls on a broken workbook');
              n++;
              const [fn, payload, caseNo] = payloadFor(op, caseNos, n);
              const before = recordsOf(h);
              const outcome = attempt<Record<string, unknown>>(h, fn, payload);
              const where = `after ${story.join('; ')}; ${fn} ${JSON.stringify(payload ?? {})}`;
              if (!outcome.ok) {
                if (!isReadableKorean(outcome.message))
                  throw new Error(`${where}: unreadable refusal: ${outcome.message}`);
                if (outcome.writes.length > 0)
                  throw new Error(`${where}: refused but called ${outcome.writes.join(', ')}`);
              } else {
                if (caseNo) touched.add(caseNo);
                if (op.op === 'check') checks[op.target]!++;
              }
              // No row of any case the call did not save disappears or changes.
              if (op.op !== 'repair') {
                const after = recordsOf(h);
                for (const [key, record] of before) {
                  if (touched.has(record.caseNo) || record.caseNo === caseNo) continue;
                  if (!after.has(key))
                    throw new Error(`${where}: lost or changed a row of ${record.caseNo}: ${record.json}`);
                }
              }
              // The person's own column is exactly as they left it.
              for (const name of TABS) {
                const expected = userColumns.get(name);
                if (expected && userColumn(h, name) !== expected)
                  throw new Error(`${where}: the add-on changed the person's column in ${name}`);
              }
              // An accepted check is there to read back (no lost update, blank rows or not).
              if (outcome.ok && op.op === 'getCase' && op.target < 2) {
                const file = outcome.result as { checks: unknown[] };
                if (file.checks.length !== checks[op.target])
                  throw new Error(
                    `${where}: expected ${checks[op.target]} checks, getCase shows ${file.checks.length}`,
                  );
              }
            }
            expect(formulaCells(h)).toEqual([]);
            // Whatever happened, 시트 준비·복구 restores every tab and header: the list works again,
            // and nothing is refused for a missing tab or column. (Data in a column the person
            // deleted is gone: a call may still be refused for it, cleanly.) When a person's own
            // column sits exactly where a deleted one was, setup cannot tell it from a renamed
            // one: it stops, writes nothing, and says so.
            const repaired = attempt(h, 'setupWorkbook', undefined);
            if (!repaired.ok) {
              if (!/멈췄습니다[\s\S]*'직원 메모'/.test(repaired.message) || repaired.writes.length > 0)
                throw new Error(`after ${story.join('; ')}, setup failed: ${repaired.message}`);
              counter.add('repairs that stopped rather than guess');
              return;
            }
            const listed = attempt(h, 'listCases', {});
            if (!listed.ok)
              throw new Error(`after ${story.join('; ')} and a repair, listCases fails: ${listed.message}`);
            for (const [fn, payload] of [
              ['getCase', { caseNo: caseNos[0] }],
              [
                'recordConference',
                { caseNo: caseNos[2], kind: 'caseMeeting', heldOn: '2026-05-01', decision: 'onHold' },
              ],
            ] as const) {
              const outcome = attempt(h, fn, payload);
              if (outcome.ok) continue;
              if (
                /탭이 없거나 머리글이 바뀌었습니다/.test(outcome.message) ||
                !isReadableKorean(outcome.message)
              )
                throw new Error(`after ${story.join('; ')} and a repair, ${fn} fails: ${outcome.message}`);
              if (outcome.writes.length > 0) throw new Error(`after a repair, ${fn} refused but wrote`);
            }
          },
        ),
        A.options(RUNS),
      );
    },
    A.timeoutFor(25, 1500),
  );

  it('reports text typed into a date cell instead of failing, for the list and for the case', () => {
    const { h, caseNos } = workbook();
    const s = sheet(h, '사례');
    const column = header(s).indexOf('다음 점검일') + 1;
    s.getRange(2, column).setNumberFormat('@').setValue('다음 주쯤');
    const listed = h.call<{ cases: unknown[]; problemCount: number }>('listCases', {});
    expect(listed.cases).toHaveLength(3);
    expect(listed.problemCount).toBeGreaterThan(0);
    const file = h.call<{ problems: { column: string; problem: string }[] }>('getCase', {
      caseNo: caseNos[0],
    });
    expect(file.problems).toContainEqual(expect.objectContaining({ column: '다음 점검일' }));
    counter.add('text in a date cell, reported');
  });
});
