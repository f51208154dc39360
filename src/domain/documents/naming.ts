/**
 * Where a document goes and what it is called. Folders are named by 관리번호 alone: a folder name
 * is seen by anyone the folder is shared with, and the 관리번호 is stable while a name may change.
 */
import type { DateKey } from '../dates';
import type { DocumentRecord } from '../records';
import type { Settings } from '../settings';
import { DOCUMENT_FORMS, type DocumentForm } from './forms';

export const TEMPLATE_FOLDER_NAME = '서식';

/** "행복-2026-0001 서비스제공 계획 및 점검표 2026-03-20 v2": sorts by case, form and day. */
export function documentFileName(
  caseNo: string,
  form: DocumentForm,
  today: DateKey,
  version: number,
): string {
  return `${caseNo} ${DOCUMENT_FORMS.label(form)} ${today} v${version}`;
}

export function caseFolderName(caseNo: string): string {
  return caseNo;
}

export function templateFileName(form: DocumentForm): string {
  return `[서식] ${DOCUMENT_FORMS.label(form)}`;
}

/**
 * Versions count per case, form and plan: a plan's 점검표 that may have been signed keeps its
 * number, and a regenerated one is the next.
 */
export function nextVersion(
  existing: readonly Pick<DocumentRecord, 'caseNo' | 'form' | 'planId' | 'version'>[],
  caseNo: string,
  form: DocumentForm,
  planId: string,
): number {
  let highest = 0;
  for (const d of existing) {
    if (d.caseNo === caseNo && d.form === form && d.planId === planId)
      highest = Math.max(highest, d.version ?? 0);
  }
  return highest + 1;
}

/** The setting that holds each form's template id. */
export const TEMPLATE_SETTING: Record<DocumentForm, keyof Settings> = {
  plan: 'planTemplateId',
  intake: 'intakeTemplateId',
  assessment: 'assessmentTemplateId',
  closure: 'closureTemplateId',
  summary: 'summaryTemplateId',
};
