/**
 * 결재, 대상자 정보 고치기, 동의 철회 and 보조담당자 from the case view, on the seeded demo workbook (김하늘 has a
 * plan and a consent for 행복동 새마을부녀회). The preview's user made the spreadsheet and no 복지팀장 is
 * in the 직원 tab yet, so they decide 결재 too (src/app/roles.ts). Each form first gets bad input and
 * must show the Korean message and send nothing; then it saves and the case view shows the result.
 * Saves docs/screenshots/practice-{approval,client-correction,date-refused,consent-withdrawal,assistant}.png.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { usePreviewInBrowser } from './support/browser';
import type { TestPreview } from './support/preview';
import {
  chooseAddonMenuItem,
  openPreview,
  selectTab,
  sidebarFrame,
  waitForGridText,
} from './support/sheets-page';
import path from 'node:path';
import { expectNoHorizontalScroll, expectNoSeriousViolations, SCREENSHOTS } from './support/sidebar';

const SAVE_TIMEOUT = 30_000;

let preview: TestPreview;
let page: Page;
let frame: Frame;

usePreviewInBrowser((started) => ({ preview, page } = started));

const heading = (name: string) => frame.getByRole('heading', { level: 2, name, exact: true });
const field = (label: string, scope: Frame | Locator = frame) => scope.getByLabel(label, { exact: true });

/** A folded section of the case view, opened (its summary starts with `title`). */
async function section(title: RegExp): Promise<Locator> {
  const details = frame
    .locator('details.section')
    .filter({ has: frame.locator('summary', { hasText: title }) });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details;
}

/** The value beside a term of the case view's facts (단계, 담당, 결재 …). */
function fact(term: string): Locator {
  return frame
    .locator('dl.facts > div')
    .filter({ has: frame.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) })
    .getByRole('definition');
}

/** One section of the case view, as the user guide shows it next to its explanation. */
async function screenshotSection(section: Locator, file: string): Promise<void> {
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: path.join(SCREENSHOTS, file) });
}

async function expectStatus(text: string | RegExp): Promise<void> {
  await frame.getByRole('status').filter({ hasText: text }).waitFor({ timeout: SAVE_TIMEOUT });
}

/** From the case view to 설정: adds the `index`-th member of the 직원 명부 and saves it. */
async function addStaffMember(index: number, email: string, name: string, role: string): Promise<void> {
  await frame.getByRole('button', { name: '← 사례 목록' }).click();
  await heading('내 사례').waitFor();
  await frame.getByRole('button', { name: '설정', exact: true }).click();
  await heading('설정').waitFor();
  const staff = frame.getByRole('form', { name: '직원 명부 (직원 탭)' });
  await staff.getByRole('button', { name: '＋ 직원 추가' }).click();
  const member = staff.getByRole('group', { name: `직원 ${index}`, exact: true });
  await member.getByLabel('이메일').fill(email);
  await member.getByLabel('이름').fill(name);
  await member.getByLabel('역할').selectOption({ label: role });
  await staff.getByRole('button', { name: '직원 명부 저장' }).click();
  await expectStatus('직원 명부를 저장했습니다: 추가 1명, 수정 0명, 삭제 0명.');
}

/** How many calls of `name` the server has answered without an error. */
const saved = (name: string) =>
  preview.logs.filter((line) => line.startsWith(`${name} `) && !line.includes('ERROR')).length;

test('결재: a plan is sent, returned with a comment (required) and the case view shows it', async () => {
  await openPreview(page, preview.url);
  await chooseAddonMenuItem(page, '사례관리 열기');
  frame = await sidebarFrame(page);
  await heading('내 사례').waitFor();
  await frame.locator('.case-row', { hasText: '김하늘' }).first().click();
  await heading('김하늘').waitFor();

  let approvals = await section(/^결재/);
  // Only a plan can be sent (김하늘 is not closed), so it is already chosen.
  expect(await approvals.getByRole('radio', { name: '서비스계획', exact: true }).isChecked()).toBe(true);
  expect(await approvals.getByRole('radio', { name: '종결', exact: true }).count()).toBe(0);
  await approvals.getByRole('button', { name: '결재 요청', exact: true }).click();
  await expectStatus('서비스계획 결재를 요청했습니다. 복지팀장의 결정을 기다립니다.');
  expect(await fact('결재').innerText()).toMatch(/^결재 요청 1차 서비스계획/);

  // 반려 without a comment: the message sits beside the field and nothing is sent.
  approvals = await section(/^결재 \(대기 1건\)/);
  await approvals.getByRole('radio', { name: '반려', exact: true }).check();
  await approvals.getByRole('button', { name: '결재 저장', exact: true }).click();
  await approvals.getByText('의견: 반려할 때는 무엇을 고칠지 의견을 적으세요.').waitFor();
  expect(saved('decideApproval')).toBe(0);

  await field('의견', approvals).fill('단기목표를 측정할 수 있게 (주 몇 회) 고쳐 주세요.');
  await expectNoSeriousViolations(frame, 'approval form');
  await expectNoHorizontalScroll(frame);
  await screenshotSection(approvals, 'practice-approval.png');
  await approvals.getByRole('button', { name: '결재 저장', exact: true }).click();
  await expectStatus('반려했습니다. 담당자가 의견을 보고 고칩니다.');
  expect(await fact('결재').innerText()).toMatch(/^반려 1차 서비스계획/);
  approvals = await section(/^결재/);
  await approvals.getByText('단기목표를 측정할 수 있게 (주 몇 회) 고쳐 주세요.').waitFor();
  // Returned, the plan may be sent again.
  await approvals.getByRole('button', { name: '결재 요청', exact: true }).waitFor();
  await selectTab(page, '결재');
  await waitForGridText(page, '단기목표를 측정할 수 있게');
});

test('대상자 정보 고치기: a future birth date is refused, a new phone number is saved with its trail', async () => {
  let correction = await section(/^대상자 정보 고치기/);
  expect(await field('대상자 이름', correction).inputValue()).toBe('김하늘');
  await field('생년월일', correction).fill('2030-01-01');
  await correction.getByRole('button', { name: '고친 내용 저장', exact: true }).click();
  await correction.locator('.field-error').filter({ hasText: '생년월일' }).waitFor();
  expect(saved('updateClient')).toBe(0);
  await screenshotSection(correction, 'practice-date-refused.png');

  await field('생년월일', correction).fill('1951-04-12');
  await field('연락처', correction).fill('010-0000-7007');
  await screenshotSection(correction, 'practice-client-correction.png');
  await correction.getByRole('button', { name: '고친 내용 저장', exact: true }).click();
  await expectStatus('대상자 정보 1개 항목을 고쳤습니다. 고치기 전 값은 감사 로그에 남았습니다.');
  const details = await section(/^대상자·접수 정보/);
  await details.getByText('010-0000-7007').waitFor();
  // The form starts again from what was saved.
  correction = await section(/^대상자 정보 고치기/);
  expect(await field('연락처', correction).inputValue()).toBe('010-0000-7007');
  await selectTab(page, '변경이력');
  await waitForGridText(page, '연락처: 010-0000-1001 → 010-0000-7007');
});

test('동의 철회: a withdrawal before the consent is refused; then the consent shows as withdrawn', async () => {
  let consents = await section(/^정보제공 동의/);
  await field('철회할 동의 (기관)', consents).selectOption({ label: '행복동 새마을부녀회' });
  await field('철회일', consents).fill('2020-01-01');
  await consents.getByRole('button', { name: '동의 철회', exact: true }).click();
  await consents.getByRole('alert').filter({ hasText: '철회일: 동의일' }).waitFor();
  expect(saved('withdrawConsent')).toBe(0);

  await field('철회일', consents).fill('2026-03-03');
  await field('철회 사유', consents).fill('본인이 부녀회 방문을 원하지 않음');
  await screenshotSection(consents, 'practice-consent-withdrawal.png');
  await consents.getByRole('button', { name: '동의 철회', exact: true }).click();
  await expectStatus(
    '행복동 새마을부녀회 정보제공 동의를 철회했습니다. 이 기관에는 더 이상 의뢰할 수 없습니다.',
  );
  consents = await section(/^정보제공 동의/);
  await consents.getByText('철회 (2026-03-03)').waitFor();
  await consents.getByText('본인이 부녀회 방문을 원하지 않음').waitFor();
  // Nothing is left to withdraw: the form is gone.
  expect(await consents.getByRole('button', { name: '동의 철회', exact: true }).count()).toBe(0);
});

test('직원 명부: once the 직원 tab names the case manager, the case view and 결재 show the name', async () => {
  await addStaffMember(1, 'kim.sw@dong.example', '김사회', '복지팀장');

  // The sidebar keeps the case it showed last: another case first, so 김하늘's is read afresh.
  for (const name of ['박민준', '김하늘']) {
    await frame.getByRole('button', { name: '← 사례 목록' }).click();
    await heading('내 사례').waitFor();
    await frame.locator('.case-row', { hasText: name }).first().click();
    await heading(name).waitFor();
  }
  await fact('담당').filter({ hasText: '김사회' }).waitFor();
  expect(await fact('담당').innerText()).toBe('김사회 (kim.sw@dong.example)');
  const approvals = await section(/^결재/);
  await approvals
    .getByText(/2026-03-03 김사회/)
    .first()
    .waitFor();

  // 담당자 변경 offers the 직원 명부 and refuses anyone else, in Korean, writing nothing.
  const reassign = await section(/^담당자 변경/);
  const manager = field('새 담당 사례관리자 (이메일)', reassign);
  const offered = await manager.evaluate((input) =>
    Array.from((input as HTMLInputElement).list?.options ?? [], (o) => `${o.value} ${o.label}`),
  );
  expect(offered).toEqual(['kim.sw@dong.example 김사회']);
  await manager.fill('stranger@dong.example');
  await reassign.getByRole('button', { name: '담당자 변경', exact: true }).click();
  await reassign
    .getByText('stranger@dong.example은(는) 직원 탭(직원 명부)에 없는 계정입니다', { exact: false })
    .waitFor({ timeout: SAVE_TIMEOUT });
  expect(saved('reassignCases')).toBe(0);
});

test('보조담당자: only someone of the 직원 tab; once named there, the case view shows them', async () => {
  const aide = 'lee.aide@dong.example';
  const before = saved('updateClient');
  let change = await section(/^보조담당자 바꾸기/);
  await field('보조담당자 (이메일, 선택)', change).fill(aide);
  await change.getByRole('button', { name: '보조담당자 저장', exact: true }).click();
  // The server refuses a stranger in Korean and nothing is written.
  await frame.getByText(`보조담당자: ${aide}은(는) 직원 탭(직원 명부)에 없는 계정입니다`).waitFor({
    timeout: SAVE_TIMEOUT,
  });
  expect(saved('updateClient')).toBe(before);

  await addStaffMember(2, aide, '이보조', '사례관리자');

  await frame.getByRole('button', { name: '← 사례 목록' }).click();
  await heading('내 사례').waitFor();
  await frame.locator('.case-row', { hasText: '김하늘' }).first().click();
  await heading('김하늘').waitFor();
  change = await section(/^보조담당자 바꾸기/);
  await field('보조담당자 (이메일, 선택)', change).fill(aide);
  await change.getByRole('button', { name: '보조담당자 저장', exact: true }).click();
  await expectStatus(/^보조담당자를 .* 정했습니다\.$/);
  await fact('보조담당자').filter({ hasText: '이보조' }).waitFor();
  expect(await fact('보조담당자').innerText()).toBe(`이보조 (${aide})`);
  await screenshotSection(frame.locator('dl.facts'), 'practice-assistant.png');
  await expectNoHorizontalScroll(frame);
  await expectNoSeriousViolations(frame, '보조담당자가 있는 사례');
  await selectTab(page, '변경이력');
  await waitForGridText(page, `보조담당자: (없음) → ${aide}`);
});
