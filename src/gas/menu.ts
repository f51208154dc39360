/** The add-on menu. Built in every AuthMode, NONE included, so it must read no data. */
import { TAB_COUNT } from '../app/setup';
import { UserError } from '../domain/validation';
import { runWorkbookSetup, type WorkbookSetup } from './setup';

export const MENU_ITEMS = [
  { caption: '사례관리 열기', functionName: 'showSidebar' },
  { caption: '시트 준비·복구', functionName: 'setupWorkbookFromMenu' },
  { caption: '대시보드 새로 고침', functionName: 'refreshDashboard' },
  { caption: '매일 알림 켜기', functionName: 'enableDailyReminders' },
  { caption: '매일 알림 끄기', functionName: 'disableDailyReminders' },
  { caption: '도움말', functionName: 'showHelp' },
] as const;

export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

const SETUP_TITLE = '시트 준비·복구';

/**
 * The menu's 시트 준비·복구: the same setup as setupWorkbook, then a dialog saying what it did (tabs
 * made, tabs and headers found and repaired, that nothing was deleted or hidden), or, when a repair
 * would have been a guess, what it found and that it changed nothing.
 */
export function setupWorkbookFromMenu(): WorkbookSetup | null {
  const ui = SpreadsheetApp.getUi();
  let report: WorkbookSetup;
  try {
    report = runWorkbookSetup();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    ui.alert(SETUP_TITLE, error.message, ui.ButtonSet.OK);
    return null;
  }
  ui.alert(SETUP_TITLE, setupSummary(report), ui.ButtonSet.OK);
  return report;
}

/** What one run of the setup did, in Korean, one fact a line. */
export function setupSummary(report: WorkbookSetup): string {
  const lines: string[] = [];
  const existing = TAB_COUNT - report.createdTabs.length;
  const repaired = report.renamedTabs.length + report.restoredHeaders.length + report.addedColumns.length > 0;
  if (report.createdTabs.length === 0 && !repaired) {
    lines.push(`고칠 것이 없었습니다. 탭 ${TAB_COUNT}개와 머리글이 모두 제자리에 있습니다.`);
  } else {
    if (report.createdTabs.length > 0)
      lines.push(`새로 만든 탭 ${report.createdTabs.length}개: ${report.createdTabs.join(', ')}`);
    if (existing > 0) lines.push(`이미 있던 탭 ${existing}개는 머리글을 찾아 그대로 썼습니다.`);
    if (report.renamedTabs.length > 0) lines.push(`이름을 되돌린 탭: ${report.renamedTabs.join(', ')}`);
    if (report.restoredHeaders.length > 0)
      lines.push(`이름을 되돌린 머리글: ${report.restoredHeaders.join(', ')}`);
    if (report.addedColumns.length > 0)
      lines.push(`빠져 있어 맨 오른쪽에 추가한 열: ${report.addedColumns.join(', ')}`);
  }
  lines.push('있던 내용은 지우거나 숨기지 않았습니다.');
  return [...lines, ...report.notices].join('\n');
}
