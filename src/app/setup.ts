/**
 * 시트 준비·복구 as a use case: every tab, header, format, dropdown and protection (src/db does the
 * range work) under the document lock, and which of the add-on's tabs a spreadsheet still lacks.
 */
import { ALL_TABLES } from '../db/tables';
import { closeAuditLog, setUpWorkbook, type SetupReport, type SheetsFactory } from '../db/workbook-setup';
import { AUDIT_KEEPER, auditKeeper } from './audit-keeper';
import type { AppContext } from './context';
import { REMINDER_KEYS } from './reminder-state';

export type { SetupReport, SheetsFactory };

export function setUpWorkbookLocked(ctx: AppContext, sheets: SheetsFactory): SetupReport {
  return ctx.withDocumentLock(() => setUpWorkbook(ctx.spreadsheet, sheets));
}

/** The add-on's tabs this spreadsheet lacks: all of them on a new sheet. */
export function missingTabs(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const present = new Set(spreadsheet.getSheets().map((sheet) => sheet.getName()));
  return ALL_TABLES.map((def) => def.name).filter((name) => !present.has(name));
}

/** How many tabs a set-up workbook has (the menu's report counts against it). */
export const TAB_COUNT = ALL_TABLES.length;

/**
 * After setup and the reminders' trigger (decision 0014): the person whose trigger runs every hour
 * becomes the 변경이력's keeper, and 변경이력 is closed to them and the owner. Nothing changes when
 * someone else's account runs the reminders, or when they are off; a keeper who may not edit the
 * protection (it is closed to another keeper) is told, in Korean, who can act.
 */
export function keepAuditLog(ctx: AppContext, sheets: SheetsFactory): string[] {
  const me = ctx.currentUser().trim().toLowerCase();
  const sender = (ctx.properties.get(REMINDER_KEYS.owner) ?? '').trim().toLowerCase();
  if (me === '' || sender !== me || ctx.properties.get(REMINDER_KEYS.disabled) === 'true' || !ctx.shared)
    return [];
  const shared = ctx.shared;
  return ctx.withDocumentLock(() => {
    const keeper = auditKeeper(ctx);
    if (!closeAuditLog(ctx.spreadsheet, sheets, me))
      return [
        `변경이력은 ${keeper || '다른 담당자'} 계정만 고칠 수 있어 ${me} 계정이 맡지 못했습니다. ` +
          `${keeper || '그 담당자'}(또는 시트 주인)가 시트 준비·복구를 실행하면 됩니다.`,
      ];
    if (keeper !== me) shared.set(AUDIT_KEEPER, me);
    return [];
  });
}
