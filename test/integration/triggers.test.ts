/**
 * The daily trigger against the rules Google leaves open: whether getUserTriggers(spreadsheet)
 * lists time-driven triggers, test deployments (installable triggers do not run there), and a
 * trigger run without the document's properties.
 */
import type { FakeGasEnvironment } from '../../dev/fakes/environment-api';
import { MANAGER, startAddon, type Harness } from '../support/addon-harness';
import { caseWithPlan } from '../support/documents-harness';

interface SetupReport {
  createdTabs: string[];
  addedColumns: string[];
  notices: string[];
}

/** Everything but the clock: what a second setup must leave exactly as it was. */
function stateOf(env: FakeGasEnvironment): string {
  const { now: _now, ...rest } = env.toJSON();
  return JSON.stringify(rest);
}

function scriptApp(env: FakeGasEnvironment): GoogleAppsScript.Script.ScriptApp {
  return env.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
}

/** A time-driven run as Apps Script starts it: no UI, and the event object names the trigger. */
function runTrigger(h: Harness, when: string, triggerUid: string): Record<string, unknown> {
  h.env.clock.set(when);
  h.env.newExecution();
  h.env.setExecutionContext('trigger');
  try {
    return h.call('runDailyReminders', { authMode: 'FULL', triggerUid });
  } finally {
    h.env.setExecutionContext('ui');
  }
}

describe.each([
  ['lists time-driven triggers', true],
  ['lists only the spreadsheet’s own triggers', false],
])('when getUserTriggers(spreadsheet) %s', (_reading, userTriggersListTimeDriven) => {
  it('setupWorkbook run twice leaves one trigger and changes nothing', () => {
    const h = startAddon({ userTriggersListTimeDriven });
    expect(h.env.triggers()).toHaveLength(1);
    const before = stateOf(h.env);
    const report = h.call<SetupReport>('setupWorkbook');
    expect(report).toEqual({
      createdTabs: [],
      addedColumns: [],
      renamedTabs: [],
      restoredHeaders: [],
      notices: [],
    });
    expect(h.env.triggers()).toHaveLength(1);
    expect(stateOf(h.env)).toBe(before);
  });

  it('매일 알림 끄기 removes the trigger, and 켜기 makes exactly one again', () => {
    const h = startAddon({ userTriggersListTimeDriven });
    h.call('disableDailyReminders');
    expect(h.env.triggers()).toHaveLength(0);
    h.call('enableDailyReminders');
    h.call('enableDailyReminders');
    expect(h.env.triggers()).toHaveLength(1);
  });

  it('takes Apps Script’s "too many time-based triggers" for a trigger already there', () => {
    const h = startAddon({ userTriggersListTimeDriven, setup: false });
    // A trigger made before the add-on kept track of its triggers (or that Apps Script hides).
    scriptApp(h.env).newTrigger('runDailyReminders').timeBased().everyHours(1).create();
    const report = h.call<SetupReport>('setupWorkbook');
    expect(report.createdTabs.length).toBeGreaterThan(0);
    expect(h.env.triggers()).toHaveLength(1);
  });
});

describe('a trigger nobody can list', () => {
  it('removes itself on its next run once 매일 알림 is off', () => {
    const h = startAddon({ userTriggersListTimeDriven: false, setup: false });
    // Made before the add-on kept track of its triggers: getUserTriggers does not list it.
    const legacy = scriptApp(h.env).newTrigger('runDailyReminders').timeBased().everyHours(1).create();
    h.call('setupWorkbook');
    h.call('disableDailyReminders');
    expect(h.env.triggers()).toHaveLength(1);
    const result = runTrigger(h, '2026-03-03T09:30:00+09:00', legacy.getUniqueId());
    expect(result.status).toBe('disabled');
    expect(h.env.triggers()).toHaveLength(0);
  });
});

describe('in a test deployment', () => {
  it('setup finishes and says in Korean that 매일 알림 is off there', () => {
    const h = startAddon({ testDeployment: true, setup: false });
    const report = h.call<SetupReport>('setupWorkbook');
    expect(report.createdTabs.length).toBeGreaterThan(0);
    expect(report.notices).toHaveLength(1);
    expect(report.notices[0]).toMatch(/^테스트 배포에서는 매일 알림이 꺼져 있습니다/);
    // Run from the menu nobody sees the return value: the same sentence is shown on the sheet.
    expect(h.env.ui.toasts.map((t) => t.message)).toContain(report.notices[0]);
    expect(h.call<{ message: string }>('enableDailyReminders').message).toBe(report.notices[0]);
  });

  it('an installed add-on gets no such notice', () => {
    const h = startAddon({ setup: false });
    expect(h.call<SetupReport>('setupWorkbook').notices).toEqual([]);
    expect(h.env.ui.toasts).toEqual([]);
  });
});

describe('a trigger run without the document’s properties', () => {
  it('finds its spreadsheet by the trigger’s id and sends the day’s mail', () => {
    const h = startAddon({ triggerHasDocument: false });
    caseWithPlan(h);
    const [trigger] = h.env.triggers();
    const result = runTrigger(h, '2026-04-20T09:30:00+09:00', trigger!.id);
    expect(result.status).toBe('done');
    expect(h.env.mails().some((m) => m.to === MANAGER)).toBe(true);
    // The same hour again: the run remembered it had finished the day.
    const mails = h.env.mails().length;
    expect(runTrigger(h, '2026-04-20T10:30:00+09:00', trigger!.id).status).toBe('alreadyDone');
    expect(h.env.mails()).toHaveLength(mails);
  });

  it('says in Korean what to do when it cannot tell which spreadsheet it is for', () => {
    const h = startAddon({ triggerHasDocument: false });
    expect(() => runTrigger(h, '2026-04-20T09:30:00+09:00', 'unknown-trigger')).toThrow(
      /사례관리 시트를 찾을 수 없습니다/,
    );
  });
});
