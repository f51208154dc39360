import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR } from '../../dev/addon-loader';
import { startAddon } from '../support/addon-harness';

/** Every entry point of CONTRACT.md; a bundling mistake that drops one fails here. */
const ENTRY_POINTS = [
  'onOpen',
  'onInstall',
  'setupWorkbook',
  'showSidebar',
  'saveIntake',
  'saveAssessment',
  'savePlan',
  'recordCheck',
  'closeCase',
  'getCase',
  'listCases',
  'runDailyReminders',
  'generatePlanDocument',
  'saveResource',
  'publishResources',
  'saveHouseholdMembers',
  'linkHousehold',
  'unlinkHousehold',
  'amendAssessment',
  'amendPlanItem',
  'amendCheck',
];

describe('the built bundle (dist/)', () => {
  const code = readFileSync(path.join(DIST_DIR, 'Code.js'), 'utf8');

  it.each(ENTRY_POINTS)('declares %s as a callable top-level function', (name) => {
    const { addon } = startAddon({ setup: false });
    expect(addon.functionNames()).toContain(name);
    expect(typeof addon.fn(name)).toBe('function');
  });

  it('is plain Apps Script: no module syntax, no Node API', () => {
    expect(code).not.toMatch(/^\s*(export|import)\s/m);
    expect(code).not.toMatch(/\brequire\(["']/);
    expect(code).not.toMatch(/\bprocess\.env\b/);
  });

  it('ships a manifest with V8, Seoul time and an explicit scope list', () => {
    const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, 'appsscript.json'), 'utf8'));
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Seoul' });
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
  });

  it('ships a self-contained sidebar: inline script and style, nothing fetched', () => {
    const html = readFileSync(path.join(DIST_DIR, 'sidebar.html'), 'utf8');
    expect(html).toMatch(/<script>[\s\S]{1000,}<\/script>/);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href=/);
    // URLs may appear as string constants (XML namespaces, JSON-schema ids); none may be loaded.
    expect(html).not.toMatch(/url\(\s*['"]?https?:/);
    expect(html).not.toMatch(/@import/);
    expect(html).not.toMatch(/\bfetch\(|XMLHttpRequest/);
  });
});

describe('opening the spreadsheet', () => {
  it('builds the Korean add-on menu in AuthMode.NONE without touching any data', () => {
    const { env, addon } = startAddon({ setup: false });
    env.setAuthMode('NONE');
    env.counters.reset();
    const ScriptApp = env.globals.ScriptApp as { AuthMode: Record<string, unknown> };
    addon.fn('onOpen')!({ authMode: ScriptApp.AuthMode.NONE });
    const menu = env.ui.menus[env.ui.menus.length - 1]!;
    expect(menu.items).toEqual(
      expect.arrayContaining([
        { caption: '사례관리 열기', functionName: 'showSidebar' },
        // The menu's run reports what it did in a dialog (test/integration/setup-menu.test.ts).
        { caption: '시트 준비·복구', functionName: 'setupWorkbookFromMenu' },
      ]),
    );
    const touched = Object.keys(env.counters.snapshot()).filter((key) => env.counters.snapshot()[key]! > 0);
    expect(touched.every((key) => /^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(key))).toBe(true);
  });

  it('onInstall builds the same menu', () => {
    const { env, addon } = startAddon({ setup: false });
    addon.fn('onInstall')!({});
    expect(env.ui.menus.at(-1)!.items).toContainEqual({
      caption: '사례관리 열기',
      functionName: 'showSidebar',
    });
  });

  it('showSidebar opens the built sidebar titled 동 사례관리', () => {
    const { env, call } = startAddon({ setup: false });
    call('showSidebar');
    const sidebar = env.ui.sidebars.at(-1)!;
    expect(sidebar.title).toBe('동 사례관리');
    expect(sidebar.html).toContain('<div id="app">');
  });

  it('the sidebar page carries who opened it, ahead of the app, so its first lists are theirs', () => {
    const { env, call } = startAddon({ setup: false });
    call('showSidebar');
    const html = env.ui.sidebars.at(-1)!.html;
    expect(html.indexOf('window.DONG_CASE_USER="kim.sw@dong.example"')).toBeGreaterThanOrEqual(0);
    expect(html.indexOf('DONG_CASE_USER')).toBeLessThan(html.indexOf('<div id="app">'));
    // An address can never close the script tag.
    env.setUser('a</script><script>alert(1)</script>@dong.example');
    call('showSidebar');
    expect(env.ui.sidebars.at(-1)!.html).not.toContain('a</script>');
  });
});

describe('setupWorkbook', () => {
  const TABS = [
    '사례',
    '초기상담',
    '욕구사정',
    '욕구',
    '사례회의',
    '정보제공동의',
    '서비스계획',
    '계획항목',
    '점검',
    '종결',
    '사후관리',
    '변경이력',
    '설정',
  ];

  it('creates every tab with frozen Korean headers and default settings', () => {
    const { env } = startAddon();
    const sheets = env.toJSON().spreadsheets[0]!.sheets;
    for (const tab of TABS) {
      const sheet = sheets.find((s) => s.name === tab);
      expect(sheet).toBeDefined();
      expect(sheet!.frozenRows).toBe(1);
    }
    const cases = env.dumpSpreadsheet().sheets.find((s) => s.name === '사례')!;
    expect(cases.values[0]!.slice(0, 3)).toEqual(['관리번호', '대상자명', '생년월일']);
    const settings = env.dumpSpreadsheet().sheets.find((s) => s.name === '설정')!;
    expect(settings.values.map((row) => row[0])).toContain('재사정 주기 (개월)');
  });

  it('changes nothing when run a second time', () => {
    const { env, call } = startAddon();
    const first = JSON.stringify(env.toJSON().spreadsheets);
    call('setupWorkbook');
    // The whole state this time (formats, validations, protections too), not just values.
    expect(JSON.stringify(env.toJSON().spreadsheets)).toBe(first);
  });

  it('repairs a deleted tab and a deleted column without touching the rest', () => {
    const { env, call } = startAddon();
    call('saveIntake', {
      client: { name: '박민준', birthDate: '1960-01-01' },
      intakeDate: '2026-03-02',
      discovery: 'walkIn',
      presentingProblem: '실직',
      intakeOutcome: 'caseManagementReferral',
    });
    const ss = (
      env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActiveSpreadsheet();
    ss.deleteSheet(ss.getSheetByName('점검')!);
    ss.getSheetByName('사례')!.deleteColumn(4); // 연락처
    const report = call<{ createdTabs: string[]; addedColumns: string[] }>('setupWorkbook');
    expect(report.createdTabs).toEqual(['점검']);
    expect(report.addedColumns).toEqual(['사례!연락처']);
    expect(call<{ cases: { clientName: string }[] }>('listCases', {}).cases[0]!.clientName).toBe('박민준');
  });
});

describe('the data-health report', () => {
  it('names each row a person broke by hand, and the add-on keeps working', () => {
    const { env, call } = startAddon();
    const { caseNo } = call<{ caseNo: string }>('saveIntake', {
      client: { name: '박민준', birthDate: '1960-01-01' },
      intakeDate: '2026-03-02',
      discovery: 'walkIn',
      presentingProblem: '실직',
      intakeOutcome: 'caseManagementReferral',
    });
    const ss = (
      env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActiveSpreadsheet();
    const cases = ss.getSheetByName('사례')!;
    const header = cases.getRange(1, 1, 1, cases.getLastColumn()).getValues()[0]!.map(String);
    cases
      .getRange(2, header.indexOf('접수일') + 1)
      .setNumberFormat('@')
      .setValue('지난주 월요일');
    const report = call<{
      problems: { table: string; rowNumber: number; column: string; problem: string }[];
    }>('checkDataHealth');
    expect(report.problems).toEqual([
      { table: '사례', rowNumber: 2, column: '접수일', problem: '날짜가 아닙니다: "지난주 월요일"' },
    ]);
    expect(call<{ problemCount: number }>('listCases', {}).problemCount).toBe(1);
    expect(call<{ caseNo: string }>('getCase', { caseNo }).caseNo).toBe(caseNo);
  });
});
