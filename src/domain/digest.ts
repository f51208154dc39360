/**
 * The daily e-mails as models and their Korean HTML (with a plain-text twin for mail clients that
 * show no HTML). Pure: the app layer gathers the facts, src/gas hands the result to MailApp.
 *
 * Mail leaves the spreadsheet's access control (it is forwarded, read on phones, kept forever), so
 * a digest carries only what a case manager needs to find the case: its 관리번호, the client's name
 * masked (김하희 → 김*희), what is due and when, and a link into the sheet. Nothing the client told
 * us (problems, needs, services) ever goes into a mail.
 */
import type { DateKey } from './dates';
import { whenLabel, type DueItem } from './due-items';
import { weekdayLabel } from './holidays';
import { escapeHtml } from './documents/html';
import type { ApprovalRecord, CaseRecord, StaffRecord } from './records';
import { staffName } from './staff';
import { APPROVAL_SUBJECTS } from './vocabulary';

export { escapeHtml };
/** Digests address people by their name in the 직원 명부 ("김사회 님"), else by their address. */
export { staffName };

export interface MailContent {
  subject: string;
  htmlBody: string;
  /** The same content as plain text. */
  body: string;
}

/** Keeps the first and the last character: 김하희 → 김*희, 남궁민수 → 남**수, 이현 → 이*. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  const middle = chars.slice(1, -1).map((c) => (/\s/.test(c) ? c : '*'));
  return `${chars[0]}${middle.join('')}${chars[chars.length - 1]}`;
}

/** "3월 3일 (화)". */
export function koreanDay(day: DateKey): string {
  const [, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${m}월 ${d}일 (${weekdayLabel(day)})`;
}

/** One line of a digest: a due item as it may travel by mail. */
export interface DigestLine {
  caseNo: string;
  maskedName: string;
  title: string;
  reason: string;
  dueOn: DateKey;
  ruleDueOn: DateKey;
  when: string;
  overdue: boolean;
  /** Opens the case's row in the 사례 tab. */
  link: string;
}

export function digestLine(item: DueItem, link: string): DigestLine {
  return {
    caseNo: item.caseNo,
    maskedName: maskName(item.clientName),
    title: item.title,
    reason: item.reason,
    dueOn: item.dueOn,
    ruleDueOn: item.ruleDueOn,
    when: whenLabel(item),
    overdue: item.status === 'overdue',
    link,
  };
}

/** Lines shown per section; the rest are counted and found in the sheet. */
export const MAX_LINES = 100;

const PRODUCT = '동 사례관리';
const FONT = "font-family:'Malgun Gothic','Apple SD Gothic Neo',Arial,sans-serif;";
const RED = '#b3261e';
const AMBER = '#8a5a00';

function dueCell(line: DigestLine): string {
  const moved =
    line.dueOn !== line.ruleDueOn
      ? `<br><span style="color:#666;font-size:12px">(${escapeHtml(line.ruleDueOn)}이 휴일이라 당김)</span>`
      : '';
  return `${escapeHtml(line.dueOn)}${moved}`;
}

/** A header cell of a digest's tables. */
const th = (h: string) =>
  `<th style="text-align:left;padding:6px 8px;border-bottom:2px solid #ccc;font-size:13px">${h}</th>`;

/** Under a table cut at MAX_LINES: how many more there are and where to see them. */
function moreNote(total: number, where: string): string {
  return total > MAX_LINES
    ? `<p style="font-size:13px;color:#666">외 ${total - MAX_LINES}건은 ${where}에서 보세요.</p>`
    : '';
}

function table(lines: readonly DigestLine[], tone: string): string {
  const head = ['관리번호', '대상자', '할 일', '기한', ''].map(th).join('');
  const cell = 'padding:6px 8px;border-bottom:1px solid #eee;font-size:13px;vertical-align:top';
  const rows = lines
    .slice(0, MAX_LINES)
    .map(
      (l) =>
        `<tr><td style="${cell};white-space:nowrap"><a href="${escapeHtml(l.link)}" style="color:#1a56c4">${escapeHtml(l.caseNo)}</a></td>` +
        `<td style="${cell};white-space:nowrap">${escapeHtml(l.maskedName)}</td>` +
        `<td style="${cell}">${escapeHtml(l.title)}<br><span style="color:#666;font-size:12px">${escapeHtml(l.reason)}</span></td>` +
        `<td style="${cell};white-space:nowrap">${dueCell(l)}</td>` +
        `<td style="${cell};white-space:nowrap;color:${tone};font-weight:bold">${escapeHtml(l.when)}</td></tr>`,
    )
    .join('');
  const more = moreNote(lines.length, "시트의 대시보드와 사이드바 '오늘 할 일'");
  return `<table style="border-collapse:collapse;width:100%;max-width:680px">${head}${rows}</table>${more}`;
}

function textLines(lines: readonly DigestLine[]): string {
  const shown = lines
    .slice(0, MAX_LINES)
    .map((l) => `- ${l.caseNo} ${l.maskedName}: ${l.title} (기한 ${l.dueOn}, ${l.when})`);
  if (lines.length > MAX_LINES) shown.push(`- 외 ${lines.length - MAX_LINES}건`);
  return shown.join('\n');
}

function footer(sheetName: string, sheetUrl: string, sender: string): { html: string; text: string } {
  const note =
    `이 메일은 ${PRODUCT} 추가 기능이 하루 한 번 보냅니다 (${sender} 계정). ` +
    '개인정보 보호를 위해 대상자 이름 일부를 가렸고 상담 내용은 담지 않았습니다. ' +
    "알림 시각과 기한 규칙은 시트의 '설정' 탭에서 바꿀 수 있습니다.";
  return {
    html:
      `<p style="margin:20px 0 8px"><a href="${escapeHtml(sheetUrl)}" style="display:inline-block;background:#1a73e8;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none">${escapeHtml(sheetName)} 열기</a></p>` +
      `<p style="color:#777;font-size:12px;line-height:1.5">${escapeHtml(note)}</p>`,
    text: `${sheetName}: ${sheetUrl}\n\n${note}`,
  };
}

function page(title: string, content: string): string {
  return (
    `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body style="${FONT}color:#202124;margin:0;padding:16px"><div style="max-width:680px">${content}</div></body></html>`
  );
}

export interface ManagerDigest {
  day: DateKey;
  /** How the mail greets them: their name (`staffName`), else their address. */
  recipient: string;
  sheetName: string;
  sheetUrl: string;
  /** Whose account sends (the person who turned the reminders on). */
  sender: string;
  overdue: readonly DigestLine[];
  dueSoon: readonly DigestLine[];
}

/** The case manager's digest: overdue first, then due soon. Only called when there is something to say. */
export function managerDigestMail(d: ManagerDigest): MailContent {
  const counts = [
    d.overdue.length > 0 ? `기한 지남 ${d.overdue.length}건` : '',
    d.dueSoon.length > 0 ? `다가옴 ${d.dueSoon.length}건` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const subject = `[${PRODUCT}] ${koreanDay(d.day)} 오늘 할 일: ${counts}`;
  const intro = `${d.recipient} 님, 담당하신 사례에 ${counts}이 있습니다.`;
  const f = footer(d.sheetName, d.sheetUrl, d.sender);
  const sections: string[] = [];
  const text: string[] = [intro];
  if (d.overdue.length > 0) {
    sections.push(
      `<h3 style="color:${RED};font-size:15px;margin:18px 0 6px">기한 지남 (${d.overdue.length}건)</h3>${table(d.overdue, RED)}`,
    );
    text.push(`\n[기한 지남 ${d.overdue.length}건]\n${textLines(d.overdue)}`);
  }
  if (d.dueSoon.length > 0) {
    sections.push(
      `<h3 style="color:${AMBER};font-size:15px;margin:18px 0 6px">곧 다가옴 (${d.dueSoon.length}건)</h3>${table(d.dueSoon, AMBER)}`,
    );
    text.push(`\n[곧 다가옴 ${d.dueSoon.length}건]\n${textLines(d.dueSoon)}`);
  }
  const html = page(
    subject,
    `<h2 style="font-size:18px;margin:0 0 8px">오늘 할 일 · ${escapeHtml(koreanDay(d.day))}</h2>` +
      `<p style="font-size:14px;margin:0">${escapeHtml(intro)}</p>${sections.join('')}${f.html}`,
  );
  return { subject, htmlBody: html, body: `${text.join('\n')}\n\n${f.text}` };
}

export interface SupervisorRow {
  /** '' = cases without an owner. */
  caseManager: string;
  openCases: number;
  overdueChecks: number;
  overdueReassessments: number;
  followUpsDue: number;
  overdue: number;
  dueSoon: number;
  /** What happened to this manager's digest today, in Korean ("보냄", "할당량 부족으로 대기" …). */
  mail: string;
}

/** A 결재 request waiting for the 복지팀장, as it may travel by mail (no content of the plan). */
export interface ApprovalLine {
  caseNo: string;
  maskedName: string;
  /** 서비스계획 or 종결. */
  subject: string;
  requestedOn: DateKey;
  /** The requester's name from the 직원 명부 (their address when it does not know them). */
  requestedBy: string;
  link: string;
}

/** The waiting requests, oldest first, each with its client's masked name and its requester's name. */
export function approvalLines(
  waiting: readonly ApprovalRecord[],
  cases: readonly Pick<CaseRecord, 'caseNo' | 'clientName'>[],
  staff: readonly StaffRecord[],
  link: (caseNo: string) => string,
): ApprovalLine[] {
  const names = new Map(cases.map((c) => [c.caseNo, c.clientName]));
  return [...waiting]
    .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt))
    .map((a) => ({
      caseNo: a.caseNo,
      maskedName: maskName(names.get(a.caseNo) ?? ''),
      subject: a.subject ? APPROVAL_SUBJECTS.label(a.subject) : '',
      requestedOn: a.requestedAt.slice(0, 10),
      requestedBy: staffName(staff, a.requestedBy),
      link: link(a.caseNo),
    }));
}

function approvalTable(lines: readonly ApprovalLine[]): string {
  const cell = 'padding:6px 8px;border-bottom:1px solid #eee;font-size:13px';
  const rows = lines
    .slice(0, MAX_LINES)
    .map(
      (l) =>
        `<tr><td style="${cell}"><a href="${escapeHtml(l.link)}" style="color:#1a56c4">${escapeHtml(l.caseNo)}</a></td>` +
        `<td style="${cell}">${escapeHtml(l.maskedName)}</td><td style="${cell}">${escapeHtml(l.subject)}</td>` +
        `<td style="${cell}">${escapeHtml(l.requestedOn)}</td><td style="${cell}">${escapeHtml(l.requestedBy)}</td></tr>`,
    )
    .join('');
  const head = ['관리번호', '대상자', '결재 대상', '요청일', '요청자'].map(th).join('');
  return `<table style="border-collapse:collapse;width:100%">${head}${rows}</table>${moreNote(lines.length, "대시보드의 '결재 대기'")}`;
}

export interface SupervisorDigest {
  day: DateKey;
  recipient: string;
  sheetName: string;
  sheetUrl: string;
  dashboardUrl: string;
  sender: string;
  rows: readonly SupervisorRow[];
  unowned: readonly DigestLine[];
  /** Things someone must look at: quota shortfalls, failed or uncertain mails, failed runs. */
  issues: readonly string[];
  /** 결재 requests waiting for a decision (none when the run passes none). */
  approvals?: readonly ApprovalLine[];
}

export function supervisorHasNews(
  d: Pick<SupervisorDigest, 'rows' | 'unowned' | 'issues' | 'approvals'>,
): boolean {
  return (
    d.issues.length > 0 ||
    d.unowned.length > 0 ||
    (d.approvals ?? []).length > 0 ||
    d.rows.some((r) => r.overdue + r.dueSoon > 0)
  );
}

/** The team lead's digest: counts per manager, cases nobody owns, and every problem of the run. */
export function supervisorDigestMail(d: SupervisorDigest): MailContent {
  const overdue = d.rows.reduce((sum, r) => sum + r.overdue, 0);
  const approvals = d.approvals ?? [];
  const subject =
    `[${PRODUCT}] ${koreanDay(d.day)} 사례 현황: 기한 지남 ${overdue}건` +
    (approvals.length > 0 ? ` · 결재 대기 ${approvals.length}건` : '') +
    (d.issues.length > 0 ? ` · 확인 필요 ${d.issues.length}건` : '');
  const td = (v: string | number, style = '') =>
    `<td style="padding:6px 8px;border-bottom:1px solid #eee;font-size:13px;${style}">${escapeHtml(String(v))}</td>`;
  const head = [
    '담당 사례관리자',
    '열린 사례',
    '점검 지남',
    '재사정 지남',
    '사후관리',
    '기한 지남',
    '다가옴',
    '알림 메일',
  ]
    .map(th)
    .join('');
  const rows = d.rows
    .map(
      (r) =>
        `<tr>${td(r.caseManager || '(담당자 없음)')}${td(r.openCases)}${td(r.overdueChecks)}${td(r.overdueReassessments)}` +
        `${td(r.followUpsDue)}${td(r.overdue, r.overdue > 0 ? `color:${RED};font-weight:bold` : '')}${td(r.dueSoon)}${td(r.mail)}</tr>`,
    )
    .join('');
  const parts: string[] = [
    `<h2 style="font-size:18px;margin:0 0 8px">사례 현황 요약 · ${escapeHtml(koreanDay(d.day))}</h2>`,
  ];
  const text: string[] = [`사례 현황 요약 ${koreanDay(d.day)}`];
  if (d.issues.length > 0) {
    parts.push(
      `<div style="background:#fdecea;border-left:4px solid ${RED};padding:8px 12px;margin:12px 0">` +
        `<strong style="color:${RED}">확인이 필요한 일</strong><ul style="margin:6px 0 0;padding-left:18px;font-size:13px">` +
        d.issues.map((i) => `<li>${escapeHtml(i)}</li>`).join('') +
        '</ul></div>',
    );
    text.push(`\n[확인이 필요한 일]\n${d.issues.map((i) => `- ${i}`).join('\n')}`);
  }
  if (approvals.length > 0) {
    parts.push(
      `<h3 style="font-size:15px;margin:18px 0 6px">결재 대기 (${approvals.length}건)</h3>${approvalTable(approvals)}`,
    );
    text.push(
      `\n[결재 대기 ${approvals.length}건]\n${approvals
        .slice(0, MAX_LINES)
        .map((a) => `- ${a.caseNo} ${a.maskedName}: ${a.subject} (${a.requestedOn} ${a.requestedBy} 요청)`)
        .join('\n')}`,
    );
  }
  parts.push(
    `<h3 style="font-size:15px;margin:18px 0 6px">담당자별 현황</h3><table style="border-collapse:collapse;width:100%">${head}${rows}</table>`,
  );
  text.push(
    `\n[담당자별 현황]\n${d.rows
      .map(
        (r) =>
          `- ${r.caseManager || '(담당자 없음)'}: 열린 사례 ${r.openCases}, 기한 지남 ${r.overdue} (점검 ${r.overdueChecks}, 재사정 ${r.overdueReassessments}), 사후관리 ${r.followUpsDue}, 다가옴 ${r.dueSoon}; 메일 ${r.mail}`,
      )
      .join('\n')}`,
  );
  if (d.unowned.length > 0) {
    parts.push(
      `<h3 style="color:${RED};font-size:15px;margin:18px 0 6px">담당자가 없는 열린 사례 (${d.unowned.length}건)</h3>${table(d.unowned, RED)}`,
    );
    text.push(`\n[담당자가 없는 열린 사례 ${d.unowned.length}건]\n${textLines(d.unowned)}`);
  }
  parts.push(
    `<p style="font-size:13px"><a href="${escapeHtml(d.dashboardUrl)}" style="color:#1a56c4">대시보드 탭에서 전체 목록 보기</a></p>`,
  );
  const f = footer(d.sheetName, d.sheetUrl, d.sender);
  return {
    subject,
    htmlBody: page(subject, parts.join('') + f.html),
    body: `${text.join('\n')}\n\n대시보드: ${d.dashboardUrl}\n${f.text}`,
  };
}

/** Sent to the supervisors when a run fails: installable triggers of add-ons mail nobody on failure. */
export function failureMail(d: {
  day: DateKey;
  at: string;
  message: string;
  sheetName: string;
  sheetUrl: string;
  sender: string;
}): MailContent {
  const subject = `[${PRODUCT}] ${koreanDay(d.day)} 매일 알림 실행 실패`;
  const lines = [
    `${d.at}에 매일 알림 실행이 실패했습니다. 담당자들이 오늘 알림 메일을 받지 못했을 수 있습니다.`,
    `오류: ${d.message}`,
    '다음 실행(한 시간 뒤)에 다시 시도합니다. 같은 오류가 되풀이되면 시트에서 확장 프로그램 > 동 사례관리 > 시트 준비·복구를 실행하세요.',
  ];
  const f = footer(d.sheetName, d.sheetUrl, d.sender);
  return {
    subject,
    htmlBody: page(
      subject,
      `<h2 style="font-size:18px;color:${RED}">매일 알림 실행 실패</h2>` +
        lines.map((l) => `<p style="font-size:14px">${escapeHtml(l)}</p>`).join('') +
        f.html,
    ),
    body: `${lines.join('\n')}\n\n${f.text}`,
  };
}
