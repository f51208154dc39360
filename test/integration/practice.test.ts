import {
  isKorean,
  MANAGER,
  OTHER_MANAGER,
  refusal,
  startAddon,
  tabRows,
  type Harness,
  type CaseFile,
} from '../support/addon-harness';
import { writeStaffTab } from '../support/staff-tab';
import * as P from '../support/payloads';
import { auditLog } from '../support/audit-log';

/**
 * The parts of the practice around the process (DOMAIN.md): 권익옹호, 활동 기록, 결재, 동의 철회
 * and correcting client details with a trail. Each is called through dist/ as the sidebar would,
 * shown by getCase, audited, and refuses bad input in Korean writing nothing.
 */
const SUPERVISOR = 'park.tl@dong.example';
const TODAY = '2026-05-01';

function plannedCase(): { h: Harness; caseNo: string } {
  const h = startAddon({ now: `${TODAY}T10:00:00+09:00` });
  const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
  h.call('saveAssessment', P.assessment(caseNo));
  h.call('savePlan', P.plan(caseNo));
  return { h, caseNo };
}

const getCase = (h: Harness, caseNo: string) => h.call<CaseFile>('getCase', { caseNo });
// Both audit tabs: a second officer's entries wait in 변경이력 접수 (decision 0014).
const audit = (h: Harness, action: string) => auditLog(h.env).filter((r) => r['작업'] === action);

describe('권익옹호 (recordAdvocacy)', () => {
  it('records the client-level and system-level acts, shows them on the timeline and audits them', () => {
    const { h, caseNo } = plannedCase();
    const forClient = h.call('recordAdvocacy', {
      caseNo,
      on: '2026-04-10',
      level: 'client',
      counterpart: '집주인 (행복빌라)',
      action: '난방 수리를 미루는 집주인과 통화해 수리 일정을 잡음',
      outcome: '4월 15일 수리 약속',
    });
    const forSystem = h.call('recordAdvocacy', {
      caseNo,
      on: '2026-04-20',
      level: 'system',
      counterpart: '행복구청 복지정책과',
      action: '주말 도시락 공백을 통합사례회의 안건으로 제기',
      gapKind: 'noService',
    });
    expect(forClient).toMatchObject({ advocacyId: `${caseNo}-A1` });
    expect(forSystem).toMatchObject({ advocacyId: `${caseNo}-A2` });
    const file = getCase(h, caseNo);
    expect(file.advocacy).toHaveLength(2);
    expect(file.timeline.find((t) => t.kind === 'advocacy' && t.date === '2026-04-20')?.title).toBe(
      '권익옹호 (서비스체계 개선 · 서비스 부재)',
    );
    expect(audit(h, '권익옹호').map((r) => r['내용'])).toEqual([
      `${caseNo}-A1: 당사자 권익, 집주인 (행복빌라)`,
      `${caseNo}-A2: 서비스체계 개선 (서비스 부재), 행복구청 복지정책과`,
    ]);
  });

  it('refuses, writing nothing: a system gap without its kind, a future date, an unknown level', () => {
    const { h, caseNo } = plannedCase();
    const act = { caseNo, on: TODAY, level: 'system', counterpart: '구청', action: '제기' };
    expect(refusal(h, 'recordAdvocacy', act)).toMatch(/체계의 빈틈: 서비스체계 개선 활동은/);
    expect(refusal(h, 'recordAdvocacy', { ...act, gapKind: 'cost', on: '2026-05-02' })).toMatch(
      /활동일: 오늘/,
    );
    expect(refusal(h, 'recordAdvocacy', { ...act, level: 'world' })).toMatch(
      /권익옹호 수준: 당사자 권익, 서비스체계 개선/,
    );
    expect(refusal(h, 'recordAdvocacy', { ...act, gapKind: 'cost', counterpart: ' ' })).toMatch(
      /상대 \(기관·사람\): 필수/,
    );
    expect(refusal(h, 'recordAdvocacy', { ...act, gapKind: 'cost', version: 1 })).toMatch(
      /먼저 수정했습니다/,
    );
  });
});

describe('활동 기록 (recordActivity)', () => {
  it('keeps a note of direct or indirect practice between checks, on the timeline', () => {
    const { h, caseNo } = plannedCase();
    expect(
      h.call('recordActivity', {
        caseNo,
        on: '2026-04-02',
        kind: 'emotionalSupport',
        content: '딸과 연락이 끊겨 힘들다고 하심: 30분 이야기 나눔',
        participants: '대상자',
      }),
    ).toMatchObject({ activityId: `${caseNo}-N1` });
    h.call('recordActivity', {
      caseNo,
      on: '2026-04-03',
      kind: 'linking',
      content: '복지관 도시락 담당자와 배달 요일 조정',
    });
    const titles = getCase(h, caseNo)
      .timeline.filter((t) => t.kind === 'activity')
      .map((t) => t.title);
    expect(titles).toEqual(['직접실천 (정서지원)', '간접실천 (연계)']);
    expect(tabRows(h.env, '활동기록').map((r) => r['실천 구분'])).toEqual(['직접실천', '간접실천']);
    expect(audit(h, '활동 기록')).toHaveLength(2);
  });

  it('refuses, writing nothing: no content, an unknown kind, a case that ended at intake', () => {
    const { h, caseNo } = plannedCase();
    const note = { caseNo, on: TODAY, kind: 'counselling', content: '상담' };
    expect(refusal(h, 'recordActivity', { ...note, content: '' })).toMatch(/내용: 필수 항목/);
    expect(refusal(h, 'recordActivity', { ...note, kind: 'gossip' })).toMatch(/활동 종류: 상담, 정서지원/);
    const ended = h.call<{ caseNo: string }>(
      'saveIntake',
      P.intake({ intakeOutcome: 'infoReferral' }),
    ).caseNo;
    expect(refusal(h, 'recordActivity', { ...note, caseNo: ended })).toMatch(
      /'접수종결' 단계라서 활동을 기록할 수 없습니다/,
    );
  });
});

describe('결재 (requestApproval, decideApproval)', () => {
  it('asks the 복지팀장 to sign off the plan; only the 복지팀장 decides, once', () => {
    const { h, caseNo } = plannedCase();
    writeStaffTab(h.env, [
      [MANAGER, '김사회', '02-000-1001', '사례관리자'],
      [SUPERVISOR, '박팀장', '02-000-1000', '복지팀장'],
    ]);
    const { approvalId } = h.call<{ approvalId: string }>('requestApproval', { caseNo, subject: 'plan' });
    expect(approvalId).toBe(`${caseNo}-K1`);
    expect(refusal(h, 'requestApproval', { caseNo, subject: 'plan' })).toMatch(/이미 결재 요청 상태입니다/);
    // The case manager cannot approve their own plan.
    expect(refusal(h, 'decideApproval', { approvalId, decision: 'approved' })).toMatch(
      /복지팀장만 할 수 있습니다/,
    );
    h.env.setUser(SUPERVISOR);
    expect(refusal(h, 'decideApproval', { approvalId, decision: 'returned' })).toMatch(/반려할 때는/);
    expect(
      h.call('decideApproval', { approvalId, decision: 'returned', comment: '목표를 구체적으로' }),
    ).toEqual({
      approvalId,
      status: 'returned',
    });
    expect(refusal(h, 'decideApproval', { approvalId, decision: 'approved' })).toMatch(/이미 '반려' 상태/);
    // Returned, corrected, asked again: approved this time.
    h.env.setUser(MANAGER);
    const again = h.call<{ approvalId: string }>('requestApproval', { caseNo, subject: 'plan' }).approvalId;
    h.env.setUser(SUPERVISOR);
    h.call('decideApproval', { approvalId: again, decision: 'approved' });
    const approvals = getCase(h, caseNo).approvals;
    expect(approvals.map((a) => [a.status, a.targetId, a.decidedBy])).toEqual([
      ['returned', `${caseNo}-P1`, SUPERVISOR],
      ['approved', `${caseNo}-P1`, SUPERVISOR],
    ]);
    expect(audit(h, '결재').map((r) => [r['사용자'], r['내용']])).toEqual([
      [SUPERVISOR, `${approvalId}: 반려 (목표를 구체적으로)`],
      [SUPERVISOR, `${again}: 승인`],
    ]);
  });

  it('refuses a closure approval before the closure, an unknown plan and an unknown request', () => {
    const { h, caseNo } = plannedCase();
    expect(refusal(h, 'requestApproval', { caseNo, subject: 'closure' })).toMatch(
      /결재할 종결 기록이 없습니다/,
    );
    expect(refusal(h, 'requestApproval', { caseNo, subject: 'plan', planId: 'x-P9' })).toMatch(
      /서비스계획이 아닙니다/,
    );
    expect(refusal(h, 'requestApproval', { caseNo, subject: 'budget' })).toMatch(
      /결재 대상: 서비스계획, 종결/,
    );
    writeStaffTab(h.env, [[SUPERVISOR, '박팀장', '', '복지팀장']]);
    h.env.setUser(SUPERVISOR);
    expect(refusal(h, 'decideApproval', { approvalId: `${caseNo}-K9`, decision: 'approved' })).toMatch(
      /찾을 수 없습니다/,
    );
    h.env.setUser(MANAGER);
    h.call('closeCase', P.closing(caseNo, { closedOn: TODAY }));
    expect(h.call('requestApproval', { caseNo, subject: 'closure' })).toMatchObject({
      approvalId: `${caseNo}-K1`,
    });
  });
});

describe('updateClient', () => {
  it('corrects client details with the current version and keeps old → new in the audit log', () => {
    const { h, caseNo } = plannedCase();
    const { version } = getCase(h, caseNo);
    const updated = h.call<CaseFile>('updateClient', {
      caseNo,
      version,
      phone: '010-0000-9999',
      address: '행복동 7',
    });
    expect(updated.client).toMatchObject({ phone: '010-0000-9999', address: '행복동 7', name: '김하늘' });
    expect(updated.version).toBe(version + 1);
    expect(audit(h, '대상자 정보 수정').map((r) => r['내용'])).toEqual([
      '연락처: 010-0000-1234 → 010-0000-9999; 주소: 행복동 12-3 (2층) → 행복동 7',
    ]);
    // The grouped form getCase uses is accepted too.
    h.call('updateClient', { caseNo, version: version + 1, client: { name: '김하늘님' } });
    expect(getCase(h, caseNo).client.name).toBe('김하늘님');
  });

  it('refuses, writing nothing: a stale version, no version, a birth after the intake, nothing changed', () => {
    const { h, caseNo } = plannedCase();
    const { version } = getCase(h, caseNo);
    h.env.setUser(OTHER_MANAGER);
    h.call('updateClient', { caseNo, version, household: '딸과 연락 재개' });
    h.env.setUser(MANAGER);
    expect(refusal(h, 'updateClient', { caseNo, version, phone: '010-1111-2222' })).toMatch(
      new RegExp(`${OTHER_MANAGER}님이 .*먼저 수정했습니다`),
    );
    expect(refusal(h, 'updateClient', { caseNo, phone: '010' })).toMatch(/버전: 사례를 열었을 때의 버전/);
    expect(refusal(h, 'updateClient', { caseNo, version: version + 1, birthDate: '2026-04-01' })).toMatch(
      /생년월일: 접수일\(2026-03-02\)보다 늦을 수 없습니다/,
    );
    expect(refusal(h, 'updateClient', { caseNo, version: version + 1, birthDate: '2027-01-01' })).toMatch(
      /생년월일: 오늘/,
    );
    expect(refusal(h, 'updateClient', { caseNo, version: version + 1, household: '딸과 연락 재개' })).toMatch(
      /바뀐 항목이 없어/,
    );
    expect(refusal(h, 'updateClient', { caseNo, version: version + 1, name: '' })).toMatch(
      /대상자 이름: 필수/,
    );
  });
});

describe('withdrawConsent', () => {
  it('ends a consent at once: no referral rests on it from that day', () => {
    const { h, caseNo } = plannedCase();
    const { consentId } = h.call<{ consentId: string }>('recordConsent', {
      caseNo,
      consentedOn: '2026-04-01',
      recipient: '행복종합사회복지관',
      items: '이름, 연락처',
      purpose: '도시락 배달',
    });
    const referral = {
      caseNo,
      referredOn: TODAY,
      recipient: '행복종합사회복지관',
      fields: ['name'],
      purpose: '도시락',
    };
    expect(refusal(h, 'withdrawConsent', { caseNo, consentId, on: '2026-03-31' })).toMatch(
      /철회일: 동의일\(2026-04-01\)보다/,
    );
    expect(refusal(h, 'withdrawConsent', { caseNo, consentId: `${caseNo}-D9`, on: TODAY })).toMatch(
      /정보제공 동의가 아닙니다/,
    );
    expect(h.call('withdrawConsent', { caseNo, consentId, on: TODAY, reason: '본인 요청' })).toMatchObject({
      consentId,
    });
    expect(getCase(h, caseNo).consents[0]).toMatchObject({
      withdrawnOn: TODAY,
      withdrawalReason: '본인 요청',
    });
    expect(refusal(h, 'referClient', referral)).toMatch(/철회\(2026-05-01\)/);
    expect(refusal(h, 'withdrawConsent', { caseNo, consentId, on: TODAY })).toMatch(/이미 2026-05-01에 철회/);
    expect(audit(h, '동의 철회').map((r) => r['내용'])).toEqual([
      `${consentId}: 행복종합사회복지관, ${TODAY} (본인 요청)`,
    ]);
  });
});

it('every new entry point answers a payload that is not an object in Korean', () => {
  const { h } = plannedCase();
  for (const name of [
    'recordAdvocacy',
    'recordActivity',
    'requestApproval',
    'decideApproval',
    'updateClient',
    'withdrawConsent',
  ])
    expect(isKorean(refusal(h, name, 'hello'))).toBe(true);
});

describe('대시보드 for the supervisor', () => {
  it('counts system-level gaps by kind and period, and lists what waits for 결재', () => {
    const { h, caseNo } = plannedCase();
    const other = h.call<{ caseNo: string }>(
      'saveIntake',
      P.intake({ client: { name: '이순자', birthDate: '1950-02-02' } }),
    ).caseNo;
    const gap = (c: string, on: string, gapKind: string) =>
      h.call('recordAdvocacy', {
        caseNo: c,
        on,
        level: 'system',
        counterpart: '구청',
        action: '제기',
        gapKind,
      });
    gap(caseNo, '2026-04-20', 'noService');
    gap(other, '2026-03-05', 'noService');
    gap(caseNo, '2026-03-03', 'capacity');
    h.call('recordAdvocacy', {
      caseNo,
      on: TODAY,
      level: 'client',
      counterpart: '집주인',
      action: '수리 요청',
    });
    h.call('requestApproval', { caseNo, subject: 'plan' });
    const dashboard = () => {
      h.call('refreshDashboard');
      const app = h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      const values = app
        .openById(h.env.activeSpreadsheetId())
        .getSheetByName('대시보드')!
        .getDataRange()
        .getValues();
      return (first: string) => values.find((r) => r[0] === first)?.slice(0, 5);
    };
    let row = dashboard();
    expect(row('서비스 부재')).toEqual(['서비스 부재', 2, 2, 2, 2]);
    expect(row('정원·대기 부족')).toEqual(['정원·대기 부족', 1, 1, 1, 1]);
    expect(row('결재 대기 (1건)')).toBeDefined();
    expect(row(`${caseNo}-K1`)).toEqual([
      `${caseNo}-K1`,
      caseNo,
      '서비스계획',
      `${caseNo}-P1`,
      expect.any(String),
    ]);
    // Two months on, only the April gap is still within the last three months.
    h.env.clock.advance(61 * 24 * 3600_000);
    row = dashboard();
    expect(row('서비스 부재')).toEqual(['서비스 부재', 1, 2, 2, 2]);
    expect(row('정원·대기 부족')).toEqual(['정원·대기 부족', 0, 1, 1, 1]);
  });
});

it('flags a 단계 typed by hand that no record explains in the data-health report', () => {
  const { h, caseNo } = plannedCase();
  const app = h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app.openById(h.env.activeSpreadsheetId()).getSheetByName('사례')!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
  const before = h.call<{ problems: unknown[] }>('checkDataHealth', {}).problems;
  expect(before).toEqual([]);
  sheet.getRange(2, header.indexOf('단계') + 1).setValue('종결');
  const { problems } = h.call<{ problems: Record<string, unknown>[] }>('checkDataHealth', {});
  expect(problems).toEqual([
    {
      table: '사례',
      rowNumber: 2,
      column: '단계',
      problem: expect.stringMatching(/단계가 '종결'인데 종결 기록이 없습니다/),
    },
  ]);
  // The stage the records explain is not flagged once the closure is there.
  sheet.getRange(2, header.indexOf('단계') + 1).setValue('서비스제공·점검');
  h.call('closeCase', P.closing(caseNo, { closedOn: TODAY }));
  expect(h.call<{ problems: unknown[] }>('checkDataHealth', {}).problems).toEqual([]);
});

describe('직원 명부 (the 직원 tab)', () => {
  it('once filled in, gives cases to known staff only and lets only the 복지팀장 reassign', () => {
    const { h, caseNo } = plannedCase();
    writeStaffTab(h.env, [
      [MANAGER, '김사회', '02-000-1001', '사례관리자'],
      [OTHER_MANAGER, '이복지', '02-000-1002', '사례관리자'],
      [SUPERVISOR, '박팀장', '02-000-1000', '복지팀장'],
    ]);
    const stranger = 'kim.sw@dong-example.com';
    expect(refusal(h, 'saveIntake', P.intake({ caseManager: stranger }))).toMatch(
      /담당 사례관리자: kim.sw@dong-example.com은\(는\) 직원 탭\(직원 명부\)에 없는 계정입니다/,
    );
    expect(h.call('saveIntake', P.intake({ caseManager: OTHER_MANAGER }))).toMatchObject({
      caseNo: expect.any(String),
    });
    const move = { caseNos: [caseNo], caseManager: OTHER_MANAGER };
    expect(refusal(h, 'reassignCases', move)).toMatch(/담당자 변경은\(는\) 복지팀장만 할 수 있습니다/);
    h.env.setUser(SUPERVISOR);
    expect(refusal(h, 'reassignCases', { ...move, caseManager: stranger })).toMatch(
      /직원 탭\(직원 명부\)에 없는 계정/,
    );
    expect(h.call('reassignCases', move)).toMatchObject({ reassigned: 1 });
    expect(getCase(h, caseNo)).toMatchObject({ caseManager: OTHER_MANAGER });
  });
});

it('a 사후관리 that finds a new crisis keeps the case open for a "재개 검토" instead of closing it', () => {
  const { h, caseNo } = plannedCase();
  h.call('closeCase', P.closing(caseNo, { closedOn: '2026-04-01' }));
  h.call('recordFollowUp', { caseNo, contactedOn: '2026-04-20', method: 'phone', note: '잘 지내심' });
  const review = () =>
    h
      .call<{
        overdue: { kind: string; caseNo: string }[];
        dueSoon: { kind: string; caseNo: string; title: string }[];
      }>('getTodayList', { scope: 'all' })
      .dueSoon.filter((i) => i.kind === 'reopenReview' && i.caseNo === caseNo);
  expect(review()).toEqual([]);
  // The last scheduled follow-up finds a new crisis: the case is not closed silently.
  const { remaining } = h.call<{ remaining: number }>('recordFollowUp', {
    caseNo,
    contactedOn: TODAY,
    method: 'homeVisit',
    note: '난방이 다시 끊김',
    newCrisis: true,
  });
  expect(remaining).toBe(0);
  expect(getCase(h, caseNo)).toMatchObject({ stage: 'followUp' });
  expect(review()).toEqual([expect.objectContaining({ title: '재개 검토' })]);
  // Re-opening answers it.
  h.call('reopenCase', { caseNo, reopenedOn: TODAY, reason: '난방 끊김' });
  expect(review()).toEqual([]);
});
