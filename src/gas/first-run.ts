/**
 * The first run and the settings form: whether this spreadsheet is set up yet, setting it up from
 * the sidebar's welcome card (the same setup as the menu's 시트 준비·복구, then the centre's first
 * settings), and reading and writing 설정.
 */
import {
  getSettings as getSettingsIn,
  parseSettingsInput,
  saveSettings as saveSettingsIn,
  type SettingField,
} from '../app/settings';
import { ALL_TABLES } from '../db/tables';
import { appContext } from './app-context';
import { setupWorkbook } from './main';

/** Which of the add-on's tabs this spreadsheet lacks: all of them on a new sheet. */
export function getSetupStatus(): { ready: boolean; missingTabs: string[] } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const present = new Set(spreadsheet.getSheets().map((sheet) => sheet.getName()));
  const missingTabs = ALL_TABLES.map((def) => def.name).filter((name) => !present.has(name));
  return { ready: missingTabs.length === 0, missingTabs };
}

/**
 * The welcome card's 시트 준비하기: `{ values }` as saveSettings takes them, checked before
 * anything is created, then every tab and the daily trigger, then those settings.
 */
export function prepareWorkbook(payload?: unknown): {
  createdTabs: string[];
  addedColumns: string[];
  changed: string[];
} {
  parseSettingsInput(payload);
  const report = setupWorkbook();
  const { changed } = saveSettingsIn(appContext(), payload);
  return { ...report, changed };
}

export function getSettings(): { fields: SettingField[]; problems: string[] } {
  return getSettingsIn(appContext());
}

export function saveSettings(payload?: unknown): { changed: string[] } {
  return saveSettingsIn(appContext(), payload);
}
