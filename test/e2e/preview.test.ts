/**
 * The preview as a user meets it: a spreadsheet window with the tabs setupWorkbook made, the
 * add-on menu under 확장 프로그램, and the sidebar it opens. Saves docs/screenshots/preview.png.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { usePreviewInBrowser } from './support/browser';
import { ROOT, type TestPreview } from './support/preview';
import {
  chooseAddonMenuItem,
  openAddonMenu,
  openPreview,
  selectTab,
  sidebarFrame,
  waitForGridText,
} from './support/sheets-page';

const SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');

let preview: TestPreview;
let page: Page;

usePreviewInBrowser((started) => ({ preview, page } = started));

test('shows the spreadsheet with the Korean tabs setupWorkbook made', async () => {
  await openPreview(page, preview.url);

  expect(await page.locator('#doc-name').textContent()).toBe('행복동 사례관리');
  const menuBar = await page.getByRole('menubar').getByRole('menuitem').allTextContents();
  expect(menuBar.map((label) => label.trim())).toEqual([
    '파일',
    '수정',
    '보기',
    '삽입',
    '서식',
    '데이터',
    '도구',
    '확장 프로그램',
  ]);

  const tabs = await page.getByRole('tab').allTextContents();
  expect(tabs).toEqual(expect.arrayContaining(['사례', '초기상담', '욕구사정', '서비스계획', '점검']));

  // The first tab's frozen header row shows its Korean column headers in bold.
  await selectTab(page, '사례');
  const header = page.locator('#grid tbody tr.frozen td').first();
  expect(await header.textContent()).toMatch(/[가-힣]/);
  expect(await header.evaluate((cell) => getComputedStyle(cell).fontWeight)).toBe('700');
});

test('확장 프로그램 → add-on menu → 사례관리 열기 opens the sidebar', async () => {
  await openAddonMenu(page);
  const addonMenu = page.getByRole('menu', { name: '동 사례관리' });
  // The two items this test relies on; the add-on may offer more.
  expect(await addonMenu.getByRole('menuitem').allTextContents()).toEqual(
    expect.arrayContaining(['사례관리 열기', '시트 준비·복구']),
  );
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'preview-menu.png') });
  await addonMenu.getByRole('menuitem', { name: '사례관리 열기' }).click();

  const frame = await sidebarFrame(page);
  expect(await page.locator('#sidebar-title').textContent()).toBe('동 사례관리');
  const heading = frame.getByRole('heading', { name: '동 사례관리' });
  await heading.waitFor();
  const box = await page.locator('#sidebar').boundingBox();
  expect(box?.width).toBe(300);
  expect(preview.logs.some((line) => line.startsWith('showSidebar '))).toBe(true);

  await waitForGridText(page, '관리번호');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'preview.png') });
});

test('the sidebar close button closes it', async () => {
  if (await page.locator('#sidebar').isHidden()) await chooseAddonMenuItem(page, '사례관리 열기');
  await sidebarFrame(page);
  await page.getByRole('button', { name: '사이드바 닫기' }).click();
  await page.locator('#sidebar').waitFor({ state: 'hidden' });
});

test('시트 준비·복구 runs the setup again, says what it did, and changes nothing a user can see', async () => {
  const before = await page.getByRole('tab').allTextContents();
  await chooseAddonMenuItem(page, '시트 준비·복구');
  await page.locator('#status', { hasText: 'setupWorkbookFromMenu' }).waitFor();
  expect(await page.locator('#status').getAttribute('class')).not.toContain('error');
  // The report is a dialog the user reads and closes with 확인.
  const alert = page.getByRole('alertdialog', { name: '시트 준비·복구' });
  await alert.waitFor();
  const report = await alert.innerText();
  expect(report).toContain('고칠 것이 없었습니다.');
  expect(report).toContain('있던 내용은 지우거나 숨기지 않았습니다.');
  await alert.getByRole('button', { name: '확인' }).click();
  expect(await alert.count()).toBe(0);
  expect(await page.getByRole('tab').allTextContents()).toEqual(before);
});

test('the other menus say they are not available in the preview', async () => {
  await page.getByRole('menuitem', { name: '파일' }).click();
  const item = page.getByRole('menuitem', { name: '미리보기에서는 쓸 수 없는 메뉴입니다' });
  await item.waitFor();
  expect(await item.getAttribute('aria-disabled')).toBe('true');
  await page.keyboard.press('Escape');
});

test('the outbox and documents pages open from the title bar', async () => {
  const [outbox] = await Promise.all([
    page.context().waitForEvent('page'),
    page.locator('#outbox-link').click(),
  ]);
  await outbox.getByRole('heading', { name: /보낸 메일함/ }).waitFor();
  await outbox.close();
  const [documents] = await Promise.all([
    page.context().waitForEvent('page'),
    page.locator('#documents-link').click(),
  ]);
  await documents.getByRole('heading', { name: /문서/ }).first().waitFor();
  await documents.close();
});

test('a menu item’s toast shows over the sheet', async () => {
  expect(await page.getByRole('button', { name: /시간 트리거 실행/ }).isVisible()).toBe(true);
  await chooseAddonMenuItem(page, '매일 알림 끄기');
  await page.locator('#toasts [role="status"]', { hasText: '매일 알림을 껐습니다' }).waitFor();
  // No time-driven trigger is left to run.
  await page.getByRole('button', { name: /시간 트리거 실행/ }).waitFor({ state: 'hidden' });
});
