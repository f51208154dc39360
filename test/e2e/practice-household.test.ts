/**
 * 가구 (issue 14) from the case view, on the seeded demo workbook: 김하늘's 가구원 are added (a birth
 * year in the future is refused beside its field and nothing is sent), then 이서연's case is linked
 * as the same household, listed under "같은 가구 사례" and opened from there.
 * Saves docs/screenshots/practice-household.png.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import path from 'node:path';
import { usePreviewInBrowser } from './support/browser';
import type { TestPreview } from './support/preview';
import {
  chooseAddonMenuItem,
  openPreview,
  selectTab,
  sidebarFrame,
  waitForGridText,
} from './support/sheets-page';
import { expectNoHorizontalScroll, expectNoSeriousViolations, SCREENSHOTS } from './support/sidebar';

const SAVE_TIMEOUT = 30_000;

let preview: TestPreview;
let page: Page;
let frame: Frame;

usePreviewInBrowser((started) => ({ preview, page } = started));

const heading = (name: string) => frame.getByRole('heading', { level: 2, name, exact: true });

async function fold(title: RegExp, scope: Locator): Promise<Locator> {
  const details = scope
    .locator('details.section')
    .filter({ has: frame.locator('summary', { hasText: title }) });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details;
}

async function expectStatus(text: string | RegExp): Promise<void> {
  await frame.getByRole('status').filter({ hasText: text }).waitFor({ timeout: SAVE_TIMEOUT });
}

const saved = (name: string) =>
  preview.logs.filter((line) => line.startsWith(`${name} `) && !line.includes('ERROR')).length;

const household = () =>
  frame.locator('section', { has: frame.getByRole('heading', { name: '가구', exact: true }) });

async function openCase(name: string): Promise<void> {
  await frame.locator('.case-row', { hasText: name }).first().click();
  await heading(name).waitFor();
}

test('가구원: two members added from the keyboard, a future birth year refused first', async () => {
  await openPreview(page, preview.url);
  await chooseAddonMenuItem(page, '사례관리 열기');
  frame = await sidebarFrame(page);
  await heading('내 사례').waitFor();
  await openCase('김하늘');

  const section = household();
  await section.getByText('등록된 가구원이 없습니다.').waitFor();
  const editor = await fold(/^가구원 편집/, section);
  await editor.getByRole('button', { name: '＋ 가구원 추가' }).click();
  const first = editor.getByRole('group', { name: '가구원 1', exact: true });
  // The new row's 관계 has the focus: the keyboard goes on from there.
  await frame.waitForFunction(
    () =>
      document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent === '가구원 1' &&
      document.activeElement.tagName === 'SELECT',
  );
  await first.getByLabel('관계').selectOption({ label: '배우자' });
  await first.getByLabel('출생연도').fill('2999');
  await first.getByLabel('비고').fill('거동 불편, 주 돌봄 필요');
  await editor.getByRole('button', { name: '＋ 가구원 추가' }).click();
  const second = editor.getByRole('group', { name: '가구원 2', exact: true });
  await second.getByLabel('관계').selectOption({ label: '자녀' });
  await second.getByLabel('출생연도').fill('1978');
  await second.getByLabel('비고').fill('타지 거주, 월 1회 방문');
  await editor.getByRole('button', { name: '가구원 저장', exact: true }).click();
  await first.locator('.field-error').filter({ hasText: '출생연도: 올해' }).waitFor();
  expect(saved('saveHouseholdMembers')).toBe(0);

  await first.getByLabel('출생연도').fill('1950');
  await editor.getByRole('button', { name: '가구원 저장', exact: true }).click();
  await expectStatus('가구원 2명을 저장했습니다.');
  const table = household().locator('table.members');
  await table.getByRole('cell', { name: '배우자' }).waitFor();
  expect(await table.locator('tbody tr').allInnerTexts()).toEqual([
    expect.stringMatching(/배우자\s+1950\s+거동 불편, 주 돌봄 필요/),
    expect.stringMatching(/자녀\s+1978\s+타지 거주, 월 1회 방문/),
  ]);
  await selectTab(page, '가구원');
  await waitForGridText(page, '타지 거주, 월 1회 방문');
});

test('같은 가구 사례: 이서연 is linked by her 관리번호, listed, and opens from the list', async () => {
  await frame.getByRole('button', { name: '← 사례 목록' }).click();
  await heading('내 사례').waitFor();
  await openCase('이서연');
  const subtitle = await frame
    .getByText(/^관리번호 /)
    .first()
    .innerText();
  const other = subtitle.replace('관리번호 ', '').trim();
  await frame.getByRole('button', { name: '← 사례 목록' }).click();
  await heading('내 사례').waitFor();
  await openCase('김하늘');

  let section = household();
  await section.getByText('같은 가구로 연결된 사례가 없습니다.').waitFor();
  let link = await fold(/^같은 가구 사례 연결/, section);
  const caseNo = (
    await frame
      .getByText(/^관리번호 /)
      .first()
      .innerText()
  )
    .replace('관리번호 ', '')
    .trim();
  // Its own number is refused by the server, in Korean, and nothing is linked.
  await link.getByLabel('같은 가구 사례의 관리번호').fill(caseNo);
  await link.getByRole('button', { name: '연결', exact: true }).click();
  await link.getByText('같은 사례끼리는 연결할 수 없습니다').waitFor({ timeout: SAVE_TIMEOUT });

  link = await fold(/^같은 가구 사례 연결/, household());
  await link.getByLabel('같은 가구 사례의 관리번호').fill(other);
  await link.getByLabel('같은 가구 사례의 관리번호').press('Enter');
  await expectStatus(`${other} 사례를 같은 가구로 연결했습니다.`);
  section = household();
  const listed = section.getByRole('button', { name: `${other} 이서연` });
  await listed.waitFor();
  await expectNoSeriousViolations(frame, 'household section');
  await expectNoHorizontalScroll(frame);
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: path.join(SCREENSHOTS, 'practice-household.png') });

  await listed.focus();
  await page.keyboard.press('Enter');
  await heading('이서연').waitFor();
  await household()
    .getByRole('button', { name: `${caseNo} 김하늘` })
    .waitFor();
  await selectTab(page, '변경이력');
  await waitForGridText(page, `${caseNo} 사례와 같은 가구`);
});
