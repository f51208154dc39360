import { MANAGER, OTHER_MANAGER } from '../support/addon-harness';
import { readSetting } from '../support/documents-harness';
import {
  caseInService,
  startReminders,
  SUPERVISOR,
  type ReminderHarness,
} from '../support/reminders-harness';

/**
 * Issue 12, "Nothing lost, nothing leaked": the documents folder follows the case sheet's editors on
 * every day's reminder run, not only when a document is made.
 */

const FOLDER_SETTING = '문서 보관 폴더 (Drive 폴더 ID)';

/** Due for its yearly reassessment on 2026-03-03: its manager gets a digest on 2026-03-04. */
function dueCase(h: ReminderHarness): string {
  return caseInService(h, {
    intake: '2025-02-20',
    assessed: '2025-03-03',
    selected: '2025-03-05',
    planned: '2025-03-10',
    checks: ['2026-02-24'],
  });
}

/** Whether `user` can open the documents folder in Drive, as they would from a link. */
function canOpenFolder(h: ReminderHarness, user: string, folderId: string): boolean {
  // Only looking: someone not on the sheet is not given it by this (the fakes' default would).
  h.env.setUser(user, { access: 'none' });
  try {
    (h.env.globals.DriveApp as GoogleAppsScript.Drive.DriveApp).getFolderById(folderId).getName();
    return true;
  } catch {
    return false;
  } finally {
    h.env.setUser(MANAGER);
  }
}

/** A case with a plan document made while OTHER_MANAGER was on the sheet: the folder is shared. */
function sharedFolder(h: ReminderHarness): string {
  h.share(OTHER_MANAGER);
  const caseNo = dueCase(h);
  h.call('generatePlanDocument', { caseNo });
  const folderId = readSetting(h.env, FOLDER_SETTING);
  expect(folderId).not.toBe('');
  expect(canOpenFolder(h, OTHER_MANAGER, folderId)).toBe(true);
  return folderId;
}

function unshare(h: ReminderHarness, email: string): void {
  (h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .openById(h.env.activeSpreadsheetId())
    .removeEditor(email);
}

describe('the documents folder on the daily run', () => {
  it('takes someone removed from the case sheet off the folder on the next run, with no document made', () => {
    const h = startReminders();
    const folderId = sharedFolder(h);
    const documentsBefore = h.env.documents().length;

    unshare(h, OTHER_MANAGER);
    // Until the run, the folder still opens for them: this is the gap the run closes.
    expect(canOpenFolder(h, OTHER_MANAGER, folderId)).toBe(true);
    expect(h.runAt('2026-03-04 10:00')).toMatchObject({ status: 'done' });

    expect(canOpenFolder(h, OTHER_MANAGER, folderId)).toBe(false);
    expect(canOpenFolder(h, MANAGER, folderId)).toBe(true);
    expect(h.env.documents()).toHaveLength(documentsBefore);
  });

  it('shares the folder with someone who joined the sheet since the last document', () => {
    const h = startReminders();
    const caseNo = dueCase(h);
    h.call('generatePlanDocument', { caseNo });
    const folderId = readSetting(h.env, FOLDER_SETTING);
    h.share(OTHER_MANAGER);
    expect(canOpenFolder(h, OTHER_MANAGER, folderId)).toBe(false);

    h.runAt('2026-03-04 10:00');

    expect(canOpenFolder(h, OTHER_MANAGER, folderId)).toBe(true);
  });

  it('still sends the digests when Drive fails, and tells the supervisors and the 대시보드', () => {
    const h = startReminders();
    h.setSetting('슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)', SUPERVISOR);
    h.share(SUPERVISOR);
    const folderId = sharedFolder(h);
    unshare(h, OTHER_MANAGER);
    const mailsBefore = h.env.mails().length;

    h.env.injectFault((call) =>
      call.startsWith('Folder.') || call.startsWith('DriveApp.') ? 'Service error: Drive' : null,
    );
    let result: Record<string, unknown>;
    try {
      result = h.runAt('2026-03-04 10:00');
    } finally {
      h.env.injectFault(null);
    }

    expect(result).toMatchObject({ status: 'done' });
    const mails = h.env.mails().slice(mailsBefore);
    // The case is overdue for its reassessment: its manager's digest goes out as any day.
    expect(mails.map((m) => m.to).sort()).toEqual([SUPERVISOR, MANAGER].sort());
    expect(mails.find((m) => m.to === MANAGER)!.subject).toContain('기한 지남 1건');
    const summary = mails.find((m) => m.to === SUPERVISOR)!;
    expect(summary.body).toContain('문서 보관 폴더의 공유를 시트 편집자와 맞추지 못했습니다');
    expect(h.dashboard().flat().join('\n')).toContain(
      '문서 보관 폴더의 공유를 시트 편집자와 맞추지 못했습니다',
    );
    // Not synced: they can still open it, and the next day's run tries again.
    expect(canOpenFolder(h, OTHER_MANAGER, folderId)).toBe(true);
    h.runAt('2026-03-05 10:00');
    expect(canOpenFolder(h, OTHER_MANAGER, folderId)).toBe(false);
  });

  it('tells the supervisors when the folder’s owner has left the sheet, since Drive keeps an owner', () => {
    const h = startReminders();
    h.setSetting('슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)', SUPERVISOR);
    h.share(SUPERVISOR, OTHER_MANAGER);
    const caseNo = dueCase(h);
    // The colleague made the first document: the folder is theirs.
    h.callAs(OTHER_MANAGER, 'generatePlanDocument', { caseNo });
    const folderId = readSetting(h.env, FOLDER_SETTING);
    unshare(h, OTHER_MANAGER);

    h.runAt('2026-03-04 10:00');

    expect(canOpenFolder(h, OTHER_MANAGER, folderId)).toBe(true);
    const summary = h.mailsTo(SUPERVISOR).at(-1)!;
    expect(summary.body).toContain(`문서 보관 폴더의 주인 ${OTHER_MANAGER}은(는) 시트 편집자가 아니지만`);
    expect(h.dashboard().flat().join('\n')).toContain('소유권을 시트 편집자에게 넘기세요');
  });

  it('makes no Drive call when no document was ever made', () => {
    const h = startReminders();
    dueCase(h);
    h.env.injectFault((call) =>
      call.startsWith('Folder.') || call.startsWith('DriveApp.') ? 'Drive' : null,
    );
    try {
      h.runAt('2026-03-04 10:00');
    } finally {
      h.env.injectFault(null);
    }
    expect(h.dashboard().flat().join('\n')).not.toContain('문서 보관 폴더');
  });
});
