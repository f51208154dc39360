/**
 * 자원 목록 게시: the one safe way to share the directory with partners. Partners get a separate
 * spreadsheet that the add-on created, holding only the public fields of shareable, running
 * resources, shared as viewer with the addresses listed in 설정 and nobody else. Never
 * IMPORTRANGE and never a share of the case spreadsheet: whoever can view a spreadsheet can read
 * every tab of it, and IMPORTRANGE would hand the partner sheet a live key into the case data.
 */
import { seoulDateKey } from '../domain/dates';
import type { SettingRecord } from '../domain/records';
import { isPublishable, publicTable } from '../domain/resources';
import { readSettings, SETTING_SPECS, type Settings } from '../domain/settings';
import { UserError } from '../domain/validation';
import { SETTINGS } from '../db/tables';
import {
  ABOUT_TAB,
  LIST_TAB,
  MADE_BY_ADDON,
  madeByAddon,
  PARTNER_SEAL_LABEL,
  partnerSealText,
  partnerSheetRestorer,
  replaceTab,
  shareWithExactly,
} from '../db/partner-sheet';
import { withCompensation } from './compensate';
import type { AppContext } from './context';
import { loadSettings } from './case-rows';
import { withholdClientData, type WithheldResource } from './partner-guard';
import { resourceRows } from './resources';
import { inTransaction, UnitOfWork } from './unit-of-work';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** SpreadsheetApp.create / openById, handed in by src/gas. */
export interface PartnerSpreadsheets {
  create(name: string): Spreadsheet;
  open(id: string): Spreadsheet;
  /** DriveApp's File.setTrashed(true): a partner sheet made by a publication that then failed. */
  bin(id: string): void;
}

export interface PublishResult {
  spreadsheetId: string;
  url: string;
  count: number;
  sharedWith: string[];
  /** Shareable resources held back because their public text looks like client data. */
  withheld: WithheldResource[];
}

export { LIST_TAB, ABOUT_TAB };

function spec<K extends keyof Settings>(key: K) {
  return SETTING_SPECS.find((s) => s.key === key) as (typeof SETTING_SPECS)[number];
}

/** A setting a person mistyped is a refusal here, not a default: it decides who sees what. */
function strictSetting<K extends 'partnerEmails' | 'partnerSpreadsheetId'>(
  rows: readonly SettingRecord[],
  key: K,
): Settings[K] {
  const s = spec(key);
  const text = rows.find((r) => r.name.trim() === s.name)?.value ?? '';
  if (text.trim() === '') return s.defaultValue as Settings[K];
  const parsed = s.parse(text);
  if (parsed === undefined)
    throw new UserError(
      `설정 '${s.name}'의 값 "${text}"을(를) 이해할 수 없어 게시하지 않았습니다. 설정 탭에서 고치세요.`,
      'BAD_SETTING',
    );
  return parsed as Settings[K];
}

/** Remembers the partner spreadsheet in 설정 (the row is added if an older sheet lacks it). */
function rememberSpreadsheetId(work: UnitOfWork, id: string) {
  const s = spec('partnerSpreadsheetId');
  const row = work.rows(SETTINGS).find((r) => r.record.name.trim() === s.name);
  if (row) {
    if (row.record.value !== id) work.update(SETTINGS, row, { ...row.record, value: id });
  } else work.append(SETTINGS, { name: s.name, value: id, description: s.description });
}

/** The 확인 표시 a partner sheet of this case spreadsheet carries; null where there is no key to seal with. */
function partnerSeal(ctx: AppContext, partnerSpreadsheetId: string): string | null {
  return ctx.auditSeal?.seal(partnerSealText(partnerSpreadsheetId)) ?? null;
}

function openOrCreate(
  ctx: AppContext,
  sheets: PartnerSpreadsheets,
  id: string,
  title: string,
): { ss: Spreadsheet; created: boolean } {
  if (id === '') return { ss: sheets.create(title), created: true };
  let ss: Spreadsheet;
  try {
    ss = sheets.open(id);
  } catch {
    throw new UserError(
      `협력기관 자원목록 시트(ID ${id})를 열 수 없습니다. 지워졌거나 권한이 없으면 설정 탭의 '협력기관 자원목록 시트 ID'를 비운 뒤 다시 게시하세요: 새 시트를 만듭니다.`,
      'BAD_SETTING',
    );
  }
  // A wrong id in 설정 must not replace another file's tab and take away its viewers: not a stranger's
  // file, not a copy of our list, not another 동's list, not a file someone pasted our 안내 into.
  if (!madeByAddon(ss, partnerSeal(ctx, ss.getId())))
    throw new UserError(
      `설정의 '협력기관 자원목록 시트 ID'가 가리키는 시트 '${ss.getName()}'은(는) 이 사례관리 시트가 게시해 온 자원 목록이 아닙니다 (다른 파일, 그 복사본, 또는 다른 동의 목록). 그 시트는 고치지도, 공유를 바꾸지도 않았습니다: ID를 바로잡거나 비운 뒤 다시 게시하세요 (비우면 새로 만듭니다).`,
      'BAD_SETTING',
    );
  return { ss, created: false };
}

function sealRow(ctx: AppContext, partnerSpreadsheetId: string): string[][] {
  const seal = partnerSeal(ctx, partnerSpreadsheetId);
  return seal === null ? [] : [[PARTNER_SEAL_LABEL, seal]];
}

/** What a publication would hold and whom it would reach, decided from the sheet as it is now. */
export interface PublicationPlan {
  /** The partner sheet's rows, header first: exactly what partners will read. */
  table: string[][];
  /** Who will have view access afterwards (설정's 협력기관 공유 이메일). */
  sharedWith: string[];
  withheld: PublishResult['withheld'];
  /** The partner sheet already made, or '' when publishing will create one. */
  spreadsheetId: string;
}

function planPublication(work: UnitOfWork): PublicationPlan & { settings: Settings } {
  const settingRows = work.rows(SETTINGS).map((r) => r.record);
  const settings = readSettings(settingRows).settings;
  const emails = strictSetting(settingRows, 'partnerEmails');
  const storedId = strictSetting(settingRows, 'partnerSpreadsheetId');
  const { shared: published, withheld } = withholdClientData(
    work,
    resourceRows(work)
      .map((r) => r.record)
      .filter(isPublishable),
  );
  return { settings, table: publicTable(published), sharedWith: emails, withheld, spreadsheetId: storedId };
}

/**
 * 게시 미리보기: the rows and the addresses publishResources would use now, so a person confirms
 * exactly what leaves the 동 before it does. Reads only; writes nothing.
 */
export function previewPublication(ctx: AppContext): PublicationPlan {
  const { settings: _settings, ...plan } = planPublication(new UnitOfWork(ctx));
  return plan;
}

export function publishResources(ctx: AppContext, sheets: PartnerSpreadsheets): PublishResult {
  // Whole or not at all for partners too: if anything fails after the partners' sheet is touched
  // (its audit entry included), a sheet made now goes to the bin, one that was there is put back.
  return withCompensation((onFailure) =>
    inTransaction(ctx, (work) => {
      const {
        settings,
        table,
        withheld,
        sharedWith: emails,
        spreadsheetId: storedId,
      } = planPublication(work);
      if (storedId === ctx.spreadsheet.getId())
        throw new UserError(
          '협력기관 자원목록 시트 ID가 사례관리 시트를 가리킵니다. 사례 시트는 공유하지 않습니다: 설정에서 그 값을 비우세요.',
          'BAD_SETTING',
        );
      const { ss, created } = openOrCreate(
        ctx,
        sheets,
        storedId,
        `${settings.casePrefix}동 지역 자원 목록 (협력기관 공유)`,
      );
      if (created) onFailure(() => sheets.bin(ss.getId()));
      else onFailure(partnerSheetRestorer(ss));
      replaceTab(ss, LIST_TAB, table, created);
      replaceTab(ss, ABOUT_TAB, [
        ['항목', '내용'],
        [
          '이 시트는',
          `${settings.casePrefix}동 주민센터가 협력기관과 나누는 지역 자원 목록입니다. 대상자 정보는 들어 있지 않습니다.`,
        ],
        ['최종 게시', work.timestamp],
        ['자원 수', String(table.length - 1)],
        ['주의', '게시할 때마다 새로 덮어씁니다. 고칠 내용은 주민센터에 알려 주세요.'],
        [...MADE_BY_ADDON],
        ...sealRow(ctx, ss.getId()),
      ]);
      const sharedWith = shareWithExactly(ss, emails);
      if (created) rememberSpreadsheetId(work, ss.getId());
      work.audit(
        '',
        '자원목록 게시',
        `${table.length - 1}건 → 시트 ${ss.getId()}; 보기 공유: ${sharedWith.join(', ') || '없음'}` +
          (withheld.length > 0 ? `; 보류 ${withheld.map((w) => w.resourceId).join(', ')}` : ''),
      );
      return { spreadsheetId: ss.getId(), url: ss.getUrl(), count: table.length - 1, sharedWith, withheld };
    }),
  );
}

/**
 * For the daily trigger: publishes when 설정 asks for it, and says why not otherwise. A failure is
 * returned as text so the trigger can leave it where people look (the dashboard, the digest).
 */
export function publishResourcesOnSchedule(
  ctx: AppContext,
  sheets: PartnerSpreadsheets,
): { published: PublishResult | null; skipped?: string; error?: string } {
  const settings = loadSettings(new UnitOfWork(ctx));
  if (!settings.publishResourcesDaily)
    return { published: null, skipped: '자원 목록 매일 자동 게시가 꺼져 있습니다.' };
  try {
    return { published: publishResources(ctx, sheets) };
  } catch (error) {
    return {
      published: null,
      error: `${seoulDateKey(ctx.now())} 자원 목록 자동 게시 실패: ${(error as Error).message}`,
    };
  }
}
