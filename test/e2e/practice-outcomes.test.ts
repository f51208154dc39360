/**
 * What the work decides, in the sidebar on the seeded demo workbook: a 권익옹호 that raises a gap
 * in the service system (the gap's kind required), a review meeting that records 계획 변경
 * without moving the case, 비선정 ending a case that was never selected, a follow-up that finds a
 * new crisis putting 재개 검토 on 오늘 할 일, and 종결 asking first and naming what is unfinished.
 * Saves docs/screenshots/practice-{advocacy,conference-review,reopen-review,closure-confirm}.png.
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

async function expectStatus(text: string | RegExp): Promise<void> {
  await frame.getByRole('status').filter({ hasText: text }).waitFor({ timeout: SAVE_TIMEOUT });
}

/** How many calls of `name` the server has answered without an error. */
const saved = (name: string) =>
  preview.logs.filter((line) => line.startsWith(`${name} `) && !line.includes('ERROR')).length;

/** The value beside a term of the case view's facts (단계, 담당 …). */
function fact(term: string): Locator {
  return frame
    .locator('dl.facts > div')
    .filter({ has: frame.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) })
    .getByRole('definition');
}

function action(name: string): Locator {
  return frame
    .getByRole('navigation', { name: '이 사례에 할 일' })
    .getByRole('button', { name, exact: true });
}

async function openCase(name: string): Promise<void> {
  // Back from wherever the last test left the sidebar (a case, or a form over it).
  for (let step = 0; step < 3 && !(await heading('내 사례').isVisible()); step++)
    await frame.locator('button.back').first().click();
  await heading('내 사례').waitFor();
  await frame.locator('.case-row', { hasText: name }).first().click();
  await heading(name).waitFor();
  await frame.getByRole('navigation', { name: '이 사례에 할 일' }).waitFor();
}

/** 경과 (최근 순): the newest entry first. */
const newestEntry = () =>
  frame.getByRole('region', { name: '경과 (최근 순)' }).getByRole('listitem').first().innerText();

test('권익옹호: a service-system gap needs its kind, then it is on 경과 and in the 권익옹호 tab', async () => {
  await openPreview(page, preview.url);
  await chooseAddonMenuItem(page, '사례관리 열기');
  frame = await sidebarFrame(page);
  await heading('내 사례').waitFor();
  await openCase('김하늘');

  const advocacy = frame
    .locator('details.section')
    .filter({ has: frame.locator('summary', { hasText: /^권익옹호$/ }) });
  await advocacy.locator('summary').click();
  await field('수준', advocacy).selectOption({ label: '서비스체계 개선' });
  await field('상대 (기관·사람)', advocacy).fill('구청 노인복지과');
  await field('한 일', advocacy).fill('야간 방문 돌봄이 없어 홀몸 어르신이 밤에 혼자 있는 문제를 건의함.');
  await advocacy.getByRole('button', { name: '권익옹호 기록', exact: true }).click();
  await advocacy.getByText('체계의 빈틈: 서비스체계 개선 활동은 어떤 빈틈인지 고르세요.').waitFor();
  expect(saved('recordAdvocacy')).toBe(0);

  await field('체계의 빈틈', advocacy).selectOption({ label: '서비스 부재' });
  await field('결과', advocacy).fill('구 통합사례회의 안건으로 올리기로 함.');
  await expectNoSeriousViolations(frame, 'advocacy form');
  await expectNoHorizontalScroll(frame);
  await advocacy.scrollIntoViewIfNeeded();
  await advocacy.screenshot({ path: path.join(SCREENSHOTS, 'practice-advocacy.png') });
  await advocacy.getByRole('button', { name: '권익옹호 기록', exact: true }).click();
  await expectStatus('권익옹호를 기록했습니다.');
  expect(saved('recordAdvocacy')).toBe(1);
  expect(await newestEntry()).toContain('권익옹호');
  await selectTab(page, '권익옹호');
  await waitForGridText(page, '구청 노인복지과');
});

test('사례회의: a review meeting records 계획 변경 and the case stays where it is', async () => {
  await openCase('김하늘');
  const stageBefore = (await fact('단계').innerText()).trim();
  // On a case in service the button says 사례회의: a review meeting, not a selection.
  await action('사례회의').click();
  await heading('사례회의·대상자 선정').waitFor();
  // A selected case is offered what a review meeting decides; 비선정 is for a case never selected.
  expect(await frame.getByRole('radio', { name: /^비선정/ }).count()).toBe(0);
  await frame.getByRole('radio', { name: /^계획 변경/ }).check();
  await field('참석자').fill('담당 사례관리자, 복지팀장, 행복종합사회복지관 담당자');
  await field('회의 내용').fill('밑반찬 지원이 끝나 식사 지원을 다른 자원으로 바꾸기로 함.');
  await screenshotSidebar(page, frame, 'practice-conference-review.png');
  await frame.getByRole('button', { name: '저장', exact: true }).click();
  await expectStatus(/기록했습니다: 계획 변경\./);
  await heading('김하늘').waitFor();
  expect((await fact('단계').innerText()).trim()).toBe(stageBefore);
  await frame
    .getByRole('region', { name: '경과 (최근 순)' })
    .getByRole('listitem')
    .filter({ hasText: '계획 변경' })
    .waitFor();
});

test('사례회의: 비선정 ends a case that was never selected, and its work stops', async () => {
  await openCase('이서연');
  await action('사례회의·선정').click();
  await heading('사례회의·대상자 선정').waitFor();
  // Not selected yet: the review meeting's decisions are not offered.
  expect(await frame.getByRole('radio', { name: /^재사정 공유/ }).count()).toBe(0);
  await frame.getByRole('radio', { name: /^비선정/ }).check();
  await field('회의 내용').fill('친정 어머니의 돌봄으로 공백이 메워져 사례관리 대상으로 선정하지 않음.');
  await frame.getByRole('button', { name: '저장', exact: true }).click();
  await expectStatus(/기록했습니다: 비선정\./);
  await heading('이서연').waitFor();
  expect((await fact('단계').innerText()).trim()).toBe('비선정 종결');
  // Nothing of the managed work is offered on an ended case.
  for (const name of ['서비스계획', '점검', '종결']) expect(await action(name).count()).toBe(0);
});

test('사후관리: a new crisis puts 재개 검토 on 오늘 할 일 for the case manager', async () => {
  await openCase('한지우');
  await action('사후관리').click();
  await heading('사후관리').waitFor();
  await field('연락 방법').selectOption({ label: '전화' });
  await field('사후관리 내용').fill('배우자가 다시 입원함. 간병 부담이 다시 커짐.');
  await frame.getByRole('checkbox', { name: '새 위기 발견' }).check();
  await frame.getByRole('button', { name: '저장', exact: true }).click();
  await expectStatus(/새 위기가 있으면 사례 재개를 검토하세요\./);
  await heading('한지우').waitFor();

  await frame.getByRole('button', { name: '← 사례 목록' }).first().click();
  await heading('내 사례').waitFor();
  await frame.getByRole('button', { name: /^오늘 할 일 \(\d+\)$/ }).click();
  await heading('오늘 할 일').waitFor();
  const line = frame.locator('.today-row', { hasText: '한지우' }).filter({ hasText: '재개 검토' });
  await line.first().waitFor();
  await expectNoHorizontalScroll(frame);
  await screenshotSidebar(page, frame, 'practice-reopen-review.png');
  await line.first().click();
  await heading('한지우').waitFor();
});

test('종결: the first save asks, naming the plan items without 이행여부; 돌아가서 고치기 closes nothing', async () => {
  await openCase('박민준');
  await action('종결').click();
  await heading('평가 및 종결').waitFor();
  await field('종결 사유').selectOption({ index: 1 });
  await field('평가').fill('주거 위기는 넘겼으나 일자리는 아직 찾는 중.');
  await frame.getByRole('button', { name: '종결 저장', exact: true }).click();
  const confirm = frame.getByRole('alertdialog', { name: '종결할까요?' });
  await confirm.waitFor();
  expect(await confirm.innerText()).toMatch(/이행여부/);
  expect(saved('closeCase')).toBe(0);
  await expectNoSeriousViolations(frame, 'closure confirmation');
  await screenshotSidebar(page, frame, 'practice-closure-confirm.png');
  await confirm.getByRole('button', { name: '돌아가서 고치기', exact: true }).click();
  await confirm.waitFor({ state: 'detached' });
  expect(saved('closeCase')).toBe(0);
});
