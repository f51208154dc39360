import {
  isKorean,
  MANAGER,
  refusal,
  startAddon,
  tabRows,
  type Harness,
  type CaseFile,
} from '../support/addon-harness';
import { formulaCells, spreadsheetOf } from '../support/robustness-harness';
import * as P from '../support/payloads';

/**
 * 가구 (issue 14): the client's household members as rows of the 가구원 tab, and the cases of one
 * household linked by a 가구번호. Through dist/ on the fakes, as the sidebar calls them.
 */
const TODAY = '2026-05-01';

function twoCases(): { h: Harness; first: string; second: string; third: string } {
  const h = startAddon({ now: `${TODAY}T10:00:00+09:00` });
  const open = (name: string, birthDate: string) =>
    h.call<{ caseNo: string }>('saveIntake', P.intake({ client: { name, birthDate } })).caseNo;
  return {
    h,
    first: open('김하늘', '1948-03-03'),
    second: open('김바다', '1975-07-07'),
    third: open('이산', '1961-02-02'),
  };
}

const getCase = (h: Harness, caseNo: string) => h.call<CaseFile>('getCase', { caseNo });
const audit = (h: Harness, caseNo: string, action: string) =>
  tabRows(h.env, '변경이력')
    .filter((r) => r['관리번호'] === caseNo && r['작업'] === action)
    .map((r) => r['내용']);
const memberRows = (h: Harness) => tabRows(h.env, '가구원');

const SPOUSE = { relation: 'spouse', birthYear: 1950, note: '거동 불편' };
const CHILD = { relation: '자녀', birthYear: '1978', note: '타지 거주' };

describe('saveHouseholdMembers', () => {
  it('saves the members as rows, shows them in getCase and audits what changed', () => {
    const { h, first } = twoCases();
    const { version } = getCase(h, first);
    const saved = h.call<CaseFile>('saveHouseholdMembers', {
      caseNo: first,
      version,
      members: [SPOUSE, CHILD],
    });
    expect(saved.version).toBe(version + 1);
    expect(saved.household.members).toEqual([
      { memberNo: `${first}-H1`, relation: 'spouse', birthYear: 1950, note: '거동 불편' },
      { memberNo: `${first}-H2`, relation: 'child', birthYear: 1978, note: '타지 거주' },
    ]);
    expect(getCase(h, first).household.members).toEqual(saved.household.members);
    expect(memberRows(h)).toEqual([
      { 관리번호: first, 가구원번호: `${first}-H1`, 관계: '배우자', 출생연도: '1950', 비고: '거동 불편' },
      { 관리번호: first, 가구원번호: `${first}-H2`, 관계: '자녀', 출생연도: '1978', 비고: '타지 거주' },
    ]);
    expect(audit(h, first, '가구원 저장')).toEqual(['가구원 추가 2명 (배우자, 자녀); 모두 2명']);
    // 가구 상황 stays the free-text summary beside the rows.
    expect(saved.client.household).toBe(getCase(h, first).client.household);
  });

  it('replaces the list: a changed member is rewritten, a removed one leaves no row, an empty list clears', () => {
    const { h, first, second } = twoCases();
    h.call('saveHouseholdMembers', { caseNo: second, version: 1, members: [SPOUSE] });
    let file = h.call<CaseFile>('saveHouseholdMembers', {
      caseNo: first,
      version: 1,
      members: [SPOUSE, CHILD],
    });
    file = h.call<CaseFile>('saveHouseholdMembers', {
      caseNo: first,
      version: file.version,
      members: [{ ...CHILD, note: '주말마다 방문' }, { relation: 'grandchild' }],
    });
    expect(file.household.members.map((m) => [m.relation, m.birthYear, m.note])).toEqual([
      ['child', 1978, '주말마다 방문'],
      ['grandchild', null, ''],
    ]);
    expect(audit(h, first, '가구원 저장').at(-1)).toBe(
      '가구원 추가 1명 (손자녀), 삭제 1명 (배우자), 변경 1명 (자녀); 모두 2명',
    );
    expect(memberRows(h).filter((r) => r['관리번호'] === first)).toHaveLength(2);
    file = h.call<CaseFile>('saveHouseholdMembers', { caseNo: first, version: file.version, members: [] });
    expect(file.household.members).toEqual([]);
    expect(audit(h, first, '가구원 저장').at(-1)).toBe('가구원 삭제 2명 (자녀, 손자녀); 모두 0명');
    // Only this case's rows went: the other case keeps its member.
    expect(memberRows(h)).toEqual([expect.objectContaining({ 관리번호: second, 관계: '배우자' })]);
    expect(getCase(h, second).household.members).toHaveLength(1);
  });

  it('stores a 비고 that looks like a formula as the text typed', () => {
    const { h, first } = twoCases();
    const file = h.call<CaseFile>('saveHouseholdMembers', {
      caseNo: first,
      version: 1,
      members: [{ relation: 'other', note: '=IMPORTRANGE("x","y")' }],
    });
    expect(file.household.members[0]!.note).toBe('=IMPORTRANGE("x","y")');
    expect(memberRows(h)[0]!['비고']).toBe('=IMPORTRANGE("x","y")');
    expect(formulaCells(h)).toEqual([]);
  });

  it('refuses bad input in Korean, naming the field and the line, writing nothing', () => {
    const { h, first } = twoCases();
    h.call('saveHouseholdMembers', { caseNo: first, version: 1, members: [SPOUSE] });
    const save = (members: unknown[], version = 2) =>
      refusal(h, 'saveHouseholdMembers', { caseNo: first, version, members });
    expect(save([SPOUSE, { relation: 'child', birthYear: 2027 }])).toMatch(
      /2번째 줄 출생연도: 올해\(2026년\)보다 늦을 수 없습니다/,
    );
    expect(save([{ relation: 'child', birthYear: 1899 }])).toMatch(/출생연도: 1900년 이후/);
    expect(save([{ relation: 'child', birthYear: '78' }])).toMatch(/출생연도: 네 자리 연도/);
    expect(save([{ relation: 'friend' }])).toMatch(
      /관계: 배우자, 자녀, 부모, 형제자매, 조부모, 손자녀, 친척, 동거인, 기타 중에서/,
    );
    expect(save(Array.from({ length: 21 }, () => ({ relation: 'child' })))).toMatch(/가구원: 20명 이내/);
    expect(save([{ relation: 'child', note: '주민번호 800101-1234567' }])).toMatch(/주민등록번호/);
    expect(save([{ relation: 'child', name: '김철수' }])).toMatch(/name/);
    expect(save([SPOUSE])).toMatch(/바뀐 가구원이 없어/);
    expect(save([CHILD], 1)).toMatch(/먼저 수정했습니다/);
    expect(refusal(h, 'saveHouseholdMembers', { caseNo: first, members: [] })).toMatch(
      /버전: 사례를 열었을 때/,
    );
    expect(refusal(h, 'saveHouseholdMembers', { caseNo: '행복-2026-9999', version: 1, members: [] })).toMatch(
      /찾을 수 없습니다/,
    );
    expect(memberRows(h)).toHaveLength(1);
  });
});

describe('linkHousehold and unlinkHousehold', () => {
  it('links two cases with one new 가구번호, lists each in the other, and audits both', () => {
    const { h, first, second } = twoCases();
    expect(h.call('linkHousehold', { caseNo: first, version: 1, otherCaseNo: second })).toEqual({
      caseNo: first,
      householdNo: `${first}-G2`,
    });
    const file = getCase(h, first);
    expect(file.household.householdNo).toBe(`${first}-G2`);
    expect(file.household.linkedCases).toEqual([
      { caseNo: second, clientName: '김바다', stage: 'intake', caseManager: MANAGER },
    ]);
    expect(getCase(h, second).household.linkedCases.map((c) => c.caseNo)).toEqual([first]);
    expect(getCase(h, second).version).toBe(2);
    expect(audit(h, first, '같은 가구 연결')).toEqual([`${second} 사례와 같은 가구 (가구번호 ${first}-G2)`]);
    expect(audit(h, second, '같은 가구 연결')).toEqual([`${first} 사례와 같은 가구 (가구번호 ${first}-G2)`]);
    const cases = tabRows(h.env, '사례');
    expect(cases.filter((r) => r['가구번호'] === `${first}-G2`).map((r) => r['관리번호'])).toEqual([
      first,
      second,
    ]);
  });

  it('a third case joins the household either way round, reusing its 가구번호', () => {
    const { h, first, second, third } = twoCases();
    h.call('linkHousehold', { caseNo: first, version: 1, otherCaseNo: second });
    // From the new case to a linked one, the new case takes the household's number.
    h.call('linkHousehold', { caseNo: third, version: 1, otherCaseNo: second });
    const joined = getCase(h, third);
    expect(joined.household.householdNo).toBe(`${first}-G2`);
    expect(joined.household.linkedCases.map((c) => c.caseNo).sort()).toEqual([first, second].sort());
    expect(
      getCase(h, first)
        .household.linkedCases.map((c) => c.caseNo)
        .sort(),
    ).toEqual([second, third].sort());
  });

  it('refuses itself, a missing case, two linked cases and a stale version, in Korean, writing nothing', () => {
    const { h, first, second, third } = twoCases();
    const link = (payload: object) => refusal(h, 'linkHousehold', payload);
    expect(link({ caseNo: first, version: 1, otherCaseNo: first })).toMatch(
      /\[REFUSED\].*같은 사례끼리는 연결할 수 없습니다/,
    );
    expect(link({ caseNo: first, version: 1, otherCaseNo: '행복-2026-9999' })).toMatch(
      /\[NOT_FOUND\].*관리번호 행복-2026-9999 사례를 찾을 수 없습니다/,
    );
    expect(link({ caseNo: first, version: 1 })).toMatch(/같은 가구 사례의 관리번호/);
    h.call('linkHousehold', { caseNo: first, version: 1, otherCaseNo: second });
    expect(link({ caseNo: first, version: 2, otherCaseNo: second })).toMatch(/이미 같은 가구로 연결/);
    expect(link({ caseNo: first, version: 1, otherCaseNo: third })).toMatch(/\[STALE_EDIT\]/);
    const fourth = h.call<{ caseNo: string }>(
      'saveIntake',
      P.intake({ client: { name: '박넷', birthDate: '1970-02-02' } }),
    ).caseNo;
    h.call('linkHousehold', { caseNo: third, version: 1, otherCaseNo: fourth });
    expect(link({ caseNo: first, version: 2, otherCaseNo: third })).toMatch(/이미 서로 다른 가구에 연결/);
    expect(refusal(h, 'unlinkHousehold', { caseNo: first, version: 1 })).toMatch(/\[STALE_EDIT\]/);
    const lone = h.call<{ caseNo: string }>(
      'saveIntake',
      P.intake({ client: { name: '최혼자', birthDate: '1970-02-02' } }),
    ).caseNo;
    expect(refusal(h, 'unlinkHousehold', { caseNo: lone, version: 1 })).toMatch(/연결된 사례가 없습니다/);
    for (const name of ['linkHousehold', 'unlinkHousehold', 'saveHouseholdMembers'])
      expect(isKorean(refusal(h, name, 'hello'))).toBe(true);
  });

  it('unlinking leaves the others linked; the last one left is unlinked too', () => {
    const { h, first, second, third } = twoCases();
    h.call('linkHousehold', { caseNo: first, version: 1, otherCaseNo: second });
    h.call('linkHousehold', { caseNo: third, version: 1, otherCaseNo: first });
    h.call('unlinkHousehold', { caseNo: third, version: 2 });
    const gone = getCase(h, third);
    expect(gone.household).toMatchObject({ householdNo: '', linkedCases: [] });
    expect(getCase(h, first).household.linkedCases.map((c) => c.caseNo)).toEqual([second]);
    expect(audit(h, third, '같은 가구 해제')).toEqual([
      `가구번호 ${first}-G2에서 빠짐 (남은 사례: ${first}, ${second})`,
    ]);
    const second1 = getCase(h, second);
    h.call('unlinkHousehold', { caseNo: second, version: second1.version });
    expect(getCase(h, first).household).toMatchObject({ householdNo: '', linkedCases: [] });
    expect(audit(h, first, '같은 가구 해제')).toEqual([
      `${second} 사례가 가구 연결을 해제해 가구번호 ${first}-G2에 이 사례만 남아 연결을 지움`,
    ]);
    expect(tabRows(h.env, '사례').every((r) => r['가구번호'] === '')).toBe(true);
    // Linked again later, the household gets a number of its own, not the old one.
    const again = h.call<{ householdNo: string }>('linkHousehold', {
      caseNo: first,
      version: getCase(h, first).version,
      otherCaseNo: third,
    });
    expect(again.householdNo).toMatch(/-G\d+$/);
    expect(again.householdNo).not.toBe(`${first}-G2`);
  });
});

describe('what reading a case costs', () => {
  const cost = (h: Harness, caseNo: string) => {
    h.env.counters.reset();
    getCase(h, caseNo);
    const calls = h.env.counters.snapshot();
    // The round trips (docs/cost-model.md); getName, getRange and the like are local and free.
    return Object.fromEntries(READS.map((key) => [key, calls[key] ?? 0]));
  };
  const READS = [
    'SpreadsheetsValues.batchGet',
    'TextFinder.findAll',
    'Range.getValues',
    'Sheet.getDataRange',
  ];

  it('a case with no 가구번호 adds no call; one with a 가구번호 adds exactly one search', () => {
    const { h, first, second } = twoCases();
    const plain = cost(h, first);
    const withoutMembers = cost(h, second);
    h.call('saveHouseholdMembers', { caseNo: second, version: 1, members: [SPOUSE, CHILD] });
    const withMembers = cost(h, second);
    // Members come with the case's batched read: three batch reads and one search, as every case.
    expect(plain['SpreadsheetsValues.batchGet']).toBe(3);
    expect(plain['TextFinder.findAll']).toBe(1);
    expect(withMembers).toEqual(withoutMembers);
    h.call('linkHousehold', { caseNo: first, version: 1, otherCaseNo: second });
    const linked = cost(h, first);
    expect(linked['TextFinder.findAll']).toBe(2);
    expect(linked['SpreadsheetsValues.batchGet']).toBe(3);
    // The search's rows: one read of the found 사례 rows, nothing over the whole tab.
    expect((linked['Range.getValues'] ?? 0) - (plain['Range.getValues'] ?? 0)).toBeLessThanOrEqual(2);
  });
});

describe('data health', () => {
  it('reports a 가구원 row whose case is gone as an orphan', () => {
    const { h, first } = twoCases();
    h.call('saveHouseholdMembers', { caseNo: first, version: 1, members: [SPOUSE] });
    const sheet = spreadsheetOf(h).getSheetByName('가구원')!;
    sheet.getRange(2, 1).setValue('행복-2026-0777');
    const report = h.call<{ problems: { table: string; problem: string }[] }>('checkDataHealth', {});
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        table: '가구원',
        problem: expect.stringMatching(/관리번호 행복-2026-0777의 사례가 '사례' 탭에 없습니다/),
      }),
    );
  });
});
