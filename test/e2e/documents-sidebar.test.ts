/**
 * A case manager makes the 서비스제공 계획 및 점검표 of a case from the sidebar and opens it. In the
 * preview the Google Docs link opens the fake's document on the documents page, rendered from what
 * DocumentApp built. Saves docs/screenshots/sidebar-documents.png.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { usePreviewInBrowser } from './support/browser';
import { ROOT, type TestPreview } from './support/preview';
import { chooseAddonMenuItem, openPreview, sidebarFrame } from './support/sheets-page';

let preview: TestPreview;
let page: Page;

usePreviewInBrowser((started) => ({ preview, page } = started));

it('makes the plan form from the case view and opens it', async () => {
  await openPreview(page, preview.url);
  await chooseAddonMenuItem(page, '사례관리 열기');
  const frame = await sidebarFrame(page);
  await frame.getByRole('button', { name: /박민준/ }).click();
  await frame.getByText('문서 (서식 출력)').click();
  await frame.getByLabel('서식').selectOption({ label: '서비스제공 계획 및 점검표' });
  await frame.getByRole('button', { name: '문서 만들기' }).click();
  await frame.getByRole('status').filter({ hasText: '문서를 만들었습니다' }).waitFor({ timeout: 60_000 });
  const link = frame.getByRole('link', { name: /서비스제공 계획 및 점검표 v\d/ }).first();
  await link.waitFor();
  await page
    .locator('#sidebar')
    .screenshot({ path: path.join(ROOT, 'docs', 'screenshots', 'sidebar-documents.png') });

  const [opened] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await opened.waitForLoadState();
  expect(opened.url()).toMatch(/\/documents#/);
  const id = decodeURIComponent(new URL(opened.url()).hash.slice(1));
  const article = opened.locator(`article[id="${id}"]`);
  await article.waitFor();
  const text = await article.innerText();
  for (const field of ['서비스제공 계획 및 점검표', '박민준', '단기', '장기', '이행여부', '사례관리자']) {
    expect(text).toContain(field);
  }
});
