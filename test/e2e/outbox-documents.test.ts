/**
 * The outbox and documents pages render any mail and document faithfully and safely. The workbook
 * here is made with the fake services directly (a mail whose HTML carries a script, a document with
 * a heading, a table and a list) and saved as the preview's workbook file, the way a restart finds
 * it. What the add-on itself sends and makes is in daily-reminders.test.ts.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createGasEnvironment } from '../../dev/fakes';
import { usePreviewInBrowser } from './support/browser';
import { FIXED_NOW, temporaryDataDir, type TestPreview } from './support/preview';

const AUTH = 'https://www.googleapis.com/auth/';

type Chain = { [method: string]: (...args: unknown[]) => Chain };

/** A workbook holding two sent mails and one document, as the add-on's services would leave it. */
function workbookWithMailAndDocument(): unknown {
  const env = createGasEnvironment({
    manifest: {
      oauthScopes: [`${AUTH}spreadsheets`, `${AUTH}script.send_mail`, `${AUTH}documents`, `${AUTH}drive`],
    },
    user: 'kim.sw@dong.example',
    now: FIXED_NOW,
    spreadsheetName: '행복동 사례관리',
  });
  const { MailApp, DocumentApp } = env.globals as {
    MailApp: Chain;
    DocumentApp: Chain & { ParagraphHeading: Record<string, unknown> };
  };
  MailApp.sendEmail!({
    to: 'kim.sw@dong.example',
    subject: '[동 사례관리] 3월 2일 점검 예정 2건',
    body: '오늘 점검할 사례가 2건 있습니다.',
    htmlBody:
      '<h1 id="digest">오늘 점검할 사례 2건</h1><ul><li>김하늘 (행복-2025-0001)</li><li>박민준</li></ul>' +
      '<script>parent.document.title = "mail script ran"</script>',
  });
  env.clock.advance(60 * 60 * 1000);
  MailApp.sendEmail!({
    to: 'lead@dong.example',
    subject: '[동 사례관리] 기한 지난 재사정 1건',
    body: '재사정 기한이 지난 사례: 한지우',
  });
  const doc = DocumentApp.create!('서비스제공 계획 및 점검표 - 김하늘');
  const body = doc.getBody!();
  body.appendParagraph!('서비스제공 계획 및 점검표').setHeading!(DocumentApp.ParagraphHeading.HEADING1);
  body.appendParagraph!('관리번호 행복-2025-0001 · 대상자명 김하늘');
  body.appendTable!([
    ['개입목표', '서비스 내용', '제공기관'],
    ['하루 두 끼 이상 식사', '밑반찬 배달 (주 2회)', '행복동 새마을부녀회'],
  ]);
  body.appendListItem!('본인은 위 서비스 제공에 동의합니다.');
  doc.saveAndClose!();
  return env.toJSON();
}

let preview: TestPreview;
let page: Page;

const dataDir = temporaryDataDir();
writeFileSync(path.join(dataDir, 'workbook.json'), JSON.stringify(workbookWithMailAndDocument()));
usePreviewInBrowser((started) => ({ preview, page } = started), { dataDir });

test('the title bar counts the mails and documents', async () => {
  await page.goto(preview.url);
  await page.locator('#outbox-link .count', { hasText: '2' }).waitFor();
  await page.locator('#documents-link .count', { hasText: '1' }).waitFor();
});

test('the outbox lists every mail newest first, HTML in a sandbox', async () => {
  await page.goto(`${preview.url}/outbox`);
  const subjects = await page.locator('article.mail h2').allTextContents();
  expect(subjects).toEqual(['[동 사례관리] 기한 지난 재사정 1건', '[동 사례관리] 3월 2일 점검 예정 2건']);
  expect(await page.locator('article.mail').nth(1).textContent()).toContain('kim.sw@dong.example');

  const frameElement = page.locator('article.mail iframe.mail-body');
  // Sandboxed without allow-scripts: the mail's HTML shows, its script never runs.
  expect(await frameElement.getAttribute('sandbox')).toBe('allow-same-origin');
  const mailFrame = await (await frameElement.elementHandle())!.contentFrame();
  expect(await mailFrame!.locator('#digest').textContent()).toBe('오늘 점검할 사례 2건');
  // The mail's own script did not run.
  expect(await page.title()).not.toBe('mail script ran');
});

test('the documents page shows each document with its headings, paragraphs and tables', async () => {
  await page.goto(`${preview.url}/documents`);
  await page.getByRole('heading', { name: '서비스제공 계획 및 점검표 - 김하늘' }).waitFor();
  await page.getByRole('heading', { name: '서비스제공 계획 및 점검표', exact: true }).waitFor();
  const cells = await page.locator('.doc table td').allTextContents();
  expect(cells).toEqual([
    '개입목표',
    '서비스 내용',
    '제공기관',
    '하루 두 끼 이상 식사',
    '밑반찬 배달 (주 2회)',
    '행복동 새마을부녀회',
  ]);
  await page.getByRole('listitem').filter({ hasText: '본인은 위 서비스 제공에 동의합니다.' }).waitFor();
});
