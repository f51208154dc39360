import type { AuthModeName, SentMail, TriggerRecord, UiRecord } from './environment-api';
import { Clock } from './clock';
import { Counters } from './counters';
import { DriveStore, type DriveEntry } from './drive-store';
import { fail } from './errors';
import { Membrane } from './membrane';
import { checkAccess } from './scopes';
import type { SpreadsheetModel } from './spreadsheet/model';
import type { DocModel } from './document/model';

export type ExecutionContext = 'ui' | 'trigger';
export type LockKind = 'script' | 'document' | 'user';

export interface LockHold {
  execution: number;
  /** Clock time (ms) at which another execution lets go on its own; undefined: held until released. */
  until?: number;
}

export interface CacheEntry {
  value: string;
  expires: number;
}

/** A trigger record plus what the fakes need to apply add-on trigger rules. */
export interface StoredTrigger extends TriggerRecord {
  documentId?: string | null;
  nearMinute?: number;
  timeZone?: string;
  created?: string;
}

export interface UiQueue {
  alerts: string[];
  prompts: { button: string; text: string }[];
}

/** All state of one fake Apps Script world; every service object holds a reference to it. */
export class World {
  readonly counters = new Counters();
  readonly membrane: Membrane;
  readonly drive = new DriveStore();
  readonly spreadsheets = new Map<string, SpreadsheetModel>();
  readonly documents = new Map<string, DocModel>();
  readonly properties = {
    script: new Map<string, string>(),
    document: new Map<string, Map<string, string>>(),
    user: new Map<string, Map<string, string>>(),
  };
  readonly caches = new Map<string, Map<string, CacheEntry>>();
  readonly locks = new Map<string, LockHold>();
  mails: SentMail[] = [];
  mailDailyQuota = 100;
  triggers: StoredTrigger[] = [];
  readonly ui: UiRecord = { menus: [], sidebars: [], dialogs: [], alerts: [], toasts: [] };
  readonly uiQueue: UiQueue = { alerts: [], prompts: [] };
  readonly logs: string[] = [];
  authMode: AuthModeName = 'FULL';
  context: ExecutionContext = 'ui';
  execution = 1;
  executionSeq = 1;
  activeSpreadsheetId = '';
  scriptId = '1FakeScriptIdDongCase000000000000000000000000';
  addonName = 'Add-on';
  /** Whether SpreadsheetApp.getActiveSpreadsheet() answers in a time-driven trigger (see README). */
  triggerHasActiveSpreadsheet = false;
  /**
   * Whether a time-driven run still has its document's properties, cache and lock. The reference
   * only promises them "within the open document"
   * (https://developers.google.com/apps-script/reference/properties/properties-service#getdocumentproperties);
   * false plays the reading where a trigger run has none (they answer null).
   */
  triggerHasDocument = true;
  /**
   * Whether ScriptApp.getUserTriggers(spreadsheet) lists the add-on's time-driven triggers of that
   * document. The reference ("all installable triggers owned by the user in the given
   * spreadsheet", https://developers.google.com/apps-script/reference/script/script-app#getusertriggersspreadsheet)
   * does not say; false lists only the triggers whose source is the spreadsheet.
   */
  userTriggersListTimeDriven = true;
  /** ScriptApp.getInstallationSource(); NONE ("not running as an add-on") in a test deployment. */
  installationSource = 'WEB_STORE_ADD_ON';
  readProjectFile: (name: string) => string | undefined = () => undefined;
  /**
   * A test's injected service failure: called before every counted call, throws to fail it, or
   * returns what to run once the call has run (to throw after it applied).
   */
  fault: ((call: string) => (() => void) | void) | null = null;

  constructor(
    readonly clock: Clock,
    public user: string,
    readonly scriptTimeZone: string,
    readonly scopes: ReadonlySet<string> | null,
  ) {
    this.membrane = new Membrane((cls, method) => {
      this.counters.count(`${cls}.${method}`);
      checkAccess(cls, method, this.authMode, this.scopes);
      return this.fault?.(`${cls}.${method}`);
    });
  }

  /** Starts another execution; the locks of the one before are left as they are. */
  nextExecution(): number {
    this.executionSeq += 1;
    this.execution = this.executionSeq;
    return this.execution;
  }

  releaseLocksOf(execution: number): void {
    for (const [key, hold] of this.locks) if (hold.execution === execution) this.locks.delete(key);
  }

  now(): number {
    return this.clock.nowMs();
  }

  wrap<T>(value: T): T {
    return this.membrane.wrap(value) as T;
  }

  /** The spreadsheet the add-on runs in; null in a time-driven trigger (there is no open document). */
  activeSpreadsheet(): SpreadsheetModel | null {
    if (this.context === 'trigger' && !this.triggerHasActiveSpreadsheet) return null;
    return this.spreadsheets.get(this.activeSpreadsheetId) ?? null;
  }

  /** The document the add-on is bound to: what document properties, caches and locks are keyed on. */
  boundDocumentId(): string | null {
    if (this.context === 'trigger' && !this.triggerHasDocument) return null;
    return this.spreadsheets.has(this.activeSpreadsheetId) ? this.activeSpreadsheetId : null;
  }

  requireReadable(
    entry: DriveEntry | undefined,
    message = 'You do not have permission to access the requested document.',
  ): DriveEntry {
    if (!entry || entry.trashed || !this.drive.canRead(entry, this.user)) fail(message);
    return entry;
  }

  requireEditable(entry: DriveEntry): void {
    if (!this.drive.canEdit(entry, this.user))
      fail('You do not have permission to access the requested document.');
  }
}
