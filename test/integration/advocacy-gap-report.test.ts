import { MANAGER, refusal, startAddon, type Harness } from '../support/addon-harness';
import { auditLog } from '../support/audit-log';
import { docBlocks, docTexts, drivePath } from '../support/documents-harness';
import { attempt, snapshot } from '../support/robustness-harness';
import * as P from '../support/payloads';

/**
 * 서비스체계 빈틈 보고서 (issue 14): what the supervisor takes to the 구's 통합사례회의. Through dist/
 * in the fakes: the gaps of the period counted by kind beside the period before, what was done
 * about each, no client named, the Doc filed in the documents folder's 보고서 and audited.
 */
const TODAY = '2026-05-01';
const FEB_TO_APRIL = { from: '2026-02-01', to: '2026-04-30' };

interface Report {
  documentId: string;
  url: string;
  name: string;
  count: number;
}

function advocacy(h: Harness, caseNo: string, on: string, gapKind: string, action: string) {
  h.call('recordAdvocacy', {
    caseNo,
    on,
    level: 'system',
    counterpart: '행복구청 복지정책과',
    action,
    gapKind,
  });
}

/** Two cases of one 동 and their 권익옹호: three gap kinds over five months, one act on the client only. */
function dongWithGaps(): { h: Harness; first: string; second: string } {
  const h = startAddon({ now: `${TODAY}T10:00:00+09:00` });
  const first = h.call<{ caseNo: string }>('saveIntake', P.intake()).caseNo;
  const second = h.call<{ caseNo: string }>(
    'saveIntake',
    P.intake({
      client: {
        name: '이바다',
        birthDate: '1951-08-02',
        phone: '010-0000-5678',
        address: '햇살로 45',
        household: '부부',
      },
    }),
  ).caseNo;
  advocacy(h, first, '2026-01-10', 'eligibility', '차상위 기준을 조금 넘는 가구의 사각지대를 제기');
  advocacy(h, first, '2026-02-10', 'cost', '본인부담금 때문에 주간보호를 포기하는 사례를 알림');
  advocacy(h, first, '2026-04-20', 'noService', '주말 도시락이 없는 공백을 안건으로 제기');
  advocacy(h, second, '2026-03-15', 'noService', '주말 끼니 지원 기관이 동에 없음을 보고');
  h.call('recordAdvocacy', {
    caseNo: second,
    on: '2026-04-10',
    level: 'client',
    counterpart: '집주인',
    action: '수리 일정 조율',
  });
  return { h, first, second };
}

// The Doc's tables after the heading fields (기간, 작성자): the counts, then the acts.
const tables = (h: Harness, id: string) =>
  docBlocks(h.env, id)
    .filter((b) => typeof b !== 'string')
    .slice(1);

describe('서비스체계 빈틈 보고서 (generateGapReport)', () => {
  it('counts the period’s gaps by kind beside the period before and the last year, and lists what was done', () => {
    const { h } = dongWithGaps();
    const report = h.call<Report>('generateGapReport', FEB_TO_APRIL);
    expect(report).toMatchObject({ name: '서비스체계 빈틈 보고서 2026-02-01~2026-04-30', count: 3 });
    expect(report.url).toContain(report.documentId);

    const texts = docTexts(h.env, report.documentId);
    expect(texts[0]).toBe('서비스체계 빈틈 보고서');
    // 89 days before 1 February, both ends included.
    expect(texts).toEqual(
      expect.arrayContaining(['2026. 2. 1. ~ 2026. 4. 30.', '2025. 11. 4. ~ 2026. 1. 31.']),
    );
    const [counts, acts] = tables(h, report.documentId) as string[][][];
    expect(counts).toEqual([
      ['빈틈 종류', '이 기간 (건)', '관련 사례 수', '직전 기간 (건)', '최근 12개월 (건)'],
      // Two acts from two cases: a pattern, not one loud case. Ordered by the period's count.
      ['서비스 부재', '2', '2', '0', '2'],
      ['비용 부담', '1', '1', '0', '1'],
      ['자격 기준의 사각지대', '0', '0', '1', '1'],
    ]);
    expect(acts!.slice(1).map((row) => [row[0], row[1], row[3]])).toEqual([
      ['2026. 2. 10.', '비용 부담', '본인부담금 때문에 주간보호를 포기하는 사례를 알림'],
      ['2026. 3. 15.', '서비스 부재', '주말 끼니 지원 기관이 동에 없음을 보고'],
      ['2026. 4. 20.', '서비스 부재', '주말 도시락이 없는 공백을 안건으로 제기'],
    ]);
  });

  it('names no client: no 관리번호, no name, and an act whose text holds client data is listed without it', () => {
    const { h, first, second } = dongWithGaps();
    advocacy(h, first, '2026-04-25', 'access', '김하늘 님 (010-0000-1234) 댁에서 복지관까지 버스가 없음');
    const report = h.call<Report>('generateGapReport', FEB_TO_APRIL);
    expect(report.count).toBe(4);
    const all = docTexts(h.env, report.documentId).join('\n');
    for (const secret of [first, second, '김하늘', '이바다', '010-0000-1234', '햇살로 45'])
      expect(all).not.toContain(secret);
    const access = (tables(h, report.documentId)[1] as string[][]).find(
      (row) => row[1] === '접근성 (거리·교통·시간)',
    );
    expect(access?.[3]).toBe('(대상자 정보로 보이는 내용이 있어 싣지 않음)');
  });

  it('files the Doc in the documents folder’s 보고서 and writes who made it in the audit log', () => {
    const { h } = dongWithGaps();
    const report = h.call<Report>('generateGapReport', FEB_TO_APRIL);
    const path = drivePath(h.env, report.documentId).map((folder) => folder.getName());
    expect(path.slice(0, 2)).toEqual(['보고서', '동 사례관리 문서']);
    const entry = auditLog(h.env).find((row) => row['작업'] === '빈틈 보고서');
    expect(entry).toMatchObject({
      사용자: MANAGER,
      관리번호: '',
      내용: `2026-02-01~2026-04-30, 3건: ${report.url}`,
    });
  });

  it('for a period with no gap recorded, still makes the Doc and says so', () => {
    const { h } = dongWithGaps();
    const report = h.call<Report>('generateGapReport', { from: '2025-01-01', to: '2025-03-31' });
    expect(report.count).toBe(0);
    expect(tables(h, report.documentId)).toEqual([]);
    expect(docTexts(h.env, report.documentId)).toContain('이 기간에 기록된 서비스체계 개선 활동이 없습니다.');
  });

  it('refuses in Korean, writing nothing: an end before the start, an end after today, a date that is not one', () => {
    const { h } = dongWithGaps();
    const docs = h.env.documents().length;
    expect(refusal(h, 'generateGapReport', { from: '2026-04-01', to: '2026-03-01' })).toMatch(
      /종료일: 시작일과 같거나 그 뒤/,
    );
    expect(refusal(h, 'generateGapReport', { from: '2026-04-01', to: '2026-05-02' })).toMatch(
      /종료일: 오늘\(2026-05-01\)보다 늦은 날짜/,
    );
    expect(refusal(h, 'generateGapReport', { from: '2026-02-30', to: '2026-03-01' })).toMatch(
      /시작일: 날짜는 YYYY-MM-DD/,
    );
    expect(refusal(h, 'generateGapReport', { to: '2026-03-01' })).toMatch(/시작일/);
    expect(h.env.documents()).toHaveLength(docs);
  });

  it('with the lock held by another execution makes no Doc and says so', () => {
    const { h } = dongWithGaps();
    const before = snapshot(h);
    const docs = h.env.documents().length;
    const hold = h.env.holdLock('document');
    const outcome = attempt(h, 'generateGapReport', FEB_TO_APRIL);
    hold.release();
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/다른 사람이 저장하는 중/);
    expect(h.env.documents()).toHaveLength(docs);
    expect(snapshot(h)).toBe(before);
  });
});
