/**
 * "A person may edit the sheet by hand", shown in a real browser: in the preview's grid a person
 * types into cells (with the keyboard), inserts a row above a case's rows, moves a column and sorts
 * 사례, all through the fake Spreadsheet the add-on uses. Then a check is saved from the sidebar:
 * the case view and the grid must agree, nothing typed by hand is lost, nothing is misread. Last, a
 * 단계 typed by hand that no record explains is named by the sidebar's 시트 점검 (issue 14). Saves
 * docs/screenshots/practice-stage-check.png.
 */
import path from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { usePreviewInBrowser } from './support/browser';
import type { TestPreview } from './support/preview';
import { chooseAddonMenuItem, openPreview, selectTab, sidebarFrame } from './support/sheets-page';
import { expectNoSeriousViolations, SCREENSHOTS } from './support/sidebar';

const CLIENT = '김하늘'; // a demo case with a plan and a first check
const NEW_PHONE = '010-0000-7777';
const NOTE = '손으로 시트를 고친 뒤 저장한 점검: 식사 배달 잘 받고 있음.';

let preview: TestPreview;
let page: Page;
let frame: Frame;
/** 김하늘's 관리번호, read from the grid. */
let caseNo = '';

usePreviewInBrowser((started) => ({ preview, page } = started));

beforeAll(async () => {
  await openPreview(page, preview.url);
});

// The grid as a person reads it -------------------------------------------------------------------

const rows = () => page.locator('#grid tbody tr');
const header = async () => (await rows().first().locator('td').allInnerTexts()).map((t) => t.trim());
const cell = (ref: string) => page.locator(`#grid td[data-ref="${ref}"]`);
const rowOf = (text: string): Locator =>
  rows().filter({ has: page.getByRole('gridcell', { name: text, exact: true }) });
/** The grid's rows as a person reads them (an unticked checkbox, FALSE, reads as empty). */
async function gridRows(): Promise<string[][]> {
  return rows().evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => (td.textContent ?? '').trim())),
  );
}
const isFilled = (row: string[]) => row.some((text) => text !== '' && text !== 'FALSE');
/** Every row with something in it. */
async function filledRows(): Promise<string[][]> {
  return (await gridRows()).filter(isFilled);
}
async function columnOf(name: string): Promise<number> {
  const index = (await header()).indexOf(name);
  expect(index).toBeGreaterThanOrEqual(0);
  return index;
}
function letter(index: number): string {
  return String.fromCharCode(65 + index);
}
async function status(text: string): Promise<void> {
  await page.locator('#status', { hasText: text }).waitFor();
}

/**
 * Selects a cell with the mouse, then types over it with the keyboard only, as in Sheets: a first
 * key opens the cell for typing; Hangul arrives through the IME, so there Enter opens it first.
 */
async function typeInto(ref: string, text: string): Promise<void> {
  await cell(ref).click();
  const editor = page.getByRole('textbox', { name: `${ref} 칸 입력` });
  if (/^[\x20-\x7e]/.test(text)) {
    await page.keyboard.type(text.slice(0, 1));
    await editor.waitFor();
    await page.keyboard.type(text.slice(1));
  } else {
    await page.keyboard.press('Enter');
    await editor.waitFor();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(text);
  }
  await page.keyboard.press('Enter');
  await status(`에 입력했습니다`);
}

// The hand edits -----------------------------------------------------------------------------------

test('typing into a cell stores it as Sheets stores typing, in text columns and in one’s own', async () => {
  await selectTab(page, '사례');
  const phone = await columnOf('연락처');
  caseNo = (
    await rowOf(CLIENT)
      .locator('td')
      .nth(await columnOf('관리번호'))
      .innerText()
  ).trim();
  const ref = `${letter(phone)}${await rowOf(CLIENT).locator('td').first().getAttribute('data-row')}`;

  await typeInto(ref, NEW_PHONE);
  // 연락처 is a plain-text column: the leading 0 and the dashes stay.
  expect((await cell(ref).innerText()).trim()).toBe(NEW_PHONE);
  // Enter moved the selection one row down, and the keyboard is still in the grid.
  const below = `${letter(phone)}${Number(ref.slice(1)) + 1}`;
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-ref'))).toBe(below);

  // A column of one's own beside the add-on's: a header, and a formula typed by a person. Typed by
  // a person, `=` IS a formula (Sheets computes it); only the add-on's own data must never become one.
  const headers = await header();
  const lastHeader = headers.length - 1 - [...headers].reverse().findIndex((text) => text !== '');
  await cell(`${letter(lastHeader)}1`).click();
  await page.getByRole('button', { name: '오른쪽에 열 삽입' }).click();
  await status(`${letter(lastHeader)}열 오른쪽에 열을 삽입했습니다.`);
  const own = letter(lastHeader + 1);
  const caseRow = await rowOf(CLIENT).locator('td').first().getAttribute('data-row');
  await typeInto(`${own}1`, '직원 메모');
  await typeInto(`${own}${caseRow}`, '=1+1');
  expect((await cell(`${own}${caseRow}`).innerText()).trim()).toBe('2');
  await cell(`${own}${caseRow}`).click();
  expect((await page.locator('#cell-value').innerText()).trim()).toBe('=1+1');

  // Escape leaves a cell as it was.
  await page.keyboard.press('F2');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('지울 뻔한 값');
  await page.keyboard.press('Escape');
  expect((await cell(`${own}${caseRow}`).innerText()).trim()).toBe('2');
});

test('a row inserted above a case’s check, a column moved and 사례 sorted, by buttons and keys', async () => {
  await selectTab(page, '점검');
  const checkRow = rowOf(caseNo).first();
  const before = (await filledRows()).length;
  const at = await checkRow.locator('td').first().getAttribute('data-row');
  await cell(`A${at}`).click();
  await page.getByRole('button', { name: '위에 행 삽입' }).click();
  await status(`점검 ${at}행 위에 행을 삽입했습니다.`);
  // The row is empty and the check moved one down: nothing lost.
  expect(
    (
      await rows()
        .nth(Number(at) - 1)
        .innerText()
    ).trim(),
  ).toBe(String(at));
  expect((await filledRows()).length).toBe(before);

  await selectTab(page, '사례');
  const order = await header();
  const name = order.indexOf('대상자명');
  await cell(`${letter(name)}1`).click();
  // The buttons work from the keyboard too.
  await page.getByRole('button', { name: '열을 오른쪽으로 →' }).focus();
  await page.keyboard.press('Enter');
  await status(`${letter(name)}열을 오른쪽으로 옮겼습니다.`);
  await page.getByRole('button', { name: '열을 오른쪽으로 →' }).click();
  await status(`${letter(name + 1)}열을 오른쪽으로 옮겼습니다.`);
  const moved = await header();
  expect(moved.indexOf('대상자명')).toBe(name + 2);
  expect(moved.filter((h) => h !== '대상자명')).toEqual(order.filter((h) => h !== '대상자명'));

  const numberColumn = await columnOf('관리번호');
  await cell(`${letter(numberColumn)}2`).click();
  await page.getByRole('button', { name: '시트 정렬 Z→A' }).click();
  await status(`사례 탭을 ${letter(numberColumn)}열 기준 내림차순(Z→A)으로 정렬했습니다.`);
  const numbers = (await filledRows()).slice(1).map((row) => row[numberColumn]!);
  expect(numbers.length).toBeGreaterThan(3);
  expect(numbers).toEqual([...numbers].sort((a, b) => b.localeCompare(a, 'ko')));
  expect((await header())[numberColumn]).toBe('관리번호'); // the frozen header stays on top
});

test('the page with the grid being edited has no serious axe finding', async () => {
  await cell('A2').click();
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'A2 칸 입력' }).waitFor();
  await expectNoSeriousViolations(page.mainFrame(), 'preview page, a cell being edited');
  await page.keyboard.press('Escape');
});

// The add-on after the hand edits --------------------------------------------------------------------

test('a check saved from the sidebar afterwards: the case view and the grid agree, nothing lost', async () => {
  await selectTab(page, '사례');
  const others = (await filledRows()).filter((row) => !row.includes(CLIENT));
  const ownColumn = (await header()).indexOf('직원 메모');

  await chooseAddonMenuItem(page, '사례관리 열기');
  frame = await sidebarFrame(page);
  await frame
    .getByRole('button', { name: new RegExp(CLIENT) })
    .first()
    .click();
  await frame.getByRole('heading', { level: 2, name: CLIENT }).waitFor();
  // The case view reads the phone typed by hand, from the moved columns of the sorted tab.
  await frame.getByText('대상자·접수 정보', { exact: true }).click();
  expect(await frame.getByRole('main').innerText()).toContain(NEW_PHONE);

  await frame
    .getByRole('navigation', { name: '이 사례에 할 일' })
    .getByRole('button', { name: '점검', exact: true })
    .click();
  await frame.getByRole('heading', { level: 2, name: '점검·모니터링' }).waitFor();
  await frame.getByLabel('점검일', { exact: true }).fill('2026-03-03');
  await frame.getByLabel('점검 방법', { exact: true }).selectOption({ label: '전화' });
  await frame.getByLabel('점검 내용', { exact: true }).fill(NOTE);
  await frame.getByRole('button', { name: '저장', exact: true }).click();
  await frame.getByRole('status').filter({ hasText: '점검을 기록했습니다' }).waitFor();
  await frame.getByRole('heading', { level: 2, name: CLIENT }).waitFor();
  const newest = frame.getByRole('region', { name: '경과 (최근 순)' }).getByRole('listitem').first();
  expect(await newest.innerText()).toContain('2026-03-03');
  expect(await newest.innerText()).toContain('점검 (전화)');

  // The grid: the check stands in 점검 under 김하늘's 관리번호, next to the empty row put in by hand.
  await selectTab(page, '사례');
  const caseRow = (await filledRows()).find((row) => row.includes(CLIENT))!;
  expect(caseRow[await columnOf('관리번호')]).toBe(caseNo);
  expect(caseRow[await columnOf('연락처')]).toBe(NEW_PHONE);
  expect(caseRow[ownColumn]).toBe('2'); // the person's own column and formula are untouched
  expect(caseRow[await columnOf('대상자명')]).toBe(CLIENT);
  // The check moved the next check date past today.
  expect(caseRow[await columnOf('다음 점검일')]! > '2026-03-03').toBe(true);
  // No other case changed.
  expect((await filledRows()).filter((row) => !row.includes(CLIENT))).toEqual(others);

  await selectTab(page, '점검');
  const saved = (await filledRows()).filter((row) => row.includes(NOTE));
  expect(saved).toHaveLength(1);
  expect(saved[0]![(await header()).indexOf('관리번호')]).toBe(caseNo);
  expect(saved[0]![(await header()).indexOf('점검일')]).toBe('2026-03-03');
  // The inserted empty row is still there: the add-on wrote below its data, not into the gap.
  const filled = (await gridRows()).map(isFilled);
  expect(filled.slice(1, filled.lastIndexOf(true)).filter((f) => !f)).toHaveLength(1);
});

test('a 단계 typed by hand that no record explains is named by 시트 점검 in the sidebar', async () => {
  // 이서연 is assessed and waits for a plan: no closure explains a 종결.
  await selectTab(page, '사례');
  const row = await rowOf('이서연').locator('td').first().getAttribute('data-row');
  const stage = `${letter(await columnOf('단계'))}${row}`;
  await typeInto(stage, '종결');
  expect((await cell(stage).innerText()).trim()).toBe('종결');

  await frame.getByRole('button', { name: '← 사례 목록' }).click();
  await frame.getByRole('heading', { level: 2, name: '내 사례', exact: true }).waitFor();
  // Whether or not the list met a broken row, the whole check is one fold away.
  const check = frame.locator('details', {
    has: frame.locator('summary', { hasText: /^(시트 점검|확인이 필요한 줄)/ }),
  });
  await check.locator('summary').click();
  const named = check.getByText(`사례 ${row}행 · 단계`, { exact: true });
  await named.waitFor({ timeout: 30_000 });
  expect(await check.innerText()).toContain("단계가 '종결'인데 종결 기록이 없습니다");
  await expectNoSeriousViolations(frame, '시트 점검');
  await check.scrollIntoViewIfNeeded();
  await check.screenshot({ path: path.join(SCREENSHOTS, 'practice-stage-check.png') });
});
