/**
 * The preview's clock, set from the page: ▶ 시간 트리거 실행 says beforehand when it is before the
 * reminder hour (설정's 매일 알림 시각, 8시 in the demo) and the daily reminders would send nothing.
 */
import type { Page } from 'playwright-core';
import { usePreviewInBrowser } from './support/browser';
import type { TestPreview } from './support/preview';
import { openPreview } from './support/sheets-page';

jest.setTimeout(90_000);

let preview: TestPreview;
let page: Page;

usePreviewInBrowser((started) => ({ preview, page } = started));

async function setClock(local: string): Promise<void> {
  await page.getByLabel('미리보기 시각').fill(local);
  await page.getByRole('button', { name: '맞추기' }).click();
  await page.getByText(`미리보기 시각을 ${local.replace('T', ' ')}(서울)로 맞췄습니다.`).waitFor();
}

test('before the reminder hour the trigger button says it will send nothing', async () => {
  await openPreview(page, preview.url);
  const button = page.locator('#run-triggers');
  // The fixed test clock is 09:00 in Seoul, after the demo's 8시.
  expect(await page.getByLabel('미리보기 시각').inputValue()).toBe('2026-03-03T09:00');
  expect((await button.innerText()).trim()).toBe('▶ 시간 트리거 실행');

  await setClock('2026-03-04T07:30');
  await page.getByRole('button', { name: '▶ 시간 트리거 실행 (8시 전: 보내지 않음)' }).waitFor();
  expect(await button.getAttribute('title')).toContain('실행해도 메일을 보내지 않습니다');
  const mailsBefore = preview.session.env.mails().length;
  const runs = () =>
    preview.logs.filter((line) => line.startsWith('runDailyReminders (time trigger)')).length;
  await button.click();
  // The trigger did run (and was logged), and sent nothing.
  await page.locator('#status', { hasText: '마지막 호출: runDailyReminders (time trigger)' }).waitFor();
  expect(runs()).toBe(1);
  expect(preview.session.env.mails().length).toBe(mailsBefore);

  await setClock('2026-03-04T09:10');
  await page.getByRole('button', { name: '▶ 시간 트리거 실행', exact: true }).waitFor();
  await button.click();
  await page.waitForFunction(
    (before) => Number(document.querySelector('#outbox-link .count')!.textContent) > before,
    mailsBefore,
  );
});
