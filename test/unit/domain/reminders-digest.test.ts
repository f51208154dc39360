import {
  digestLine,
  escapeHtml,
  failureMail,
  koreanDay,
  managerDigestMail,
  maskName,
  MAX_LINES,
  supervisorDigestMail,
  supervisorHasNews,
  type DigestLine,
} from '../../../src/domain/digest';
import type { DueItem } from '../../../src/domain/due-items';

const URL = 'https://docs.google.com/spreadsheets/d/abc/edit';

function line(over: Partial<DueItem> = {}): DigestLine {
  const item: DueItem = {
    kind: 'reassessment',
    status: 'overdue',
    caseNo: '행복-2026-0001',
    clientName: '김하희',
    caseManager: 'kim.sw@dong.example',
    dueOn: '2026-03-03',
    ruleDueOn: '2026-03-03',
    daysOverdue: 1,
    title: '정기 재사정 하기',
    reason: '마지막 욕구사정 2025-03-03 후 12개월',
    refId: '',
    ...over,
  };
  return digestLine(item, `${URL}#gid=1&range=A2`);
}

describe('masking names that leave by mail', () => {
  it('keeps the first and last character', () => {
    expect(maskName('김하희')).toBe('김*희');
    expect(maskName('남궁민수')).toBe('남**수');
    expect(maskName('이현')).toBe('이*');
    expect(maskName('김')).toBe('*');
    expect(maskName('  ')).toBe('');
    expect(maskName('Anna Lee')).toBe('A*** **e');
  });

  it('escapes everything a person typed before it goes into HTML', () => {
    expect(escapeHtml(`<b>"A" & 'B'</b>`)).toBe('&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;');
  });
});

describe("a case manager's digest", () => {
  const digest = (overdue: DigestLine[], dueSoon: DigestLine[]) =>
    managerDigestMail({
      day: '2026-03-04',
      recipient: 'kim.sw@dong.example',
      sheetName: '행복동 사례관리',
      sheetUrl: URL,
      sender: 'lead@dong.example',
      overdue,
      dueSoon,
    });

  it('says in the subject how much is overdue and coming up', () => {
    expect(koreanDay('2026-03-04')).toBe('3월 4일 (수)');
    expect(digest([line()], []).subject).toBe('[동 사례관리] 3월 4일 (수) 오늘 할 일: 기한 지남 1건');
    expect(digest([line()], [line({ status: 'dueSoon', daysOverdue: -3 })]).subject).toContain(
      '기한 지남 1건 · 다가옴 1건',
    );
    expect(digest([], [line({ status: 'dueSoon', daysOverdue: 0 })]).subject).toContain(
      '오늘 할 일: 다가옴 1건',
    );
  });

  it('lists overdue first, with masked names, links into the sheet and moved dates explained', () => {
    const mail = digest(
      [line()],
      [
        line({
          status: 'dueSoon',
          daysOverdue: -2,
          dueOn: '2026-03-06',
          ruleDueOn: '2026-03-08',
          caseNo: '행복-2026-0002',
        }),
      ],
    );
    expect(mail.htmlBody.indexOf('기한 지남 (1건)')).toBeLessThan(mail.htmlBody.indexOf('곧 다가옴 (1건)'));
    expect(mail.htmlBody).toContain('김*희');
    expect(mail.htmlBody).not.toContain('김하희');
    expect(mail.htmlBody).toContain(`href="${URL}#gid=1&amp;range=A2"`);
    expect(mail.htmlBody).toContain('(2026-03-08이 휴일이라 당김)');
    expect(mail.htmlBody).toContain('lead@dong.example 계정');
    expect(mail.body).toContain('- 행복-2026-0001 김*희: 정기 재사정 하기 (기한 2026-03-03, 1일 지남)');
    expect(mail.body).toContain('- 행복-2026-0002 김*희: 정기 재사정 하기 (기한 2026-03-06, 2일 남음)');
  });

  it('cannot be broken by what is in a cell', () => {
    const mail = digest([line({ caseNo: '<script>alert(1)</script>', clientName: '<img src=x>' })], []);
    expect(mail.htmlBody).not.toContain('<script>alert');
    expect(mail.htmlBody).not.toContain('<img');
  });

  it('lists at most a hundred lines per section and counts the rest', () => {
    const many = Array.from({ length: MAX_LINES + 5 }, (_, i) => line({ caseNo: `행복-2026-${i}` }));
    const mail = digest(many, []);
    expect(mail.htmlBody).toContain('외 5건은 시트의 대시보드');
    expect(mail.body).toContain('- 외 5건');
  });
});

describe("the supervisor's digest", () => {
  const base = {
    day: '2026-03-04',
    recipient: 'lead@dong.example',
    sheetName: '행복동 사례관리',
    sheetUrl: URL,
    dashboardUrl: `${URL}#gid=9`,
    sender: 'lead@dong.example',
  };
  const row = {
    caseManager: 'kim.sw@dong.example',
    openCases: 12,
    overdueChecks: 2,
    overdueReassessments: 1,
    followUpsDue: 1,
    overdue: 4,
    dueSoon: 3,
    mail: '보냄 08:05',
  };

  it('counts per manager, lists unowned cases and puts problems first', () => {
    const mail = supervisorDigestMail({
      ...base,
      rows: [row, { ...row, caseManager: '', openCases: 1, overdue: 1, mail: '슈퍼바이저에게만' }],
      unowned: [line({ title: '담당 사례관리자 지정' })],
      issues: ['메일 할당량이 모자라 2명에게 오늘 알림을 아직 보내지 못했습니다'],
    });
    expect(mail.subject).toBe('[동 사례관리] 3월 4일 (수) 사례 현황: 기한 지남 5건 · 확인 필요 1건');
    expect(mail.htmlBody.indexOf('확인이 필요한 일')).toBeLessThan(mail.htmlBody.indexOf('담당자별 현황'));
    expect(mail.body).toContain(
      '- kim.sw@dong.example: 열린 사례 12, 기한 지남 4 (점검 2, 재사정 1), 사후관리 1, 다가옴 3; 메일 보냄 08:05',
    );
    expect(mail.body).toContain('- (담당자 없음): 열린 사례 1');
    expect(mail.body).toContain('[담당자가 없는 열린 사례 1건]');
    expect(mail.htmlBody).not.toContain('김하희');
    expect(mail.htmlBody).toContain(`${URL}#gid=9`);
  });

  it('is not sent when there is nothing to say', () => {
    expect(supervisorHasNews({ rows: [{ ...row, overdue: 0, dueSoon: 0 }], unowned: [], issues: [] })).toBe(
      false,
    );
    expect(supervisorHasNews({ rows: [row], unowned: [], issues: [] })).toBe(true);
    expect(supervisorHasNews({ rows: [], unowned: [], issues: ['x'] })).toBe(true);
  });
});

describe('the failure notice', () => {
  it('says what failed and what happens next', () => {
    const mail = failureMail({
      day: '2026-03-04',
      at: '2026-03-04 08:05',
      message: "'점검' 탭이 없거나 머리글이 바뀌었습니다.",
      sheetName: '행복동 사례관리',
      sheetUrl: URL,
      sender: 'lead@dong.example',
    });
    expect(mail.subject).toBe('[동 사례관리] 3월 4일 (수) 매일 알림 실행 실패');
    expect(mail.body).toContain('2026-03-04 08:05에 매일 알림 실행이 실패했습니다');
    expect(mail.body).toContain("오류: '점검' 탭이 없거나");
    expect(mail.htmlBody).toContain('&#39;점검&#39;');
  });
});
