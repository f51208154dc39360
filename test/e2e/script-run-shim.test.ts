/**
 * google.script.run in the preview behaves like Apps Script's: asynchronous handlers with the user
 * object, a Date argument refused before it reaches the server, a server error delivered to the
 * failure handler with the server's message, and the spreadsheet redrawn after a call.
 */
import type { Frame, Page, Request } from 'playwright-core';
import { usePreviewInBrowser } from './support/browser';
import type { TestPreview } from './support/preview';
import {
  chooseAddonMenuItem,
  openPreview,
  runInSidebar,
  selectTab,
  sidebarFrame,
  waitForGridText,
} from './support/sheets-page';

let preview: TestPreview;
let page: Page;
let sidebar: Frame;
const serverCalls: string[] = [];

usePreviewInBrowser((started) => ({ preview, page } = started));

beforeAll(async () => {
  page.on('request', (request: Request) => {
    const match = /\/api\/run\/([\w$]+)/.exec(request.url());
    if (match) serverCalls.push(match[1]!);
  });
  await openPreview(page, preview.url);
  await chooseAddonMenuItem(page, '사례관리 열기');
  sidebar = await sidebarFrame(page);
});

const newClient = {
  client: { name: '=서가온', birthDate: '1964-05-05', phone: '010-0000-1099', address: '행복동 새싹길 1' },
  intakeDate: '2026-02-27',
  discovery: 'walkIn',
  presentingProblem: '주거 환경이 열악하여 상담을 요청함.',
  intakeOutcome: 'caseManagementReferral',
};

test('a Date argument is refused: the failure handler gets an Error and the server is not called', async () => {
  const before = serverCalls.length;
  const outcome = await runInSidebar(
    sidebar,
    'saveIntake',
    { ...newClient, intakeDate: new Date('2026-02-27T00:00:00+09:00') },
    'form-1',
  );
  expect(outcome).toMatchObject({ handler: 'failure', isError: true, userObject: 'form-1' });
  expect(outcome.message).toMatch(/illegal value.*intakeDate.*Date/);
  expect(serverCalls.length).toBe(before);
});

test('a server error reaches the failure handler with the server’s own message', async () => {
  const missing = await runInSidebar(sidebar, 'noSuchFunction', {});
  expect(missing).toMatchObject({
    handler: 'failure',
    isError: true,
    message: 'Script function not found: noSuchFunction',
  });

  const invalid = await runInSidebar(sidebar, 'saveIntake', {
    ...newClient,
    client: { ...newClient.client, name: ' ' },
  });
  expect(invalid.handler).toBe('failure');
  expect(invalid.isError).toBe(true);
  expect(invalid.message).toContain('대상자 이름');
  expect(preview.logs.some((line) => line.startsWith('saveIntake ') && line.includes('ERROR'))).toBe(true);
});

test('a successful call reaches the success handler and the grid shows what it wrote', async () => {
  await selectTab(page, '사례');
  const saved = await runInSidebar(sidebar, 'saveIntake', newClient, { row: 7 });
  expect(saved).toMatchObject({ handler: 'success', userObject: { row: 7 } });
  const caseNo = (saved.value as { caseNo: string }).caseNo;
  expect(typeof caseNo).toBe('string');

  // The sidebar told the page to redraw: the new case (its name kept as typed, not as a formula) is there.
  await waitForGridText(page, caseNo);
  await waitForGridText(page, '=서가온');

  const fetched = await runInSidebar(sidebar, 'getCase', { caseNo });
  expect(fetched.handler).toBe('success');
  expect((fetched.value as { client: { name: string; phone: string } }).client).toMatchObject({
    name: '=서가온',
    phone: '010-0000-1099',
  });
  expect(preview.logs.some((line) => /^saveIntake \d+ms {2}Spreadsheet calls: \d+/.test(line))).toBe(true);
});

test('google.script.host.close() closes the sidebar', async () => {
  await sidebar.evaluate(() =>
    (window as unknown as { google: { script: { host: { close(): void } } } }).google.script.host.close(),
  );
  await page.locator('#sidebar').waitFor({ state: 'hidden' });
});
