/**
 * The AppContext of src/app built from the Apps Script services. This folder is the only place
 * (with the SpreadsheetApp objects handed to src/db) where Apps Script globals are named.
 */
import type { AppContext, RangeBatchReader } from '../app/context';
import type { OnFailure } from '../app/compensate';
import { UserError } from '../domain/validation';

const SPREADSHEET_ID = 'spreadsheetId';
/** User property `triggerSpreadsheet.<trigger uid>`: the spreadsheet that trigger works for. */
const TRIGGER_SPREADSHEET = 'triggerSpreadsheet.';
const LOCK_WAIT_MS = 20_000;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The bound spreadsheet; in a time-driven trigger (no active one) the id stored at setup, in the
 * document's properties or, where a trigger run has none (the reference promises them only "within
 * the open document"), in the user's, under the trigger's `triggerUid` from the event object
 * (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events).
 */
export function caseSpreadsheet(triggerUid?: string): Spreadsheet {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return active;
  const id =
    PropertiesService.getDocumentProperties()?.getProperty(SPREADSHEET_ID) ??
    (triggerUid ? triggerSpreadsheetId(triggerUid) : null);
  if (!id)
    throw new UserError(
      '사례관리 시트를 찾을 수 없습니다. 시트에서 확장 프로그램 > 동 사례관리 > 시트 준비·복구를 실행하세요.',
      'NOT_FOUND',
    );
  return SpreadsheetApp.openById(id);
}

/** By default a write's undo is nobody's (outside a switch of the reminders). */
const NO_UNDO: OnFailure = () => undefined;

/**
 * Sets `key` in `store`, having first registered how to put back what it held (nothing, or a
 * value): a write that lands and still reports a failure is taken back too.
 */
export function setProperty(
  store: GoogleAppsScript.Properties.Properties,
  key: string,
  value: string,
  onFailure: OnFailure = NO_UNDO,
): void {
  const before = store.getProperty(key);
  if (before === value) return;
  onFailure(() => {
    if (before === null) store.deleteProperty(key);
    else store.setProperty(key, before);
  });
  store.setProperty(key, value);
}

/** Deletes `key` from `store`, having first registered how to put its value back. */
function deleteProperty(
  store: GoogleAppsScript.Properties.Properties,
  key: string,
  onFailure: OnFailure,
): void {
  const before = store.getProperty(key);
  if (before === null) return;
  onFailure(() => store.setProperty(key, before));
  store.deleteProperty(key);
}

export function rememberSpreadsheet(spreadsheet: Spreadsheet, onFailure: OnFailure = NO_UNDO): void {
  setProperty(PropertiesService.getDocumentProperties(), SPREADSHEET_ID, spreadsheet.getId(), onFailure);
}

export function triggerSpreadsheetId(triggerUid: string): string | null {
  return PropertiesService.getUserProperties().getProperty(TRIGGER_SPREADSHEET + triggerUid);
}

/** Written when the trigger is made, so its runs find the spreadsheet without the document. */
export function rememberTriggerSpreadsheet(
  triggerUid: string,
  spreadsheet: Spreadsheet,
  onFailure: OnFailure = NO_UNDO,
): void {
  setProperty(
    PropertiesService.getUserProperties(),
    TRIGGER_SPREADSHEET + triggerUid,
    spreadsheet.getId(),
    onFailure,
  );
}

export function forgetTriggerSpreadsheet(triggerUid: string, onFailure: OnFailure = NO_UNDO): void {
  deleteProperty(PropertiesService.getUserProperties(), TRIGGER_SPREADSHEET + triggerUid, onFailure);
}

/**
 * The document's properties; where a trigger run has none, this person's user properties under the
 * spreadsheet's id, so the run still keeps its day's bookkeeping (the sidebar, which always has the
 * document's, does not see those: docs/reminders.md).
 */
function documentStore(spreadsheet: Spreadsheet): AppContext['properties'] {
  const document = PropertiesService.getDocumentProperties();
  const store = document ?? PropertiesService.getUserProperties();
  const prefix = document ? '' : `${spreadsheet.getId()}.`;
  return {
    get: (key) => store.getProperty(prefix + key),
    set: (key, value) => {
      store.setProperty(prefix + key, value);
    },
  };
}

/**
 * The advanced Sheets service's values.batchGet, when appsscript.json enables it and Apps Script
 * defines the `Sheets` global (https://developers.google.com/apps-script/guides/services/advanced).
 * Without it (disabled by an administrator, or an older deployment) the add-on still works, reading
 * table by table.
 */
function rangeBatchReader(spreadsheet: Spreadsheet): RangeBatchReader | undefined {
  const values = typeof Sheets === 'undefined' ? undefined : Sheets?.Spreadsheets?.Values;
  if (!values || typeof values.batchGet !== 'function') return undefined;
  return (ranges) =>
    (
      values.batchGet(spreadsheet.getId(), {
        ranges,
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'SERIAL_NUMBER',
      }).valueRanges ?? []
    ).map((range) => (range.values ?? []) as unknown[][]);
}

/**
 * The one lock of the add-on: every use case's unit of work and each phase of the daily reminders
 * take it. The document lock; the script lock where a run has none (a time-driven trigger may get
 * null: https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
 * Pending writes are flushed before it is released, so the next holder reads them (LockService
 * guide). A lock not had within 20 s is a refusal with its code, never a plain Error.
 */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS))
    throw new UserError(
      '다른 사람이 저장하는 중입니다. 잠시 후 다시 저장하세요. 입력한 내용은 그대로 있습니다.',
      'LOCK_BUSY',
    );
  try {
    return work();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

/**
 * The 변경이력's HMAC key (decision 0011) lives in the add-on's script properties under
 * `audit.key.<spreadsheetId>` (decision 0014): a store "all users of a script, add-on, or web app"
 * share (https://developers.google.com/apps-script/guides/properties), so the keeper's time-driven
 * run, which may have no document properties, can still check the 서명 of the rows it moves. No
 * editor of the sheet can read it: only the add-on's own code reaches that store.
 */
const AUDIT_KEY = 'audit.key';

function auditKeyName(spreadsheet: Spreadsheet): string {
  return `${AUDIT_KEY}.${spreadsheet.getId()}`;
}

/**
 * The key where it now lives, else where decision 0011 first kept it (the document's properties)
 * copied over unchanged, so every row sealed before keeps its 서명. Null while there is none.
 */
function storedAuditKey(spreadsheet: Spreadsheet): string | null {
  const script = PropertiesService.getScriptProperties();
  const name = auditKeyName(spreadsheet);
  const key = script.getProperty(name);
  if (key) return key;
  const before = PropertiesService.getDocumentProperties()?.getProperty(AUDIT_KEY) ?? null;
  if (before) script.setProperty(name, before);
  return before;
}

/** 시트 준비·복구 moves an older workbook's key into the script properties (the same key: nothing is re-sealed). */
export function moveAuditKey(spreadsheet: Spreadsheet): void {
  storedAuditKey(spreadsheet);
}

/**
 * HMAC-SHA256 (Utilities.computeHmacSha256Signature, no scope needed) under this spreadsheet's key,
 * base64. The key is two random UUIDs, made by the first sealed append (always under the lock).
 */
function auditSeal(spreadsheet: Spreadsheet): NonNullable<AppContext['auditSeal']> {
  const sealWith = (key: string) => (text: string) =>
    Utilities.base64Encode(Utilities.computeHmacSha256Signature(text, key));
  // One property read per call, however many rows it seals.
  let known: string | null = null;
  return {
    seal(text) {
      known ??= storedAuditKey(spreadsheet);
      if (!known) {
        known = `${Utilities.getUuid()}${Utilities.getUuid()}`;
        PropertiesService.getScriptProperties().setProperty(auditKeyName(spreadsheet), known);
      }
      return sealWith(known)(text);
    },
    verifier() {
      known ??= storedAuditKey(spreadsheet);
      return known ? sealWith(known) : null;
    },
  };
}

/** Script properties under `<key>.<spreadsheetId>`: one store for the sidebar and every trigger run. */
function sharedStore(spreadsheet: Spreadsheet): NonNullable<AppContext['shared']> {
  const id = spreadsheet.getId();
  return {
    get: (key) => PropertiesService.getScriptProperties().getProperty(`${key}.${id}`),
    set: (key, value) => {
      PropertiesService.getScriptProperties().setProperty(`${key}.${id}`, value);
    },
  };
}

export function appContext(spreadsheet = caseSpreadsheet()): AppContext {
  const properties = documentStore(spreadsheet);
  return {
    spreadsheet,
    readRanges: rangeBatchReader(spreadsheet),
    now: () => new Date(),
    // Consumer accounts outside the owner's domain may get '' here; the sheet then records ''.
    currentUser: () => Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail(),
    // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String):
    // Java's zone rules, the ones Sheets shows a date cell by (Seoul's UTC+8:30 and summer times too).
    zoneDay: (instant, zone) => Utilities.formatDate(instant, zone, 'yyyy-MM-dd'),
    withDocumentLock,
    properties,
    auditSeal: auditSeal(spreadsheet),
    shared: sharedStore(spreadsheet),
  };
}
