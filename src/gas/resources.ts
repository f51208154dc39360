/**
 * Entry points of the resource directory, with the Apps Script services they need: SpreadsheetApp
 * to create and open the partners' separate spreadsheet and to read a partner's sheet, DriveApp
 * (scope drive; it writes only the folder and files it creates) for the HSDS CSV and JSON files.
 */
import type { AppContext } from '../app/context';
import {
  publishResources as publishIn,
  publishResourcesOnSchedule,
  previewPublication as previewPublicationIn,
  type PartnerSpreadsheets,
} from '../app/publish';
import { referClient as referIn } from '../app/referral';
import {
  exportResourcesCsv as exportIn,
  exportResourcesJson as exportJsonIn,
  importResources as importIn,
  listResources as listIn,
  previewResourceImport as previewIn,
  saveResource as saveIn,
  type ExportDrive,
  type PartnerSheetReader,
} from '../app/resources';
import { UserError } from '../domain/validation';
import { appContext } from './app-context';
import { documentsPort } from './documents';
import { forTheSidebar } from './sidebar-boundary';

const partnerSpreadsheets: PartnerSpreadsheets = {
  create: (name) => SpreadsheetApp.create(name),
  open: (id) => SpreadsheetApp.openById(id),
};

const exportDrive: ExportDrive = {
  createFolder(name) {
    const folder = DriveApp.createFolder(name);
    return {
      id: folder.getId(),
      url: folder.getUrl(),
      addFile(fileName, content, mimeType) {
        const file = folder.createFile(fileName, content, mimeType);
        return { id: file.getId(), name: file.getName(), url: file.getUrl() };
      },
    };
  },
};

/** The tab people mean: our published list, another 동's 자원 tab, or else the first tab. */
const TAB_PREFERENCE = ['자원 목록', '자원'];

const partnerSheets: PartnerSheetReader = {
  read(address) {
    const id = /\/d\/([A-Za-z0-9_-]+)/.exec(address)?.[1] ?? address;
    let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
    try {
      spreadsheet = SpreadsheetApp.openById(id);
    } catch {
      throw new UserError(
        '협력기관 시트를 열 수 없습니다. 주소가 맞는지, 그 시트를 볼 권한을 받았는지 확인하세요.',
      );
    }
    const sheet =
      TAB_PREFERENCE.map((name) => spreadsheet.getSheetByName(name)).find((s) => s !== null) ??
      spreadsheet.getSheets()[0];
    if (!sheet) throw new UserError('협력기관 시트에 탭이 없습니다.');
    return { tabName: sheet.getName(), values: sheet.getDataRange().getValues() as unknown[][] };
  },
};

const withContext = <T>(run: (ctx: AppContext, payload: unknown) => T) =>
  forTheSidebar((payload?: unknown): T => run(appContext(), payload));

export const saveResource = withContext(saveIn);
export const listResources = withContext(listIn);
export const publishResources = withContext((ctx) => publishIn(ctx, partnerSpreadsheets));
export const previewPublication = withContext((ctx) => previewPublicationIn(ctx));
export const exportResourcesCsv = withContext((ctx, payload) => exportIn(ctx, payload, exportDrive));
export const exportResourcesJson = withContext((ctx, payload) => exportJsonIn(ctx, payload, exportDrive));
export const previewResourceImport = withContext((ctx, payload) => previewIn(ctx, payload, partnerSheets));
export const importResources = withContext((ctx, payload) => importIn(ctx, payload, partnerSheets));
export const referClient = withContext((ctx, payload) => referIn(ctx, payload, documentsPort()));

/** For runDailyReminders: republishes when 설정 says so; a failure comes back as text, never thrown. */
export function publishResourcesForTrigger(ctx: AppContext = appContext()) {
  return publishResourcesOnSchedule(ctx, partnerSpreadsheets);
}
