import { setup, thrown } from './helpers';

describe('ScriptApp triggers (add-on rules)', () => {
  test('a daily trigger is recorded with its schedule', () => {
    const { env, g } = setup();
    const t = g.ScriptApp.newTrigger('runDailyReminders')
      .timeBased()
      .everyDays(1)
      .atHour(8)
      .nearMinute(30)
      .inTimezone('Asia/Seoul')
      .create();
    expect(t.getHandlerFunction()).toBe('runDailyReminders');
    expect(t.getEventType()).toBe(g.ScriptApp.EventType.CLOCK);
    expect(t.getTriggerSource()).toBe(g.ScriptApp.TriggerSource.CLOCK);
    expect(env.triggers()).toMatchObject([
      {
        handlerFunction: 'runDailyReminders',
        eventType: 'CLOCK',
        everyDays: 1,
        atHour: 8,
        owner: 'manager1@dong.example',
        documentId: env.activeSpreadsheetId(),
      },
    ]);
    expect(g.ScriptApp.getProjectTriggers().map((x: { getUniqueId(): string }) => x.getUniqueId())).toEqual([
      t.getUniqueId(),
    ]);
    expect(g.ScriptApp.getUserTriggers(g.SpreadsheetApp.getActiveSpreadsheet())).toHaveLength(1);
  });

  test('a second time-driven trigger for the same user and document throws', () => {
    const { env, g } = setup();
    g.ScriptApp.newTrigger('a').timeBased().everyDays(1).create();
    expect(thrown(() => g.ScriptApp.newTrigger('b').timeBased().everyHours(6).create())).toMatch(
      /too many time-based triggers/,
    );
    // After deleting it, one may be created again; another user may have their own.
    g.ScriptApp.deleteTrigger(g.ScriptApp.getProjectTriggers()[0]);
    g.ScriptApp.newTrigger('b').timeBased().everyHours(6).create();
    env.setUser('manager2@dong.example');
    g.ScriptApp.newTrigger('b').timeBased().everyHours(6).create();
    expect(env.triggers()).toHaveLength(2);
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(1);
  });

  test('time-driven triggers may not run more often than hourly', () => {
    const { g } = setup();
    expect(() => g.ScriptApp.newTrigger('a').timeBased().everyMinutes(30)).toThrow(
      /more often than once an hour/,
    );
    expect(() => g.ScriptApp.newTrigger('a').timeBased().everyHours(0)).toThrow(/Invalid argument/);
    expect(() => g.ScriptApp.newTrigger('a').timeBased().everyHours(3)).toThrow(/Invalid argument/);
    expect(() => g.ScriptApp.newTrigger('a').timeBased().create()).toThrow();
  });

  test('spreadsheet triggers and authorization info', () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const t = g.ScriptApp.newTrigger('onOpenInstalled').forSpreadsheet(ss).onOpen().create();
    expect(t.getEventType()).toBe('ON_OPEN');
    expect(t.getTriggerSourceId()).toBe(ss.getId());
    const info = g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe(g.ScriptApp.AuthorizationStatus.NOT_REQUIRED);
  });
});

describe('PropertiesService', () => {
  test('script, document and per-user stores', () => {
    const { env, g } = setup();
    const props = g.PropertiesService;
    props.getScriptProperties().setProperty('a', '1');
    props.getDocumentProperties().setProperties({ id: 'x', n: 2 });
    props.getUserProperties().setProperty('me', 'one');
    expect(props.getDocumentProperties().getProperties()).toEqual({ id: 'x', n: '2' });
    env.setUser('manager2@dong.example');
    expect(props.getUserProperties().getProperty('me')).toBeNull();
    expect(props.getScriptProperties().getKeys()).toEqual(['a']);
    props.getDocumentProperties().setProperties({ only: 'this' }, true);
    expect(props.getDocumentProperties().getKeys()).toEqual(['only']);
    props.getDocumentProperties().deleteProperty('only');
    expect(props.getDocumentProperties().getProperty('only')).toBeNull();
  });

  test('script properties: one store for every user and for a run without a document', () => {
    // https://developers.google.com/apps-script/guides/properties: "All users of a script, add-on,
    // or web app" share them; document properties only "within the open document".
    const { env, g } = setup({ triggerHasDocument: false });
    const props = g.PropertiesService;
    props.getScriptProperties().setProperty('audit.key.one', 'k');
    env.setUser('manager2@dong.example');
    expect(props.getScriptProperties().getProperty('audit.key.one')).toBe('k');
    env.setExecutionContext('trigger');
    expect(props.getDocumentProperties()).toBeNull();
    expect(props.getScriptProperties().getProperty('audit.key.one')).toBe('k');
    env.setExecutionContext('ui');
  });

  test('a value over 9 KB or a store over 500 KB throws', () => {
    const { g } = setup();
    const store = g.PropertiesService.getScriptProperties();
    expect(thrown(() => store.setProperty('big', 'x'.repeat(9 * 1024 + 1)))).toBe(
      'Exception: Argument too large: value',
    );
    // Korean text is 3 bytes a character in UTF-8.
    expect(() => store.setProperty('ko', '가'.repeat(3100))).toThrow(/Argument too large/);
    const chunk = 'y'.repeat(9000);
    for (let i = 0; i < 56; i++) store.setProperty(`k${i}`, chunk);
    expect(thrown(() => store.setProperty('k57', chunk))).toBe(
      'Exception: You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(store.getProperty('k57')).toBeNull();
  });
});

describe('CacheService', () => {
  test('entries expire by the fake clock (default 600 s)', () => {
    const { env, g } = setup();
    const cache = g.CacheService.getScriptCache();
    cache.put('short', 'v', 60);
    cache.put('default', 'v');
    cache.putAll({ a: '1', b: '2' }, 21600);
    expect(cache.getAll(['a', 'b', 'zz'])).toEqual({ a: '1', b: '2' });
    env.clock.advance(59_000);
    expect(cache.get('short')).toBe('v');
    env.clock.advance(1_000);
    expect(cache.get('short')).toBeNull();
    env.clock.advance(540_000);
    expect(cache.get('default')).toBeNull();
    expect(cache.get('a')).toBe('1');
    g.Utilities.sleep(300000);
    cache.remove('a');
    expect(cache.get('a')).toBeNull();
  });

  test('limits: value 100 KB, expiration 6 h', () => {
    const { g } = setup();
    const cache = g.CacheService.getUserCache();
    expect(() => cache.put('k', 'x'.repeat(100 * 1024 + 1))).toThrow(/Argument too large: value/);
    expect(() => cache.put('k', 'v', 21601)).toThrow(/expirationInSeconds/);
    expect(g.CacheService.getDocumentCache()).not.toBeNull();
  });
});

describe('LockService', () => {
  test('another execution holding the document lock makes waitLock throw', () => {
    const { env, g } = setup();
    const start = env.clock.now().getTime();
    const other = env.holdLock('document');
    const lock = g.LockService.getDocumentLock();
    expect(thrown(() => lock.waitLock(10000))).toBe(
      'Exception: Lock timeout: another process was holding the lock for too long.',
    );
    expect(env.clock.now().getTime() - start).toBe(10000);
    expect(lock.tryLock(500)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    other();
    expect(lock.tryLock(500)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  test('a hold that ends within the timeout lets the waiter in at that moment', () => {
    const { env, g } = setup();
    const start = env.clock.now().getTime();
    env.holdLock('script', { forMs: 3000 });
    g.LockService.getScriptLock().waitLock(30000);
    expect(env.clock.now().getTime() - start).toBe(3000);
  });

  test('locks of this execution are shared and released when the execution ends', () => {
    const { env, g } = setup();
    g.LockService.getScriptLock().waitLock(1000);
    expect(g.LockService.getScriptLock().hasLock()).toBe(true);
    env.newExecution();
    expect(g.LockService.getScriptLock().hasLock()).toBe(false);
    expect(g.LockService.getScriptLock().tryLock(0)).toBe(true);
  });
});

describe('MailApp', () => {
  test('mails are recorded with their options', () => {
    const { env, g } = setup();
    g.MailApp.sendEmail('a@dong.example', '오늘의 할 일', 'body', {
      htmlBody: '<b>x</b>',
      name: '동 사례관리',
      cc: 'b@dong.example',
      noReply: true,
    });
    g.MailApp.sendEmail({
      to: 'c@dong.example,d@dong.example',
      subject: 's',
      body: 'b',
      replyTo: 'boss@dong.example',
    });
    expect(env.mails()).toMatchObject([
      {
        to: 'a@dong.example',
        cc: 'b@dong.example',
        subject: '오늘의 할 일',
        htmlBody: '<b>x</b>',
        name: '동 사례관리',
        noReply: true,
        sentBy: 'manager1@dong.example',
        sentAt: '2026-03-02T00:00:00.000Z',
      },
      { to: 'c@dong.example,d@dong.example', replyTo: 'boss@dong.example' },
    ]);
    expect(g.MailApp.getRemainingDailyQuota()).toBe(96);
  });

  test('the daily quota counts recipients and is exhausted with Apps Script’s message', () => {
    const { env, g } = setup();
    env.setMailQuota(3);
    g.MailApp.sendEmail('a@dong.example,b@dong.example', 's', 'b');
    expect(g.MailApp.getRemainingDailyQuota()).toBe(1);
    expect(
      thrown(() =>
        g.MailApp.sendEmail({ to: 'a@dong.example', cc: 'b@dong.example', subject: 's', body: 'b' }),
      ),
    ).toBe('Exception: Service invoked too many times for one day: email.');
    g.MailApp.sendEmail('a@dong.example', 's', 'b');
    expect(() => g.MailApp.sendEmail('a@dong.example', 's', 'b')).toThrow(/too many times/);
    env.clock.advance(24 * 3600 * 1000);
    expect(g.MailApp.getRemainingDailyQuota()).toBe(3);
  });

  test('bad recipients are refused', () => {
    const { g } = setup();
    expect(() => g.MailApp.sendEmail('not-an-email', 's', 'b')).toThrow(/Invalid email/);
    expect(() => g.MailApp.sendEmail({ subject: 's', body: 'b' })).toThrow(/no recipient/);
  });
});

describe('Session, Logger, console', () => {
  test('users, locale and time zone', () => {
    const { env, g } = setup();
    expect(g.Session.getActiveUser().getEmail()).toBe('manager1@dong.example');
    expect(g.Session.getEffectiveUser().getEmail()).toBe('manager1@dong.example');
    expect(g.Session.getActiveUserLocale()).toBe('ko');
    expect(g.Session.getScriptTimeZone()).toBe('Asia/Seoul');
    const key = g.Session.getTemporaryActiveUserKey();
    env.setUser('manager2@dong.example');
    expect(g.Session.getTemporaryActiveUserKey()).not.toBe(key);
  });

  test('Logger and console record quietly', () => {
    const { env, g } = setup();
    g.Logger.log('count %s', 3);
    (g.console as Console).warn('careful');
    expect(env.logs()).toEqual(['count 3', '[warn] careful']);
  });
});
