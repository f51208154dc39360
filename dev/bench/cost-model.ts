/**
 * The modeled Apps Script time of one execution, from the fakes' call counters. Every figure has
 * a source (docs/cost-model.md explains each derivation); the ones marked `assumption` have none
 * that we could find and are set so that they can only make the add-on look slower, not faster.
 */

export interface CostParameter {
  value: number;
  unit: string;
  source: string;
}

export const COST_MODEL = {
  readCallMs: {
    value: 1.1,
    unit: 'ms per Spreadsheet call that reads or navigates (getRange, getValue, getSheetByName …)',
    source:
      'bugbugnow.net 2019 "GoogleAppsScriptのスプレッドシート処理を高速化する": getRange(i,1).getValue() for 1 000 rows 3 064 ms vs 905 ms batched, i.e. (3064 − 905) / 2000 calls',
  },
  writeCallMs: {
    value: 3.5,
    unit: 'ms per Spreadsheet call that writes (set*, append*, insert*, delete*, clear* …)',
    source:
      'Google, Apps Script "Best practices" (Use batch operations): 100 × 100 cells written cell by cell ≈ 70 s, i.e. 70 s / 20 000 calls (offset + setBackgroundColor)',
  },
  dimensionReadMs: {
    value: 160,
    unit: 'ms per dimension read (getLastRow, getLastColumn, getMaxRows, getMaxColumns, getDataRange)',
    source:
      'bugbugnow.net 2019: a loop testing i < sheet.getLastRow() over 1 000 rows took 160 377 ms vs 780 ms with one call (160 ms per call); tanaike: metadata of a 10 M-cell sheet ≈ 0.3 s',
  },
  commitMs: {
    value: 20,
    unit: 'ms per commit of the write cache (a flush, a read after a write, the end of the execution)',
    source:
      'Stack Overflow "What is faster: ScriptDb or SpreadsheetApp?" (Mogsdad): 400 rows each followed by flush() ≈ 12 s vs 164 ms batched: ≈ 30 ms per row, of which ≈ 10 ms are the row\'s own calls',
  },
  committedCellMs: {
    value: 0.14,
    unit: 'ms per cell written, paid when the write cache is committed',
    source:
      'same Stack Overflow answer: one setValues of 4 000 cells < 50 ms, adding one flush() → 610 ms, i.e. (610 − 50) / 4000',
  },
  readCellMs: {
    value: 0.012,
    unit: 'ms per cell returned by getValues / getDisplayValues …',
    source:
      'assumption: no published per-cell read figure found; taken equal to the buffered write cost of the same answer (4 000 cells < 50 ms)',
  },
  documentCallMs: {
    value: 3.5,
    unit: 'ms per Document or Drive service call',
    source: 'assumption: no published figure found; taken equal to a Spreadsheet write call',
  },
  propertyGetMs: {
    value: 30,
    unit: 'ms per PropertiesService getProperty/getProperties',
    source: 'Luis Peralta, "Google Apps Script APIs performance" (ziritione.org): getProperty average 30 ms',
  },
  propertySetMs: {
    value: 62,
    unit: 'ms per PropertiesService setProperty/setProperties/deleteProperty',
    source: 'same: setProperty average 62 ms',
  },
  cacheGetMs: { value: 3, unit: 'ms per CacheService get', source: 'same: CacheService get average 3 ms' },
  cachePutMs: { value: 93, unit: 'ms per CacheService put', source: 'same: CacheService put average 93 ms' },
  mailMs: {
    value: 1200,
    unit: 'ms per MailApp.sendEmail',
    source:
      'Small Outbox add-on FAQ: a 100 KB e-mail takes about 1.2 s to send (pessimistic for a text digest)',
  },
  otherCallMs: {
    value: 1.1,
    unit: 'ms per other service call (Session, LockService, Utilities, HtmlService …)',
    source: 'assumption: taken equal to a Spreadsheet read call',
  },
  executionLimitMs: {
    value: 6 * 60 * 1000,
    unit: 'ms: longest execution of an editor add-on (sidebar call or trigger)',
    source: 'Google, Apps Script "Quotas for Google Services": script runtime 6 min / execution',
  },
} satisfies Record<string, CostParameter>;

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
  'Filter',
  'NamedRange',
]);
const OTHER_SERVICE_CLASSES = new Set([
  'Session',
  'User',
  'Lock',
  'LockService',
  'Utilities',
  'Logger',
  'HtmlService',
  'HtmlOutput',
  'HtmlTemplate',
  'Ui',
  'Menu',
  'ScriptApp',
  'Trigger',
  'TriggerBuilder',
  'ClockTriggerBuilder',
  'SpreadsheetTriggerBuilder',
  'AuthorizationInfo',
  'PromptResponse',
  'Blob',
  'Properties',
  'PropertiesService',
  'Cache',
  'CacheService',
  'MailApp',
]);

export type ServiceFamily = 'spreadsheet' | 'document' | 'other';

/** Spreadsheet service, Document/Drive service (anything not known to be another service), or other. */
export function familyOf(key: string): ServiceFamily {
  const cls = key.slice(0, key.indexOf('.'));
  if (SPREADSHEET_CLASSES.has(cls)) return 'spreadsheet';
  if (OTHER_SERVICE_CLASSES.has(cls)) return 'other';
  return 'document';
}

const DIMENSION_READS = new Set([
  'getLastRow',
  'getLastColumn',
  'getMaxRows',
  'getMaxColumns',
  'getDataRange',
]);
const DATA_READS =
  /^(getValues?|getDisplayValues?|getFormulas?|getFormulasR1C1|getNumberFormats?|getNotes?|getBackgrounds?|getDataValidations?|getSheetValues|isBlank)$/;
const WRITES =
  /^(set|append|insert|delete|clear|add|remove|protect|hide|show|sort|copy|move|merge|autoResize|create|unprotect|activate)/;

export type CallKind = 'write' | 'dimension' | 'read' | 'call';

export function kindOf(key: string): CallKind {
  const method = key.slice(key.indexOf('.') + 1);
  if (DIMENSION_READS.has(method)) return 'dimension';
  if (DATA_READS.test(method)) return 'read';
  if (WRITES.test(method)) return 'write';
  return 'call';
}

/** What the model needs from one execution. */
export interface ExecutionTrace {
  /** Calls per `Class.method`. */
  calls: Record<string, number>;
  cellsRead: number;
  cellsWritten: number;
  /** Times the Spreadsheet write cache had to be committed (see `CommitTracker`). */
  commits: number;
  /** Node time of the execution, add-on and fakes together. */
  computeMs: number;
}

export interface ModeledTime {
  serviceMs: number;
  computeMs: number;
  totalMs: number;
}

function callCost(key: string): number {
  const method = key.slice(key.indexOf('.') + 1);
  const cls = key.slice(0, key.indexOf('.'));
  const family = familyOf(key);
  if (family === 'spreadsheet') {
    const kind = kindOf(key);
    if (kind === 'dimension') return COST_MODEL.dimensionReadMs.value;
    if (kind === 'write') return COST_MODEL.writeCallMs.value;
    return COST_MODEL.readCallMs.value;
  }
  if (family === 'document') return COST_MODEL.documentCallMs.value;
  if (cls === 'MailApp' && method === 'sendEmail') return COST_MODEL.mailMs.value;
  if (cls === 'Properties') {
    if (/^get/.test(method)) return COST_MODEL.propertyGetMs.value;
    if (/^(set|delete)/.test(method)) return COST_MODEL.propertySetMs.value;
  }
  if (cls === 'Cache') {
    if (/^get/.test(method)) return COST_MODEL.cacheGetMs.value;
    if (/^(put|remove)/.test(method)) return COST_MODEL.cachePutMs.value;
  }
  return COST_MODEL.otherCallMs.value;
}

/** Modeled Apps Script time: service calls by kind, cells moved, write-cache commits, plus compute. */
export function modelTime(trace: ExecutionTrace): ModeledTime {
  let serviceMs = 0;
  for (const [key, n] of Object.entries(trace.calls)) serviceMs += n * callCost(key);
  serviceMs += trace.cellsRead * COST_MODEL.readCellMs.value;
  serviceMs += trace.cellsWritten * COST_MODEL.committedCellMs.value;
  serviceMs += trace.commits * COST_MODEL.commitMs.value;
  return { serviceMs, computeMs: trace.computeMs, totalMs: serviceMs + trace.computeMs };
}

/**
 * Follows the order of Spreadsheet calls: every read after a write commits the write cache
 * (Google Apps Script blog, "Optimizing Spreadsheet Operations", 2010), as does flush() and the
 * end of the execution.
 */
export class CommitTracker {
  private dirty = false;
  commits = 0;

  observe(key: string): void {
    if (familyOf(key) !== 'spreadsheet') return;
    if (key === 'SpreadsheetApp.flush') {
      if (this.dirty) this.commits++;
      this.dirty = false;
      return;
    }
    const kind = kindOf(key);
    if (kind === 'write') this.dirty = true;
    else if ((kind === 'read' || kind === 'dimension') && this.dirty) {
      this.commits++;
      this.dirty = false;
    }
  }

  /** The end of the execution commits whatever is still buffered. */
  finish(): number {
    if (this.dirty) this.commits++;
    this.dirty = false;
    return this.commits;
  }
}
