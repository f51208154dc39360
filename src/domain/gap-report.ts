/**
 * 서비스체계 빈틈 보고서: the document the supervisor takes to the 구's 통합사례회의. It counts the
 * service-system gaps case managers met in 권익옹호 by kind, for a period beside the period just
 * before it and the last twelve months, and lists what was done about each.
 *
 * It leaves the 동: it names no client (no 관리번호, no name), and an act whose text still looks like
 * a client's data (the caller's `looksLikeClientData`, the partner guard) is listed without it.
 */
import { gapTally, monthsTo, periodBefore, systemGapsIn, type Period, type SystemGap } from './advocacy';
import { formatDate, formatPeriod } from './documents/format';
import type { Block, DocumentModel } from './documents/model';
import type { AdvocacyRecord } from './records';
import { GAP_KINDS } from './vocabulary';

export const GAP_REPORT_TITLE = '서비스체계 빈틈 보고서';

/** Said in place of a text that looks like a client's data. */
export const WITHHELD_TEXT = '(대상자 정보로 보이는 내용이 있어 싣지 않음)';

export interface GapReportFacts {
  advocacy: readonly AdvocacyRecord[];
  period: Period;
  today: string;
  /** Who made it, as the 직원 tab names them. */
  author: string;
  /** The kind of client data a text holds ('' when none). */
  looksLikeClientData(text: string): string;
}

/** "서비스체계 빈틈 보고서 2026-01-01~2026-03-31": the Doc's name in Drive. */
export function gapReportName(period: Period): string {
  return `${GAP_REPORT_TITLE} ${period.from}~${period.to}`;
}

/** Said where a part of the report has nothing to count or list. */
const NO_GAPS_TEXT = '이 기간에 기록된 서비스체계 개선 활동이 없습니다.';

/** The report and the acts it counted in the period (what the audit row reports). */
export interface GapReport {
  model: DocumentModel;
  gaps: readonly SystemGap[];
}

/** A table, or the empty-state sentence when there is nothing to put in it. */
function tableOr(header: string[], rows: string[][]): Block {
  return rows.length === 0 ? { kind: 'paragraph', text: NO_GAPS_TEXT } : { kind: 'table', header, rows };
}

export function gapReport(facts: GapReportFacts): GapReport {
  const { period } = facts;
  const before = periodBefore(period);
  const gaps = systemGapsIn(facts.advocacy, period);
  const now = gapTally(gaps);
  const earlier = gapTally(systemGapsIn(facts.advocacy, before));
  const year = gapTally(systemGapsIn(facts.advocacy, monthsTo(period.to, 12)));
  const kinds = GAP_KINDS.keys.filter((kind) => now.has(kind) || earlier.has(kind));
  kinds.sort((a, b) => (now.get(b)?.acts ?? 0) - (now.get(a)?.acts ?? 0));
  const shown = (text: string) => (facts.looksLikeClientData(text) === '' ? text : WITHHELD_TEXT);

  const model: DocumentModel = {
    title: GAP_REPORT_TITLE,
    blocks: [
      { kind: 'title', text: GAP_REPORT_TITLE },
      {
        kind: 'fields',
        rows: [
          [
            { text: '기간', label: true },
            { text: formatPeriod(period.from, period.to) },
            { text: '작성일', label: true },
            { text: formatDate(facts.today) },
          ],
          [
            { text: '직전 기간', label: true },
            { text: formatPeriod(before.from, before.to) },
            { text: '작성자', label: true },
            { text: facts.author },
          ],
        ],
      },
      { kind: 'heading', text: '1. 빈틈 종류별 건수' },
      tableOr(
        ['빈틈 종류', '이 기간 (건)', '관련 사례 수', '직전 기간 (건)', '최근 12개월 (건)'],
        kinds.map((kind) => [
          GAP_KINDS.label(kind),
          String(now.get(kind)?.acts ?? 0),
          String(now.get(kind)?.cases ?? 0),
          String(earlier.get(kind)?.acts ?? 0),
          String(year.get(kind)?.acts ?? 0),
        ]),
      ),
      { kind: 'heading', text: '2. 활동 내용' },
      tableOr(
        ['활동일', '빈틈 종류', '상대 (기관·사람)', '한 일', '결과'],
        gaps.map((gap) => [
          formatDate(gap.on),
          GAP_KINDS.label(gap.gapKind),
          shown(gap.counterpart),
          shown(gap.action),
          shown(gap.outcome),
        ]),
      ),
      {
        kind: 'paragraph',
        text: '이 보고서는 대상자를 알 수 있는 정보(이름, 관리번호, 연락처, 주소)를 싣지 않습니다. 건수는 권익옹호 기록 중 서비스체계 개선 활동을 센 것입니다.',
      },
    ],
  };
  return { model, gaps };
}
