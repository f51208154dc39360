/**
 * The one way the browser tests start Chromium: the system's /usr/bin/chromium (installed by
 * apt with fonts-nanum, see .ci/run), headless, nothing downloaded, no network beyond localhost.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { PreviewOptions } from '../../../dev/preview/server';
import { startPreviewInProcess, type TestPreview } from './preview';
import { SCREENSHOTS } from './sidebar';

export const CHROMIUM_EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
}

/** A page the size of a laptop screen, Korean locale, Seoul time. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

export interface PreviewInBrowser {
  preview: TestPreview;
  page: Page;
}

/**
 * The set-up every browser test shares: before the file's tests, a preview of its own (a fresh,
 * seeded workbook unless `options` say otherwise) and a Chromium page; after them, both stopped.
 * `started` receives them, so the file keeps its own `preview` and `page` variables.
 */
export function usePreviewInBrowser(
  started: (running: PreviewInBrowser) => void,
  options: Partial<PreviewOptions> = {},
): void {
  let browser: Browser | undefined;
  let preview: TestPreview | undefined;
  // Two cores shared with other runs: a journey through the sidebar may take a minute or two.
  jest.setTimeout(120_000);
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    preview = await startPreviewInProcess(options);
    browser = await launchBrowser();
    const page = await newPage(browser);
    page.setDefaultTimeout(30_000);
    started({ preview, page });
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });
}
