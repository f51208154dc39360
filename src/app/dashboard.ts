/**
 * The 대시보드 tab the supervisor reads at a glance (DOMAIN.md: caseload, overdue checks, overdue
 * reassessments, follow-ups due), plus how the last daily run went and everything that needs a
 * person's attention. Rewritten by every daily run and by the menu's "대시보드 새로 고침".
 */
import { seoulTimestamp } from '../domain/dates';
import { koreanDay } from '../domain/digest';
import { DUE_KINDS, sumCounts, summarizeByManager, whenLabel, type DueItem } from '../domain/due-items';
import { holidayCoverageWarning, holidayName } from '../domain/holidays';
import { gapCounts } from '../domain/advocacy';
import { APPROVAL_SUBJECTS } from '../domain/vocabulary';
import { ledgerIssues, ledgerKey, mailLabel, parseLedger } from '../domain/reminder-log';
import { writeDashboard, type DashboardModel, type DashboardSection, type Tone } from '../db/dashboard';
import type { AppContext } from './context';
import { readDueSnapshot, type DueSnapshot } from './due-snapshot';
import { REMINDER_KEYS, reminderStatus } from './reminder-state';
import { isServiceFailure } from './service-failure';
import { requireIdentifiedUser, UnitOfWork } from './unit-of-work';

export const DASHBOARD_TITLE = '동 사례관리 대시보드';

/** Lines listed per section; the counts above them always cover everything. */
const MAX_OVERDUE_LINES = 300;
const MAX_DUE_SOON_LINES = 200;

export interface DashboardReport {
  banner: { text: string; tone: Tone };
  /** What happened to a manager's digest today ("보냄 08:05", "할당량 부족 (대기)" …). */
  mailByManager(manager: string, hasNews: boolean): string;
  issues: string[];
}

export function dashboardModel(snapshot: DueSnapshot, now: Date, report: DashboardReport): DashboardModel {
  const summaries = summarizeByManager(snapshot.cases, snapshot.items);
  const total = sumCounts(summaries);

  const caseload: DashboardSection = {
    title: '담당자별 현황',
    header: [
      '담당 사례관리자',
      '열린 사례',
      '사후관리 중',
      '점검 지남',
      '재사정 지남',
      '사후관리 예정·지남',
      '그 밖의 기한 지남',
      '다가옴',
      '오늘 알림 메일',
    ],
    rows: [
      ...summaries.map((s) => [
        s.caseManager || '(담당자 없음)',
        s.openCases,
        s.followUpCases,
        s.overdueChecks,
        s.overdueReassessments,
        s.followUpsDue,
        s.overdueOther,
        s.dueSoon,
        s.caseManager === ''
          ? '슈퍼바이저 요약에 포함'
          : report.mailByManager(s.caseManager, s.overdue + s.dueSoon > 0),
      ]),
      [
        '합계',
        total.openCases,
        total.followUpCases,
        total.overdueChecks,
        total.overdueReassessments,
        total.followUpsDue,
        total.overdueOther,
        total.dueSoon,
        '',
      ],
    ],
    toneOf: (row) => (row[0] === '(담당자 없음)' ? 'error' : null),
  };
  const holidaysUnknown = holidayCoverageWarning(snapshot.today);
  const issues = [
    ...(holidaysUnknown ? [holidaysUnknown] : []),
    ...report.issues,
    ...(snapshot.brokenRows > 0
      ? [
          `손으로 고친 칸 가운데 읽을 수 없는 값이 ${snapshot.brokenRows}개 있습니다: 사례를 열면 어느 칸인지 보입니다.`,
        ]
      : []),
  ];
  const attention: DashboardSection = {
    title: '확인이 필요한 일',
    header: ['내용'],
    rows: issues.length > 0 ? issues.map((i) => [i]) : [['없음']],
    toneOf: (row) => (row[0] === '없음' ? 'ok' : 'warn'),
  };
  const overdue = snapshot.items.filter((i) => i.status === 'overdue');
  const dueSoon = snapshot.items.filter((i) => i.status === 'dueSoon');
  const holiday = holidayName(snapshot.today, snapshot.settings.extraHolidays);
  return {
    title: DASHBOARD_TITLE,
    subtitle:
      `${koreanDay(snapshot.today)}${holiday ? ` ${holiday}` : ''} · ${seoulTimestamp(now).slice(11, 16)} 기준 · ` +
      "기한 규칙은 '설정' 탭에서 바꿉니다 · 기한이 휴일이면 그 전 근무일로 당깁니다",
    banner: report.banner,
    sections: [
      caseload,
      attention,
      itemSection(`기한 지난 일 (${overdue.length}건)`, overdue, MAX_OVERDUE_LINES, 'error'),
      itemSection(`곧 다가오는 일 (${dueSoon.length}건)`, dueSoon, MAX_DUE_SOON_LINES, 'warn'),
      approvalSection(snapshot),
      gapSection(snapshot),
    ],
  };
}

/** 결재 대기: what waits for the 복지팀장's sign-off, oldest request first. */
function approvalSection(snapshot: DueSnapshot): DashboardSection {
  const waiting = [...snapshot.approvalsWaiting].sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
  return {
    title: `결재 대기 (${waiting.length}건)`,
    header: ['결재번호', '관리번호', '결재 대상', '대상 번호', '요청 시각', '요청자'],
    rows: waiting.map((a) => [
      a.approvalId,
      a.caseNo,
      a.subject ? APPROVAL_SUBJECTS.label(a.subject) : '',
      a.targetId,
      a.requestedAt,
      a.requestedBy,
    ]),
    note: waiting.length === 0 ? '없음' : undefined,
    toneOf: () => 'warn',
  };
}

/** 서비스체계의 빈틈: system-level 권익옹호 counted by kind, for the 통합사례회의 and the 구. */
function gapSection(snapshot: DueSnapshot): DashboardSection {
  const counts = gapCounts(snapshot.advocacy, snapshot.today);
  return {
    title: '서비스체계의 빈틈 (권익옹호, 종류별)',
    header: ['빈틈의 종류', '최근 3개월', '최근 12개월', '전체', '사례 수'],
    rows: counts.map((c) => [c.label, c.lastQuarter, c.lastYear, c.total, c.cases]),
    note: counts.length === 0 ? '없음' : undefined,
  };
}

function itemSection(title: string, items: readonly DueItem[], max: number, tone: Tone): DashboardSection {
  return {
    title,
    header: ['관리번호', '대상자', '담당 사례관리자', '구분', '할 일', '기한', '상태', '근거'],
    rows: items
      .slice(0, max)
      .map((i) => [
        i.caseNo,
        i.clientName,
        i.caseManager || '(담당자 없음)',
        DUE_KINDS[i.kind],
        i.title,
        i.dueOn,
        whenLabel(i),
        i.reason,
      ]),
    note:
      items.length > max
        ? `외 ${items.length - max}건: 사이드바의 '오늘 할 일'에서 담당자별로 볼 수 있습니다.`
        : items.length === 0
          ? '없음'
          : undefined,
    toneOf: () => tone,
  };
}

/** The banner and mail column when no run is in hand: from what the last run left in properties. */
export function reportFromState(ctx: AppContext, snapshot: DueSnapshot): DashboardReport {
  const status = reminderStatus(ctx);
  const ledger = parseLedger(ctx.properties.get(REMINDER_KEYS.ledger), snapshot.today);
  let banner: { text: string; tone: Tone };
  if (!status.enabled)
    banner = {
      text: '매일 알림이 꺼져 있습니다: 확장 프로그램 > 동 사례관리 > 매일 알림 켜기',
      tone: 'warn',
    };
  else if (status.lastFailure && (!status.lastRun || status.lastRun.at.slice(0, 16) <= status.lastFailure.at))
    banner = {
      text: `매일 알림: 마지막 실행 실패 (${status.lastFailure.at}): ${status.lastFailure.message}`,
      tone: 'error',
    };
  else if (status.lastRun) banner = { text: `매일 알림: ${status.lastRun.text}`, tone: status.lastRun.tone };
  else
    banner = {
      text: `매일 알림: 켜짐 (${status.owner} 계정, 매일 ${snapshot.settings.reminderHour}시 이후 첫 실행). 아직 실행 기록이 없습니다.`,
      tone: 'muted',
    };
  return {
    banner,
    mailByManager: (manager, hasNews) => mailLabel(ledger.entries[ledgerKey('manager', manager)], hasNews),
    issues: [...(ledger.day === snapshot.today ? ledgerIssues(ledger) : []), ...snapshot.settingProblems],
  };
}

/** The menu's "대시보드 새로 고침": the same figures, any time, without sending anything. */
export function refreshDashboard(ctx: AppContext): { overdue: number; dueSoon: number; managers: number } {
  return ctx.withDocumentLock(() => {
    const work = new UnitOfWork(ctx);
    // The tab is rewritten in this person's name, as every change (no change nobody can be named for).
    requireIdentifiedUser(work);
    const snapshot = readDueSnapshot(work, ctx.now());
    writeDashboard(
      ctx.spreadsheet,
      dashboardModel(snapshot, ctx.now(), reportFromState(ctx, snapshot)),
      isServiceFailure,
    );
    return {
      overdue: snapshot.items.filter((i) => i.status === 'overdue').length,
      dueSoon: snapshot.items.filter((i) => i.status === 'dueSoon').length,
      managers: new Set(snapshot.items.map((i) => i.caseManager).filter(Boolean)).size,
    };
  });
}
