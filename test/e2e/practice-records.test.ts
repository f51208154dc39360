/**
 * 기록 바로잡기 from the case view, on the seeded demo workbook (김하늘 has an assessment and a
 * plan): the latest assessment's 위기도 is corrected, the case view shows it, and 변경이력 keeps
 * old → new. Saves docs/screenshots/practice-record-correction.png.
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

async function fold(title: RegExp): Promise<Locator> {
  const details = frame
    .locator('details.section')
    .filter({ has: frame.locator('summary', { hasText: title }) });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details;
}

const saved = (name: string) =>
  preview.logs.filter((line) => line.startsWith(`${name} `) && !line.includes('ERROR')).length;

test('기록 바로잡기: the latest assessment’s 위기도 is corrected and the case view shows it', async () => {
  await openPreview(page, preview.url);
  await chooseAddonMenuItem(page, '사례관리 열기');
  frame = await sidebarFrame(page);
  await heading('내 사례').waitFor();
  await frame.locator('.case-row', { hasText: '김하늘' }).first().click();
  await heading('김하늘').waitFor();

  const section = frame.locator('section', { has: frame.getByRole('heading', { name: '기록 바로잡기' }) });
  await section.waitFor();
  const assessment = await fold(/^사정 S\d+ 고치기/);
  const risk = assessment.getByLabel('위기도', { exact: true });
  const before = await risk.inputValue();
  const next = before === 'crisis' ? 'high' : 'crisis';
  const nextLabel = next === 'crisis' ? '위기' : '높음';

  await risk.selectOption(next);
  await expectNoSeriousViolations(frame, 'record correction');
  await expectNoHorizontalScroll(frame);
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: path.join(SCREENSHOTS, 'practice-record-correction.png') });
  await risk.selectOption(before);
  // A 사정일 after today is refused beside its field, before anything is sent.
  const assessedOn = assessment.getByLabel('사정일', { exact: true });
  const assessedBefore = await assessedOn.inputValue();
  await assessedOn.fill('2030-01-01');
  await assessment.getByRole('button', { name: '고친 내용 저장', exact: true }).click();
  await assessment.locator('.field-error').filter({ hasText: '사정일' }).waitFor();
  expect(saved('amendAssessment')).toBe(0);
  await assessedOn.fill(assessedBefore);
  // Nothing changed: the server refuses and nothing is saved.
  await assessment.getByRole('button', { name: '고친 내용 저장', exact: true }).click();
  await frame.getByText('바뀐 항목이 없어 저장하지 않았습니다.').first().waitFor({ timeout: SAVE_TIMEOUT });
  expect(saved('amendAssessment')).toBe(0);

  await risk.selectOption(next);
  await assessment.getByRole('button', { name: '고친 내용 저장', exact: true }).click();
  await frame
    .getByRole('status')
    .filter({ hasText: /사정 S\d+[을를] 고쳤습니다/ })
    .waitFor({ timeout: SAVE_TIMEOUT });
  expect(saved('amendAssessment')).toBe(1);
  await frame
    .locator('summary', { hasText: `위기도 ${nextLabel}` })
    .first()
    .waitFor();
  await selectTab(page, '변경이력');
  await waitForGridText(page, '사정 수정');
});
