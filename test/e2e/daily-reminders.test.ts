/**
 * What the add-on sends and makes, seen where a user would look: the demo's plan document on the
 * documents page, and the daily digest in the outbox after the time-driven trigger runs (the
 * preview's "시간 트리거 실행" button; the fixed clock is a working Tuesday morning).
 * Saves docs/screenshots/outbox.png, reminders-outbox.png (the digest), documents.png and
 * document-plan-in-docs.png (the plan Doc).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { usePreviewInBrowser } from './support/browser';
import { ROOT, type TestPreview } from './support/preview';
import { openPreview } from './support/sheets-page';

const SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');

let preview: TestPreview;
let page: Page;

usePreviewInBrowser((started) => ({ preview, page } = started));

test('the time trigger sends the daily digest, which lands in the outbox', async () => {
  await openPreview(page, preview.url);
  expect(await page.locator('#outbox-link .count').textContent()).toBe('0');

  await page.getByRole('button', { name: /시간 트리거 실행/ }).click();
  await page.locator('#status', { hasText: 'runDailyReminders' }).waitFor();
  expect(await page.locator('#status').getAttribute('class')).not.toContain('error');
  await page.locator('#outbox-link .count', { hasText: '1' }).waitFor();

  await page.goto(`${preview.url}/outbox`);
  const mail = page.locator('article.mail').first();
  expect(await mail.locator('h2').textContent()).toContain('동 사례관리');
  expect(await mail.locator('dd').first().textContent()).toBe('kim.sw@dong.example');
  const body = await (await mail.locator('iframe.mail-body').elementHandle())!.contentFrame();
  expect(await body!.locator('body').innerText()).toMatch(/[가-힣]/);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'outbox.png'), fullPage: true });
  await mail.screenshot({ path: path.join(SCREENSHOTS, 'reminders-outbox.png') });
});

test('the demo plan document reads as the 서비스제공 계획 및 점검표 form', async () => {
  await page.goto(`${preview.url}/documents`);
  const plan = page.locator('article.doc').filter({ hasText: '김하늘' }).first();
  await plan.getByRole('heading', { name: '서비스제공 계획 및 점검표' }).first().waitFor();
  expect(await plan.locator('table td').allTextContents()).toEqual(expect.arrayContaining(['김하늘']));
  await page.screenshot({ path: path.join(SCREENSHOTS, 'documents.png') });
  // The page's sticky title bar would cover the top of the picture of one document.
  await page.locator('.reading-bar').evaluate((bar) => ((bar as HTMLElement).style.position = 'static'));
  await plan.locator('.page').screenshot({ path: path.join(SCREENSHOTS, 'document-plan-in-docs.png') });
});
