/**
 * The small things an official notices, on the seeded demo workbook (clock 2026-03-03): the case
 * list calls a closed case's next date 사후관리 연락 and an assessed one's 서비스계획 기한, shows
 * birth dates, finds a person by phone; the sidebar's shell and a skeleton show before the list; an empty required date says 필수 항목입니다; a 주민등록번호 refusal names the field it
 * was found in; a phone typed as digits is shown 010-2345-6789; particles follow the last syllable;
 * drafts say how long they are kept and are gone after that.
 */
import type { Frame, Page } from 'playwright-core';
import { usePreviewInBrowser } from './support/browser';
import type { TestPreview } from './support/preview';
import { chooseAddonMenuItem, openPreview, sidebarFrame } from './support/sheets-page';
import { expectNoSeriousViolations } from './support/sidebar';

let preview: TestPreview;
let page: Page;
let frame: Frame;

usePreviewInBrowser((started) => ({ preview, page } = started));

const heading = (name: string) => frame.getByRole('heading', { level: 2, name, exact: true });
const status = (text: string | RegExp) => frame.getByRole('status').filter({ hasText: text }).waitFor();
const caseRow = (name: string) => frame.locator('.case-row', { hasText: name });
const search = () => frame.getByLabel('이름, 관리번호, 전화번호로 찾기');

async function openSidebar(): Promise<void> {
  await chooseAddonMenuItem(page, '사례관리 열기');
  frame = await sidebarFrame(page);
  await heading('내 사례').waitFor();
}

test('the case list: 사후관리 연락, birth dates, and search by phone', async () => {
  await openPreview(page, preview.url);
  await openSidebar();
  await caseRow('한지우').first().waitFor();
  const closed = await caseRow('한지우').first().innerText();
  expect(closed).toContain('사후관리 연락');
  expect(closed).not.toContain('다음 재사정');
  expect(closed).toContain('1958-01-30생');
  expect(await caseRow('박민준').first().innerText()).toContain('1986-09-03생');

  for (const typed of ['0000-1006', '01000001006']) {
    await search().fill(typed);
    await frame.locator('.summary-line', { hasText: /^1건/ }).waitFor();
    expect(await frame.locator('.case-row').count()).toBe(1);
    expect(await caseRow('한지우').count()).toBe(1);
  }
  await search().fill('');
  await caseRow('박민준').first().waitFor();
  // A case assessed and waiting for its plan shows the plan's deadline, not a 재사정 date.
  const assessed = await caseRow('이서연').first().innerText();
  expect(assessed).toContain('서비스계획 기한');
  expect(assessed).not.toContain('다음 재사정');
});

test('the sidebar shows its shell and a skeleton at once while the list is on its way', async () => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  // Hold the list's answer back, as a slow Apps Script would.
  await page.route('**/api/run/listCases', async (route) => {
    await held;
    await route.continue();
  });
  try {
    await chooseAddonMenuItem(page, '사례관리 열기');
    frame = await sidebarFrame(page);
    await heading('내 사례').waitFor();
    const skeleton = frame.getByText('사례 목록을 불러오는 중…');
    await skeleton.waitFor();
    expect(await caseRow('박민준').count()).toBe(0);
    release();
    await caseRow('박민준').first().waitFor();
    expect(await skeleton.count()).toBe(0);
  } finally {
    release();
    await page.unroute('**/api/run/listCases');
  }
});

test('새 접수: 필수 날짜, a 주민등록번호 named by its field, the phone shown formatted', async () => {
  await frame.getByRole('button', { name: '＋ 새 접수' }).click();
  await heading('새 접수 (초기상담)').waitFor();
  const field = (label: string) => frame.getByLabel(label, { exact: true });
  await field('대상자 이름').fill('오세린');
  await field('생년월일').fill('1966-05-17');
  await field('연락처').fill('01023456789');
  await field('접수일').fill('');
  await field('발굴 경로').selectOption({ label: '내방' });
  await field('주 호소 문제').fill('혼자 지내며 끼니를 거름');
  await frame.getByText('서비스연계 및 사례관리의뢰', { exact: true }).click();
  await frame.getByRole('button', { name: '저장', exact: true }).click();
  await frame.getByText('접수일: 필수 항목입니다.', { exact: true }).waitFor();
  expect(await frame.getByText(/YYYY-MM-DD 형식/).count()).toBe(0);
  await field('접수일').fill('2026-03-03');

  // A 주민등록번호 typed into 주소: the refusal names 주소 and marks it, nothing is sent.
  await field('주소').fill('행복동 새싹로 9 (660517-2345678)');
  const before = preview.logs.filter((line) => line.startsWith('saveIntake ')).length;
  await frame.getByRole('button', { name: '저장', exact: true }).click();
  await frame
    .getByRole('alert')
    .filter({ hasText: '‘주소’ 칸에 주민등록번호로 보이는 값이 있어 저장하지 않았습니다.' })
    .waitFor();
  expect(await frame.getByRole('alert').innerText()).not.toContain('생년월일');
  expect(await field('주소').getAttribute('aria-invalid')).toBe('true');
  await status('‘주소’ 칸에 주민등록번호로 보이는 값이 있습니다');
  expect(preview.logs.filter((line) => line.startsWith('saveIntake ')).length).toBe(before);
  await expectNoSeriousViolations(frame, 'intake refused for a 주민등록번호');

  await field('주소').fill('행복동 새싹로 9');
  await frame.getByRole('button', { name: '저장', exact: true }).click();
  await heading('오세린').waitFor();
  await frame.getByText('대상자·접수 정보').click();
  await frame.getByText('010-2345-6789', { exact: true }).waitFor();
});

test('particles follow the last syllable', async () => {
  await frame.getByRole('button', { name: '← 사례 목록' }).click();
  await frame.getByRole('button', { name: '지역 자원' }).click();
  const card = frame.getByRole('article', { name: '밑반찬 나눔' });
  await card.getByRole('button', { name: '밑반찬 나눔 확인함 (오늘 검증)' }).click();
  await status('밑반찬 나눔을 오늘(2026-03-03) 확인한 것으로 기록했습니다.');
  const shared = frame.getByRole('article', { name: '방과 후 돌봄' });
  await shared.getByRole('button', { name: '방과 후 돌봄 확인함 (오늘 검증)' }).click();
  await status('방과 후 돌봄을 오늘');
  expect(await frame.getByText('을(를)').count()).toBe(0);
});

test('a draft says how long it is kept, and is gone after that', async () => {
  await frame.getByRole('button', { name: '← 사례 목록' }).click();
  await frame.getByRole('button', { name: '＋ 새 접수' }).click();
  await frame.getByLabel('대상자 이름', { exact: true }).fill('임시저장');
  await page.keyboard.press('Escape');
  await status('이 컴퓨터에 7일 동안 임시로 남아 있습니다');
  const drafts = frame.getByRole('region', { name: '작성 중인 입력' });
  await drafts.getByText('7일 동안 고치지 않으면 지워집니다', { exact: false }).waitFor();

  // Eight days later (the draft's time moved back, as a clock would move forward).
  await frame.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (!key.startsWith('dongcase:draft:')) continue;
      const draft = JSON.parse(localStorage.getItem(key)!);
      draft.savedAt = new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString();
      localStorage.setItem(key, JSON.stringify(draft));
    }
  });
  await openSidebar();
  await caseRow('박민준').first().waitFor();
  expect(await frame.getByRole('region', { name: '작성 중인 입력' }).count()).toBe(0);
  const left = await frame.evaluate(
    () => Object.keys(localStorage).filter((key) => key.startsWith('dongcase:draft:')).length,
  );
  expect(left).toBe(0);
});
