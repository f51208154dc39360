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
import { serve } from './serve';
import type {
  ExportResourcesInput,
  ImportResourcesInput,
  ListResourcesInput,
  ReferClientInput,
  SaveResourceInput,
} from '../domain/resources/schemas';

const partnerSpreadsheets: PartnerSpreadsheets = {
  create: (name) => SpreadsheetApp.create(name),
  open: (id) => SpreadsheetApp.openById(id),
  bin: (id) => DriveApp.getFileById(id).setTrashed(true),
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
      bin: () => folder.setTrashed(true),
    };
  },
};

const partnerSheets: PartnerSheetReader = {
  open(address) {
    const id = /\/d\/([A-Za-z0-9_-]+)/.exec(address)?.[1] ?? address;
    try {
      return SpreadsheetApp.openById(id);
    } catch {
      throw new UserError(
        '협력기관 시트를 열 수 없습니다. 주소가 맞는지, 그 시트를 볼 권한을 받았는지 확인하세요.',
        'NOT_ALLOWED',
      );
    }
  },
};

export const saveResource = serve<SaveResourceInput>()(saveIn);
export const listResources = serve<ListResourcesInput>()(listIn);
export const publishResources = serve()((ctx) => publishIn(ctx, partnerSpreadsheets));
export const previewPublication = serve()((ctx) => previewPublicationIn(ctx));
export const exportResourcesCsv = serve<ExportResourcesInput>()((ctx, payload) =>
  exportIn(ctx, payload, exportDrive),
);
export const exportResourcesJson = serve<ExportResourcesInput>()((ctx, payload) =>
  exportJsonIn(ctx, payload, exportDrive),
);
export const previewResourceImport = serve<ImportResourcesInput>()((ctx, payload) =>
  previewIn(ctx, payload, partnerSheets),
);
export const importResources = serve<ImportResourcesInput>()((ctx, payload) =>
  importIn(ctx, payload, partnerSheets),
);
export const referClient = serve<ReferClientInput>()((ctx, payload) =>
  referIn(ctx, payload, documentsPort(ctx.spreadsheet)),
);

/** For runDailyReminders: republishes when 설정 says so; a failure comes back as text, never thrown. */
export function publishResourcesForTrigger(ctx: AppContext = appContext()) {
  return publishResourcesOnSchedule(ctx, partnerSpreadsheets);
}
