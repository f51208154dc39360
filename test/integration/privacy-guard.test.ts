/**
 * The partner guard on every output that leaves the 동: the partner spreadsheet and the shareable
 * HSDS export, and the document links the sidebar shows. A client's identifiers, written into a shareable resource in each of the spellings
 * the adversarial check used, never reach either; the resource is held back and named instead.
 */
import { RESOURCES } from '../../src/db/tables';
import { refusal, startAddon, type Harness } from '../support/addon-harness';
import { intake } from '../support/payloads';
import { caseWithPlan } from '../support/documents-harness';
import {
  activeSpreadsheet,
  everything,
  folderFiles,
  resource,
  setSetting,
} from '../support/resources-harness';

type Withheld = { resourceId: string; name: string; reason: string }[];

/** 김하늘, 1948-05-17, 010-2345-6789, 햇살로 12, case 행복-2026-0001 (the first case). */
const LEAKS: [string, Record<string, string>][] = [
  ['name', { description: '김하늘 님 댁 옆 반찬가게' }],
  ['name with a zero-width space', { description: '김\u200B하늘 님 이웃' }],
  ['name with a middle dot', { eligibility: '김·하늘 어르신' }],
  ['name in NFD', { description: `${'김하늘'.normalize('NFD')} 님 연결` }],
  ['phone', { contact: '010-2345-6789' }],
  ['phone with +82', { contact: '+82 10-2345-6789' }],
  ['phone without 010', { hours: '2345-6789로 먼저 연락' }],
  ['phone in full-width digits', { contact: '０１０－２３４５－６７８９' }],
  ['birth date', { eligibility: '1948-05-17생 어르신' }],
  ['birth date, Korean style', { eligibility: '1948년 5월 17일생' }],
  ['birth date, two-digit year', { eligibility: '48.5.17 어르신' }],
  ['address', { address: '햇살로 12' }],
  ['address in the description', { description: '햇살로12 할머니 댁에 배달' }],
  ['case number', { description: '행복-2026-0001 연계 자원' }],
  ['case number with other dashes', { description: '행복–2026–0001' }],
  ['name in the provider', { provider: '김하늘 이웃 모임' }],
  ['name in the resource name', { name: '반찬 나눔 (김하늘)' }],
];

function stocked(): { h: Harness; leaky: string[] } {
  const h = startAddon();
  h.call('saveIntake', {
    ...intake({
      client: {
        name: '김하늘',
        birthDate: '1948-05-17',
        phone: '010-2345-6789',
        address: '행복구 햇살로 12, 3층',
      },
    }),
  });
  h.call('saveResource', resource({ name: '도시락 배달' }));
  const leaky = LEAKS.map(
    ([what, fields]) =>
      h.call<{ resourceId: string }>('saveResource', resource({ name: `자원 (${what})`, ...fields }))
        .resourceId,
  );
  setSetting(h, '협력기관 공유 이메일 (쉼표로 구분)', 'welfare@partner.example');
  return { h, leaky };
}

const CLIENT_TEXT = [/하늘/, /2345.?6789/, /1948.?0?5.?17/, /햇살로\s*12/, /행복.2026.0001/];

describe.each([
  [
    'the partner spreadsheet',
    (h: Harness) => {
      const published = h.call<{ spreadsheetId: string; withheld: Withheld; count: number }>(
        'publishResources',
      );
      return {
        text: everything(h, published.spreadsheetId),
        withheld: published.withheld,
        count: published.count,
      };
    },
  ],
  [
    'the shareable HSDS export',
    (h: Harness) => {
      const exported = h.call<{ folderId: string; withheld: Withheld; count: number }>(
        'exportResourcesCsv',
        {},
      );
      const text = folderFiles(h, exported.folderId)
        .map((f) => f.content)
        .join('\n');
      return { text, withheld: exported.withheld, count: exported.count };
    },
  ],
])('%s', (_, output) => {
  it('holds back every resource that carries a client’s data, however it is spelled', () => {
    const { h, leaky } = stocked();
    const { text, withheld, count } = output(h);
    expect(withheld.map((w) => w.resourceId).sort()).toEqual([...leaky].sort());
    expect(count).toBe(1);
    expect(text).toContain('도시락 배달');
    for (const pattern of CLIENT_TEXT)
      expect(text.normalize('NFC').replace(/[\u200B·]/g, '')).not.toMatch(pattern);
    for (const w of withheld) expect(w.reason).toMatch(/대상자 (이름|전화번호|생년월일|주소)|관리번호/);
  });

  it('holds back a resource whose text, edited by hand in the 자원 tab, carries a 주민등록번호', () => {
    const h = startAddon();
    h.call('saveResource', resource({ name: '도시락 배달' }));
    const { resourceId } = h.call<{ resourceId: string }>('saveResource', resource({ name: '반찬 나눔' }));
    setSetting(h, '협력기관 공유 이메일 (쉼표로 구분)', 'welfare@partner.example');
    // The sidebar refuses one; a person typing into the tab is not asked.
    const sheet = activeSpreadsheet(h).getSheetByName(RESOURCES.name)!;
    const values = sheet.getDataRange().getValues();
    const column = values[0]!.indexOf(RESOURCES.columns.eligibility.header) + 1;
    const row = values.findIndex((r) => r.includes(resourceId)) + 1;
    sheet.getRange(row, column).setNumberFormat('@').setValue('김하늘 (480517 2345678) 어르신');
    const { text, withheld, count } = output(h);
    expect(withheld).toEqual([
      expect.objectContaining({ resourceId, reason: expect.stringContaining('주민등록번호') }),
    ]);
    expect(count).toBe(1);
    expect(text).not.toMatch(/480517|2345678/);
  });
});

describe('a document link edited by hand in the 문서 tab', () => {
  it.each([
    'javascript:alert(document.cookie)',
    'https://docs.google.com.evil.example/x',
    'http://docs.google.com/x',
  ])('is not handed to the sidebar as a link: %s', (typed) => {
    const h = startAddon();
    const caseNo = caseWithPlan(h);
    const made = h.call<{ url: string }>('generatePlanDocument', { caseNo });
    expect(made.url).toMatch(/^https:\/\/docs\.google\.com\//);
    const sheet = activeSpreadsheet(h).getSheetByName('문서')!;
    const values = sheet.getDataRange().getValues();
    const column = values[0]!.indexOf('링크') + 1;
    sheet.getRange(2, column).setValue(typed);
    const listed = h.call<{ documents: { url: string }[] }>('listCaseDocuments', { caseNo });
    expect(listed.documents.map((d) => d.url)).toEqual(['']);
  });
});

describe('publishing to a spreadsheet id in 설정', () => {
  const ID_SETTING = '협력기관 자원목록 시트 ID';

  it('refuses a spreadsheet the add-on did not make, and leaves its tabs and viewers alone', () => {
    const { h } = stocked();
    const app = h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const other = app.create('2026 예산 (다른 팀)');
    other.getSheets()[0]!.setName('자원 목록').getRange(1, 1).setValue('다른 팀의 표');
    other.addViewer('team@dong.example');
    const before = JSON.stringify(h.env.toJSON().spreadsheets.find((s) => s.id === other.getId()));
    setSetting(h, ID_SETTING, other.getId());
    const message = refusal(h, 'publishResources', undefined);
    expect(message).toContain('이 사례관리 시트가 게시해 온 자원 목록이 아닙니다');
    expect(JSON.stringify(h.env.toJSON().spreadsheets.find((s) => s.id === other.getId()))).toBe(before);
  });

  it('refuses a file holding a copy of its partner sheet, 안내 and all, and leaves it alone', () => {
    const { h } = stocked();
    const app = h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const made = h.call<{ spreadsheetId: string }>('publishResources');
    const about = app.openById(made.spreadsheetId).getSheetByName('안내')!.getDataRange().getValues();
    // What 사본 만들기, or pasting the 안내 tab into another file, leaves: the same rows, another file.
    const copy = app.create('자원 목록 사본 (다른 팀이 고쳐 쓰는 중)');
    copy.getSheets()[0]!.setName('안내').getRange(1, 1, about.length, 2).setValues(about);
    copy.insertSheet('자원 목록').getRange(1, 1).setValue('다른 팀의 표');
    copy.addViewer('team@dong.example');
    const before = JSON.stringify(h.env.toJSON().spreadsheets.find((s) => s.id === copy.getId()));
    setSetting(h, ID_SETTING, copy.getId());
    const message = refusal(h, 'publishResources', undefined);
    expect(message).toContain('이 사례관리 시트가 게시해 온 자원 목록이 아닙니다');
    expect(JSON.stringify(h.env.toJSON().spreadsheets.find((s) => s.id === copy.getId()))).toBe(before);
  });

  it('keeps writing the partner spreadsheet it made', () => {
    const { h } = stocked();
    const first = h.call<{ spreadsheetId: string }>('publishResources');
    expect(h.call<{ spreadsheetId: string }>('publishResources').spreadsheetId).toBe(first.spreadsheetId);
  });
});

describe('a 주민등록번호 typed into the sheet by hand', () => {
  it('is masked in the case the sidebar reads and in the document made from it', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h);
    const sheet = activeSpreadsheet(h).getSheetByName('초기상담')!;
    const column = sheet.getDataRange().getValues()[0]!.indexOf('주 호소 문제') + 1;
    sheet.getRange(2, column).setValue('주민번호 4805１７ㅡ2345678 받아 둠');
    const file = JSON.stringify(h.call('getCase', { caseNo }));
    expect(file).toContain('주민번호 ******-******* 받아 둠');
    expect(file).not.toContain('2345678');
    const preview = h.call<{ html: string }>('previewCaseDocument', { caseNo, form: 'intake' });
    expect(preview.html).toContain('******-*******');
    expect(preview.html).not.toContain('2345678');
  });
});
