/**
 * The first run and the settings form: whether this spreadsheet is set up yet, setting it up from
 * the sidebar's welcome card (the same setup as the menu's 시트 준비·복구, then the centre's first
 * settings), and reading and writing 설정.
 */
import {
  getSettings as getSettingsIn,
  parseSettingsInput,
  saveSettings as saveSettingsIn,
} from '../app/settings';
import type { SettingKey } from '../domain/settings';
import { missingTabs as missingTabsOf } from '../app/setup';
import { serve } from './serve';
import { setupWorkbook } from './main';

/** Which of the add-on's tabs this spreadsheet lacks: all of them on a new sheet. */
export const getSetupStatus = serve()((ctx): { ready: boolean; missingTabs: string[] } => {
  const missingTabs = missingTabsOf(ctx.spreadsheet);
  return { ready: missingTabs.length === 0, missingTabs };
});

/** The settings to change, as the text the 설정 tab holds ('' means "use the default"). */
export interface SettingsChange {
  values: Partial<Record<SettingKey, string>>;
}

/**
 * The welcome card's 시트 준비하기: `{ values }` as saveSettings takes them, checked before
 * anything is created, then every tab and the daily trigger, then those settings.
 */
export const prepareWorkbook = serve<SettingsChange>()((
  ctx,
  payload,
): { createdTabs: string[]; addedColumns: string[]; changed: string[] } => {
  parseSettingsInput(payload);
  const report = setupWorkbook();
  const { changed } = saveSettingsIn(ctx, payload);
  return { ...report, changed };
});

export const getSettings = serve()(getSettingsIn);
export const saveSettings = serve<SettingsChange>()(saveSettingsIn);
