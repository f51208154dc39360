/** The add-on menu. Built in every AuthMode, NONE included, so it must read no data. */
export const MENU_ITEMS = [
  { caption: '사례관리 열기', functionName: 'showSidebar' },
  { caption: '시트 준비·복구', functionName: 'setupWorkbook' },
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
