/**
 * The 설정 tab read and written from the sidebar: the welcome card of a new sheet and the settings
 * form. The tab stays the store, so a value a person typed there by hand is what the form shows,
 * and saving only rewrites the rows whose value changed.
 */
import { z } from 'zod';
import {
  formatSettingValue,
  readSettings,
  SETTING_SPECS,
  settingProblem,
  type SettingKey,
} from '../domain/settings';
import { parseInput, UserError } from '../domain/validation';
import { SETTINGS } from '../db/tables';
import type { AppContext } from './context';
import { requireSupervisor } from './roles';
import { inTransaction } from './unit-of-work';

/** One row of the settings form: the text as the tab holds it (or the default), with its help. */
export interface SettingField {
  key: SettingKey;
  name: string;
  description: string;
  value: string;
  defaultValue: string;
}

const KEYS = SETTING_SPECS.map((s) => s.key) as [SettingKey, ...SettingKey[]];

/** `{ values: { casePrefix: '행복', reminderHour: '8' } }`: only the settings to change. */
export const saveSettingsInput = z.strictObject(
  {
    values: z.partialRecord(
      z.enum(KEYS, { error: '알 수 없는 설정 항목입니다.' }),
      z.string({ error: '설정 값은 글자로 보내야 합니다.' }).max(2000, { error: '설정 값이 너무 깁니다.' }),
    ),
  },
  { error: '입력 형식이 올바르지 않습니다.' },
);

export function getSettings(ctx: AppContext): { fields: SettingField[]; problems: string[] } {
  return inTransaction(ctx, (work) => {
    const rows = work.rows(SETTINGS).map((row) => row.record);
    const byName = new Map(rows.map((row) => [row.name.trim(), row.value]));
    const fields = SETTING_SPECS.map((s) => ({
      key: s.key,
      name: s.name,
      description: s.description,
      value: byName.get(s.name) ?? formatSettingValue(s.defaultValue),
      defaultValue: formatSettingValue(s.defaultValue),
    }));
    return { fields, problems: readSettings(rows).problems };
  });
}

/**
 * The settings a payload asks to change, or a refusal naming every value that would not be
 * understood (the tab's own rule, a broken value falls back to the default, must not happen
 * silently from a form). Nothing is written when it throws.
 */
export function parseSettingsInput(payload: unknown): [SettingKey, string][] {
  const input = parseInput(saveSettingsInput, payload);
  const entries = Object.entries(input.values) as [SettingKey, string][];
  const problems = entries.map(([key, text]) => settingProblem(key, text)).filter((p) => p !== null);
  if (problems.length > 0) throw new UserError(`저장하지 않았습니다.\n${problems.join('\n')}`, 'BAD_SETTING');
  return entries;
}

/** Writes the given settings into 설정; a setting the tab lacks gets its row. */
export function saveSettings(ctx: AppContext, payload: unknown): { changed: string[] } {
  const entries = parseSettingsInput(payload);
  return inTransaction(ctx, (work) => {
    const changed: string[] = [];
    for (const [key, text] of entries) {
      const spec = SETTING_SPECS.find((s) => s.key === key)!;
      const row = work.rows(SETTINGS).find((r) => r.record.name.trim() === spec.name);
      if (!row) work.append(SETTINGS, { name: spec.name, value: text, description: spec.description });
      else if (row.record.value === text) continue;
      else work.update(SETTINGS, row, { ...row.record, value: text });
      changed.push(spec.name);
    }
    // Only the 복지팀장 changes settings (a form sent unchanged changes nothing and is not refused).
    if (changed.length > 0) requireSupervisor(work, '설정 변경');
    if (changed.length > 0) work.audit('', '설정 변경', changed.join(', '));
    return { changed };
  });
}
