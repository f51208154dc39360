import { MANAGER, OTHER_MANAGER, startAddon, type Harness } from '../support/addon-harness';
import { contents } from '../support/fault-harness';
import * as P from '../support/payloads';
import { spreadsheetOf } from '../support/robustness-harness';

/**
 * A workbook without a keeper (decision 0014: nobody's hourly trigger runs, because the reminders
 * were turned off before setup), where every save still appends to 변경이력 itself: why it stays
 * protected with a warning there. An editor add-on writes as the person using it, so Sheets refuses
 * that person's saves exactly as it refuses their hand edits. The fakes hold each protection's
 * editors as Google's Protection reference describes
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection). The workbook with a
 * keeper, closed to them, is robustness-audit-keeper.test.ts.
 */
const AUDIT_TAB = '변경이력';

function auditSheet(h: Harness) {
  const sheet = spreadsheetOf(h).getSheetByName(AUDIT_TAB);
  if (!sheet) throw new Error('no 변경이력 tab');
  return sheet;
}

/** What an owner does in 데이터 > 보호된 시트 및 범위 > "나만", as in Google's sample for it. */
function closeToOwner(h: Harness) {
  const app = h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const protection = auditSheet(h).getProtections(app.ProtectionType.SHEET)[0];
  if (!protection) throw new Error('setup left 변경이력 unprotected');
  protection.setWarningOnly(false);
  protection.addEditor(MANAGER);
  protection.removeEditors(protection.getEditors().map((u) => u.getEmail()));
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

function handEdit(h: Harness): string {
  try {
    auditSheet(h).getRange(2, 5).setValue('내용을 바꿈');
    return '';
  } catch (error) {
    return String((error as Error).message);
  }
}

function started() {
  const h = startAddon({ setup: false });
  const properties = h.env.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
  properties.getDocumentProperties().setProperty('reminders.disabled', 'true');
  h.call('setupWorkbook');
  const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
  h.env.setUser(OTHER_MANAGER, { access: 'editor' });
  return { h, caseNo };
}

describe('the 변경이력 as setup leaves it without a keeper: protected with a warning', () => {
  it("another officer's saves go through, and a hand edit, which Sheets does not stop, is named by 데이터 점검", () => {
    const { h, caseNo } = started();
    expect(() => h.call('saveAssessment', P.assessment(caseNo))).not.toThrow();
    expect(handEdit(h)).toBe('');
    const { problems } = h.call<{ problems: { table: string; rowNumber: number; problem: string }[] }>(
      'checkDataHealth',
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        table: AUDIT_TAB,
        rowNumber: 2,
        problem: expect.stringMatching(/서명이 맞지 않습니다/),
      }),
    );
  });
});

describe('the 변경이력 closed to everyone but the owner', () => {
  it("refuses another officer's hand edit, and their save, whole and in Korean naming the tab", () => {
    const { h, caseNo } = started();
    h.env.setUser(MANAGER);
    closeToOwner(h);
    h.env.setUser(OTHER_MANAGER);
    expect(handEdit(h)).toMatch(/protected cell/);
    const before = contents(h);
    let message = '';
    try {
      h.call('saveAssessment', P.assessment(caseNo));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /^\[NOT_ALLOWED\] '변경이력' 탭이 보호되어 있어 lee\.sw@dong\.example 계정으로는 쓸 수 없습니다/,
    );
    expect(contents(h)).toBe(before);
  });

  it("still takes the owner's own saves", () => {
    const { h, caseNo } = started();
    h.env.setUser(MANAGER);
    closeToOwner(h);
    expect(() => h.call('saveAssessment', P.assessment(caseNo))).not.toThrow();
    expect(handEdit(h)).toBe('');
  });
});
