/**
 * 정보제공 동의 as a lifecycle (issue 14), on the seeded demo workbook (김하늘, 서비스제공·점검, with a
 * consent for 행복동 새마을부녀회): a 보호자 consent needs the guardian's name (the form says so and
 * sends nothing), then is saved and the consent list shows who signed and where each consent
 * stands; the plan form lists a 제공기관 no consent covers and saves only after 「동의 없이 저장」.
 * Saves docs/screenshots/practice-consent-guardian.png and practice-plan-uncovered.png.
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
import {
  expectNoHorizontalScroll,
  expectNoSeriousViolations,
  SCREENSHOTS,
  screenshotSidebar,
} from './support/sidebar';

const SAVE_TIMEOUT = 30_000;

let preview: TestPreview;
let page: Page;
let frame: Frame;

usePreviewInBrowser((started) => ({ preview, page } = started));

const heading = (name: string) => frame.getByRole('heading', { level: 2, name, exact: true });
const field = (label: string, scope: Frame | Locator = frame) => scope.getByLabel(label, { exact: true });
const action = (name: string) =>
  frame.getByRole('navigation', { name: '이 사례에 할 일' }).getByRole('button', { name, exact: true });

/** How many calls of `name` the server has answered without an error. */
const saved = (name: string) =>
  preview.logs.filter((line) => line.startsWith(`${name} `) && !line.includes('ERROR')).length;

async function expectStatus(text: string | RegExp): Promise<void> {
  await frame.getByRole('status').filter({ hasText: text }).waitFor({ timeout: SAVE_TIMEOUT });
}

/** A folded section of the case view, opened (its summary starts with `title`). */
async function section(title: RegExp): Promise<Locator> {
  const details = frame
    .locator('details.section')
    .filter({ has: frame.locator('summary', { hasText: title }) });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details;
}

test('보호자 동의: without the guardian’s name nothing is sent; saved, the list shows who signed', async () => {
  await openPreview(page, preview.url);
  await chooseAddonMenuItem(page, '사례관리 열기');
  frame = await sidebarFrame(page);
  await heading('내 사례').waitFor();
  await frame.locator('.case-row', { hasText: '김하늘' }).first().click();
  await heading('김하늘').waitFor();

  await action('정보제공 동의').click();
  await heading('제3자 정보제공 동의').waitFor();
  // 본인 is chosen at first, and the guardian's fields appear only for 보호자.
  expect(await frame.getByRole('radio', { name: '본인', exact: true }).isChecked()).toBe(true);
  expect(await field('보호자 이름').count()).toBe(0);
  await frame.getByRole('radio', { name: '보호자', exact: true }).check();
  await field('제공받는 기관').fill('행복종합사회복지관');
  await field('제공 항목').fill('이름, 연락처, 식사 관련 욕구');
  await field('제공 목적').fill('도시락 배달 연계');
  await field('보유·이용 기간').fill('2026-03-20');
  await field('보호자 관계').fill('아들');
  await frame.getByRole('button', { name: '저장', exact: true }).click();
  await frame
    .locator('.field-error')
    .filter({ hasText: '보호자 이름: 보호자가 동의했으면 필수 항목입니다.' })
    .waitFor();
  expect(saved('recordConsent')).toBe(0);

  await field('보호자 이름').fill('김민수');
  // The error is mended: the picture for the user guide shows the form, not the old alert.
  await frame.getByRole('button', { name: '알림 닫기' }).click();
  await expectNoSeriousViolations(frame, 'guardian consent form');
  await expectNoHorizontalScroll(frame);
  await screenshotSidebar(page, frame, 'practice-consent-guardian.png');
  await frame.getByRole('button', { name: '저장', exact: true }).click();
  await expectStatus('정보제공 동의를 기록했습니다: 행복종합사회복지관 (보호자 김민수 동의).');
  expect(saved('recordConsent')).toBe(1);

  const consents = await section(/^정보제공 동의 \(2개 기관\)/);
  const card = consents.locator('.consent-card').filter({ hasText: '행복종합사회복지관' });
  await card.getByText('보호자 김민수 (아들)').waitFor();
  // Today is 2026-03-03 in the preview: 17 days are left of this consent; the seeded one holds.
  expect(await card.locator('.consent-standing').innerText()).toBe('17일 남음');
  const seeded = consents.locator('.consent-card').filter({ hasText: '행복동 새마을부녀회' });
  expect(await seeded.locator('.consent-standing').innerText()).toBe('유효');
  await seeded.getByText('본인', { exact: true }).waitFor();
  await selectTab(page, '정보제공동의');
  await waitForGridText(page, '김민수');
});

test('서비스계획: a provider without consent is listed; 저장 stops there, 「동의 없이 저장」 saves', async () => {
  await action('서비스계획(새)').click();
  await heading('서비스제공 계획').waitFor();
  await field('단기 성과목표').fill('한 달 안에 주 3회 도시락을 받는다.');
  const item = frame.getByRole('group', { name: '항목 1', exact: true });
  await field('개입목표', item).fill('규칙적인 식사');
  await field('서비스 내용', item).fill('도시락 배달 (주 3회)');
  await field('제공기관', item).fill('행복 종합사회복지관');
  const warning = frame.getByRole('group', { name: '정보제공 동의가 없는 제공기관' });
  // Covered by the consent just recorded (spaces do not matter): no warning.
  expect(await warning.count()).toBe(0);

  await frame.getByRole('button', { name: '＋ 항목 추가' }).click();
  const second = frame.getByRole('group', { name: '항목 2', exact: true });
  await field('개입목표', second).fill('방과 후 돌봄');
  await field('서비스 내용', second).fill('손자 방과 후 돌봄 연계');
  await field('제공기관', second).fill('희망지역아동센터');
  await warning.waitFor();
  expect(await warning.getByRole('listitem').allInnerTexts()).toEqual(['희망지역아동센터']);

  const before = saved('savePlan');
  await frame.getByRole('button', { name: '저장', exact: true }).click();
  await expectStatus('저장하지 않았습니다: 정보제공 동의가 없는 제공기관이 1곳 있습니다.');
  expect(saved('savePlan')).toBe(before);
  await expectNoSeriousViolations(frame, 'plan form with an uncovered provider');
  await warning.scrollIntoViewIfNeeded();
  await warning.screenshot({ path: path.join(SCREENSHOTS, 'practice-plan-uncovered.png') });

  await warning.getByRole('button', { name: '동의 없이 저장', exact: true }).click();
  await expectStatus(
    '서비스계획을 저장했습니다 (항목 2개). 정보제공 동의가 없는 제공기관: 희망지역아동센터. 이 기관에 당사자 정보를 주기 전에 동의를 받아 기록하세요.',
  );
  expect(saved('savePlan')).toBe(before + 1);
  await heading('김하늘').waitFor();
  await selectTab(page, '변경이력');
  await waitForGridText(page, '정보제공 동의 없는 제공기관: 희망지역아동센터');
});
