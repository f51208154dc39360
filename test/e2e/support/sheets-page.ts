/**
 * What a user does on the preview page, as test steps: open it, use the 확장 프로그램 menu, switch
 * tabs, read the grid, and call the server from inside the sidebar with google.script.run.
 */
import type { Frame, Page } from 'playwright-core';

/** Opens the preview and waits until the spreadsheet (its tabs) is drawn. */
export async function openPreview(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('tab').first().waitFor();
}

/** Opens 확장 프로그램 and, in it, the add-on's own menu. */
export async function openAddonMenu(page: Page): Promise<void> {
  await page.keyboard.press('Escape'); // start from closed menus: a second click on a menu closes it
  await page.getByRole('menuitem', { name: '확장 프로그램' }).click();
  // The add-on's entry is the enabled submenu of 확장 프로그램 (부가기능 and 매크로 are greyed out).
  await page
    .locator('.menu-dropdown[data-level="0"] [aria-haspopup="true"]:not([aria-disabled="true"])')
    .first()
    .click();
}

/** 확장 프로그램 → the add-on's menu → `caption`. */
export async function chooseAddonMenuItem(page: Page, caption: string): Promise<void> {
  await openAddonMenu(page);
  await page.getByRole('menuitem', { name: caption, exact: true }).click();
}

/** The sidebar's frame, once the sidebar panel is open and its document has loaded. */
export async function sidebarFrame(page: Page): Promise<Frame> {
  await page.locator('#sidebar').waitFor({ state: 'visible' });
  const handle = await page.waitForSelector('#sidebar-frame[src*="/sidebar"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the sidebar iframe has no frame');
  await frame.waitForLoadState('load');
  return frame;
}

export async function selectTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.locator('[role="tab"][aria-selected="true"]', { hasText: name }).waitFor();
}

/** Waits until the grid shows `text` somewhere. */
export async function waitForGridText(page: Page, text: string): Promise<void> {
  await page.locator('#grid td', { hasText: text }).first().waitFor();
}

export interface RunOutcome {
  handler: 'success' | 'failure' | 'none';
  value?: unknown;
  isError?: boolean;
  message?: string;
  userObject?: unknown;
}

/**
 * Calls `google.script.run.withSuccessHandler(…).withFailureHandler(…).withUserObject(userObject)[name](arg)`
 * inside the sidebar and reports which handler ran with what.
 */
export function runInSidebar(
  frame: Frame,
  name: string,
  arg: unknown,
  userObject?: unknown,
): Promise<RunOutcome> {
  return frame.evaluate(
    ([functionName, argument, user]) =>
      new Promise<RunOutcome>((resolve) => {
        type Runner = { [key: string]: (...args: unknown[]) => Runner };
        const run = (window as unknown as { google: { script: { run: Runner } } }).google.script.run;
        const chain = run.withSuccessHandler!((value: unknown, userObject: unknown) =>
          resolve({ handler: 'success', value, userObject }),
        ).withFailureHandler!((error: Error, userObject: unknown) =>
          resolve({
            handler: 'failure',
            isError: error instanceof Error,
            message: error.message,
            userObject,
          }),
        ).withUserObject!(user);
        const returned = chain[functionName as string]!(argument);
        if (returned !== undefined)
          resolve({ handler: 'none', message: 'google.script.run returned a value' });
        // Neither handler within 20 s is a broken shim: say so instead of hanging the test.
        setTimeout(() => resolve({ handler: 'none', message: 'no handler was called within 20 s' }), 20_000);
      }),
    [name, arg, userObject] as const,
  );
}
