import { OTHER_MANAGER, startAddon, type Harness } from '../support/addon-harness';
import { caseWithPlan, drivePath } from '../support/documents-harness';
import { attempt, isReadableKorean, snapshot } from '../support/robustness-harness';

/**
 * Making a Doc takes seconds; while another execution holds the document lock, or when the form
 * was opened on an older version of the case, the document commands must refuse before anything
 * exists in Drive: no Doc, no folder, no 문서 or 의뢰 row.
 */
const RECIPIENT = '행복종합사회복지관';

function prepared(): { h: Harness; caseNo: string } {
  const h = startAddon();
  const caseNo = caseWithPlan(h);
  h.call('recordConsent', {
    caseNo,
    consentedOn: '2026-03-12',
    recipient: RECIPIENT,
    items: '이름, 연락처',
    purpose: '도시락 배달 연계',
    until: '2027-03-12',
  });
  return { h, caseNo };
}

const CALLS: [fn: string, payload: (caseNo: string) => Record<string, unknown>][] = [
  ['generatePlanDocument', (caseNo) => ({ caseNo })],
  ['generateCaseDocument', (caseNo) => ({ caseNo, form: 'intake', pdf: true })],
  [
    'referClient',
    (caseNo) => ({
      caseNo,
      referredOn: '2026-03-20',
      recipient: RECIPIENT,
      fields: ['name'],
      purpose: '도시락 배달 연계',
    }),
  ],
];

describe.each(CALLS)('%s', (fn, payload) => {
  it('with the lock held by another execution creates no Doc and says so in Korean', () => {
    const { h, caseNo } = prepared();
    const before = snapshot(h);
    const docs = h.env.documents().length;
    const hold = h.env.holdLock('document');
    const outcome = attempt(h, fn, payload(caseNo));
    hold.release();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(isReadableKorean(outcome.message)).toBe(true);
    expect(outcome.message).toMatch(/다른 사람이 저장하는 중/);
    expect(outcome.writes).toEqual([]);
    expect(h.env.documents()).toHaveLength(docs);
    expect(snapshot(h)).toBe(before);
    // Once the other execution is done, the same call goes through.
    h.env.newExecution();
    expect(attempt(h, fn, payload(caseNo)).ok).toBe(true);
    expect(h.env.documents().length).toBeGreaterThan(docs);
  });

  it('on a stale version creates no Doc and names who changed the case', () => {
    const { h, caseNo } = prepared();
    const { version } = h.call<{ version: number }>('getCase', { caseNo });
    h.call('recordCheck', { caseNo, checkedOn: '2026-03-25', method: 'phone', note: '안부 확인' });
    const docs = h.env.documents().length;
    const outcome = attempt(h, fn, { ...payload(caseNo), version });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(/먼저 수정했습니다/);
    expect(outcome.writes).toEqual([]);
    expect(h.env.documents()).toHaveLength(docs);
  });
});

describe('the documents root follows the case sheet on every document run', () => {
  it.each(CALLS)('%s takes someone who left the case sheet off the documents root', (fn, payload) => {
    const { h, caseNo } = prepared();
    const spreadsheet = () =>
      (h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    spreadsheet().addEditor(OTHER_MANAGER);
    const first = h.call<{ documentId: string }>('generateCaseDocument', { caseNo, form: 'summary' });
    const editors = () =>
      drivePath(h.env, first.documentId)[1]!
        .getEditors()
        .map((u) => u.getEmail());
    expect(editors()).toContain(OTHER_MANAGER);
    spreadsheet().removeEditor(OTHER_MANAGER);
    h.call(fn, payload(caseNo));
    expect(editors()).not.toContain(OTHER_MANAGER);
  });
});
