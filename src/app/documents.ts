/**
 * Making a case's forms as Google Docs: validate → read the case → check the template → merge into
 * a new Doc in the case's folder → record the link (문서 tab) and an audit entry.
 *
 * Google Docs and Drive are reached only through `DocumentsPort` (src/gas/documents.ts), so this
 * file decides everything and the port only carries it out. The document lock is taken first, before
 * any Doc or folder is made: while someone else saves, the call is refused and nothing is created; a
 * stale `version` is refused the same way. Holding the lock while a Doc is merged makes other saves
 * wait those seconds (up to the lock's 20 s), which is the price of never leaving a Doc behind.
 * Whatever fails after a file was made bins it (`discard`), so the 문서 tab and Drive agree.
 */
import { seoulDateKey } from '../domain/dates';
import { mergeData, placeholderData, selectSubject, type MergeData } from '../domain/documents/fields';
import { DOCUMENT_FORMS, type DocumentForm } from '../domain/documents/forms';
import { renderDocumentHtml } from '../domain/documents/html';
import {
  generateCaseDocumentInput,
  generatePlanDocumentInput,
  listCaseDocumentsInput,
  prepareDocumentTemplateInput,
} from '../domain/documents/input';
import { buildModel } from '../domain/documents/layouts';
import type { DocumentModel } from '../domain/documents/model';
import {
  caseFolderName,
  documentFileName,
  nextVersion,
  TEMPLATE_FOLDER_NAME,
  TEMPLATE_SETTING,
  templateFileName,
} from '../domain/documents/naming';
import {
  checkTemplate,
  leftoverPlaceholders,
  repeatedRows,
  scalarReplacements,
  templateProblemMessage,
  type Replacement,
  type TemplateCheck,
  type TemplateScan,
} from '../domain/documents/template';
import type { DocumentRecord } from '../domain/records';
import { readSettings, SETTING_SPECS, type Settings } from '../domain/settings';
import { parseInput, UserError } from '../domain/validation';
import { ADVOCACY, DOCUMENTS, SETTINGS, STAFF } from '../db/tables';
import { gapReport, gapReportName } from '../domain/gap-report';
import { gapReportInputAsOf } from '../domain/schemas';
import { clientDataInText } from '../domain/resources';
import { staffName } from '../domain/staff';
import { clientMarkersOf } from './partner-guard';
import type { AppContext } from './context';
import { assertFresh, findCase } from './case-rows';
import { caseFileAfter } from './case-file-after';
import { getCase } from './queries';
import { inTransaction, requireIdentifiedUser, UnitOfWork } from './unit-of-work';
import { documentLink } from '../domain/document-links';
import { maskResidentNumbersIn } from '../domain/resident-number';

/** A Drive folder or Doc the port handed out; the port may keep its own object inside. */
export interface DriveRef {
  readonly id: string;
  readonly url: string;
}

/** What a merge must do, decided in full before the port touches anything. */
export interface MergeJob {
  folder: DriveRef;
  name: string;
  /** Scalar placeholders outside repeating tables, each with its value. */
  replacements: Replacement[];
  /**
   * Each repeating table (by top-level index in the template body), the row that repeats, and the
   * rows it becomes (one per list entry, already filled).
   */
  tables: { blockIndex: number; rowIndex: number; rows: string[][] }[];
  /** Placeholders left in the merged text that no value explains (should be none). */
  leftovers(mergedText: string): string[];
}

export interface OpenTemplate {
  id: string;
  scan: TemplateScan;
  /**
   * Makes the merged Doc; refuses (and removes it) when the job's `leftovers` finds any. The job is
   * decided from a scan of the template: the one above, or the merged copy's own when the template
   * turns out to have changed since that scan.
   */
  merge(jobFor: (scan: TemplateScan) => MergeJob): DriveRef;
  /** Keeps what was read of the template for the next document: only once this one is recorded. */
  keep(): void;
}

export interface DocumentsPort {
  /** The folder with this id; a UserError when it cannot be opened. */
  folder(id: string): DriveRef;
  /** A new folder in the user's My Drive. */
  createFolder(name: string): DriveRef;
  /** The sub-folder of `parent` with this name, made when missing. */
  childFolder(parent: DriveRef, name: string): DriveRef;
  /** A new Doc drawn from a model (the default templates are made this way). */
  render(model: DocumentModel, folder: DriveRef, name: string): DriveRef;
  /** Opens and reads a form's template; a UserError when it cannot be opened. */
  openTemplate(id: string, form: DocumentForm): OpenTemplate;
  /** A PDF of the Doc, saved beside it. */
  exportPdf(document: DriveRef, folder: DriveRef, name: string): DriveRef;
  rename(file: DriveRef, name: string): void;
  /** To the bin (File.setTrashed / Folder.setTrashed): a file of a run that did not finish. */
  trash(file: DriveRef): void;
}

export interface GeneratedDocument {
  documentId: string;
  url: string;
  name: string;
  form: DocumentForm;
  version: number;
  planId: string;
  pdfId?: string;
  pdfUrl?: string;
  /** True when this call made the default template (its id is now in the 설정 tab). */
  templateCreated: boolean;
}

type SettingChanges = Partial<Record<keyof Settings, string>>;

const SETTING_NAMES = new Map(SETTING_SPECS.map((s) => [s.key as keyof Settings, s.name]));
const DOCUMENT_SETTING_KEYS: (keyof Settings)[] = [
  'documentFolderId',
  'documentFolderName',
  ...Object.values(TEMPLATE_SETTING),
];

/** Document settings a person mistyped stop the call: guessing would file documents in the wrong place. */
function documentSettings(work: UnitOfWork): Settings {
  const { settings, problems } = readSettings(work.rows(SETTINGS).map((row) => row.record));
  const names = DOCUMENT_SETTING_KEYS.map((key) => SETTING_NAMES.get(key) as string);
  const mine = problems.filter((p) => names.some((name) => p.includes(`'${name}'`)));
  if (mine.length > 0)
    throw new UserError(
      `${mine.join('\n')}\n문서 ID는 Google 문서·폴더의 주소나 그 안의 ID를 넣으세요. 비워 두면 새로 만듭니다.`,
      'BAD_SETTING',
    );
  return settings;
}

/** 서비스제공 계획 및 점검표 of a plan (the latest one unless `planId` says which). */
export function generatePlanDocument(
  ctx: AppContext,
  port: DocumentsPort,
  payload: unknown,
): GeneratedDocument {
  const input = parseInput(generatePlanDocumentInput, payload);
  return generate(ctx, port, { ...input, form: 'plan' });
}

/** Any of the case's forms: plan, intake, assessment, closure or summary. */
export function generateCaseDocument(
  ctx: AppContext,
  port: DocumentsPort,
  payload: unknown,
): GeneratedDocument {
  return generate(ctx, port, parseInput(generateCaseDocumentInput, payload));
}

function generate(
  ctx: AppContext,
  port: DocumentsPort,
  input: { caseNo: string; form: DocumentForm; planId?: string; pdf?: boolean; version?: number },
): GeneratedDocument {
  const today = seoulDateKey(ctx.now());
  return makingFiles(port, (made) =>
    // The lock first: while someone else saves, nothing is created (not even a folder), and the case
    // read below is the one the 문서 row is written against.
    inTransaction(ctx, (work) => {
      requireIdentifiedUser(work);
      const row = findCase(work, input.caseNo);
      assertFresh(row, input.version);
      const file = maskResidentNumbersIn(caseFileAfter(work, input.caseNo));
      const settings = documentSettings(work);
      const subject = selectSubject(file, input.form, { planId: input.planId, today, user: work.user });
      const data = mergeData(subject);
      const changes: SettingChanges = {};
      const configuredTemplate = String(settings[TEMPLATE_SETTING[input.form]] ?? '');

      // A centre's own template is checked before anything is created, so a bad one changes nothing.
      let template = configuredTemplate ? openChecked(port, input.form, configuredTemplate) : null;
      const root = documentRoot(port, settings, changes, made);
      // Only when 시트 준비 did not draw it (a centre set up before it did, or a deleted template).
      template ??= openChecked(port, input.form, drawDefaultTemplate(port, input.form, root, changes, made));
      const source = template;
      const caseFolder = port.childFolder(root, caseFolderName(input.caseNo));

      const planId = input.form === 'plan' || input.planId ? (subject.plan?.planId ?? '') : '';
      const version = nextVersion(
        work.rows(DOCUMENTS).map((r) => r.record),
        input.caseNo,
        input.form,
        planId,
      );
      const name = documentFileName(input.caseNo, input.form, today, version);
      const document = source.merge((scan) => mergeJob(input.form, source.id, scan, data, caseFolder, name));
      made.push(document);
      const pdf = input.pdf ? port.exportPdf(document, caseFolder, name) : null;
      if (pdf) made.push(pdf);

      const record: DocumentRecord = {
        documentId: document.id,
        caseNo: input.caseNo,
        form: input.form,
        planId,
        version,
        name,
        url: document.url,
        pdfUrl: pdf?.url ?? '',
        templateId: source.id,
        createdAt: work.timestamp,
        createdBy: work.user,
      };
      work.append(DOCUMENTS, record);
      work.afterCommit(() => source.keep());
      recordSettings(work, changes);
      work.audit(
        input.caseNo,
        '문서',
        `${DOCUMENT_FORMS.label(input.form)} v${version}${planId ? ` (${planId})` : ''}${pdf ? ' + PDF' : ''}: ${document.url}`,
      );
      return {
        documentId: document.id,
        url: document.url,
        name,
        form: input.form,
        version,
        planId,
        ...(pdf ? { pdfId: pdf.id, pdfUrl: pdf.url } : {}),
        templateCreated: changes[TEMPLATE_SETTING[input.form]] !== undefined,
      };
    }),
  );
}

/** The sub-folder of the documents folder that holds what is not one case's: the 빈틈 보고서. */
export const REPORT_FOLDER_NAME = '보고서';

export interface GeneratedGapReport {
  documentId: string;
  url: string;
  name: string;
  /** 서비스체계 개선 acts in the period. */
  count: number;
}

/**
 * 서비스체계 빈틈 보고서 for a period (both days included), drawn as a new Doc in the 보고서 folder.
 * Any officer may make it: it names no client, and its text is held against the partner guard's
 * markers, since the supervisor takes it out of the 동 to the 구.
 */
export function generateGapReport(
  ctx: AppContext,
  port: DocumentsPort,
  payload: unknown,
): GeneratedGapReport {
  const today = seoulDateKey(ctx.now());
  const period = parseInput(gapReportInputAsOf(today), payload);
  return makingFiles(port, (made) =>
    inTransaction(ctx, (work) => {
      requireIdentifiedUser(work);
      const settings = documentSettings(work);
      const advocacy = work.rows(ADVOCACY).map((r) => r.record);
      const markers = clientMarkersOf(work);
      const report = gapReport({
        advocacy,
        period,
        today,
        author: staffName(
          work.rows(STAFF).map((r) => r.record),
          work.user,
        ),
        looksLikeClientData: (text) => clientDataInText(text, markers),
      });
      const changes: SettingChanges = {};
      const folder = port.childFolder(documentRoot(port, settings, changes, made), REPORT_FOLDER_NAME);
      const name = gapReportName(period);
      const document = port.render(report.model, folder, name);
      made.push(document);
      recordSettings(work, changes);
      const count = report.gaps.length;
      work.audit('', '빈틈 보고서', `${period.from}~${period.to}, ${count}건: ${document.url}`);
      return { documentId: document.id, url: document.url, name, count };
    }),
  );
}

/**
 * Runs `make` with the list of every file it makes: taken back (to the bin) when anything after
 * fails, so no Doc is left that the 문서 tab or 설정 does not point to, and no row points to a Doc
 * that is not there. A Docs or Drive failure is told in Korean.
 */
function makingFiles<T>(port: DocumentsPort, make: (made: DriveRef[]) => T): T {
  const made: DriveRef[] = [];
  try {
    return make(made);
  } catch (error) {
    discard(port, made);
    throw asUserError(error, made.length > 0);
  }
}

/** The centre's documents folder: the one 설정 names, or a new one recorded there. */
function documentRoot(
  port: DocumentsPort,
  settings: Settings,
  changes: SettingChanges,
  made: DriveRef[],
): DriveRef {
  if (settings.documentFolderId) return port.folder(settings.documentFolderId);
  const root = port.createFolder(settings.documentFolderName);
  made.push(root);
  changes.documentFolderId = root.id;
  return root;
}

/** The built-in layout drawn as a Doc in the 서식 folder, its id to be recorded in 설정. */
function drawDefaultTemplate(
  port: DocumentsPort,
  form: DocumentForm,
  root: DriveRef,
  changes: SettingChanges,
  made: DriveRef[],
): string {
  const folder = port.childFolder(root, TEMPLATE_FOLDER_NAME);
  const drawn = port.render(buildModel(form, placeholderData()), folder, templateFileName(form));
  made.push(drawn);
  changes[TEMPLATE_SETTING[form]] = drawn.id;
  return drawn.id;
}

export interface PreparedTemplate {
  form: DocumentForm;
  formLabel: string;
  /** False when 설정 already named a template for this form (it is checked, not replaced). */
  created: boolean;
  templateId: string;
}

/**
 * 시트 준비's last step, one form per call so the sidebar can say how far it is: draws the default
 * template unless 설정 names one, so that no officer's first document waits for a template to be
 * drawn (a Doc made and about 80 Docs calls, decision 0015).
 */
export function prepareDocumentTemplate(
  ctx: AppContext,
  port: DocumentsPort,
  payload: unknown,
): PreparedTemplate {
  const { form } = parseInput(prepareDocumentTemplateInput, payload);
  return makingFiles(port, (made) =>
    inTransaction(ctx, (work) => {
      requireIdentifiedUser(work);
      const settings = documentSettings(work);
      const configured = String(settings[TEMPLATE_SETTING[form]] ?? '');
      const answer = { form, formLabel: DOCUMENT_FORMS.label(form) };
      const changes: SettingChanges = {};
      const templateId =
        configured ||
        drawDefaultTemplate(port, form, documentRoot(port, settings, changes, made), changes, made);
      // Read now, while nobody waits, and kept: the first document copies it without reading it.
      const template = openChecked(port, form, templateId);
      recordSettings(work, changes);
      work.afterCommit(() => template.keep());
      return { ...answer, created: !configured, templateId };
    }),
  );
}

/**
 * A Docs or Drive call that failed (Google's English "Service error: …") is told in Korean; a
 * refusal of our own passes unchanged.
 */
export function asUserError(error: unknown, binned: boolean): unknown {
  if (error instanceof UserError) return error;
  // A missing permission or anything else that is not a service failure keeps its own words.
  if (!/Service|server error|timed out|Internal error|try again/i.test(String(error))) return error;
  return new UserError(
    'Google 문서·드라이브가 응답하지 않아 문서를 만들지 않았고 시트에도 기록하지 않았습니다.' +
      (binned ? ' 만들던 파일은 휴지통으로 옮겼습니다.' : '') +
      ' 잠시 후 다시 시도하세요.',
  );
}

/**
 * Files of a run that did not finish go to the bin, newest first. One that cannot be binned either
 * stays in the case folder with no 문서 row (named in the message's log only): Drive is down then.
 */
export function discard(port: Pick<DocumentsPort, 'trash'>, made: readonly DriveRef[]): void {
  for (const file of [...made].reverse()) {
    try {
      port.trash(file);
    } catch {
      // Keep binning the others.
    }
  }
}

function openChecked(port: DocumentsPort, form: DocumentForm, templateId: string): OpenTemplate {
  const template = port.openTemplate(templateId, form);
  checked(form, templateId, template.scan);
  return template;
}

/** A template a person broke (an unknown placeholder, two lists in a row) stops the call, every problem named. */
function checked(form: DocumentForm, templateId: string, scan: TemplateScan): TemplateCheck {
  const check = checkTemplate(scan);
  if (check.problems.length > 0)
    throw new UserError(
      templateProblemMessage(DOCUMENT_FORMS.label(form), templateId, check.problems),
      'BAD_SETTING',
    );
  return check;
}

function mergeJob(
  form: DocumentForm,
  templateId: string,
  scan: TemplateScan,
  data: MergeData,
  folder: DriveRef,
  name: string,
): MergeJob {
  const check = checked(form, templateId, scan);
  return {
    folder,
    name,
    replacements: scalarReplacements(scan, data),
    tables: check.repeats.map((repeat) => ({
      blockIndex: repeat.blockIndex,
      rowIndex: repeat.rowIndex,
      rows: repeatedRows(scan.body[repeat.blockIndex]?.cells ?? [], repeat, data),
    })),
    leftovers: (mergedText) => leftoverPlaceholders(mergedText, scan, check, data),
  };
}

/**
 * Ids made on first use go into the 설정 tab, where the centre can see and change them. One that
 * someone filled in meanwhile is kept: theirs came first.
 */
function recordSettings(work: UnitOfWork, changes: SettingChanges): void {
  for (const [key, value] of Object.entries(changes) as [keyof Settings, string][]) {
    const spec = SETTING_SPECS.find((s) => s.key === key);
    if (!spec) continue;
    const row = work.rows(SETTINGS).find((r) => r.record.name.trim() === spec.name);
    if (!row) work.append(SETTINGS, { name: spec.name, value, description: spec.description });
    else if (row.record.value.trim() === '') work.update(SETTINGS, row, { ...row.record, value });
  }
}

/** The case's documents, newest first: what the sidebar lists with their links. */
export function listCaseDocuments(
  ctx: AppContext,
  payload: unknown,
): { documents: (DocumentRecord & { formLabel: string })[] } {
  const input = parseInput(listCaseDocumentsInput, payload);
  const work = new UnitOfWork(ctx);
  findCase(work, input.caseNo);
  const documents = work
    .rows(DOCUMENTS)
    .map((r) => r.record)
    .filter((d) => d.caseNo === input.caseNo)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (b.version ?? 0) - (a.version ?? 0))
    .map((d) => ({
      ...d,
      url: documentLink(d.url),
      pdfUrl: documentLink(d.pdfUrl),
      formLabel: d.form ? DOCUMENT_FORMS.label(d.form) : '',
    }));
  return { documents };
}

/**
 * The form with the case's data as HTML, from the built-in layout: to look at before making the
 * Doc, offline included. A centre's own template is only applied when the Doc is made.
 */
export function previewCaseDocument(ctx: AppContext, payload: unknown): { title: string; html: string } {
  const input = parseInput(generateCaseDocumentInput, payload);
  const file = maskResidentNumbersIn(getCase(ctx, { caseNo: input.caseNo }));
  const subject = selectSubject(file, input.form, {
    planId: input.planId,
    today: seoulDateKey(ctx.now()),
    user: ctx.currentUser(),
  });
  const model = buildModel(input.form, mergeData(subject));
  return { title: model.title, html: renderDocumentHtml(model) };
}
