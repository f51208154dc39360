/**
 * 서비스체계 빈틈 보고서 from the home view, on the seeded demo workbook (박민준's 권익옹호 holds one
 * 서비스체계 개선 act, 자격 기준의 사각지대): an end date after today is refused beside its field
 * before anything is sent, then the report for the last three months is made, linked, counted and
 * written to 변경이력. Saves docs/screenshots/practice-gap-report.png.
 */
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
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

const made = () =>
  preview.logs.filter((line) => line.startsWith('generateGapReport ') && !line.includes('ERROR')).length;

test('빈틈 보고서: the last three months’ report is made from the home view, and a future end is refused', async () => {
  await openPreview(page, preview.url);
  await chooseAddonMenuItem(page, '사례관리 열기');
  frame = await sidebarFrame(page);
  await frame.getByRole('heading', { level: 2, name: '내 사례', exact: true }).waitFor();

  const section = frame.locator('details.gap-report');
  await section.locator('summary').click();
  const from = section.getByLabel('시작일', { exact: true });
  const to = section.getByLabel('종료일', { exact: true });
  // The preview's clock is 2026-03-03: the default period is the three months that end today.
  expect(await from.inputValue()).toBe('2025-12-04');
  expect(await to.inputValue()).toBe('2026-03-03');

  await to.fill('2026-03-04');
  await section.getByRole('button', { name: '보고서 만들기', exact: true }).click();
  await section.locator('.field-error').filter({ hasText: '종료일' }).waitFor();
  expect(made()).toBe(0);

  await to.fill('2026-03-03');
  await section.getByRole('button', { name: '보고서 만들기', exact: true }).click();
  const result = section.getByRole('status');
  await result.waitFor({ timeout: SAVE_TIMEOUT });
  expect(made()).toBe(1);
  expect(await result.getByRole('link').innerText()).toBe('서비스체계 빈틈 보고서 2025-12-04~2026-03-03');
  expect(await result.getByRole('link').getAttribute('href')).toMatch(/^https:\/\/docs\.google\.com\//);
  expect(await result.innerText()).toContain('서비스체계 개선 활동 1건');
  expect(await section.locator('.field-error').count()).toBe(0);

  await expectNoSeriousViolations(frame, 'gap report');
  await expectNoHorizontalScroll(frame);
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: path.join(SCREENSHOTS, 'practice-gap-report.png') });

  await selectTab(page, '변경이력');
  await waitForGridText(page, '빈틈 보고서');
});
