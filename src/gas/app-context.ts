/**
 * The AppContext of src/app built from the Apps Script services. This folder is the only place
 * (with the SpreadsheetApp objects handed to src/db) where Apps Script globals are named.
 */
import type { AppContext } from '../app/context';
import { UserError } from '../domain/validation';

const SPREADSHEET_ID = 'spreadsheetId';
const LOCK_WAIT_MS = 20_000;

/** The bound spreadsheet; in a time-driven trigger (no active one) the id stored at setup. */
export function caseSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return active;
  const id = PropertiesService.getDocumentProperties()?.getProperty(SPREADSHEET_ID);
  if (!id)
    throw new UserError(
      '사례관리 시트를 찾을 수 없습니다. 시트에서 확장 프로그램 > 동 사례관리 > 시트 준비·복구를 실행하세요.',
    );
  return SpreadsheetApp.openById(id);
}

export function rememberSpreadsheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  PropertiesService.getDocumentProperties().setProperty(SPREADSHEET_ID, spreadsheet.getId());
}

export function appContext(spreadsheet = caseSpreadsheet()): AppContext {
  const properties = PropertiesService.getDocumentProperties();
  return {
    spreadsheet,
    now: () => new Date(),
    // Consumer accounts outside the owner's domain may get '' here; the sheet then records ''.
    currentUser: () => Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail(),
    withDocumentLock(work) {
      const lock = LockService.getDocumentLock();
      try {
        lock.waitLock(LOCK_WAIT_MS);
      } catch {
        throw new UserError(
          '다른 사람이 저장하는 중입니다. 잠시 후 다시 저장하세요. 입력한 내용은 그대로 있습니다.',
        );
      }
      try {
        return work();
      } finally {
        // Commit pending writes before the next lock holder reads (LockService guide).
        SpreadsheetApp.flush();
        lock.releaseLock();
      }
    },
    properties: {
      get: (key) => properties.getProperty(key),
      set: (key, value) => {
        properties.setProperty(key, value);
      },
    },
  };
}
