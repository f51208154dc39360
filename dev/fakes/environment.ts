import { SpreadsheetsValues } from './spreadsheet/sheets-api';
import { fail } from './errors';
import type {
  AuthModeName,
  EnvironmentJSON,
  ExecutionContextName,
  FakeEnvironmentOptions,
  FakeGasEnvironment,
  LockKindName,
  SpreadsheetJSON,
} from './environment-api';
import { Clock } from './clock';
import { MIME, type DriveEntryJSON } from './drive-store';
import { World } from './world';
import { SpreadsheetApp } from './spreadsheet/app';
import { createSpreadsheetModel, Spreadsheet } from './spreadsheet/spreadsheet';
import { dumpSpreadsheet, spreadsheetFromJSON, spreadsheetToJSON } from './spreadsheet/serialize';
import { HtmlService } from './html';
import { ScriptApp } from './script-app';
import { PropertiesService } from './properties';
import { CacheService } from './cache';
import { LockService, lockKey } from './lock';
import { MailApp } from './mail';
import { DocumentApp, documentUrl } from './document/app';
import { DocModel } from './document/model';
import { DriveApp } from './drive';
import { Session } from './session';
import { Utilities } from './utilities';
import { Logger, quietConsole } from './logger';
import { User } from './user';

const DEFAULT_USER = 'manager1@dong.example';
const DEFAULT_TIME_ZONE = 'Asia/Seoul';

function obj(map: Map<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(map ?? []);
}

function restore(w: World, state: EnvironmentJSON): void {
  w.drive.load((state.driveFiles ?? []) as DriveEntryJSON[], state.driveRoots ?? {});
  for (const sj of state.spreadsheets) {
    let file = w.drive.get(sj.id);
    if (!file) {
      const root = w.drive.rootFor(sj.owner, w.now());
      file = w.drive.add({
        id: sj.id,
        name: sj.name,
        mimeType: MIME.spreadsheet,
        owner: sj.owner,
        parents: [root.id],
        now: w.now(),
      });
    }
    file.name = sj.name;
    file.owner = sj.owner;
    file.editors = [...sj.editors];
    file.viewers = [...sj.viewers];
    w.spreadsheets.set(sj.id, spreadsheetFromJSON(w, file, sj));
  }
  for (const raw of state.documents as Record<string, unknown>[]) {
    const id = String(raw.id);
    let file = w.drive.get(id);
    if (!file) {
      const owner = typeof raw.owner === 'string' ? raw.owner : w.user;
      const root = w.drive.rootFor(owner, w.now());
      file = w.drive.add({
        id,
        name: String(raw.name ?? 'Untitled document'),
        mimeType: MIME.document,
        owner,
        parents: [root.id],
        now: w.now(),
      });
    }
    w.documents.set(id, DocModel.fromJSON(file, raw));
  }
  w.mails = state.mails.map((m) => ({ ...m }));
  w.triggers = state.triggers.map((t) => ({ ...t }));
  for (const [k, v] of Object.entries(state.properties.script)) w.properties.script.set(k, v);
  for (const [user, props] of Object.entries(state.properties.user))
    w.properties.user.set(user, new Map(Object.entries(props)));
  for (const [id, props] of Object.entries(state.documentProperties ?? {}))
    w.properties.document.set(id, new Map(Object.entries(props)));
  if (state.activeSpreadsheetId && !state.documentProperties) {
    w.properties.document.set(state.activeSpreadsheetId, new Map(Object.entries(state.properties.document)));
  }
  if (state.mailDailyQuota !== undefined) w.mailDailyQuota = state.mailDailyQuota;
}

export function createGasEnvironment(options: FakeEnvironmentOptions = {}): FakeGasEnvironment {
  const state = options.state;
  const clock = new Clock(state?.now ?? options.now);
  const manifest = options.manifest;
  const scopes = manifest?.oauthScopes ? new Set(manifest.oauthScopes) : null;
  const w = new World(clock, options.user ?? DEFAULT_USER, manifest?.timeZone ?? DEFAULT_TIME_ZONE, scopes);
  w.authMode = options.authMode ?? 'FULL';
  w.context = options.executionContext ?? 'ui';
  w.addonName = options.addonName ?? manifest?.addOns?.common?.name ?? 'Add-on';
  w.triggerHasActiveSpreadsheet = options.triggerHasActiveSpreadsheet ?? false;
  w.triggerHasDocument = options.triggerHasDocument ?? true;
  w.userTriggersListTimeDriven = options.userTriggersListTimeDriven ?? true;
  if (options.testDeployment) w.installationSource = 'NONE';
  if (options.readProjectFile) w.readProjectFile = options.readProjectFile;
  if (options.mailDailyQuota !== undefined) w.mailDailyQuota = options.mailDailyQuota;

  if (state) restore(w, state);
  const active =
    state?.activeSpreadsheetId && w.spreadsheets.has(state.activeSpreadsheetId)
      ? state.activeSpreadsheetId
      : null;
  w.activeSpreadsheetId = active ?? createSpreadsheetModel(w, options.spreadsheetName ?? '동 사례관리').id;

  const globals: Record<string, unknown> = {};
  Object.assign(globals, {
    SpreadsheetApp: w.wrap(new SpreadsheetApp(w)),
    HtmlService: w.wrap(new HtmlService(w, () => globals)),
    ScriptApp: w.wrap(new ScriptApp(w)),
    PropertiesService: w.wrap(new PropertiesService(w)),
    CacheService: w.wrap(new CacheService(w)),
    LockService: w.wrap(new LockService(w)),
    MailApp: w.wrap(new MailApp(w)),
    DocumentApp: w.wrap(new DocumentApp(w)),
    DriveApp: w.wrap(new DriveApp(w)),
    Session: w.wrap(new Session(w)),
    Utilities: w.wrap(new Utilities(w)),
    Logger: w.wrap(new Logger(w)),
    console: quietConsole(w),
  });
  for (const service of manifest?.dependencies?.enabledAdvancedServices ?? [])
    if (service.serviceId === 'sheets')
      globals[service.userSymbol] = { Spreadsheets: { Values: w.wrap(new SpreadsheetsValues(w)) } };

  let otherExecution = 0;

  const env: FakeGasEnvironment = {
    globals,
    clock,
    counters: w.counters,
    ui: w.ui,

    injectFault(decide) {
      w.fault = decide
        ? (call) => {
            const decision = decide(call);
            if (decision === null) return;
            if (typeof decision === 'string') fail(decision);
            return () => fail(decision.afterApplying);
          }
        : null;
    },

    setAuthMode(mode: AuthModeName) {
      w.authMode = mode;
    },

    setUser(email, opts) {
      w.user = email;
      const file = w.drive.get(w.activeSpreadsheetId);
      const access = opts?.access ?? 'editor';
      if (file && !w.drive.canRead(file, email) && access !== 'none') {
        (access === 'editor' ? file.editors : file.viewers).push(email);
      }
    },

    activeSpreadsheetId: () => w.activeSpreadsheetId,

    dumpSpreadsheet(id?: string): SpreadsheetJSON {
      const model = w.spreadsheets.get(id ?? w.activeSpreadsheetId);
      if (!model) throw new Error(`No spreadsheet ${id}`);
      return dumpSpreadsheet(model);
    },

    mails: () => w.mails.map((m) => ({ ...m })),

    documents: () =>
      [...w.documents.values()].map((d) => ({
        id: d.file.id,
        name: d.file.name,
        url: documentUrl(d.file.id),
        text: d.body.plainText(),
        elements: d.body.toJSON().children as unknown[],
      })),

    triggers: () => w.triggers.map((t) => ({ ...t })),

    toJSON(): EnvironmentJSON {
      const bound = w.properties.document.get(w.activeSpreadsheetId);
      return {
        activeSpreadsheetId: w.activeSpreadsheetId,
        spreadsheets: [...w.spreadsheets.values()].map(spreadsheetToJSON),
        documents: [...w.documents.values()].map((d) => ({
          ...d.toJSON(),
          name: d.file.name,
          owner: d.file.owner,
        })),
        driveFiles: w.drive.toJSON(),
        mails: w.mails.map((m) => ({ ...m })),
        properties: {
          script: obj(w.properties.script),
          document: obj(bound),
          user: Object.fromEntries([...w.properties.user].map(([u, m]) => [u, obj(m)])),
        },
        documentProperties: Object.fromEntries([...w.properties.document].map(([id, m]) => [id, obj(m)])),
        driveRoots: Object.fromEntries(w.drive.roots),
        triggers: w.triggers.map((t) => ({ ...t })),
        mailDailyQuota: w.mailDailyQuota,
        now: clock.now().toISOString(),
      };
    },

    setExecutionContext(context: ExecutionContextName) {
      w.context = context;
    },

    setMailQuota(recipientsPerDay: number) {
      w.mailDailyQuota = recipientsPerDay;
    },

    holdLock(kind: LockKindName, opts?: { forMs?: number }) {
      const key = lockKey(w, kind);
      if (!key) throw new Error('holdLock: there is no bound document for a document lock');
      otherExecution -= 1;
      const execution = otherExecution;
      w.locks.set(key, { execution, until: opts?.forMs === undefined ? undefined : w.now() + opts.forMs });
      const release = (): void => {
        if (w.locks.get(key)?.execution === execution) w.locks.delete(key);
      };
      return Object.assign(release, { release });
    },

    newExecution() {
      w.releaseLocksOf(w.execution);
      w.nextExecution();
    },

    runAsTrigger<T>(fn: () => T, opts?: { user?: string }): T {
      // The caller's execution may still hold locks: the trigger is another, concurrent one.
      const before = { context: w.context, user: w.user, authMode: w.authMode, execution: w.execution };
      const execution = w.nextExecution();
      w.context = 'trigger';
      w.authMode = 'FULL';
      if (opts?.user) w.user = opts.user;
      try {
        return fn();
      } finally {
        w.releaseLocksOf(execution);
        w.execution = before.execution;
        w.context = before.context;
        w.authMode = before.authMode;
        w.user = before.user;
      }
    },

    queueAlertResponse(button: string) {
      w.uiQueue.alerts.push(button);
    },

    queuePromptResponse(button: string, text = '') {
      w.uiQueue.prompts.push({ button, text });
    },

    logs: () => [...w.logs],

    openEvent() {
      if (w.authMode === 'NONE') return { authMode: w.authMode };
      const model = w.spreadsheets.get(w.activeSpreadsheetId);
      return {
        authMode: w.authMode,
        source: model ? w.wrap(new Spreadsheet(w, model)) : undefined,
        user: w.wrap(new User(w.user)),
      };
    },
  };
  return env;
}
