import { setup, thrown } from './helpers';

describe('Utilities', () => {
  const when = new Date('2026-03-01T15:05:09.042Z'); // 2026-03-02 00:05:09 in Seoul, a Monday

  test.each([
    ['yyyy-MM-dd', '2026-03-02'],
    ['yy.M.d', '26.3.2'],
    ['yyyy년 M월 d일 (E)', '2026년 3월 2일 (Mon)'],
    ['EEEE', 'Monday'],
    ['HH:mm:ss.SSS', '00:05:09.042'],
    ['h:mm a', '12:05 AM'],
    ["yyyy-MM-dd'T'HH:mm:ssXXX", '2026-03-02T00:05:09+09:00'],
    ["'오늘은' MMM d", '오늘은 Mar 2'],
    ["''yy''", "'26'"],
    ['Z z', '+0900 KST'],
  ])('formatDate in Asia/Seoul with %s', (pattern, expected) => {
    const { g } = setup();
    expect(g.Utilities.formatDate(when, 'Asia/Seoul', pattern)).toBe(expected);
  });

  test('formatDate in other zones and bad patterns', () => {
    const { g } = setup();
    expect(g.Utilities.formatDate(when, 'UTC', 'yyyy-MM-dd HH:mm')).toBe('2026-03-01 15:05');
    expect(g.Utilities.formatDate(when, 'GMT+9', 'yyyy-MM-dd')).toBe('2026-03-02');
    expect(() => g.Utilities.formatDate(when, 'Asia/Seoul', 'yyyy-qq')).toThrow(
      /Illegal pattern character 'q'/,
    );
    expect(() => g.Utilities.formatDate('2026-03-02', 'Asia/Seoul', 'yyyy')).toThrow();
  });

  test('parseDate reads wall-clock time in the zone', () => {
    const { g } = setup();
    expect(g.Utilities.parseDate('2026-03-02', 'Asia/Seoul', 'yyyy-MM-dd').toISOString()).toBe(
      '2026-03-01T15:00:00.000Z',
    );
  });

  test('sleep advances the fake clock', () => {
    const { env, g } = setup();
    const before = env.clock.now().getTime();
    g.Utilities.sleep(1500);
    expect(env.clock.now().getTime() - before).toBe(1500);
  });

  test('blobs, base64 and digests', () => {
    const { g } = setup();
    const blob = g.Utilities.newBlob('한글', 'text/plain', 'a.txt');
    expect(blob.getDataAsString()).toBe('한글');
    expect(blob.getBytes()).toEqual([-19, -107, -100, -22, -72, -128]);
    expect(blob.getContentType()).toBe('text/plain');
    expect(blob.setName('b.txt').getName()).toBe('b.txt');
    expect(g.Utilities.newBlob(blob.getBytes()).getDataAsString()).toBe('한글');
    expect(g.Utilities.base64Encode('hi')).toBe('aGk=');
    expect(g.Utilities.newBlob(g.Utilities.base64Decode('aGk=')).getDataAsString()).toBe('hi');
    const digest = g.Utilities.computeDigest(g.Utilities.DigestAlgorithm.SHA_256, 'abc');
    expect(digest).toHaveLength(32);
    expect(digest[0]).toBe(-70); // 0xba
    expect(g.Utilities.getUuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(g.Utilities.formatString('%s-%03d', 'A', 7)).toBe('A-007');
  });
});

describe('HtmlService and Ui', () => {
  test('createHtmlOutputFromFile reads the project file or fails like Apps Script', () => {
    const { env, g } = setup({
      readProjectFile: (name) => (name === 'sidebar.html' ? '<p>사이드바</p>' : undefined),
    });
    const out = g.HtmlService.createHtmlOutputFromFile('sidebar').setTitle('동 사례관리').setWidth(300);
    expect(out.getContent()).toBe('<p>사이드바</p>');
    expect(out.getTitle()).toBe('동 사례관리');
    expect(thrown(() => g.HtmlService.createHtmlOutputFromFile('missing'))).toBe(
      'Exception: No HTML file named missing was found.',
    );
    g.SpreadsheetApp.getUi().showSidebar(out);
    expect(env.ui.sidebars).toEqual([{ title: '동 사례관리', html: '<p>사이드바</p>', file: 'sidebar' }]);
  });

  test('HtmlOutput builders and enums', () => {
    const { g } = setup();
    const out = g.HtmlService.createHtmlOutput('<b>')
      .append('x</b>')
      .setSandboxMode(g.HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(g.HtmlService.XFrameOptionsMode.ALLOWALL)
      .addMetaTag('viewport', 'width=device-width');
    expect(out.getContent()).toBe('<b>x</b>');
    out.setContent('y');
    expect(out.getContent()).toBe('y');
  });

  test('templates evaluate scriptlets with their variables', () => {
    const { g } = setup();
    const t = g.HtmlService.createTemplate(
      '<h1><?= title ?></h1><? for (const i of items) { ?><li><?!= i ?></li><? } ?>',
    );
    t.title = '<사례>';
    t.items = ['<i>a</i>', 'b'];
    expect(t.evaluate().getContent()).toBe('<h1>&lt;사례&gt;</h1><li><i>a</i></li><li>b</li>');
  });

  test('dialogs, alerts, prompts and toasts are recorded', () => {
    const { env, g } = setup();
    const ui = g.SpreadsheetApp.getUi();
    ui.showModalDialog(g.HtmlService.createHtmlOutput('d').setWidth(400).setHeight(300), '문서');
    expect(env.ui.dialogs).toEqual([{ title: '문서', html: 'd', modal: true, width: 400, height: 300 }]);
    expect(ui.alert('저장했습니다')).toBe(ui.Button.OK);
    expect(ui.alert('확인', '지울까요?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    env.queueAlertResponse('NO');
    expect(ui.alert('확인', '지울까요?', ui.ButtonSet.YES_NO)).toBe('NO');
    expect(ui.prompt('이름?').getSelectedButton()).toBe(ui.Button.CLOSE);
    env.queuePromptResponse('OK', '김철수');
    const r = ui.prompt('이름?', ui.ButtonSet.OK_CANCEL);
    expect([r.getSelectedButton(), r.getResponseText()]).toEqual(['OK', '김철수']);
    expect(env.ui.alerts).toHaveLength(5);
    g.SpreadsheetApp.getActiveSpreadsheet().toast('저장됨', '동 사례관리');
    expect(env.ui.toasts).toEqual([{ message: '저장됨', title: '동 사례관리' }]);
  });

  test('menus with sub-menus; adding the same menu again replaces it', () => {
    const { env, g } = setup();
    const ui = g.SpreadsheetApp.getUi();
    const sub = ui.createMenu('보고서').addItem('월간', 'monthly');
    ui.createMenu('사례').addItem('열기', 'open').addSubMenu(sub).addToUi();
    ui.createMenu('사례').addItem('열기', 'open').addToUi();
    expect(env.ui.menus).toEqual([{ title: '사례', items: [{ caption: '열기', functionName: 'open' }] }]);
    ui.createAddonMenu().addSubMenu(sub).addToUi();
    expect(env.ui.menus[1]).toEqual({
      title: 'Add-on',
      items: [
        { caption: '보고서', functionName: '', submenu: [{ caption: '월간', functionName: 'monthly' }] },
      ],
    });
  });
});
