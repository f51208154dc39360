import { GasObject } from './membrane';
import { fail } from './errors';
import { triggerId } from './ids';
import type { StoredTrigger, World } from './world';

/**
 * ScriptApp (https://developers.google.com/apps-script/reference/script/script-app) with the
 * add-on trigger rules (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions):
 * - each add-on may have one trigger of each type per user per document: a second one throws;
 * - time-driven triggers may run at most once an hour: everyMinutes() throws.
 * everyHours accepts 1, 2, 4, 6, 8 or 12, as Apps Script does.
 */

export const AuthMode = {
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const;
export const AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;
export const TriggerSource = {
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
  DOCUMENTS: 'DOCUMENTS',
  CALENDAR: 'CALENDAR',
} as const;
export const EventType = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
} as const;
export const InstallationSource = {
  APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
  NONE: 'NONE',
  WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON',
} as const;
export const WeekDay = {
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
  SUNDAY: 'SUNDAY',
} as const;

const EVERY_HOURS = [1, 2, 4, 6, 8, 12];

export class Trigger extends GasObject {
  readonly _class = 'Trigger';

  constructor(readonly _t: StoredTrigger) {
    super();
  }

  getUniqueId(): string {
    return this._t.id;
  }

  getHandlerFunction(): string {
    return this._t.handlerFunction;
  }

  getEventType(): string {
    return this._t.eventType;
  }

  getTriggerSource(): string {
    return this._t.eventType === 'CLOCK' ? TriggerSource.CLOCK : TriggerSource.SPREADSHEETS;
  }

  getTriggerSourceId(): string | null {
    return this._t.sourceId;
  }
}

function install(w: World, spec: Omit<StoredTrigger, 'id' | 'owner' | 'documentId' | 'created'>): Trigger {
  const documentId = w.boundDocumentId();
  const clash = w.triggers.some(
    (t) => t.owner === w.user && t.documentId === documentId && t.eventType === spec.eventType,
  );
  if (clash) {
    const kind = spec.eventType === 'CLOCK' ? 'time-based' : spec.eventType;
    fail(`This add-on has created too many ${kind} triggers in this document for this Google user account.`);
  }
  const record: StoredTrigger = {
    ...spec,
    id: triggerId(),
    owner: w.user,
    documentId,
    created: new Date(w.now()).toISOString(),
  };
  w.triggers.push(record);
  return new Trigger(record);
}

export class ClockTriggerBuilder extends GasObject {
  readonly _class = 'ClockTriggerBuilder';
  private readonly _spec: Partial<StoredTrigger> & {
    weekDay?: string;
    everyWeeks?: number;
    at?: number;
    after?: number;
  } = {};

  constructor(
    readonly _w: World,
    readonly _fn: string,
  ) {
    super();
  }

  everyMinutes(_n: number): this {
    return fail('Add-ons cannot create time-based triggers that run more often than once an hour.');
  }

  everyHours(n: number): this {
    const hours = Number(n);
    if (!EVERY_HOURS.includes(hours)) fail(`Invalid argument: ${n}. everyHours must be 1, 2, 4, 6, 8 or 12.`);
    this._spec.everyHours = hours;
    return this;
  }

  everyDays(n: number): this {
    const days = Number(n);
    if (!Number.isInteger(days) || days < 1) fail(`Invalid argument: ${n}`);
    this._spec.everyDays = days;
    return this;
  }

  everyWeeks(n: number): this {
    const weeks = Number(n);
    if (!Number.isInteger(weeks) || weeks < 1) fail(`Invalid argument: ${n}`);
    this._spec.everyWeeks = weeks;
    return this;
  }

  onWeekDay(day: string): this {
    this._spec.weekDay = String(day);
    return this;
  }

  atHour(hour: number): this {
    const h = Number(hour);
    if (!Number.isInteger(h) || h < 0 || h > 23) fail(`Invalid argument: ${hour}`);
    this._spec.atHour = h;
    return this;
  }

  nearMinute(minute: number): this {
    const m = Number(minute);
    if (!Number.isInteger(m) || m < 0 || m > 59) fail(`Invalid argument: ${minute}`);
    this._spec.nearMinute = m;
    return this;
  }

  inTimezone(timezone: string): this {
    this._spec.timeZone = String(timezone);
    return this;
  }

  at(date: Date): this {
    this._spec.at = new Date(date).getTime();
    return this;
  }

  after(durationMilliseconds: number): this {
    this._spec.after = Number(durationMilliseconds);
    return this;
  }

  create(): Trigger {
    const s = this._spec;
    const recurring = s.everyHours !== undefined || s.everyDays !== undefined || s.everyWeeks !== undefined;
    if (!recurring && s.at === undefined && s.after === undefined)
      fail('Missing schedule for the time-based trigger.');
    if (s.atHour !== undefined && s.everyDays === undefined && s.everyWeeks === undefined) {
      fail('atHour() can only be used with everyDays() or everyWeeks().');
    }
    const spec: Omit<StoredTrigger, 'id' | 'owner' | 'documentId' | 'created'> = {
      handlerFunction: this._fn,
      eventType: 'CLOCK',
      sourceId: null,
    };
    if (s.everyDays !== undefined) spec.everyDays = s.everyDays;
    if (s.everyHours !== undefined) spec.everyHours = s.everyHours;
    if (s.atHour !== undefined) spec.atHour = s.atHour;
    if (s.nearMinute !== undefined) spec.nearMinute = s.nearMinute;
    if (s.timeZone !== undefined) spec.timeZone = s.timeZone;
    return install(this._w, spec);
  }
}

export class SpreadsheetTriggerBuilder extends GasObject {
  readonly _class = 'SpreadsheetTriggerBuilder';
  private _event: StoredTrigger['eventType'] | null = null;

  constructor(
    readonly _w: World,
    readonly _fn: string,
    readonly _sourceId: string,
  ) {
    super();
  }

  onOpen(): this {
    this._event = 'ON_OPEN';
    return this;
  }

  onEdit(): this {
    this._event = 'ON_EDIT';
    return this;
  }

  onChange(): this {
    this._event = 'ON_CHANGE';
    return this;
  }

  onFormSubmit(): this {
    this._event = 'ON_FORM_SUBMIT';
    return this;
  }

  create(): Trigger {
    if (!this._event) fail('Missing event type for the spreadsheet trigger.');
    return install(this._w, { handlerFunction: this._fn, eventType: this._event, sourceId: this._sourceId });
  }
}

export class TriggerBuilder extends GasObject {
  readonly _class = 'TriggerBuilder';

  constructor(
    readonly _w: World,
    readonly _fn: string,
  ) {
    super();
  }

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this._w, this._fn);
  }

  forSpreadsheet(sheet: unknown): SpreadsheetTriggerBuilder {
    const id =
      typeof sheet === 'string'
        ? sheet
        : sheet && typeof (sheet as { getId?: unknown }).getId === 'function'
          ? String((sheet as { getId(): unknown }).getId())
          : fail('Invalid argument: sheet');
    return new SpreadsheetTriggerBuilder(this._w, this._fn, id);
  }
}

export class AuthorizationInfo extends GasObject {
  readonly _class = 'AuthorizationInfo';

  constructor(readonly _required: boolean) {
    super();
  }

  getAuthorizationStatus(): string {
    return this._required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED;
  }

  getAuthorizationUrl(): string | null {
    return this._required ? 'https://script.google.com/macros/d/fake/authorize' : null;
  }
}

export class ScriptApp extends GasObject {
  readonly _class = 'ScriptApp';
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly TriggerSource = TriggerSource;
  readonly EventType = EventType;
  readonly InstallationSource = InstallationSource;
  readonly WeekDay = WeekDay;

  constructor(readonly _w: World) {
    super();
  }

  getScriptId(): string {
    return this._w.scriptId;
  }

  /**
   * WEB_STORE_ADD_ON unless the environment plays a test deployment: an add-on run from Deploy >
   * Test deployments is not installed from anywhere, which leaves NONE ("Script is not running as an
   * add-on", https://developers.google.com/apps-script/reference/script/installation-source). That
   * a test deployment answers NONE is our reading; the guide only says installable triggers are not
   * supported there (https://developers.google.com/workspace/add-ons/how-tos/testing-editor-addons#test_details).
   */
  getInstallationSource(): string {
    return this._w.installationSource;
  }

  /** The user has authorised the add-on unless the run is in AuthMode.NONE. */
  getAuthorizationInfo(_authMode: string): AuthorizationInfo {
    return new AuthorizationInfo(this._w.authMode === 'NONE');
  }

  getOAuthToken(): string {
    return 'ya29.fake-token';
  }

  newTrigger(functionName: string): TriggerBuilder {
    if (!functionName) fail('Invalid argument: functionName');
    return new TriggerBuilder(this._w, String(functionName));
  }

  /** The current user's triggers for this project. */
  getProjectTriggers(): Trigger[] {
    return this._w.triggers.filter((t) => t.owner === this._w.user).map((t) => new Trigger(t));
  }

  /**
   * The current user's triggers in the given spreadsheet: those whose source is the spreadsheet,
   * and the add-on's time-driven ones made in it unless `userTriggersListTimeDriven` is off (the
   * reference leaves this open; see world.ts).
   */
  getUserTriggers(document: { getId(): string }): Trigger[] {
    const id = document.getId();
    const listsClock = this._w.userTriggersListTimeDriven;
    return this._w.triggers
      .filter((t) => t.owner === this._w.user && (t.sourceId === id || (listsClock && t.documentId === id)))
      .map((t) => new Trigger(t));
  }

  deleteTrigger(trigger: Trigger): void {
    if (!(trigger instanceof Trigger)) fail('Invalid argument: trigger');
    this._w.triggers = this._w.triggers.filter((t) => !(t.id === trigger._t.id && t.owner === this._w.user));
  }
}
