import { encodeRowIndex } from '../../src/db/row-index';
import { startAddon, type CaseFile, type Harness } from '../support/addon-harness';
import * as P from '../support/payloads';
import { spreadsheetOf } from '../support/robustness-harness';

/**
 * 행 위치 (decision 0016): each 사례 row says where its case's rows are, so opening a case costs one
 * search instead of one per tab. The index is a hint: whatever a person does to it or to the rows it
 * names, the case reads exactly as before, and the next save writes a true one again.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const sheet = (h: Harness, name: string) => spreadsheetOf(h).getSheetByName(name) as Sheet;

function twoCases(): { h: Harness; first: string; second: string } {
  const h = startAddon({ now: '2026-05-01T10:00:00+09:00' });
  const open = (name: string) => {
    const { caseNo } = h.call<{ caseNo: string }>(
      'saveIntake',
      P.intake({ client: { name, birthDate: '1950-02-03' } }),
    );
    h.call('saveAssessment', P.assessment(caseNo));
    h.call('savePlan', P.plan(caseNo));
    return caseNo;
  };
  const first = open('김하나');
  const second = open('이둘');
  h.call('recordCheck', P.check(first, { checkedOn: '2026-04-01', note: '첫 점검' }));
  h.call('recordCheck', P.check(second, { checkedOn: '2026-04-02', note: '둘째 사례 점검' }));
  h.call('recordCheck', P.check(first, { checkedOn: '2026-04-03', note: '두 번째 점검' }));
  return { h, first, second };
}

/** The case file and how many TextFinder searches reading it took. */
function opened(h: Harness, caseNo: string): { file: CaseFile; searches: number } {
  h.env.counters.reset();
  const file = h.call<CaseFile>('getCase', { caseNo });
  return { file, searches: h.env.counters.snapshot()['TextFinder.findAll'] ?? 0 };
}

/** The 행 위치 cell of a case's 사례 row. */
function indexCell(h: Harness, caseNo: string): GoogleAppsScript.Spreadsheet.Range {
  const cases = sheet(h, '사례');
  const [header = [], ...rows] = cases.getDataRange().getValues();
  const row = rows.findIndex((r) => r[header.indexOf('관리번호')] === caseNo) + 2;
  return cases.getRange(row, header.indexOf('행 위치') + 1);
}

/**
 * Everything a reader sees of the case, without the 열람 entries the reads themselves add; checks
 * by id, since a sorted 점검 tab lists them in its new order whichever way the rows were found.
 */
const shown = (file: CaseFile) =>
  JSON.stringify({
    ...file,
    timeline: undefined,
    audit: undefined,
    checks: [...file.checks].sort((a, b) => a.checkId.localeCompare(b.checkId)),
  });

describe('행 위치', () => {
  it('names every tab of the case after its saves, so opening it is one search', () => {
    const { h, first } = twoCases();
    expect(String(indexCell(h, first).getValue())).toMatch(/점검:\d+(,\d+|-\d+);/);
    const { file, searches } = opened(h, first);
    expect(searches).toBe(1);
    expect(file.checks.map((c) => c.note).sort()).toEqual(['두 번째 점검', '첫 점검']);
  });

  it('after a sort, inserted rows and a deleted row the case reads the same, and one save heals it', () => {
    const { h, first, second } = twoCases();
    const before = opened(h, first).file;
    const secondBefore = opened(h, second).file;

    const checks = sheet(h, '점검');
    checks
      .getRange(2, 1, checks.getLastRow() - 1, checks.getLastColumn())
      .sort({ column: 3, ascending: false });
    sheet(h, '욕구').insertRowsBefore(2, 2);
    // A person removes one of the other case's plan items: every row below it moves up one.
    const items = sheet(h, '계획항목');
    const [header = [], ...rows] = items.getDataRange().getValues();
    items.deleteRow(rows.findIndex((r) => r[header.indexOf('관리번호')] === second) + 2);

    const after = opened(h, first);
    expect(shown(after.file)).toBe(shown(before));
    expect(after.searches).toBeGreaterThan(1);
    expect(shown(opened(h, second).file)).not.toBe(shown(secondBefore));

    h.call('recordCheck', P.check(first, { checkedOn: '2026-04-20', note: '정렬 뒤 점검' }));
    const healed = opened(h, first);
    expect(healed.searches).toBe(1);
    expect(healed.file.checks.map((c) => c.note).sort()).toEqual(['두 번째 점검', '정렬 뒤 점검', '첫 점검']);
    expect(healed.file.assessments).toEqual(before.assessments);
  });

  it('typed over, copied from another case or left from an older version, it is ignored', () => {
    const { h, first, second } = twoCases();
    const older = String(indexCell(h, first).getValue());
    h.call('recordCheck', P.check(first, { checkedOn: '2026-04-10', note: '세 번째 점검' }));
    const before = shown(opened(h, first).file);

    for (const typed of ['확인 필요', String(indexCell(h, second).getValue()), older]) {
      indexCell(h, first).setValue(typed);
      const read = opened(h, first);
      expect(shown(read.file)).toBe(before);
      expect(read.searches).toBeGreaterThan(10);
    }

    // Rows past the end of the sheet (the bottom of a tab deleted by hand): the batch is refused
    // and the case is read tab by tab.
    const { version } = opened(h, first).file;
    indexCell(h, first).setValue(encodeRowIndex(new Map([['점검', [900000]]]), { caseNo: first, version }));
    expect(shown(opened(h, first).file)).toBe(before);

    // The save read tab by tab only what it needed, and indexed that; the next one reads the rest.
    h.call('recordCheck', P.check(first, { checkedOn: '2026-04-20', note: '다시 점검' }));
    expect(opened(h, first).file.checks).toHaveLength(4);
    h.call('recordCheck', P.check(first, { checkedOn: '2026-04-21', note: '또 점검' }));
    expect(opened(h, first).searches).toBe(1);
  });

  it('takes in the rows of a command that leaves the rest of the 사례 row as it was', () => {
    const { h, first } = twoCases();
    h.call('recordActivity', { caseNo: first, on: '2026-04-05', kind: 'counselling', content: '전화 상담' });
    const { file, searches } = opened(h, first);
    expect(searches).toBe(1);
    expect(file.timeline.filter((t) => t.kind === 'activity')).toHaveLength(1);
  });
});
