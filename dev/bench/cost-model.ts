/**
 * The modeled Apps Script service time of one execution, from the fakes' call and cell counters.
 * One model, the one of /work/shared/reference/PERFORMANCE.md ("A realistic 동, and one model to
 * price it"); docs/cost-model.md explains each figure and each per-method decision. Every constant
 * names its source or says `assumption`. Node CPU time is reported beside it, never added.
 */

export interface CostParameter {
  value: number;
  unit: string;
  source: string;
}

const PERF = 'PERFORMANCE.md (project reference), "one model to price it"';

export const COST_MODEL = {
  roundTripMs: {
    value: 30,
    unit: 'ms per Sheets round trip: a read (getValues …), a metadata call (getLastRow …), a flush, a lock call',
    source: `${PERF}; Stack Overflow (Mogsdad): 400 rows each followed by flush() ≈ 12 s, i.e. 30 ms per flushed row`,
  },
  cellReadMs: {
    value: 0.01,
    unit: 'ms per cell returned by getValues / getDisplayValues / getFormulas …',
    source: `${PERF}: assumption (no published per-cell read figure)`,
  },
  writeCallMs: {
    value: 7,
    unit: 'ms per buffered Sheets write call (set*, insert*, delete*, clear*, protect …)',
    source: `${PERF}; Google, Apps Script best practices: 100 × 100 cells written by offset().setBackgroundColor() ≈ 70 s, i.e. 7 ms per set call`,
  },
  cellWrittenMs: {
    value: 0.14,
    unit: 'ms per cell written',
    source: `${PERF}; Stack Overflow (Mogsdad): setValues of 4 000 cells < 50 ms, + flush() → 610 ms, i.e. (610 − 50) / 4 000`,
  },
  searchMs: {
    value: 30,
    unit: 'ms per TextFinder search (findAll / findNext / findPrevious)',
    source: `${PERF}: a round trip that returns only the matching cells`,
  },
  cellSearchedMs: {
    value: 0.001,
    unit: 'ms per cell a TextFinder scans on the server',
    source: `${PERF}: assumption (the scan stays on the server; no published figure)`,
  },
  documentCallMs: {
    value: 30,
    unit: 'ms per Document or Drive service call',
    source: `${PERF}: assumption, taken equal to a Sheets round trip`,
  },
  createFileMs: {
    value: 1000,
    unit: 'ms to create a Doc, a spreadsheet or a copy of a file',
    source: `${PERF}: assumption`,
  },
  openSpreadsheetMs: {
    value: 300,
    unit: 'ms to open another spreadsheet (openById / openByUrl)',
    source: `${PERF}; tanaike benchmarks: the metadata of a 10 M-cell sheet ≈ 0.3 s`,
  },
  propertyGetMs: {
    value: 30,
    unit: 'ms per PropertiesService read',
    source: 'Luis Peralta, "Google Apps Script APIs performance" (ziritione.org): getProperty average 30 ms',
  },
  propertySetMs: {
    value: 62,
    unit: 'ms per PropertiesService write or delete',
    source: 'same: setProperty average 62 ms',
  },
  cacheGetMs: { value: 3, unit: 'ms per CacheService get', source: 'same: CacheService get average 3 ms' },
  cachePutMs: { value: 93, unit: 'ms per CacheService put/remove', source: 'same: put average 93 ms' },
  mailMs: {
    value: 1200,
    unit: 'ms per MailApp.sendEmail',
    source: 'Small Outbox add-on FAQ: a 100 KB e-mail takes about 1.2 s to send (pessimistic for a digest)',
  },
  serviceCallMs: {
    value: 30,
    unit: 'ms per other service call that leaves the script (Session, ScriptApp, Ui …) and per call not classified',
    source: 'assumption: taken equal to a Sheets round trip',
  },
  executionLimitMs: {
    value: 6 * 60 * 1000,
    unit: 'ms: longest execution of an editor add-on (sidebar call or trigger)',
    source: 'Google, Apps Script "Quotas for Google Services": script runtime 6 min / execution',
  },
} satisfies Record<string, CostParameter>;

/** How one call is priced; `local` calls only build an object in the script and cost nothing. */
export type CallKind =
  | 'local'
  | 'roundTrip'
  | 'write'
  | 'search'
  | 'document'
  | 'createFile'
  | 'openSpreadsheet'
  | 'propertyGet'
  | 'propertySet'
  | 'cacheGet'
  | 'cachePut'
  | 'mail'
  | 'service';

const SPREADSHEET_CLASSES = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
  'Protection',
  'DataValidation',
  'DataValidationBuilder',
  'TextFinder',
  'SpreadsheetsValues',
]);
const DOCUMENT_CLASSES = new Set([
  'DocumentApp',
  'Document',
  'Body',
  'HeaderSection',
  'FooterSection',
  'Paragraph',
  'ListItem',
  'Table',
  'TableRow',
  'TableCell',
  'Text',
  'RangeElement',
  'DriveApp',
  'File',
  'Folder',
  'FileIterator',
  'FolderIterator',
]);

/**
 * Calls that run in the script without asking Google (docs/cost-model.md, "Which calls are free"):
 * building a Range, a finder or a validation rule, the geometry of a Range, the spreadsheet's sheet
 * list and names (loaded with the spreadsheet by getActiveSpreadsheet/openById), handles to a
 * service (the user, a lock, a property store), a file's id and URL, element casts (asParagraph),
 * trigger builders until `create()`, and the pure utilities.
 */
const LOCAL_SPREADSHEET =
  /^(Spreadsheet\.(getRange|getRangeList|getSheetByName|getSheets|getSheetId|getId|getName|getUrl|createTextFinder)|Sheet\.(getRange|getRangeList|getName|getSheetId|getIndex|getParent|createTextFinder)|Range\.(offset|getCell|getRow|getColumn|getNumRows|getNumColumns|getLastRow|getLastColumn|getA1Notation|getSheet|getGridId|createTextFinder)|TextFinder\.(matchCase|matchEntireCell|matchFormulaText|useRegularExpression|ignoreDiacritics|startFrom)|SpreadsheetApp\.(newDataValidation|getUi)|DataValidationBuilder\.\w+|DataValidation\.\w+)$/;
const LOCAL_OTHER =
  /^(Utilities|Logger|Blob|HtmlService|HtmlOutput|HtmlTemplate|LockService|PropertiesService|CacheService|AuthorizationInfo|Menu|PromptResponse)\.|^(Session\.(getActiveUser|getEffectiveUser)|ScriptApp\.(AuthMode|EventType|AuthorizationStatus)|(TriggerBuilder|ClockTriggerBuilder|SpreadsheetTriggerBuilder)\.(?!create$)\w+|(Document|File|Folder)\.(getId|getUrl)|\w+\.as[A-Z]\w*)$/;
/** Reads and metadata calls: one round trip each (a read also commits pending writes). */
const SHEETS_ROUND_TRIP =
  /^(get|isBlank|isChecked|flush|waitForAllDataExecutionsCompletion)|^(getEditors|getViewers|getOwner|getProtections)$/;
const FIND = /^(findAll|findNext|findPrevious|getCurrentMatch)$/;

/** The price class of `Class.method`, as counted by the fakes. */
export function kindOf(key: string): CallKind {
  const dot = key.indexOf('.');
  const cls = key.slice(0, dot);
  const method = key.slice(dot + 1);
  if (LOCAL_OTHER.test(key) || LOCAL_SPREADSHEET.test(key)) return 'local';
  if (SPREADSHEET_CLASSES.has(cls)) {
    if (cls === 'SpreadsheetApp' && /^(openById|openByUrl|open)$/.test(method)) return 'openSpreadsheet';
    if (cls === 'SpreadsheetApp' && method === 'create') return 'createFile';
    if (cls === 'Spreadsheet' && method === 'copy') return 'createFile';
    if (cls === 'TextFinder') return FIND.test(method) ? 'search' : 'write';
    // The advanced service's values.batchGet: many ranges, one round trip (cells priced as read).
    if (cls === 'SpreadsheetsValues') return 'roundTrip';
    return SHEETS_ROUND_TRIP.test(method) ? 'roundTrip' : 'write';
  }
  if (DOCUMENT_CLASSES.has(cls)) {
    if (/^(DocumentApp\.create|File\.makeCopy|DriveApp\.createFile|Folder\.createFile)$/.test(key))
      return 'createFile';
    return 'document';
  }
  if (cls === 'Lock') return 'roundTrip';
  if (cls === 'MailApp' && method === 'sendEmail') return 'mail';
  if (cls === 'Properties') return /^get/.test(method) ? 'propertyGet' : 'propertySet';
  if (cls === 'Cache') return /^get/.test(method) ? 'cacheGet' : 'cachePut';
  return 'service';
}

const PRICE: Record<CallKind, number> = {
  local: 0,
  roundTrip: COST_MODEL.roundTripMs.value,
  write: COST_MODEL.writeCallMs.value,
  search: COST_MODEL.searchMs.value,
  document: COST_MODEL.documentCallMs.value,
  createFile: COST_MODEL.createFileMs.value,
  openSpreadsheet: COST_MODEL.openSpreadsheetMs.value,
  propertyGet: COST_MODEL.propertyGetMs.value,
  propertySet: COST_MODEL.propertySetMs.value,
  cacheGet: COST_MODEL.cacheGetMs.value,
  cachePut: COST_MODEL.cachePutMs.value,
  mail: COST_MODEL.mailMs.value,
  service: COST_MODEL.serviceCallMs.value,
};

export type ServiceFamily = 'spreadsheet' | 'document' | 'other';

export function familyOf(key: string): ServiceFamily {
  const cls = key.slice(0, key.indexOf('.'));
  if (SPREADSHEET_CLASSES.has(cls)) return 'spreadsheet';
  if (DOCUMENT_CLASSES.has(cls)) return 'document';
  return 'other';
}

/** What the model needs from one execution. */
export interface ExecutionTrace {
  /** Calls per `Class.method`. */
  calls: Record<string, number>;
  cellsRead: number;
  cellsWritten: number;
  cellsSearched: number;
}

/** Modeled service time: calls by price class plus cells read, written and searched. */
export function modelServiceMs(trace: ExecutionTrace): number {
  let ms = 0;
  for (const [key, n] of Object.entries(trace.calls)) ms += n * PRICE[kindOf(key)];
  return (
    ms +
    trace.cellsRead * COST_MODEL.cellReadMs.value +
    trace.cellsWritten * COST_MODEL.cellWrittenMs.value +
    trace.cellsSearched * COST_MODEL.cellSearchedMs.value
  );
}
