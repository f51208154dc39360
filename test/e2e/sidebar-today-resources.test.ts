/**
 * 오늘 할 일 and 지역 자원 in the sidebar, on the seeded demo workbook (the clock fixed at
 * 2026-03-03): the overdue 사후관리 of 한지우 and the due-soon 점검 of 박민준 are listed and open
 * their case; a demo resource is found by search; a new resource is added (and lands in the 자원
 * tab); a plan item takes its provider from the directory. Saves docs/screenshots/sidebar-today.png
 * and docs/screenshots/sidebar-resources.png.
 */
import type { Frame, Page } from 'playwright-core';
import { usePreviewInBrowser } from './support/browser';
import type { TestPreview } from './support/preview';
import { expectNoHorizontalScroll, expectNoSeriousViolations, screenshotSidebar } from './support/sidebar';
import {
  chooseAddonMenuItem,
  openPreview,
  selectTab,
  sidebarFrame,
  waitForGridText,
} from './support/sheets-page';

const SAVE_TIMEOUT = 30_000;
const NEW_RESOURCE = {
  name: '새봄 이동 목욕',
  provider: '새봄 봉사단',
  contact: '010-0000-7007',
  address: '서울특별시 행복구 새봄로 7',
  postalCode: '06237',
};

let preview: TestPreview;
let page: Page;
let frame: Frame;

usePreviewInBrowser((started) => ({ preview, page } = started));

const statusLine = () => frame.getByRole('status');
const heading = (name: string) => frame.getByRole('heading', { level: 2, name, exact: true });

async function expectStatus(text: string | RegExp): Promise<void> {
  await statusLine().filter({ hasText: text }).waitFor({ timeout: SAVE_TIMEOUT });
}

test('오늘 할 일 lists the overdue line first and opens its case', async () => {
  await openPreview(page, preview.url);
  await chooseAddonMenuItem(page, '사례관리 열기');
  frame = await sidebarFrame(page);
  await heading('내 사례').waitFor();
  const todayButton = frame.getByRole('button', { name: /^오늘 할 일 \(\d+\)$/ });
  await todayButton.waitFor();
  expect(await todayButton.innerText()).toBe('오늘 할 일 (4)');
  await todayButton.click();
  await heading('오늘 할 일').waitFor();

  const overdue = frame.getByRole('region', { name: /^기한 지남/ });
  const line = overdue.getByRole('button', { name: /한지우/ });
  await line.waitFor();
  const text = await line.innerText();
  for (const part of ['행복-2025-0002', '사후관리', '89일 지남']) expect(text).toContain(part);
  const soon = frame.getByRole('region', { name: /^곧 할 일/ });
  expect(await soon.getByRole('button', { name: /박민준/ }).count()).toBeGreaterThan(0);
  expect(
    await soon
      .getByRole('button', { name: /박민준/ })
      .first()
      .innerText(),
  ).toContain('3일 남음');
  // Overdue comes before due soon on the page.
  const order = await frame
    .locator('.today-row')
    .evaluateAll((rows) => rows.map((r) => r.classList.contains('overdue')));
  expect(order[0]).toBe(true);
  expect(order.indexOf(false)).toBeGreaterThan(order.lastIndexOf(true));
  await frame.getByText(/매일 알림: 켜짐/).waitFor();
  await expectNoHorizontalScroll(frame);
  await expectNoSeriousViolations(frame, '오늘 할 일');
  await screenshotSidebar(page, frame, 'sidebar-today.png');

  // 전체 asks again (the demo's cases are all kim.sw's: the same lines).
  await frame.getByText('전체', { exact: true }).click();
  await overdue.getByRole('button', { name: /한지우/ }).waitFor();

  await line.click();
  await heading('한지우').waitFor();
  await frame.getByRole('navigation', { name: '이 사례에 할 일' }).waitFor();
});

test('지역 자원: search a demo resource, add a new one, see it in the 자원 tab', async () => {
  await page.keyboard.press('Escape');
  await heading('전체 사례').or(heading('내 사례')).waitFor();
  await frame.getByRole('button', { name: '지역 자원' }).click();
  await heading('지역 자원').waitFor();
  await frame.getByRole('heading', { level: 3, name: '밑반찬 나눔' }).waitFor();

  await frame.getByLabel('자원 찾기').fill('반찬');
  const card = frame.getByRole('article', { name: '밑반찬 나눔' });
  await frame.locator('.summary-line', { hasText: /^1건/ }).waitFor();
  expect(await frame.getByRole('article').count()).toBe(1);
  const cardText = await card.innerText();
  for (const part of ['행복동 새마을부녀회', '010-0000-2001', '행복동', '확인 기록 없음', '계획 연결 없음'])
    expect(cardText).toContain(part);

  // 확인함 (오늘 검증): verified today, by whom.
  await card.getByRole('button', { name: '밑반찬 나눔 확인함 (오늘 검증)' }).click();
  await expectStatus('오늘(2026-03-03) 확인한 것으로 기록했습니다');
  expect(await card.innerText()).toContain('확인 2026-03-03 (kim.sw)');

  // Filters: 공공 leaves the public resource only.
  await frame.getByLabel('자원 찾기').fill('');
  await frame.getByLabel('공공/민간').selectOption({ label: '공공' });
  await frame.getByRole('article', { name: '긴급복지 주거지원' }).waitFor();
  await frame.locator('.summary-line', { hasText: /^1건/ }).waitFor();
  await frame.getByLabel('공공/민간').selectOption({ label: '전체' });

  // A new resource: a blank 자원 유형 is refused beside the field, then saved.
  await frame.getByRole('button', { name: '＋ 자원 등록' }).click();
  await heading('자원 등록').waitFor();
  await frame.getByLabel('자원명', { exact: true }).fill(NEW_RESOURCE.name);
  await frame.getByLabel('우편번호', { exact: true }).fill('0623');
  await frame.getByRole('button', { name: '저장', exact: true }).click();
  await frame.getByText('자원 유형: 인적, 물적, 관계 중에서 고르세요.').waitFor();
  await frame.getByText('우편번호: 숫자 5자리로 입력하세요 (예: 06236).').waitFor();
  await expectNoSeriousViolations(frame, '자원 등록 (errors)');
  expect(await frame.getByLabel('자원 유형', { exact: true }).getAttribute('aria-invalid')).toBe('true');
  await frame.getByLabel('자원 유형', { exact: true }).selectOption({ label: '인적' });
  await frame.getByLabel('공공/민간', { exact: true }).selectOption({ label: '민간' });
  await frame.getByLabel('제공기관', { exact: true }).fill(NEW_RESOURCE.provider);
  await frame.getByLabel('연락처', { exact: true }).fill(NEW_RESOURCE.contact);
  await frame.getByLabel('주소', { exact: true }).fill(NEW_RESOURCE.address);
  await frame.getByLabel('우편번호', { exact: true }).fill(NEW_RESOURCE.postalCode);
  await frame.getByLabel('서비스 지역', { exact: true }).fill('행복동 전역');
  await frame.getByRole('button', { name: '저장', exact: true }).click();
  await expectStatus(`자원 ‘${NEW_RESOURCE.name}’을 등록했습니다`);
  await heading('지역 자원').waitFor();
  const added = frame.getByRole('article', { name: NEW_RESOURCE.name });
  await added.waitFor();
  expect(await added.innerText()).toContain(NEW_RESOURCE.provider);
  await expectNoHorizontalScroll(frame);
  await expectNoSeriousViolations(frame, '지역 자원');
  await screenshotSidebar(page, frame, 'sidebar-resources.png');

  await selectTab(page, '자원');
  await waitForGridText(page, NEW_RESOURCE.name);
  await waitForGridText(page, NEW_RESOURCE.contact);
  await waitForGridText(page, NEW_RESOURCE.postalCode);
});

test('a plan item takes its provider from the directory and the case shows it', async () => {
  await frame.getByRole('button', { name: '← 사례 목록' }).click();
  await frame
    .getByRole('button', { name: /박민준/ })
    .first()
    .click();
  await heading('박민준').waitFor();
  await frame.getByRole('button', { name: '서비스계획(새)' }).click();
  await heading('서비스제공 계획').waitFor();
  await frame.getByLabel('단기 성과목표', { exact: true }).fill('혼자서도 안전하게 목욕한다');
  const item = frame.getByRole('group', { name: '항목 1', exact: true });
  await item.getByLabel('개입목표', { exact: true }).fill('주 1회 목욕');
  await item.getByLabel('서비스 내용', { exact: true }).fill('이동 목욕 서비스');

  await item.getByText('자원에서 고르기').click();
  await item.getByLabel('자원 검색').fill('목욕');
  await expectNoSeriousViolations(frame, 'plan form, picker open');
  await item.getByRole('button', { name: new RegExp(NEW_RESOURCE.name) }).click();
  expect(await item.getByLabel('제공기관', { exact: true }).inputValue()).toBe(NEW_RESOURCE.provider);
  expect(await item.getByLabel('담당자', { exact: true }).inputValue()).toBe(NEW_RESOURCE.contact);
  await item.getByText(`연결된 자원: ${NEW_RESOURCE.name}`).waitFor();
  await expectNoHorizontalScroll(frame);

  await frame.getByRole('button', { name: '저장', exact: true }).click();
  // The new resource's provider has no 정보제공 동의 from this client: the form asks first.
  await frame.getByRole('button', { name: '동의 없이 저장', exact: true }).click();
  await expectStatus('서비스계획을 저장했습니다');
  await heading('박민준').waitFor();
  await frame.getByRole('main').getByText(NEW_RESOURCE.provider, { exact: true }).first().waitFor();

  // The directory counts the use (how often, never by whom).
  await frame.getByRole('button', { name: '← 사례 목록' }).click();
  await frame.getByRole('button', { name: '지역 자원' }).click();
  const card = frame.getByRole('article', { name: NEW_RESOURCE.name });
  await card.waitFor();
  await card.getByText(/계획 연결 1건/).waitFor();
  expect(await card.innerText()).not.toContain('박민준');
});
