/**
 * The sidebar for people using a screen reader, a keyboard or a zoomed screen: axe-core finds no
 * serious or critical problem on the list, the intake form, a case and the plan form; at its
 * 300 px width no view scrolls sideways. Also records how long the sidebar takes to show its list
 * (bench/results/sidebar-render.json).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { usePreviewInBrowser } from './support/browser';
import { ROOT, type TestPreview } from './support/preview';
import { chooseAddonMenuItem, openPreview, sidebarFrame } from './support/sheets-page';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const RESULTS = path.join(ROOT, 'bench', 'results');
const SIDEBAR_WIDTH = 300;

let preview: TestPreview;
let page: Page;
let frame: Frame;

usePreviewInBrowser((started) => ({ preview, page } = started));

beforeAll(async () => {
  // In the sidebar's document, from its first moment: note when the first case row is drawn, on
  // the frame's own clock (0 = the iframe's navigation started).
  await page.context().addInitScript(() => {
    if (location.pathname !== '/sidebar') return;
    const w = window as unknown as { __firstListMs?: number };
    const observer = new MutationObserver(() => {
      if (w.__firstListMs !== undefined || !document.querySelector('.case-list button')) return;
      observer.disconnect();
      // The next frame after the rows are in the document is when they are painted.
      requestAnimationFrame(() => {
        w.__firstListMs = performance.now();
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
});

// Helpers -----------------------------------------------------------------------------------------

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.x A/AA and best practices) on the sidebar document as it is now. */
async function axeViolations(): Promise<AxeViolation[]> {
  const loaded = await frame.evaluate(() => 'axe' in window);
  if (!loaded) await frame.addScriptTag({ content: AXE_SOURCE });
  return frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    })) as { violations: AxeViolation[] };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  });
}

function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .map((n) => `    ${JSON.stringify(n.target)} ${n.html}\n      ${n.failureSummary ?? ''}`)
          .join('\n'),
    )
    .join('\n');
}

/** No serious or critical violation; the minor and moderate ones are printed for the record. */
async function expectNoSeriousViolations(view: string): Promise<void> {
  const violations = await axeViolations();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const other = violations.filter((v) => !serious.includes(v));
  if (other.length > 0) console.log(`axe on ${view}: minor/moderate findings\n${formatViolations(other)}`);
  if (serious.length > 0)
    throw new Error(`axe on ${view}: serious/critical violations\n${formatViolations(serious)}`);
}

/** The sidebar frame is 300 px wide and its document does not scroll sideways. */
async function expectNoHorizontalScroll(view: string): Promise<void> {
  const size = await frame.evaluate(() => {
    const root = document.documentElement;
    // Anything drawn past the right edge (html has overflow-x: hidden, which would hide it).
    const sticking = [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.right > root.clientWidth + 0.5;
      })
      .filter((el) => !el.closest('.visually-hidden'))
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className} → ${Math.round(el.getBoundingClientRect().right)}`,
      );
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      innerWidth: window.innerWidth,
      sticking,
    };
  });
  // The preview's sidebar panel is 300 px with a 1 px border, so its frame is 299 px: narrower than
  // in Google Sheets, never wider.
  expect(size.innerWidth).toBeLessThanOrEqual(SIDEBAR_WIDTH);
  expect(size.innerWidth).toBeGreaterThanOrEqual(SIDEBAR_WIDTH - 2);
  expect({ view, sticking: size.sticking.slice(0, 5) }).toEqual({ view, sticking: [] });
  if (size.scrollWidth > size.clientWidth)
    throw new Error(`${view}: scrollWidth ${size.scrollWidth} > clientWidth ${size.clientWidth}`);
}

async function heading(name: string): Promise<void> {
  await frame.getByRole('heading', { level: 2, name, exact: true }).waitFor();
}

/** Opens every folded section (<details>), as a person reading everything would. */
async function openAllDetails(): Promise<void> {
  const folded = frame.locator('details:not([open]) > summary');
  for (let i = 0; i < 50 && (await folded.count()) > 0; i++) await folded.first().click();
  expect(await folded.count()).toBe(0);
}

/**
 * 내 사례 / 전체 is a pair of radio buttons drawn as one segmented control (the inputs themselves are
 * 1 px, under their labels); chosen here with the keyboard, arrow keys on the pair.
 */
async function chooseScope(name: '내 사례' | '전체'): Promise<void> {
  const radio = frame.getByRole('radio', { name, exact: true });
  if (await radio.isChecked()) return;
  await frame.getByRole('radio', { checked: true }).focus();
  await frame.page().keyboard.press(name === '전체' ? 'ArrowRight' : 'ArrowLeft');
  expect(await radio.isChecked()).toBe(true);
}

async function openCase(name: string): Promise<void> {
  await frame.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await heading(name);
  await frame.getByRole('navigation', { name: '이 사례에 할 일' }).waitFor();
}

async function backToList(): Promise<void> {
  await frame.getByRole('button', { name: '← 사례 목록' }).click();
  await heading('내 사례');
  await frame.locator('.case-list button').first().waitFor();
}

/** Opens each form a case offers, checks it (width and axe), cancels it, and comes back. */
async function everyFormOf(caseName: string): Promise<string[]> {
  await openCase(caseName);
  await expectNoHorizontalScroll(`${caseName} 사례`);
  const actions = await frame
    .getByRole('navigation', { name: '이 사례에 할 일' })
    .getByRole('button')
    .allInnerTexts();
  for (const action of actions) {
    await frame
      .getByRole('navigation', { name: '이 사례에 할 일' })
      .getByRole('button', { name: action, exact: true })
      .click();
    await frame.getByRole('button', { name: '취소', exact: true }).waitFor();
    await expectNoHorizontalScroll(`${caseName}: ${action}`);
    await expectNoSeriousViolations(`${caseName}: ${action}`);
    await frame.getByRole('button', { name: '취소', exact: true }).click();
    await frame.getByRole('navigation', { name: '이 사례에 할 일' }).waitFor();
  }
  // The case's closed sections opened, as a person reading everything would.
  await openAllDetails();
  await expectNoHorizontalScroll(`${caseName} 사례 (모두 펼침)`);
  await backToList();
  return actions;
}

// Tests -------------------------------------------------------------------------------------------

test('the sidebar’s first render is measured and written to bench/results/sidebar-render.json', async () => {
  await openPreview(page, preview.url);
  await chooseAddonMenuItem(page, '사례관리 열기');
  frame = await sidebarFrame(page);
  await frame.getByRole('heading', { level: 2, name: '내 사례' }).waitFor();
  await frame.locator('.case-list button').first().waitFor();
  const firstRenderMs = await frame.waitForFunction(
    () => (window as unknown as { __firstListMs?: number }).__firstListMs,
  );
  const ms = Math.round((await firstRenderMs.jsonValue()) as number);
  expect(ms).toBeGreaterThan(0);
  expect(ms).toBeLessThan(30_000);
  mkdirSync(RESULTS, { recursive: true });
  const result = { firstRenderMs: ms, measuredAt: new Date().toISOString() };
  writeFileSync(path.join(RESULTS, 'sidebar-render.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`sidebar first render: ${ms} ms`);
});

test('home: no serious axe violations, no sideways scrolling', async () => {
  await heading('내 사례');
  await expectNoSeriousViolations('home');
  await expectNoHorizontalScroll('home');
  // 전체 shows every manager's cases (longer rows with 담당).
  await chooseScope('전체');
  await heading('전체 사례');
  await frame.locator('.case-list button').first().waitFor();
  await expectNoHorizontalScroll('home (전체)');
  // The folded 접수종결 group, opened.
  await openAllDetails();
  await expectNoSeriousViolations('home (전체, 모두 펼침)');
  await expectNoHorizontalScroll('home (전체, 모두 펼침)');
  // A search with no match says so.
  await frame.getByLabel('이름, 관리번호, 전화번호로 찾기').fill('없는이름');
  await frame.getByRole('button', { name: '검색', exact: true }).click();
  await frame.getByText(/‘없는이름’에 맞는 사례가 없습니다/).waitFor();
  await expectNoHorizontalScroll('home (검색 결과 없음)');
  await frame.getByLabel('이름, 관리번호, 전화번호로 찾기').fill('');
  await frame.getByRole('button', { name: '검색', exact: true }).click();
  await chooseScope('내 사례');
  await heading('내 사례');
  await frame.locator('.case-list button').first().waitFor();
});

test('intake form: no serious axe violations, blank or with its errors showing', async () => {
  await frame.getByRole('button', { name: '＋ 새 접수' }).click();
  await heading('새 접수 (초기상담)');
  await expectNoSeriousViolations('intake form');
  await expectNoHorizontalScroll('intake form');

  // Saved blank: every required field says what is wrong, beside it.
  await frame.getByRole('button', { name: '저장', exact: true }).click();
  await frame.locator('.field-error').first().waitFor();
  expect(await frame.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
  await expectNoSeriousViolations('intake form (errors)');
  await expectNoHorizontalScroll('intake form (errors)');

  // A long unbroken value (a pasted e-mail address or URL) does not push the form wider.
  await frame
    .getByLabel('담당 사례관리자 (이메일)', { exact: true })
    .fill('a.very.long.mail.address.that.does.not.break@community-centre.example.go.kr');
  await frame.getByLabel('주소', { exact: true }).fill('행복동'.repeat(40));
  await expectNoHorizontalScroll('intake form (long values)');

  await frame.getByRole('button', { name: '취소', exact: true }).click();
  await heading('내 사례');
  // The kept draft is offered on the list.
  await frame.getByRole('button', { name: /이어서 입력: 새 접수/ }).waitFor();
  await expectNoHorizontalScroll('home (draft)');
});

test('case view and plan form: no serious axe violations', async () => {
  // 김하늘 (demo): a plan with a first check, in 서비스제공·점검.
  await openCase('김하늘');
  await expectNoSeriousViolations('case view');
  await expectNoHorizontalScroll('case view');
  await openAllDetails();
  await expectNoSeriousViolations('case view (모두 펼침)');

  await frame
    .getByRole('navigation', { name: '이 사례에 할 일' })
    .getByRole('button', { name: '서비스계획(새)' })
    .click();
  await heading('서비스제공 계획');
  await expectNoSeriousViolations('plan form');
  await expectNoHorizontalScroll('plan form');
  await frame.getByRole('button', { name: '지난 계획 불러오기' }).click();
  await frame.getByRole('button', { name: '＋ 항목 추가' }).click();
  await frame.getByRole('button', { name: '저장', exact: true }).click();
  await frame.locator('.field-error').first().waitFor();
  await expectNoSeriousViolations('plan form (carried over, errors)');
  await expectNoHorizontalScroll('plan form (carried over, errors)');
  await frame.getByRole('button', { name: '취소', exact: true }).click();
  await heading('김하늘');
  await backToList();
});

test('at 300 px no view of the sidebar scrolls sideways', async () => {
  // Every stage of the demo caseload, and every form each case offers.
  const seen = new Set<string>();
  for (const name of ['정유나', '이서연', '박민준', '김하늘', '한지우']) {
    for (const action of await everyFormOf(name)) seen.add(action);
  }
  expect([...seen]).toEqual(
    expect.arrayContaining([
      '욕구사정',
      '사례회의·선정',
      '정보제공 동의',
      '서비스계획',
      '재사정',
      '점검',
      '서비스계획(새)',
      '종결',
      '사후관리',
      '재개',
    ]),
  );
  // The case ended at intake sits in the folded 접수종결 group.
  await chooseScope('전체');
  await heading('전체 사례');
  await frame.locator('summary', { hasText: '접수종결' }).click();
  const ended = frame.locator('details[open] .case-list button').first();
  const endedName = (await ended.locator('.name').innerText()).trim();
  await ended.click();
  await heading(endedName);
  await frame.getByText(/접수 단계에서 마친 기록입니다/).waitFor();
  await expectNoSeriousViolations('case ended at intake');
  await expectNoHorizontalScroll('case ended at intake');
  // Every form of every demo case (the 의뢰 form included) is a long walk on a shared machine.
}, 300_000);
