/**
 * Checks and pictures of the sidebar that several browser tests share: axe-core with no serious or
 * critical finding, no horizontal scrolling at 300 px, and a full-height screenshot for the docs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { ROOT } from './preview';

export const SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core (WCAG 2.x A/AA) on the sidebar as it is now: no serious or critical violation. */
export async function expectNoSeriousViolations(frame: Frame, view: string): Promise<void> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ content: AXE_SOURCE });
  const serious = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    })) as { violations: { id: string; impact: string | null; nodes: { html: string }[] }[] };
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
  });
  expect({ view, serious }).toEqual({ view, serious: [] });
}

export async function expectNoHorizontalScroll(frame: Frame): Promise<void> {
  const overflow = await frame.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The whole sidebar into docs/screenshots/`file`, the page made as tall as its content. */
export async function screenshotSidebar(page: Page, frame: Frame, file: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const contentHeight = await frame.evaluate(() => document.documentElement.scrollHeight);
  const chrome = await page.evaluate(() => {
    const sidebar = document.getElementById('sidebar-frame')!.getBoundingClientRect();
    return window.innerHeight - sidebar.height;
  });
  await page.setViewportSize({ width: viewport.width, height: Math.min(4000, contentHeight + chrome) });
  await frame.evaluate(() => window.scrollTo(0, 0));
  try {
    await page.locator('#sidebar').screenshot({ path: path.join(SCREENSHOTS, file) });
  } finally {
    await page.setViewportSize(viewport);
  }
}
