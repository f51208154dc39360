/**
 * The first run: a new, empty spreadsheet (the preview started with `empty`) opens the sidebar on
 * the welcome card, not an error, with 새 접수 disabled; 시트 준비하기 refuses a blank 동 이름,
 * then creates every tab, writes the three settings into 설정 and draws the default 문서 서식, and
 * the sidebar shows the empty case list by itself. The 설정 view then edits the tab with the server's own rule. Saves
 * docs/screenshots/sidebar-first-run.png, sidebar-settings.png and practice-staff.png.
 */
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
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

let preview: TestPreview;
let page: Page;
let frame: Frame;

usePreviewInBrowser((started) => ({ preview, page } = started), { empty: true });

const heading = (name: string, level = 2) => frame.getByRole('heading', { level, name, exact: true });

test('an empty sheet shows the welcome card, and 시트 준비하기 sets it up', async () => {
  await openPreview(page, preview.url);
  expect(await page.getByRole('tab', { name: '사례', exact: true }).count()).toBe(0);
  await chooseAddonMenuItem(page, '사례관리 열기');
  frame = await sidebarFrame(page);

  await heading('처음 시작하기', 3).waitFor();
  expect(await frame.getByRole('alert').count()).toBe(0);
  expect(await frame.getByText(/탭이 없거나/).count()).toBe(0);
  expect(await frame.getByRole('button', { name: '＋ 새 접수' }).isDisabled()).toBe(true);
  expect(await frame.getByLabel('매일 알림 시각').inputValue()).toBe('8');
  await expectNoSeriousViolations(frame, 'welcome card');
  await expectNoHorizontalScroll(frame);

  // A blank 동 이름 is refused beside the field, nothing is created.
  await frame.getByRole('button', { name: '시트 준비하기' }).click();
  const prefix = frame.getByLabel('동 이름 (관리번호 앞글자)');
  await frame.getByText('필수 항목입니다').waitFor();
  expect(await prefix.getAttribute('aria-invalid')).toBe('true');
  await prefix.fill('새솔');
  await frame.getByLabel('슈퍼바이저(복지팀장) 이메일').fill('lead@dong.example');
  await frame.getByLabel('매일 알림 시각').selectOption({ label: '9시' });
  await screenshotSidebar(page, frame, 'sidebar-first-run.png');

  await frame.getByRole('button', { name: '시트 준비하기' }).click();
  await frame
    .getByRole('status')
    .filter({ hasText: /시트를 준비했습니다: 탭 \d+개를 만들고/ })
    .waitFor();
  // Its last step drew the five default 문서 서식, one call each, so no first document waits for one.
  await frame.getByText('문서 서식 5종도 드라이브의 ‘서식’ 폴더에 만들었습니다.', { exact: false }).waitFor();
  expect(preview.logs.filter((line) => line.startsWith('prepareDocumentTemplate ')).length).toBe(5);
  // The sidebar refreshed itself: the list is there (empty), the card is gone, 새 접수 works.
  await frame
    .getByText('아직 담당한 사례가 없습니다', { exact: false })
    .or(frame.getByText('아직 사례가 없습니다'))
    .first()
    .waitFor();
  expect(await heading('처음 시작하기', 3).count()).toBe(0);
  expect(await frame.getByRole('button', { name: '＋ 새 접수' }).isEnabled()).toBe(true);

  await selectTab(page, '설정');
  await waitForGridText(page, '새솔');
  await waitForGridText(page, 'lead@dong.example');
  await page.getByRole('tab', { name: '사례', exact: true }).waitFor();
});

test('설정 shows the tab, refuses what the server would refuse and saves the rest', async () => {
  await frame.getByRole('button', { name: '설정', exact: true }).click();
  await heading('설정').waitFor();
  const cycle = frame.getByLabel('기본 점검 주기 (일)');
  expect(await frame.getByLabel('관리번호 앞글자 (동 이름)').inputValue()).toBe('새솔');
  expect(await cycle.inputValue()).toBe('30');
  // The 서식 시트 준비 drew are named by their documents, ready to be replaced by the centre's own.
  await frame.getByText('지금 서식: [서식] 서비스제공 계획 및 점검표').waitFor();

  await cycle.fill('한 달');
  await frame.getByRole('button', { name: '설정 저장' }).click();
  await frame.getByText('기본 점검 주기 (일): 이 값은 쓸 수 없습니다', { exact: false }).waitFor();
  expect(await cycle.getAttribute('aria-invalid')).toBe('true');
  await expectNoSeriousViolations(frame, 'settings with an error');

  await cycle.fill('14');
  await frame.getByLabel('추가 휴일 (YYYY-MM-DD, 쉼표로 구분)').fill('2026-05-15');
  // Issue 14: 활동 기록 counts as contact only when the centre says so (아니오 by default).
  const activity = frame.getByLabel('활동 기록을 점검으로 셈 (예/아니오)');
  expect(await activity.inputValue()).toBe('아니오');
  await activity.selectOption('예');
  await frame.getByRole('button', { name: '설정 저장' }).click();
  await frame
    .getByRole('status')
    .filter({
      hasText: '설정을 저장했습니다: 기본 점검 주기 (일), 활동 기록을 점검으로 셈 (예/아니오), 추가 휴일',
    })
    .waitFor();
  await expectNoHorizontalScroll(frame);
  await screenshotSidebar(page, frame, 'sidebar-settings.png');

  await selectTab(page, '설정');
  await waitForGridText(page, '2026-05-15');
  expect(await page.locator('#grid td', { hasText: /^14$/ }).count()).toBeGreaterThan(0);
  await waitForGridText(page, '활동 기록을 점검으로 셈 (예/아니오)');
});

test('직원 명부: a worker is added in 설정, a bad address refused beside its field', async () => {
  const staff = frame.getByRole('form', { name: '직원 명부 (직원 탭)' });
  await staff.getByText('아직 등록한 직원이 없습니다.').waitFor();
  await staff.getByRole('button', { name: '＋ 직원 추가' }).click();
  const first = staff.getByRole('group', { name: '직원 1', exact: true });
  await first.getByLabel('이메일').fill('lead@dong');
  await first.getByLabel('이름').fill('박팀장');
  await first.getByLabel('역할').selectOption({ label: '복지팀장' });
  const saves = preview.logs.filter((line) => line.startsWith('saveStaff ')).length;
  await staff.getByRole('button', { name: '직원 명부 저장' }).click();
  await staff.getByText('이메일: 이메일 주소 형식이 아닙니다.').waitFor();
  expect(await first.getByLabel('이메일').getAttribute('aria-invalid')).toBe('true');
  expect(preview.logs.filter((line) => line.startsWith('saveStaff ')).length).toBe(saves);

  await first.getByLabel('이메일').fill('lead@dong.example');
  await first.getByLabel('연락처').fill('02-2000-1234');
  await staff.getByRole('button', { name: '직원 명부 저장' }).click();
  await frame
    .getByRole('status')
    .filter({ hasText: '직원 명부를 저장했습니다: 추가 1명, 수정 0명, 삭제 0명.' })
    .waitFor();
  await expectNoSeriousViolations(frame, 'staff list');
  await expectNoHorizontalScroll(frame);
  await staff.scrollIntoViewIfNeeded();
  await staff.screenshot({ path: path.join(SCREENSHOTS, 'practice-staff.png') });

  await selectTab(page, '직원');
  await waitForGridText(page, 'lead@dong.example');
  await waitForGridText(page, '박팀장');
  await waitForGridText(page, '복지팀장');
});
