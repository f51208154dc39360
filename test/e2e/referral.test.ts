/**
 * 의뢰 on the seeded demo workbook: 김하늘 consented to sharing 이름, 주소, 연락처 with 행복동
 * 새마을부녀회, so a referral asking for 생년월일 too is refused and one with 이름 and 연락처 goes
 * out; 정유나 has no consent and the form says so first. Saves docs/screenshots/sidebar-referral.png.
 */
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
import { expectNoHorizontalScroll, expectNoSeriousViolations, screenshotSidebar } from './support/sidebar';

let preview: TestPreview;
let page: Page;
let frame: Frame;

usePreviewInBrowser((started) => ({ preview, page } = started));

const heading = (name: string) => frame.getByRole('heading', { level: 2, name, exact: true });

async function openReferral(name: string): Promise<void> {
  await frame.locator('.case-row', { hasText: name }).first().click();
  await heading(name).waitFor();
  await frame.getByRole('button', { name: '의뢰', exact: true }).click();
  await heading('서비스 의뢰').waitFor();
}

test('a referral carries only consented fields', async () => {
  await openPreview(page, preview.url);
  await chooseAddonMenuItem(page, '사례관리 열기');
  frame = await sidebarFrame(page);
  await heading('내 사례').waitFor();
  await openReferral('김하늘');

  const consent = frame.getByLabel('정보제공 동의 (받는 기관)');
  expect(await consent.locator('option:checked').innerText()).toContain('행복동 새마을부녀회');
  await frame.getByText('동의한 항목: 이름, 주소, 연락처', { exact: false }).waitFor();
  await frame.getByLabel('이름', { exact: true }).check();
  await frame.getByLabel('생년월일', { exact: true }).check();
  await frame.getByLabel('의뢰 목적', { exact: true }).fill('밑반찬 배달 연계');
  await frame.getByRole('button', { name: '의뢰하기' }).click();
  // 생년월일 is not in the consent: the server refuses and says why.
  await frame.getByRole('alert').filter({ hasText: '생년월일' }).waitFor();
  expect(
    preview.logs.filter((line) => line.startsWith('referClient ') && !line.includes('ERROR')).length,
  ).toBe(0);

  await frame.getByLabel('생년월일', { exact: true }).uncheck();
  await frame.getByLabel('연락처', { exact: true }).check();
  await expectNoSeriousViolations(frame, 'referral form');
  await expectNoHorizontalScroll(frame);
  await screenshotSidebar(page, frame, 'sidebar-referral.png');
  await frame.getByRole('button', { name: '의뢰하기' }).click();
  await frame
    .getByRole('status')
    .filter({ hasText: /의뢰했습니다: 행복동 새마을부녀회에 이름, 연락처만 제공합니다\./ })
    .waitFor();
  await heading('김하늘').waitFor();
  await selectTab(page, '의뢰');
  await waitForGridText(page, '밑반찬 배달 연계');
});

test('without a consent the form says to record one first', async () => {
  await frame.getByRole('button', { name: '← 사례 목록' }).click();
  await openReferral('이서연');
  await frame.getByText('정보제공 동의 기록이 없어 의뢰할 수 없습니다', { exact: false }).waitFor();
});
