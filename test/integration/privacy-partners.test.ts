/**
 * Partners never see client data. The partner spreadsheet is a separate spreadsheet made by the
 * add-on; these tests fill the workbook with the demo caseload, publish, and scan what partners
 * can open for every demo client's name, birth date and phone number.
 */
import { seedDemo } from '../../dev/demo/seed';
import type { AppContext } from '../../src/app/context';
import { publishResourcesOnSchedule, type PartnerSpreadsheets } from '../../src/app/publish';
import { MANAGER, refusal, startAddon, tabRows, type Harness } from '../support/addon-harness';
import { everything, rowsOf, setSetting } from '../support/resources-harness';

type Published = {
  spreadsheetId: string;
  url: string;
  count: number;
  sharedWith: string[];
  withheld: { name: string; reason: string }[];
};
type Client = { name: string; birthDate: string; phone: string };

const EMAILS = '협력기관 공유 이메일 (쉼표로 구분)';
const PARTNERS = ['welfare@partner.example', 'center@partner.example'];

function demo(): { h: Harness; clients: Client[]; caseNos: string[] } {
  // The referrals below are dated on the day the demo was seeded.
  const h = startAddon({ now: '2026-03-02T10:00:00+09:00' });
  const report = seedDemo(h.addon, h.env);
  expect(report.log.filter((line) => line.includes('FAILED'))).toEqual([]);
  const clients = report.caseNos.map((caseNo) => h.call<{ client: Client }>('getCase', { caseNo }).client);
  expect(clients.length).toBeGreaterThanOrEqual(6);
  setSetting(h, EMAILS, PARTNERS.join(', '));
  return { h, clients, caseNos: report.caseNos };
}

/** Every way a client's identifiers could appear in text. */
function identifiers(client: Client): string[] {
  const digits = client.phone.replace(/\D/g, '');
  return [
    client.name,
    client.birthDate,
    client.birthDate.replace(/-/g, '.'),
    client.birthDate.replace(/-/g, ''),
    client.phone,
    digits,
  ].filter((s) => s.length >= 2);
}

describe('the partner spreadsheet', () => {
  it('holds every shareable resource and no client data at all', () => {
    const { h, clients } = demo();
    const published = h.call<Published>('publishResources');
    const caseSheetId = h.env.activeSpreadsheetId();
    expect(published.spreadsheetId).not.toBe(caseSheetId);

    const shareable = h
      .call<{ resources: { name: string; shareable: boolean }[] }>('listResources', { shareable: true })
      .resources.map((r) => r.name)
      .sort();
    expect(shareable.length).toBeGreaterThan(0);
    const rows = rowsOf(h, published.spreadsheetId, '자원 목록');
    expect(rows.map((r) => r['자원명']).sort()).toEqual(shareable);
    expect(published.count).toBe(shareable.length);
    // The relational resource (a client's neighbour network) is not there.
    expect(rows.map((r) => r['자원명'])).not.toContain('햇살로 이웃 안부 모임');

    const text = everything(h, published.spreadsheetId);
    for (const client of clients)
      for (const marker of identifiers(client))
        expect({ client: client.name, found: text.includes(marker) }).toEqual({
          client: client.name,
          found: false,
        });
    // No internal field, no usage, no case number, no formula (IMPORTRANGE or any other).
    expect(Object.keys(rows[0]!)).not.toEqual(expect.arrayContaining(['내부 메모']));
    expect(text).not.toMatch(/행복-\d{4}-\d{4}/);
    // Staff who verified or edited a resource are not named (the file's owner is Drive metadata).
    expect(JSON.stringify(h.env.dumpSpreadsheet(published.spreadsheetId).sheets)).not.toContain(MANAGER);
    for (const sheet of h.env.dumpSpreadsheet(published.spreadsheetId).sheets)
      expect(Object.keys(sheet.formulas ?? {})).toEqual([]);
  });

  it('is shared as viewer with the listed partners only, and the case spreadsheet with nobody new', () => {
    const { h } = demo();
    const caseSheet = () => h.env.toJSON().spreadsheets.find((s) => s.id === h.env.activeSpreadsheetId())!;
    const before = { editors: caseSheet().editors, viewers: caseSheet().viewers };
    const published = h.call<Published>('publishResources');
    const partnerSheet = h.env.toJSON().spreadsheets.find((s) => s.id === published.spreadsheetId)!;
    expect([...partnerSheet.viewers].sort()).toEqual([...PARTNERS].sort());
    expect(partnerSheet.editors.filter((e) => e !== partnerSheet.owner)).toEqual([]);
    expect({ editors: caseSheet().editors, viewers: caseSheet().viewers }).toEqual(before);
  });

  it('is created once, remembered in 설정, and updated in place', () => {
    const { h } = demo();
    const first = h.call<Published>('publishResources');
    const settings = tabRows(h.env, '설정');
    expect(settings.find((r) => r['항목'] === '협력기관 자원목록 시트 ID')!['값']).toBe(first.spreadsheetId);

    h.call('saveResource', {
      name: '무료 법률상담',
      kind: 'material',
      provider: '행복 법률홈닥터',
      shareable: true,
    });
    setSetting(h, EMAILS, PARTNERS[0]!);
    const second = h.call<Published>('publishResources');
    expect(second.spreadsheetId).toBe(first.spreadsheetId);
    expect(second.count).toBe(first.count + 1);
    expect(h.env.toJSON().spreadsheets.filter((s) => s.name.includes('협력기관 공유'))).toHaveLength(1);
    // Dropped from the list in 설정: access is taken back.
    expect(h.env.toJSON().spreadsheets.find((s) => s.id === first.spreadsheetId)!.viewers).toEqual([
      PARTNERS[0],
    ]);
    expect(tabRows(h.env, '변경이력').filter((r) => r['작업'] === '자원목록 게시')).toHaveLength(2);
  });

  it('holds back a shareable resource whose public text names a client', () => {
    const { h } = demo();
    h.call('saveResource', {
      name: '반찬 나눔 (김하늘 님 이웃)',
      kind: 'human',
      provider: '햇살로 반찬가게',
      shareable: true,
    });
    const published = h.call<Published>('publishResources');
    expect(published.withheld).toEqual([
      expect.objectContaining({ reason: expect.stringContaining('대상자 이름') }),
    ]);
    expect(everything(h, published.spreadsheetId)).not.toContain('김하늘');
  });

  it('refuses to share with a mistyped partner address instead of guessing', () => {
    const { h } = demo();
    setSetting(h, EMAILS, 'welfare@partner.example, 복지관');
    expect(refusal(h, 'publishResources', undefined)).toContain('협력기관 공유 이메일');
  });
});

describe('publishing from the daily trigger', () => {
  it('republishes only when 설정 says so, and reports a failure instead of throwing', () => {
    const { h } = demo();
    const app = h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const utilities = h.env.globals.Utilities as GoogleAppsScript.Utilities.Utilities;
    const ctx: AppContext = {
      spreadsheet: app.openById(h.env.activeSpreadsheetId()),
      now: () => h.env.clock.now(),
      currentUser: () => MANAGER,
      zoneDay: (instant, zone) => utilities.formatDate(instant, zone, 'yyyy-MM-dd'),
      withDocumentLock: (work) => work(),
      properties: { get: () => null, set: () => undefined },
    };
    const sheets: PartnerSpreadsheets = {
      create: (name) => app.create(name),
      open: (id) => app.openById(id),
      bin: (id) =>
        (h.env.globals.DriveApp as GoogleAppsScript.Drive.DriveApp).getFileById(id).setTrashed(true),
    };
    expect(publishResourcesOnSchedule(ctx, sheets)).toMatchObject({
      published: null,
      skipped: expect.any(String),
    });
    setSetting(h, '자원 목록 매일 자동 게시 (예/아니오)', '예');
    expect(publishResourcesOnSchedule(ctx, sheets).published).toMatchObject({ count: 4 });
    setSetting(h, EMAILS, '복지관');
    expect(publishResourcesOnSchedule(ctx, sheets)).toMatchObject({
      published: null,
      error: expect.stringContaining('자동 게시 실패'),
    });
  });
});

describe('referral (의뢰)', () => {
  /** 김하늘 (the first demo case) consented to 행복동 새마을부녀회: 이름, 주소, 연락처; not 건강·가족. */
  function setUp() {
    const { h, caseNos } = demo();
    const caseNo = caseNos[0]!;
    const resources = h.call<{ resources: { resourceId: string; provider: string }[] }>(
      'listResources',
      {},
    ).resources;
    const side = resources.find((r) => r.provider === '행복동 새마을부녀회')!.resourceId;
    const other = resources.find((r) => r.provider === '행복종합사회복지관')!.resourceId;
    return { h, caseNo, side, other };
  }

  const referral = (caseNo: string, resourceId: string, fields: string[]) => ({
    caseNo,
    referredOn: '2026-03-02',
    resourceId,
    fields,
    purpose: '밑반찬 배달 연계',
    message: '주 2회 배달 부탁드립니다.',
  });

  it('is refused without the client’s consent to that partner, and writes nothing', () => {
    const { h, caseNo, other } = setUp();
    expect(refusal(h, 'referClient', referral(caseNo, other, ['name']))).toContain('정보제공 동의가 없어');
  });

  it('is refused for a field the consent does not name or withholds', () => {
    const { h, caseNo, side } = setUp();
    expect(refusal(h, 'referClient', referral(caseNo, side, ['name', 'birthDate']))).toContain('생년월일');
    expect(refusal(h, 'referClient', referral(caseNo, side, ['name', 'household']))).toContain(
      '제공하지 않기로 한',
    );
  });

  it('records exactly which fields went to whom and makes the 의뢰서 with those fields only', () => {
    const { h, caseNo, side } = setUp();
    const client = h.call<{ client: Client }>('getCase', { caseNo }).client;
    const result = h.call<{
      referralId: string;
      sharedFields: string[];
      consentId: string;
      url?: string;
      referral: { client: Record<string, string> };
    }>('referClient', referral(caseNo, side, ['name', 'address', 'phone']));
    expect(result.sharedFields).toEqual(['이름', '주소', '연락처']);
    expect(Object.keys(result.referral.client).sort()).toEqual(['address', 'name', 'phone']);
    const [row] = tabRows(h.env, '의뢰');
    expect(row).toMatchObject({
      의뢰번호: `${caseNo}-R1`,
      관리번호: caseNo,
      '의뢰 기관': '행복동 새마을부녀회',
      동의번호: result.consentId,
      '제공한 항목': '이름, 주소, 연락처',
      의뢰자: MANAGER,
    });
    // The values stay in the case: the 의뢰 tab holds field names, not the client's data.
    expect(JSON.stringify(row)).not.toContain(client.phone);
    expect(tabRows(h.env, '변경이력').filter((r) => r['작업'] === '의뢰')).toHaveLength(1);

    expect(result.url).toBeTruthy();
    const doc = h.env.documents().find((d) => d.url === result.url)!;
    expect(doc.text).toContain(client.name);
    expect(doc.text).toContain(client.phone);
    expect(doc.text).not.toContain(client.birthDate);
    expect(row!['의뢰서']).toBe(result.url);
  });

  it('masks a 주민등록번호 someone typed into the case by hand, in the 의뢰서 and the result', () => {
    const { h, caseNo, side } = setUp();
    const app = h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const cases = app.openById(h.env.activeSpreadsheetId()).getSheetByName('사례')!;
    const values = cases.getDataRange().getValues();
    const row = values.findIndex((r) => r[0] === caseNo) + 1;
    cases.getRange(row, values[0]!.indexOf('주소') + 1).setValue('햇살로 12 (주민번호 480517ㅡ2345678)');
    const result = h.call<{ url: string; referral: { client: Record<string, string> } }>(
      'referClient',
      referral(caseNo, side, ['name', 'address']),
    );
    expect(result.referral.client['address']).toBe('햇살로 12 (주민번호 ******-*******)');
    const doc = h.env.documents().find((d) => d.url === result.url)!;
    expect(doc.text).toContain('******-*******');
    expect(doc.text).not.toContain('2345678');
  });
});
