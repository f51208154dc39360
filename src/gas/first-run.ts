/**
 * The first run and the settings form: whether this spreadsheet is set up yet, setting it up from
 * the sidebar's welcome card (the same setup as the menu's 시트 준비·복구, then the centre's first
 * settings), and reading and writing 설정 and the 직원 명부.
 */
import {
  getSettings as getSettingsIn,
  parseSettingsInput,
  saveSettings as saveSettingsIn,
  type SettingField,
} from '../app/settings';
import { missingTabs as missingTabsOf } from '../app/setup';
import { getStaff as getStaffIn, saveStaff as saveStaffIn } from '../app/staff-directory';
import { SETTING_SPECS, type SettingKey } from '../domain/settings';
import type { SaveStaffInput } from '../domain/staff-directory';
import { UserError } from '../domain/validation';
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
  const resolved = withTemplateIds(payload);
  parseSettingsInput(resolved);
  const report = setupWorkbook();
  const { changed } = saveSettingsIn(ctx, resolved);
  return { ...report, changed };
});

/** The settings, and for each 서식 set the name of its document (or why it cannot be opened). */
export const getSettings = serve()(
  (
    ctx,
  ): {
    fields: SettingField[];
    problems: string[];
    templates: Partial<Record<SettingKey, TemplateInfo>>;
  } => {
    const answer = getSettingsIn(ctx);
    const templates: Partial<Record<SettingKey, TemplateInfo>> = {};
    for (const field of answer.fields) {
      if (!isTemplateKey(field.key) || field.value.trim() === '') continue;
      const id = specOf(field.key).parse(field.value);
      templates[field.key] =
        typeof id === 'string' ? describeTemplate(id) : { problem: '문서 주소나 ID로 읽을 수 없습니다.' };
    }
    return { ...answer, templates };
  },
);

/** 서식 given by address, ID or a document's name are saved as the document's ID, once it opens. */
export const saveSettings = serve<SettingsChange>()((ctx, payload) =>
  saveSettingsIn(ctx, withTemplateIds(payload)),
);

export const getStaff = serve()(getStaffIn);
export const saveStaff = serve<SaveStaffInput>()(saveStaffIn);

/** Google Docs' MIME type as text (https://developers.google.com/apps-script/reference/base/mime-type). */
const GOOGLE_DOC = 'application/vnd.google-apps.document';

export type TemplateInfo = { name: string; url: string } | { problem: string };

const TEMPLATE_KEYS: readonly SettingKey[] = [
  'planTemplateId',
  'intakeTemplateId',
  'assessmentTemplateId',
  'closureTemplateId',
  'summaryTemplateId',
];
const isTemplateKey = (key: SettingKey) => TEMPLATE_KEYS.includes(key);
const specOf = (key: SettingKey) => SETTING_SPECS.find((s) => s.key === key)!;
const templateLabel = (key: SettingKey) => specOf(key).name.replace(/\s*\(문서 ID\)$/, '');

function describeTemplate(id: string): TemplateInfo {
  try {
    const file = DriveApp.getFileById(id);
    if (file.isTrashed()) return { problem: `휴지통에 있는 문서입니다 (${file.getName()}).` };
    if (file.getMimeType() !== GOOGLE_DOC) return { problem: `Google 문서가 아닙니다 (${file.getName()}).` };
    return { name: file.getName(), url: file.getUrl() };
  } catch {
    return { problem: '문서를 열 수 없습니다. 주소가 맞는지, 이 계정에 보기 권한이 있는지 확인하세요.' };
  }
}

/**
 * The payload with every 서식 value turned into a document ID: an address or ID must open as a
 * Google Doc, anything else is looked up as a document's name and must match exactly one. Refuses,
 * naming each 서식, before anything is written. A payload of another shape is left to the server's
 * own check.
 */
function withTemplateIds(payload: unknown): unknown {
  if (typeof payload !== 'object' || payload === null) return payload;
  const values = (payload as { values?: unknown }).values;
  if (typeof values !== 'object' || values === null) return payload;
  const resolved: Record<string, unknown> = { ...(values as Record<string, unknown>) };
  const problems: string[] = [];
  for (const key of TEMPLATE_KEYS) {
    const text = resolved[key];
    if (typeof text !== 'string' || text.trim() === '') continue;
    const found = findTemplate(text.trim());
    if ('problem' in found) problems.push(`${templateLabel(key)}: ${found.problem}`);
    else resolved[key] = found.id;
  }
  if (problems.length > 0) throw new UserError(`저장하지 않았습니다.\n${problems.join('\n')}`);
  return { ...payload, values: resolved };
}

function findTemplate(text: string): { id: string } | { problem: string } {
  const parsed = specOf('planTemplateId').parse(text);
  if (typeof parsed === 'string') {
    const info = describeTemplate(parsed);
    return 'problem' in info ? info : { id: parsed };
  }
  const matches: GoogleAppsScript.Drive.File[] = [];
  const files = DriveApp.getFilesByName(text);
  while (files.hasNext() && matches.length < 5) {
    const file = files.next();
    if (!file.isTrashed() && file.getMimeType() === GOOGLE_DOC) matches.push(file);
  }
  if (matches.length === 0)
    return { problem: `이름이 ‘${text}’인 Google 문서를 찾지 못했습니다. 문서 주소를 붙여 넣어 보세요.` };
  if (matches.length > 1)
    return { problem: `이름이 ‘${text}’인 문서가 여러 개입니다. 쓸 문서의 주소를 붙여 넣으세요.` };
  return { id: matches[0]!.getId() };
}
