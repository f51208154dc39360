/**
 * A case manager takes a new resident from intake to closure with the sidebar alone, finding every
 * field and button by what it is called (its label or its role and name), the way a screen reader
 * user would: 새 접수 → 욕구사정 → 사례회의·선정 → 정보제공 동의 → 서비스계획 → 점검 → 종결 →
 * 사후관리. After each save the test reads what the person sees: the status line, the stage, the
 * newest entry of 경과. At the end the 사례 tab of the sheet shows the case at 사후관리.
 * Saves docs/screenshots/form-<name>.png (one per form, filled in, plus home and case view), and
 * practice-activity.png and practice-duplicate.png.
 */
import path from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { usePreviewInBrowser } from './support/browser';
import type { TestPreview } from './support/preview';
import { chooseAddonMenuItem, openPreview, selectTab, sidebarFrame } from './support/sheets-page';
import { SCREENSHOTS, screenshotSidebar as screenshotWholeSidebar } from './support/sidebar';

const SAVE_TIMEOUT = 30_000;

/** The fictional resident of this test (every detail invented). */
const CLIENT = {
  name: '윤봄비',
  birthDate: '1958-09-21',
  phone: '010-0000-2026',
  address: '행복동 새싹로 7, 203호',
};
const RRN_MESSAGE =
  '‘점검 내용’ 칸에 주민등록번호로 보이는 값이 있어 저장하지 않았습니다. 주민등록번호는 어디에도 저장하지 않습니다.';

let preview: TestPreview;
let page: Page;
let frame: Frame;
let caseNo = '';

usePreviewInBrowser((started) => ({ preview, page } = started));

// What a person sees ------------------------------------------------------------------------------

const statusLine = () => frame.getByRole('status');

/** Waits until the status line says `text` (the save's own words). */
async function expectStatus(text: string | RegExp): Promise<void> {
  await statusLine().filter({ hasText: text }).waitFor({ timeout: SAVE_TIMEOUT });
  expect(await statusLine().innerText()).toMatch(text);
}

/** The value beside a term of the case view's facts (단계, 담당, 선정일 …). */
function fact(term: string): Locator {
  return frame
    .getByRole('main')
    .locator('dl.facts > div')
    .filter({ has: frame.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) })
    .getByRole('definition');
}

/** The case view of our resident is showing (not the form, not the list). */
async function expectCaseView(): Promise<void> {
  await frame.getByRole('heading', { level: 2, name: CLIENT.name }).waitFor({ timeout: SAVE_TIMEOUT });
  await frame.getByRole('navigation', { name: '이 사례에 할 일' }).waitFor();
}

async function expectStage(label: string): Promise<void> {
  expect((await fact('단계').innerText()).trim()).toBe(label);
}

/** 경과 (최근 순): the newest entry first. */
function timeline(): Locator {
  return frame.getByRole('region', { name: '경과 (최근 순)' }).getByRole('listitem');
}

async function expectNewestEntry(date: string, title: string | RegExp): Promise<void> {
  const newest = timeline().first();
  expect(await newest.innerText()).toContain(date);
  expect(await newest.innerText()).toMatch(title);
}

function action(name: string): Locator {
  return frame
    .getByRole('navigation', { name: '이 사례에 할 일' })
    .getByRole('button', { name, exact: true });
}

async function openForm(actionName: string, title: string): Promise<void> {
  await action(actionName).click();
  await frame.getByRole('heading', { level: 2, name: title }).waitFor();
}

const field = (label: string, scope: Frame | Locator = frame) => scope.getByLabel(label, { exact: true });
const saveButton = (name = '저장') => frame.getByRole('button', { name, exact: true });

/** The whole sidebar, as tall as its content, into docs/screenshots/form-`name`.png. */
function screenshotSidebar(name: string): Promise<void> {
  return screenshotWholeSidebar(page, frame, `form-${name}.png`);
}

// The journey --------------------------------------------------------------------------------------

test('the sidebar opens on the case list with 새 접수', async () => {
  await openPreview(page, preview.url);
  await chooseAddonMenuItem(page, '사례관리 열기');
  frame = await sidebarFrame(page);
  await frame.getByRole('heading', { level: 2, name: '내 사례' }).waitFor();
  // The seeded demo caseload is listed (a case row is a button named after the resident).
  await frame.getByRole('button', { name: /김하늘/ }).waitFor();
  await frame.getByRole('button', { name: '＋ 새 접수' }).waitFor();
  await screenshotSidebar('home');
});

test('a blank required field shows its error beside it and nothing is saved', async () => {
  const intakesBefore = preview.logs.filter((line) => line.startsWith('saveIntake ')).length;
  await frame.getByRole('button', { name: '＋ 새 접수' }).click();
  await frame.getByRole('heading', { level: 2, name: '새 접수 (초기상담)' }).waitFor();

  // Everything but the name.
  await field('생년월일').fill(CLIENT.birthDate);
  await field('발굴 경로').selectOption({ label: '내방' });
  await field('주 호소 문제').fill('혼자 지내며 끼니를 거르고, 월세가 두 달 밀림.');
  await frame.getByRole('radio', { name: '서비스연계 및 사례관리의뢰', exact: true }).check();
  await saveButton().click();

  const name = field('대상자 이름');
  await expectStatus('입력 내용을 확인하세요: 1개 항목에 문제가 있습니다.');
  expect(await name.getAttribute('aria-invalid')).toBe('true');
  // The message is the field's description and sits in the field's own box, right under it.
  const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
  expect(describedBy).not.toBe('');
  const message = frame.locator(`[id="${describedBy.split(' ').pop()}"]`);
  expect(await message.innerText()).toMatch(/\S/);
  const fieldBox = frame.locator('.field').filter({ has: name });
  expect(await fieldBox.locator('.field-error').innerText()).toBe(await message.innerText());
  const [inputBox, messageBox] = await Promise.all([name.boundingBox(), message.boundingBox()]);
  expect(messageBox!.y).toBeGreaterThanOrEqual(inputBox!.y + inputBox!.height - 1);
  expect(messageBox!.y - (inputBox!.y + inputBox!.height)).toBeLessThan(40);
  // The person's focus is taken to the field to fix.
  expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);

  expect(preview.logs.filter((line) => line.startsWith('saveIntake ')).length).toBe(intakesBefore);
  // Typing the name clears the message.
  await name.fill(CLIENT.name);
  await frame.locator('.field-error').first().waitFor({ state: 'detached' });
  expect(await name.getAttribute('aria-invalid')).toBeNull();
});

test('새 접수: the intake is saved and the case opens at 초기상담', async () => {
  // Still on the intake form from the previous test, with the name typed in.
  await field('연락처').fill(CLIENT.phone);
  await field('주소').fill(CLIENT.address);
  await field('가구 상황').fill('1인 가구. 딸 1명 타지 거주.');
  await field('접수일').fill('2026-01-05');
  await field('잠재적 문제').fill('영양 결핍, 주거 상실 위험');
  await field('강점').fill('동네 교회 모임에 꾸준히 나감.');
  await field('약점').fill('복지 정보를 잘 모름.');
  expect(
    await frame.getByRole('radio', { name: '서비스연계 및 사례관리의뢰', exact: true }).isChecked(),
  ).toBe(true);
  // The person has read the earlier warning and closes it.
  await frame.getByRole('button', { name: '알림 닫기' }).click();
  expect((await statusLine().innerText()).trim()).toBe('');
  await screenshotSidebar('intake');
  await saveButton().click();

  await expectCaseView();
  await expectStatus(/접수했습니다\. 관리번호 .+\. 다음은 욕구사정입니다\./);
  caseNo = /관리번호 (\S+?)\./.exec(await statusLine().innerText())![1]!;
  expect(caseNo).toMatch(/^행복-2026-\d{4}$/);
  expect(await frame.getByText(`관리번호 ${caseNo}`, { exact: true }).isVisible()).toBe(true);
  await expectStage('초기상담');
  expect(await fact('담당').innerText()).toBe('kim.sw@dong.example');
  await expectNewestEntry('2026-01-05', '접수·초기상담');
  expect(await timeline().count()).toBe(1);
  expect(await action('욕구사정').getAttribute('class')).toContain('primary');
});

test('욕구사정: two life domains are assessed', async () => {
  await openForm('욕구사정', '욕구사정 (초기사정)');
  await field('사정일').fill('2026-01-12');
  const first = frame.getByRole('group', { name: '영역 1', exact: true });
  await field('생활 영역', first).selectOption({ label: '건강' });
  await field('문제', first).fill('끼니를 자주 거름');
  await field('요구(바람)', first).fill('“밥 챙겨 먹고 싶어요”');
  await field('욕구', first).fill('규칙적인 식사');

  await frame.getByRole('button', { name: '＋ 영역 추가' }).click();
  const second = frame.getByRole('group', { name: '영역 2', exact: true });
  // The new row's first field takes the focus.
  await frame.waitForFunction(() => document.activeElement?.id.includes('needs-1') ?? false);
  await field('생활 영역', second).selectOption({ label: '주거' });
  await field('문제', second).fill('월세 2개월 체납');
  await field('욕구', second).fill('주거비 부담 완화');
  await field('지지체계').fill('비공식: 교회 모임. 공식: 없음.');
  await field('위기도').selectOption({ label: '높음' });
  await screenshotSidebar('assessment');
  await saveButton().click();

  await expectCaseView();
  await expectStatus(/^욕구사정을 저장했습니다\. 다음 재사정: \d{4}-\d{2}-\d{2}\.$/);
  await expectStage('욕구사정');
  await expectNewestEntry('2026-01-12', '초기사정');
  expect(await timeline().first().innerText()).toContain('규칙적인 식사 / 주거비 부담 완화');
  expect(await timeline().count()).toBe(2);
});

test('사례회의·선정: the resident is selected for case management', async () => {
  await openForm('사례회의·선정', '사례회의·대상자 선정');
  expect(await field('회의 구분').inputValue()).toBe('caseMeeting');
  await field('회의일').fill('2026-01-19');
  await frame.getByRole('radio', { name: '사례관리 대상 선정', exact: true }).check();
  await field('참석자').fill('맞춤형복지팀장, 사례관리자, 방문간호사');
  await field('회의 내용').fill('주거비와 식사 지원이 시급해 선정함.');
  await screenshotSidebar('conference');
  await saveButton().click();

  await expectCaseView();
  await expectStatus('사례회의를 기록했습니다: 사례관리 대상 선정.');
  await expectStage('욕구사정');
  expect(await fact('선정일').innerText()).toBe('2026-01-19');
  await expectNewestEntry('2026-01-19', '사례회의');
  expect(await timeline().first().innerText()).toContain('사례관리 대상 선정');
  // Selected: the plan is the next step now.
  expect(await action('서비스계획').getAttribute('class')).toContain('primary');
});

test('정보제공 동의: consent to share with one agency', async () => {
  await openForm('정보제공 동의', '제3자 정보제공 동의');
  await field('동의일').fill('2026-01-20');
  await field('제공받는 기관').fill('행복종합사회복지관');
  await field('제공 항목').fill('성명, 연락처, 욕구사정 요약');
  await field('제공 목적').fill('밑반찬 배달 서비스 연계');
  await field('보유·이용 기간').fill('2026-12-31');
  await field('제공하지 않을 정보').fill('딸의 연락처 (본인이 원하지 않음)');
  await screenshotSidebar('consent');
  await saveButton().click();

  await expectCaseView();
  await expectStatus('정보제공 동의를 기록했습니다: 행복종합사회복지관.');
  await expectStage('욕구사정');
  await expectNewestEntry('2026-01-20', '정보제공 동의');
  expect(await timeline().first().innerText()).toContain('행복종합사회복지관');
});

test('서비스계획: a plan with two items (the second added as a new row)', async () => {
  await openForm('서비스계획', '서비스제공 계획');
  await field('동의일(서명일)').fill('2026-01-26');
  await field('단기 성과목표').fill('3개월 안에 하루 두 끼 이상 먹고, 밀린 월세를 정리한다.');
  await field('장기 성과목표').fill('스스로 식사와 살림을 꾸린다.');

  expect(await frame.getByRole('group', { name: /^항목 \d+$/ }).count()).toBe(1);
  const first = frame.getByRole('group', { name: '항목 1', exact: true });
  await field('개입목표', first).fill('하루 두 끼 이상 식사');
  await field('서비스 내용', first).fill('밑반찬 배달 (주 2회)');
  await field('우선순위', first).fill('1');
  await field('횟수(회/1주당)', first).fill('2');
  await field('개입시기', first).fill('즉시');
  await field('서비스 시작일자', first).fill('2026-01-27');
  await field('서비스 종료일자', first).fill('2026-04-30');
  await field('제공기관', first).fill('행복종합사회복지관');
  await field('담당자', first).fill('복지관 이담당');
  await field('점검방법', first).fill('월 1회 전화');

  await frame.getByRole('button', { name: '＋ 항목 추가' }).click();
  expect(await frame.getByRole('group', { name: /^항목 \d+$/ }).count()).toBe(2);
  const second = frame.getByRole('group', { name: '항목 2', exact: true });
  await field('개입목표', second).fill('밀린 월세 정리');
  await field('서비스 내용', second).fill('긴급복지 주거지원 신청');
  await field('우선순위', second).fill('2');
  await field('서비스 시작일자', second).fill('2026-01-28');
  await field('제공기관', second).fill('행복동 주민센터');
  // Each row can be deleted by a button that says which row.
  await second.getByRole('button', { name: '항목 2 삭제' }).waitFor();
  await screenshotSidebar('plan');
  await saveButton().click();

  await expectCaseView();
  await expectStatus('서비스계획을 저장했습니다 (항목 2개). 점검을 시작하세요.');
  await expectStage('서비스제공·점검');
  await expectNewestEntry('2026-01-26', '서비스계획 동의');
  const plans = frame.getByRole('region', { name: '서비스계획' });
  expect(await plans.getByText('1차 계획 · 동의일 2026-01-26 · 항목 2개').isVisible()).toBe(true);
  // Each item card is headed by its number and goal, in the plan's words; internal ids stay in the sheet.
  const cards = plans.locator('.item-card');
  expect(await cards.nth(0).locator('.item-top').innerText()).toMatch(/^항목 1\s+이행여부: 미기록$/);
  expect(await cards.nth(0).locator('.item-goal').innerText()).toBe('하루 두 끼 이상 식사');
  expect(await cards.nth(1).locator('.item-goal').innerText()).toBe('밀린 월세 정리');
  expect(await plans.innerText()).not.toContain(caseNo);
  expect(await frame.locator('body').innerText()).not.toMatch(/-(P|S|M|D)\d+(-\d+)?\b/);
  expect(await action('점검').getAttribute('class')).toContain('primary');
});

test('점검: a 주민등록번호 in the note is refused, then the check is saved', async () => {
  await openForm('점검', '점검·모니터링');
  await field('점검일').fill('2026-02-16');
  await field('점검 방법').selectOption({ label: '가정방문' });
  const note = '식사 배달을 잘 받고 있음. 딸과 연락이 다시 닿아 살림 걱정이 줄었다고 함.';
  await field('점검 내용').fill(note);
  await field('1. 하루 두 끼 이상 식사 이행여부').selectOption({ label: '달성' });
  // The check form names each item by its goal, never by its id (…-P1-2).
  expect(await frame.getByLabel('2. 밀린 월세 정리 이행여부').isVisible()).toBe(true);
  expect(await frame.locator('form').innerText()).not.toContain(`${caseNo}-P1`);
  await frame.getByRole('checkbox', { name: '욕구 변화 있음 (재사정 필요)' }).check();
  await screenshotSidebar('check');

  // A 주민등록번호 pasted into the note: refused before anything is sent, said at the top of the form.
  await field('점검 내용').fill(`${note} 딸이 알려 준 번호 580921-2345678 확인함.`);
  const checksBefore = preview.logs.filter((line) => line.startsWith('recordCheck ')).length;
  await saveButton().click();
  const alert = frame.getByRole('alert');
  await alert.filter({ hasText: RRN_MESSAGE }).waitFor();
  expect((await alert.innerText()).trim()).toBe(RRN_MESSAGE);
  await expectStatus('저장하지 않았습니다: ‘점검 내용’ 칸에 주민등록번호로 보이는 값이 있습니다.');
  // The field that holds it is marked and named, not 생년월일.
  expect(await field('점검 내용').getAttribute('aria-invalid')).toBe('true');
  expect(await frame.getByRole('heading', { level: 2, name: '점검·모니터링' }).isVisible()).toBe(true);
  expect(preview.logs.filter((line) => line.startsWith('recordCheck ')).length).toBe(checksBefore);
  // What was typed is still there to fix.
  expect(await field('점검 내용').inputValue()).toContain('580921-2345678');

  await field('점검 내용').fill(note);
  await saveButton().click();

  await expectCaseView();
  await expectStatus('점검을 기록했습니다. 재사정이 필요합니다.');
  await expectStage('서비스제공·점검');
  await expectNewestEntry('2026-02-16', '점검 (가정방문)');
  // The item's 이행여부 is shown on its card; the other item is still unrecorded.
  const plans = frame.getByRole('region', { name: '서비스계획' });
  expect(await plans.getByText('이행여부: 달성', { exact: true }).count()).toBe(1);
  expect(await plans.getByText('이행여부: 미기록', { exact: true }).count()).toBe(1);
  // 욕구 변화: the reassessment is due on the check's date, 2026-02-16; that is 설날, so the due rule
  // moves it to the working day before, as 오늘 할 일 does.
  expect(await fact('다음 재사정').innerText()).toContain('2026-02-13');
});

test('활동 기록: a counselling note between checks appears on 경과', async () => {
  const note = frame
    .locator('details')
    .filter({ has: frame.getByText('활동 기록 (상담·개입)', { exact: true }) });
  await note.getByText('활동 기록 (상담·개입)', { exact: true }).click();
  await field('활동일', note).fill('2026-02-20');
  await field('활동 종류', note).selectOption({ label: '상담' });
  await field('내용', note).fill('딸과의 통화 뒤 마음이 한결 놓였다고 하심.');
  await note.scrollIntoViewIfNeeded();
  await note.screenshot({ path: path.join(SCREENSHOTS, 'practice-activity.png') });
  await note.getByRole('button', { name: '활동 기록', exact: true }).click();
  await expectStatus('활동을 기록했습니다.');
  await expectNewestEntry('2026-02-20', '직접실천 (상담)');
});

test('종결: the case is closed and follow-ups are scheduled', async () => {
  await openForm('종결', '평가 및 종결');
  await field('종결일').fill('2026-02-27');
  await field('종결 사유').selectOption({ label: '목표달성' });
  await field('평가').fill('하루 두 끼 식사가 자리 잡음. 월세는 주거지원으로 정리됨.');
  await screenshotSidebar('closure');
  const closesBefore = preview.logs.filter((line) => line.startsWith('closeCase ')).length;
  await saveButton('종결 저장').click();

  // Closing asks first, and says what looks unfinished: the second plan item has no 이행여부 and
  // the assessment rated the 위기도 높음.
  const confirm = frame.getByRole('alertdialog', { name: '종결할까요?' });
  await confirm.waitFor();
  const warnings = await confirm.getByRole('listitem').allInnerTexts();
  expect(warnings).toEqual([
    expect.stringContaining(`서비스계획 ${caseNo}-P1의 항목 1개에 이행여부가 없습니다: 밀린 월세 정리.`),
    expect.stringContaining(`마지막 욕구사정(2026-01-12)의 위기도가 '높음'입니다.`),
  ]);
  expect(
    await frame.getByRole('heading', { name: '종결할까요?' }).evaluate((el) => el === document.activeElement),
  ).toBe(true);
  // 돌아가서 고치기 sends nothing; the form is still there with what was typed.
  await confirm.getByRole('button', { name: '돌아가서 고치기' }).click();
  await confirm.waitFor({ state: 'detached' });
  expect(preview.logs.filter((line) => line.startsWith('closeCase ')).length).toBe(closesBefore);
  expect(await field('종결 사유').inputValue()).toBe('goalAchieved');
  await saveButton('종결 저장').click();
  await confirm.getByRole('button', { name: '종결합니다' }).click();

  await expectCaseView();
  await expectStatus(/^종결했습니다\. 사후관리 예정일: \d{4}-\d{2}-\d{2}(, \d{4}-\d{2}-\d{2})*\.$/);
  await expectStage('사후관리');
  expect(await fact('종결일').innerText()).toBe('2026-02-27');
  await expectNewestEntry('2026-02-27', '종결 (목표달성)');
  // The scheduled follow-ups are listed, the first one showing.
  expect(
    await frame
      .getByText(/^예정 \d{4}-\d{2}-\d{2}/)
      .first()
      .isVisible(),
  ).toBe(true);
  expect(await action('사후관리').getAttribute('class')).toContain('primary');
});

test('사후관리: the first follow-up is recorded', async () => {
  await openForm('사후관리', '사후관리');
  await field('사후관리일').fill('2026-03-03');
  await field('연락 방법').selectOption({ label: '전화' });
  await field('사후관리 내용').fill('식사와 살림 모두 잘 유지하고 있음. 새 위기 징후 없음.');
  expect(await frame.getByRole('checkbox', { name: '새 위기 발견' }).isChecked()).toBe(false);
  await screenshotSidebar('follow-up');
  await saveButton().click();

  await expectCaseView();
  await expectStatus(/^사후관리를 기록했습니다\. 남은 사후관리 \d+회\.$/);
  await expectStage('사후관리');
  await expectNewestEntry('2026-03-03', '사후관리');
  // (8 stages of the process plus the 활동 기록 between the check and the closure.)
  expect(await timeline().allInnerTexts()).toHaveLength(9);
  expect(await frame.getByText('2026-03-03 완료', { exact: true }).isVisible()).toBe(true);
  await screenshotSidebar('case-view');
});

test('back on the list and in the sheet, the case stands at 사후관리', async () => {
  await frame.getByRole('button', { name: '← 사례 목록' }).click();
  await frame.getByRole('heading', { level: 2, name: '내 사례' }).waitFor();
  const group = frame.getByRole('region', { name: /^사후관리/ });
  await group.getByRole('button', { name: new RegExp(CLIENT.name) }).waitFor();
  expect(await group.getByRole('button', { name: new RegExp(CLIENT.name) }).innerText()).toContain(caseNo);

  await selectTab(page, '사례');
  const header = await page.locator('#grid tbody tr.frozen').first().locator('td').allInnerTexts();
  const caseNoColumn = header.indexOf('관리번호');
  const stageColumn = header.indexOf('단계');
  expect(caseNoColumn).toBeGreaterThanOrEqual(0);
  expect(stageColumn).toBeGreaterThanOrEqual(0);
  const row = page
    .locator('#grid tbody tr')
    .filter({ has: page.getByRole('gridcell', { name: caseNo, exact: true }) });
  await row.waitFor();
  const cells = await row.locator('td').allInnerTexts();
  expect(cells[caseNoColumn]).toBe(caseNo);
  expect(cells[stageColumn]).toBe('사후관리');
  expect(cells).toContain(CLIENT.name);
});

test('새 접수 of the same resident shows the existing case first and saves nothing', async () => {
  await frame.getByRole('button', { name: '＋ 새 접수' }).click();
  await frame.getByRole('heading', { level: 2, name: '새 접수 (초기상담)' }).waitFor();
  const intakesBefore = preview.logs.filter((line) => line.startsWith('saveIntake ')).length;
  await field('대상자 이름').fill(CLIENT.name);
  await field('생년월일').fill(CLIENT.birthDate);
  await field('발굴 경로').selectOption({ label: '전화' });
  await field('주 호소 문제').fill('다시 끼니를 거른다는 이웃의 연락');
  await frame.getByRole('radio', { name: '서비스연계 및 사례관리의뢰', exact: true }).check();
  await saveButton().click();

  const similar = frame.getByRole('region', { name: '같은 사람일 수 있습니다' });
  await similar.waitFor();
  expect(await similar.innerText()).toContain(`${caseNo} · 사후관리`);
  expect(await similar.innerText()).toContain('같은 이름·생년월일');
  expect(preview.logs.filter((line) => line.startsWith('saveIntake ')).length).toBe(intakesBefore);
  await similar.getByRole('button', { name: '다른 사람입니다' }).waitFor();
  await similar.scrollIntoViewIfNeeded();
  await similar.screenshot({ path: path.join(SCREENSHOTS, 'practice-duplicate.png') });
  // The same person: the case manager opens the existing case instead.
  await similar.getByRole('button', { name: `${caseNo} 사례 열기` }).click();
  await expectCaseView();
  await expectStage('사후관리');
  expect(preview.logs.filter((line) => line.startsWith('saveIntake ')).length).toBe(intakesBefore);
});
