/**
 * The document entry points and the DocumentApp/DriveApp side of src/app/documents.ts.
 *
 * `generatePlanDocument({ caseNo, planId?, pdf? })` and
 * `generateCaseDocument({ caseNo, form, planId?, pdf? })` → `{ documentId, url, name, version, … }`;
 * `listCaseDocuments({ caseNo })` → `{ documents }`; `previewCaseDocument({ caseNo, form, planId? })`
 * → `{ title, html }` (no Google calls beyond the sheet); `prepareDocumentTemplate({ form })` →
 * `{ form, formLabel, created, templateId }` (시트 준비 draws the default templates with it);
 * `generateGapReport({ from, to })` → `{ documentId, url, name, count }` (서비스체계 빈틈 보고서).
 */
import {
  generateGapReport as generateGapReportIn,
  generateCaseDocument as generateCaseDocumentIn,
  generatePlanDocument as generatePlanDocumentIn,
  listCaseDocuments as listCaseDocumentsIn,
  prepareDocumentTemplate as prepareDocumentTemplateIn,
  previewCaseDocument as previewCaseDocumentIn,
  type DocumentsPort,
} from '../app/documents';
import type { DocumentsFolderPort } from '../app/reminders';
import { DOCUMENT_FORMS, type DocumentForm } from '../domain/documents/forms';
import { TEMPLATE_SETTING } from '../domain/documents/naming';
import { SETTING_SPECS } from '../domain/settings';
import { serve } from './serve';
import type {
  GenerateCaseDocumentInput,
  GeneratePlanDocumentInput,
  PrepareDocumentTemplateInput,
} from '../domain/documents/input';
import type { GapReportInput } from '../domain/schemas';
import { openTemplate } from './document-merge';
import { renderModel } from './document-renderer';
import {
  childFolder,
  createRootFolder,
  moveInto,
  openFolder,
  renameFile,
  savePdf,
  binOnFailure,
  syncEditors,
  syncFolderEditors,
  trash,
  type FolderRef,
} from './drive-folders';

function settingName(form: DocumentForm): string {
  return SETTING_SPECS.find((s) => s.key === TEMPLATE_SETTING[form])?.name ?? '';
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The sheet's editors, its owner and the person running (who may edit through a domain-wide link
 * and so not be listed): nobody who can work on the cases loses the folder.
 */
function teamOf(spreadsheet: Spreadsheet): string[] {
  return [
    ...spreadsheet.getEditors().map((user) => user.getEmail()),
    spreadsheet.getOwner()?.getEmail() ?? '',
    Session.getActiveUser().getEmail(),
  ];
}

/** The daily run's side of the folder (src/app/reminders.ts): Drive's failures are logged and thrown. */
export function documentsFolderPort(spreadsheet: Spreadsheet): DocumentsFolderPort {
  return {
    syncEditors(folderId) {
      try {
        return { ownerOffSheet: syncFolderEditors(folderId, teamOf(spreadsheet)).ownerOffTeam };
      } catch (error) {
        console.error(error);
        throw error;
      }
    },
  };
}

/** One port per call: it holds no state beyond the Apps Script objects of that call. */
export function documentsPort(spreadsheet: Spreadsheet): DocumentsPort {
  const shared = (root: FolderRef) => {
    syncEditors(root, teamOf(spreadsheet));
    return root;
  };
  return {
    folder: (id) => shared(openFolder(id)),
    createFolder: (name) => shared(createRootFolder(name)),
    childFolder: (parent, name) => childFolder(parent as FolderRef, name),
    render(model, folder, name) {
      const doc = DocumentApp.create(name);
      const made = { id: doc.getId(), url: '' };
      binOnFailure(made.id, () => {
        made.url = doc.getUrl();
        renderModel(doc.getBody(), model);
        doc.saveAndClose();
        moveInto(made.id, folder as FolderRef);
      });
      return made;
    },
    openTemplate: (id, form) =>
      openTemplate({ id, form, formLabel: DOCUMENT_FORMS.label(form), settingName: settingName(form) }),
    exportPdf: (document, folder, name) => savePdf(document.id, folder as FolderRef, name),
    rename: (file, name) => renameFile(file.id, name),
    trash: (file) => trash(file),
  };
}

export const generatePlanDocument = serve<GeneratePlanDocumentInput>()((ctx, payload) =>
  generatePlanDocumentIn(ctx, documentsPort(ctx.spreadsheet), payload),
);
export const generateCaseDocument = serve<GenerateCaseDocumentInput>()((ctx, payload) =>
  generateCaseDocumentIn(ctx, documentsPort(ctx.spreadsheet), payload),
);
export const listCaseDocuments = serve<{ caseNo: string }>()(listCaseDocumentsIn);
export const previewCaseDocument = serve<GenerateCaseDocumentInput>()(previewCaseDocumentIn);
export const prepareDocumentTemplate = serve<PrepareDocumentTemplateInput>()((ctx, payload) =>
  prepareDocumentTemplateIn(ctx, documentsPort(ctx.spreadsheet), payload),
);
export const generateGapReport = serve<GapReportInput>()((ctx, payload) =>
  generateGapReportIn(ctx, documentsPort(ctx.spreadsheet), payload),
);
