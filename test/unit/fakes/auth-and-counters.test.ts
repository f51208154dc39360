import { AUTH, setup, thrown, type Gas } from './helpers';

describe('AuthMode.NONE', () => {
  test('building the add-on menu works', () => {
    const { env, g } = setup({
      authMode: 'NONE',
      manifest: {
        oauthScopes: [`${AUTH}spreadsheets.currentonly`, `${AUTH}script.container.ui`],
        addOns: { common: { name: '동 사례관리' } },
      },
    });
    g.SpreadsheetApp.getUi()
      .createAddonMenu()
      .addItem('사례관리 열기', 'showSidebar')
      .addSeparator()
      .addItem('설정', 'setupWorkbook')
      .addToUi();
    expect(env.ui.menus).toEqual([
      {
        title: '동 사례관리',
        items: [
          { caption: '사례관리 열기', functionName: 'showSidebar' },
          { separator: true },
          { caption: '설정', functionName: 'setupWorkbook' },
        ],
      },
    ]);
    expect(g.ScriptApp.AuthMode.NONE).toBe('NONE');
    expect(env.openEvent()).toEqual({ authMode: 'NONE' });
  });

  test.each([
    ['SpreadsheetApp.getActiveSpreadsheet', (g: Gas) => g.SpreadsheetApp.getActiveSpreadsheet()],
    ['SpreadsheetApp.openById', (g: Gas) => g.SpreadsheetApp.openById('x')],
    ['PropertiesService.getDocumentProperties', (g: Gas) => g.PropertiesService.getDocumentProperties()],
    ['CacheService.getScriptCache', (g: Gas) => g.CacheService.getScriptCache()],
    ['LockService.getDocumentLock', (g: Gas) => g.LockService.getDocumentLock()],
    ['MailApp.sendEmail', (g: Gas) => g.MailApp.sendEmail('a@b.example', 's', 'b')],
    ['DocumentApp.create', (g: Gas) => g.DocumentApp.create('d')],
    ['DriveApp.getRootFolder', (g: Gas) => g.DriveApp.getRootFolder()],
    ['Session.getActiveUser', (g: Gas) => g.Session.getActiveUser()],
    ['ScriptApp.getProjectTriggers', (g: Gas) => g.ScriptApp.getProjectTriggers()],
    ['Ui.showSidebar', (g: Gas) => g.SpreadsheetApp.getUi().showSidebar(g.HtmlService.createHtmlOutput('x'))],
  ])('%s throws', (_name, call) => {
    const { g } = setup({ authMode: 'NONE' });
    expect(thrown(() => call(g))).toBe('Exception: Authorization is required to perform that action.');
  });

  test('switching to FULL allows data access again', () => {
    const { env, g } = setup({ authMode: 'NONE' });
    expect(() => g.SpreadsheetApp.getActiveSpreadsheet()).toThrow();
    env.setAuthMode('FULL');
    expect(g.SpreadsheetApp.getActiveSpreadsheet().getName()).toBe('동 사례관리');
  });

  test('LIMITED may use the bound spreadsheet but not mail or other files', () => {
    const { g } = setup({ authMode: 'LIMITED' });
    expect(g.SpreadsheetApp.getActiveSpreadsheet().getSheets()).toHaveLength(1);
    expect(thrown(() => g.MailApp.sendEmail('a@b.example', 's', 'b'))).toMatch(
      /You do not have permission to call MailApp.sendEmail/,
    );
    expect(() => g.SpreadsheetApp.create('x')).toThrow(/permission/);
  });
});

describe('scopes from the manifest', () => {
  const currentOnly = { oauthScopes: [`${AUTH}spreadsheets.currentonly`, `${AUTH}script.container.ui`] };

  test('spreadsheets.currentonly reaches the bound spreadsheet but not openById/create', () => {
    const { g } = setup({ manifest: currentOnly });
    expect(g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue()).toBe('');
    expect(thrown(() => g.SpreadsheetApp.openById('x'))).toBe(
      `Exception: You do not have permission to call SpreadsheetApp.openById. Required permissions: ${AUTH}spreadsheets`,
    );
    expect(() => g.SpreadsheetApp.create('x')).toThrow(/Required permissions/);
  });

  test('a missing scope names the call and the scopes that would do', () => {
    const { g } = setup({ manifest: currentOnly });
    expect(thrown(() => g.MailApp.sendEmail('a@b.example', 's', 'b'))).toBe(
      `Exception: You do not have permission to call MailApp.sendEmail. Required permissions: ${AUTH}script.send_mail`,
    );
    expect(thrown(() => g.Session.getActiveUser())).toMatch(/userinfo.email/);
    expect(() => g.ScriptApp.newTrigger('f')).toThrow(/script.scriptapp/);
    expect(() => g.DocumentApp.create('d')).toThrow(/documents/);
    expect(() => g.DriveApp.getRootFolder()).toThrow(/drive/);
    // Unscoped services keep working.
    expect(g.Utilities.formatDate(new Date(0), 'UTC', 'yyyy')).toBe('1970');
    expect(g.PropertiesService.getScriptProperties().getProperty('x')).toBeNull();
  });

  test('without a manifest everything is allowed', () => {
    const { g } = setup();
    expect(g.Session.getActiveUser().getEmail()).toBe('manager1@dong.example');
    expect(g.DocumentApp.create('d').getName()).toBe('d');
  });
});

describe('execution context', () => {
  test('getUi throws in a time-driven trigger, and there is no active spreadsheet', () => {
    const { env, g } = setup();
    const id = env.activeSpreadsheetId();
    env.setExecutionContext('trigger');
    expect(thrown(() => g.SpreadsheetApp.getUi())).toBe(
      'Exception: Cannot call SpreadsheetApp.getUi() from this context.',
    );
    expect(g.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    expect(g.SpreadsheetApp.openById(id).getId()).toBe(id);
    expect(g.PropertiesService.getDocumentProperties()).not.toBeNull();
    env.setExecutionContext('ui');
    expect(g.SpreadsheetApp.getUi()).toBeTruthy();
  });

  test('runAsTrigger runs one trigger execution as its owner and restores the context', () => {
    const { env, g } = setup();
    g.LockService.getScriptLock().waitLock(10);
    const seen = env.runAsTrigger(
      () => {
        expect(() => g.SpreadsheetApp.getUi()).toThrow(/from this context/);
        // Another execution: the caller still holds its lock.
        expect(g.LockService.getScriptLock().tryLock(0)).toBe(false);
        g.LockService.getDocumentLock().waitLock(10);
        return g.Session.getEffectiveUser().getEmail();
      },
      { user: 'owner@dong.example' },
    );
    expect(seen).toBe('owner@dong.example');
    expect(g.LockService.getScriptLock().hasLock()).toBe(true);
    // The trigger's own lock went with its execution.
    expect(g.LockService.getDocumentLock().tryLock(0)).toBe(true);
    expect(g.Session.getActiveUser().getEmail()).toBe('manager1@dong.example');
    expect(g.SpreadsheetApp.getUi()).toBeTruthy();
  });
});

describe('counters', () => {
  test('one getValues on a 100-row range is one call, and cells are counted', () => {
    const { env, g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1');
    const rows = Array.from({ length: 100 }, (_, i) => [`name ${i}`, i, true]);
    env.counters.reset();
    sheet.getRange(2, 1, 100, 3).setValues(rows);
    const values = sheet.getRange(2, 1, 100, 3).getValues();
    expect(values).toHaveLength(100);
    expect(env.counters.snapshot()).toEqual({
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Sheet.getRange': 2,
    });
    expect(env.counters.cells()).toEqual({ read: 300, written: 300, searched: 0 });
    expect(env.counters.total('Range.')).toBe(2);
    expect(env.counters.total()).toBe(4);
  });

  test('per-cell access is visible in the counts', () => {
    const { env, g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    env.counters.reset();
    for (let r = 1; r <= 10; r++) sheet.getRange(r, 1).getValue();
    expect(env.counters.snapshot()['Range.getValue']).toBe(10);
    expect(env.counters.snapshot()['Spreadsheet.getSheets']).toBeUndefined();
  });

  test('every service is counted as Service.method', () => {
    const { env, g } = setup();
    env.counters.reset();
    g.SpreadsheetApp.getActiveSpreadsheet();
    g.PropertiesService.getScriptProperties().setProperty('a', '1');
    g.DocumentApp.create('d')
      .getBody()
      .appendTable([['a']]);
    g.MailApp.sendEmail('a@b.example', 's', 'b');
    g.Utilities.getUuid();
    const snap = env.counters.snapshot();
    for (const key of [
      'SpreadsheetApp.getActiveSpreadsheet',
      'PropertiesService.getScriptProperties',
      'Properties.setProperty',
      'DocumentApp.create',
      'Document.getBody',
      'Body.appendTable',
      'MailApp.sendEmail',
      'Utilities.getUuid',
    ]) {
      expect(snap[key]).toBe(1);
    }
  });

  test('internal state is not reachable through the objects', () => {
    const { g } = setup();
    const range = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1');
    expect(range._s).toBeUndefined();
    expect(JSON.stringify(range)).toBe('{}');
    expect(String(range)).toBe('Range');
  });
});
