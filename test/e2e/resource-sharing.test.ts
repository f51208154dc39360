/**
 * 자원 공유·가져오기 on the seeded demo workbook: 게시 미리보기 lists exactly the rows and the
 * addresses, nothing is published until 이대로 게시; HSDS CSV export makes its files; an import
 * from the published partner sheet is a dry run first, which writes nothing. Saves
 * docs/screenshots/sidebar-sharing.png.
 */
import type { Frame, Page } from 'playwright-core';
import { usePreviewInBrowser } from './support/browser';
import type { TestPreview } from './support/preview';
import { chooseAddonMenuItem, openPreview, sidebarFrame } from './support/sheets-page';
import { expectNoHorizontalScroll, expectNoSeriousViolations, screenshotSidebar } from './support/sidebar';

let preview: TestPreview;
let page: Page;
let frame: Frame;

usePreviewInBrowser((started) => ({ preview, page } = started));

const calls = (name: string) => preview.logs.filter((line) => line.startsWith(`${name} `)).length;
const status = (text: string | RegExp) => frame.getByRole('status').filter({ hasText: text }).waitFor();

test('게시: a preview of the rows and addresses, then publishing on confirmation', async () => {
  await openPreview(page, preview.url);
  await chooseAddonMenuItem(page, '사례관리 열기');
  frame = await sidebarFrame(page);
  await frame.getByRole('button', { name: '지역 자원' }).click();
  await frame.getByRole('button', { name: '협력기관 게시 · CSV 내보내기 · 가져오기' }).click();
  await frame.getByRole('heading', { level: 2, name: '자원 공유·가져오기' }).waitFor();

  await frame.getByRole('button', { name: '게시 미리보기' }).click();
  const shown = frame.getByTestId('publish-preview');
  await shown.waitFor();
  const text = await shown.innerText();
  expect(text).toMatch(/받는 곳 \(\d+\)/);
  expect(text).toMatch(/게시할 자원 \d+건/);
  expect(text).toContain('밑반찬 나눔');
  expect(calls('publishResources')).toBe(0);
  await expectNoSeriousViolations(frame, 'publish preview');
  await expectNoHorizontalScroll(frame);
  await screenshotSidebar(page, frame, 'sidebar-sharing.png');

  await frame.getByRole('button', { name: '이대로 게시' }).click();
  await status(/자원 \d+건을 게시했습니다/);
  expect(calls('publishResources')).toBe(1);
  await frame.getByRole('link', { name: '게시한 협력기관 시트 열기' }).waitFor();
});

test('HSDS CSV 내보내기 makes the files', async () => {
  await frame.getByRole('button', { name: 'CSV 파일 만들기' }).click();
  await status(/자원 \d+건을 CSV 파일 \d+개로 내보냈습니다/);
  await frame.getByRole('link', { name: /내보낸 폴더 열기/ }).waitFor();
});

test('가져오기 runs a dry run first and writes nothing', async () => {
  const partnerUrl = await frame
    .getByRole('link', { name: '게시한 협력기관 시트 열기' })
    .getAttribute('href');
  await frame.getByLabel('협력기관 시트 주소').fill(partnerUrl!);
  await frame.getByRole('button', { name: '미리보기 (저장하지 않음)' }).click();
  const shown = frame.getByTestId('import-preview');
  await shown.waitFor();
  expect(await shown.innerText()).toMatch(/가져오면 새 자원 \d+건, 수정 \d+건, 그대로 \d+건, 건너뜀 \d+건/);
  expect(calls('previewResourceImport')).toBe(1);
  expect(calls('importResources')).toBe(0);
  await expectNoSeriousViolations(frame, 'import preview');
});
