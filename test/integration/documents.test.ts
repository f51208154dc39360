import { MANAGER, OTHER_MANAGER, refusal, startAddon } from '../support/addon-harness';
import {
  caseWithPlan,
  docBlocks,
  drive,
  drivePath,
  docTexts,
  expectInOrder,
  FOLDER_SETTING,
  PLAN_TEMPLATE_SETTING,
  readSetting,
  sheetRows,
  type Generated,
} from '../support/documents-harness';
import * as P from '../support/payloads';

describe('서비스제공 계획 및 점검표 through dist/ in the fakes', () => {
  it('holds every field of the seed handbook form, in order', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h);
    const made = h.call<Generated>('generatePlanDocument', { caseNo });
    expect(made.url).toContain(made.documentId);

    const texts = docTexts(h.env, made.documentId);
    expectInOrder(texts, [
      '서비스제공 계획 및 점검표',
      '① 관리번호',
      caseNo,
      '대상자명',
      '김하늘',
      '생년월일',
      '1948. 5. 17.',
      '담당사례관리자',
      MANAGER,
      '② 성과목표',
      '단기 성과목표',
      '3개월 안에 하루 두 끼를 먹는다',
      '장기 성과목표',
      '겨울을 안전하게 난다',
      '③ 개입목표',
      '④ 서비스 내용',
      '⑤ 우선순위',
      '⑥ 개입시기',
      '⑦ 서비스 시작일자',
      '⑧ 서비스 종료일자',
      '⑨ 횟수 (회/1주당)',
      '⑩ 제공기관',
      '⑪ 담당자',
      '⑫ 점검방법',
      '⑬ 이행여부',
      '끼니 해결 1',
      '도시락 배달',
      '1',
      '즉시',
      '2026. 3. 23.',
      '2026. 6. 30.',
      '3',
      '행복종합사회복지관',
      '박민준',
      '전화',
      '□ 달성  □ 연장  □ 재사정',
      '난방비 해결 2',
      '긴급복지 신청',
      '본인',
      '본인은 2026년 3월 20일부터 상기와 같은 서비스 제공 및 이용에 동의하며, 계획된 목표를 성취하기 위해 ' +
        '적극적으로 참여하고 협력할 것을 상호 약속합니다. 또한 더 나은 생활지원을 위해 협력하는 기관들과 ' +
        '본인 및 가족의 기초정보 및 서비스 진행과정에 대한 정보를 공유하는 것에 대해 동의합니다.',
      '2026년 3월 20일',
      '⑭ 성명: 김하늘 (인)',
      `⑮ 사례관리자: ${MANAGER} (인)`,
    ]);
    // No placeholder is left anywhere.
    expect(texts.join('\n')).not.toMatch(/\{\{|\}\}/);
    // The item table: a header row and one row per item, eleven columns.
    const table = docBlocks(h.env, made.documentId).filter((b) => Array.isArray(b))[1] as string[][];
    expect(table).toHaveLength(3);
    expect(table.every((row) => row.length === 11)).toBe(true);
  });

  it('files the Doc in the case folder, records the link and remembers what it created', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h);
    const made = h.call<Generated>('generatePlanDocument', { caseNo });
    expect(made).toMatchObject({
      version: 1,
      planId: `${caseNo}-P1`,
      name: `${caseNo} 서비스제공 계획 및 점검표 2027-06-01 v1`,
      templateCreated: true,
    });

    const [caseFolder, root] = drivePath(h.env, made.documentId);
    expect(caseFolder!.getName()).toBe(caseNo);
    expect(root!.getName()).toBe('동 사례관리 문서');
    expect(readSetting(h.env, FOLDER_SETTING)).toBe(root!.getId());
    const templateId = readSetting(h.env, PLAN_TEMPLATE_SETTING);
    expect(drive(h.env).getFileById(templateId).getName()).toBe('[서식] 서비스제공 계획 및 점검표');
    expect(drivePath(h.env, templateId).map((f) => f.getName())).toEqual([
      '서식',
      '동 사례관리 문서',
      'My Drive',
    ]);

    const [row] = sheetRows(h.env, '문서');
    expect(row).toMatchObject({
      '문서 ID': made.documentId,
      관리번호: caseNo,
      서식: '서비스제공 계획 및 점검표',
      계획번호: `${caseNo}-P1`,
      판: '1',
      링크: made.url,
      '서식 문서 ID': templateId,
      '만든 사람': MANAGER,
    });
    const audit = sheetRows(h.env, '변경이력').filter((r) => r['작업'] === '문서');
    expect(audit).toHaveLength(1);
    expect(audit[0]!['내용']).toContain(made.url);

    expect(
      h.call<{ documents: { url: string; version: number }[] }>('listCaseDocuments', { caseNo }),
    ).toEqual({
      documents: [
        expect.objectContaining({ url: made.url, version: 1, formLabel: '서비스제공 계획 및 점검표' }),
      ],
    });
  });
});

describe('the team', () => {
  it('shares the documents root with the people who edit the case sheet, newcomers included', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h);
    const made = h.call<Generated>('generatePlanDocument', { caseNo });
    const root = () => drivePath(h.env, made.documentId)[1]!;
    expect(
      root()
        .getEditors()
        .map((u) => u.getEmail()),
    ).not.toContain(OTHER_MANAGER);

    // A colleague is given the sheet; the next document made by anyone with access shares the root.
    h.env.setUser(OTHER_MANAGER);
    h.env.setUser(MANAGER);
    h.call('generateCaseDocument', { caseNo, form: 'summary' });
    expect(
      root()
        .getEditors()
        .map((u) => u.getEmail()),
    ).toContain(OTHER_MANAGER);
  });

  it('takes someone who left the case sheet off the documents root on the next document run', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h);
    const spreadsheet = () =>
      (h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    spreadsheet().addEditor(OTHER_MANAGER);
    const made = h.call<Generated>('generatePlanDocument', { caseNo });
    const editors = () =>
      drivePath(h.env, made.documentId)[1]!
        .getEditors()
        .map((u) => u.getEmail());
    expect(editors()).toContain(OTHER_MANAGER);

    spreadsheet().removeEditor(OTHER_MANAGER);
    h.call('generateCaseDocument', { caseNo, form: 'summary' });
    expect(editors()).not.toContain(OTHER_MANAGER);
    expect(editors().concat(drivePath(h.env, made.documentId)[1]!.getOwner().getEmail())).toContain(MANAGER);
  });
});

describe('versions and PDF', () => {
  it('makes a new version on every generation and never touches one that may have been signed', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h);
    const first = h.call<Generated>('generatePlanDocument', { caseNo });
    const signed = docTexts(h.env, first.documentId);
    h.call(
      'recordCheck',
      P.check(caseNo, { itemOutcomes: [{ itemId: `${caseNo}-P1-1`, outcome: 'achieved' }] }),
    );

    const second = h.call<Generated>('generatePlanDocument', { caseNo });
    expect(second.documentId).not.toBe(first.documentId);
    expect(second).toMatchObject({ version: 2, templateCreated: false });
    expect(second.name).toMatch(/ v2$/);
    expect(docTexts(h.env, first.documentId)).toEqual(signed);
    expect(drive(h.env).getFileById(first.documentId).isTrashed()).toBe(false);
    expect(docTexts(h.env, second.documentId)).toContain('■ 달성  □ 연장  □ 재사정');
    expect(signed).not.toContain('■ 달성  □ 연장  □ 재사정');

    // Both versions sit in the same case folder, and the sheet lists both.
    expect(drivePath(h.env, second.documentId)[0]!.getId()).toBe(
      drivePath(h.env, first.documentId)[0]!.getId(),
    );
    expect(sheetRows(h.env, '문서').map((r) => r['판'])).toEqual(['1', '2']);
    const listed = h.call<{ documents: { version: number }[] }>('listCaseDocuments', { caseNo });
    expect(listed.documents.map((d) => d.version)).toEqual([2, 1]);
  });

  it('counts versions per plan: a new plan starts again at v1', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h);
    h.call('generatePlanDocument', { caseNo });
    h.call('savePlan', P.plan(caseNo, { consentDate: '2026-04-01', shortTermGoal: '새 목표' }));
    const made = h.call<Generated>('generatePlanDocument', { caseNo });
    expect(made).toMatchObject({ planId: `${caseNo}-P2`, version: 1 });
    expect(docTexts(h.env, made.documentId)).toContain('새 목표');
    const older = h.call<Generated>('generatePlanDocument', { caseNo, planId: `${caseNo}-P1` });
    expect(older).toMatchObject({ planId: `${caseNo}-P1`, version: 2 });
    expect(docTexts(h.env, older.documentId)).toContain('3개월 안에 하루 두 끼를 먹는다');
  });

  it('saves a PDF beside the Doc on request', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h);
    const made = h.call<Generated>('generateCaseDocument', { caseNo, form: 'plan', pdf: true });
    expect(made.pdfUrl).toBeDefined();
    const pdf = drive(h.env).getFileById(made.pdfId!);
    expect(pdf.getMimeType()).toBe('application/pdf');
    expect(pdf.getName()).toBe(`${made.name}.pdf`);
    expect(pdf.getBlob().getDataAsString()).toContain('⑭ 성명: 김하늘 (인)');
    expect(drivePath(h.env, made.pdfId!)[0]!.getName()).toBe(caseNo);
    expect(sheetRows(h.env, '문서')[0]!['PDF 링크']).toBe(made.pdfUrl);
  });
});

describe('the rest of the case file', () => {
  it('초기상담 기록지 holds the intake and its 처리유형', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h);
    const made = h.call<Generated>('generateCaseDocument', { caseNo, form: 'intake' });
    expect(made.name).toContain('초기상담 기록지');
    expectInOrder(docTexts(h.env, made.documentId), [
      '초기상담 기록지',
      '관리번호',
      caseNo,
      '접수일',
      '2026. 3. 2.',
      '대상자명',
      '김하늘',
      '연락처',
      '010-0000-1234',
      '발굴 경로',
      '아웃리치',
      '주소',
      '행복동 12-3 (2층)',
      '가구 상황',
      '독거, 딸(타 지역 거주)',
      '주 호소 문제',
      '겨울 난방비 체납, 끼니를 거름',
      '잠재적 문제',
      '고립, 낙상 위험',
      '강점',
      '이웃과 인사하며 지냄',
      '약점',
      '가족 지지체계 약함',
      '초기상담결과 처리',
      '□ ① 복지급여 신청  □ ② 복지서비스 신청  ■ ③ 서비스연계 및 사례관리의뢰  □ ④ 타기관 사업 정보 제공',
      '2026년 3월 2일',
      `상담자: ${MANAGER} (인)`,
    ]);
  });

  it('욕구사정 기록지 holds each need with its problem and demand', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h);
    const made = h.call<Generated>('generateCaseDocument', { caseNo, form: 'assessment' });
    expectInOrder(docTexts(h.env, made.documentId), [
      '욕구사정 기록지',
      caseNo,
      '■ 초기사정  □ 재사정',
      '2026. 3. 9.',
      '위기도',
      '높음',
      '생활 영역별 욕구',
      '생활 영역',
      '(제시된) 문제',
      '요구(바람)',
      '욕구',
      '경제',
      '난방비 3개월 체납',
      '난방비를 해결하고 싶다',
      '긴급 난방비 지원과 에너지바우처 연계',
      '일상생활유지',
      '하루 한 끼',
      '강점',
      '규칙적인 생활',
      '지지체계 (공식·비공식)',
      '공식: 주민센터 / 비공식: 옆집 이웃',
      '2026년 3월 9일',
      `사정자: ${MANAGER} (인)`,
    ]);
  });

  it('종결 보고서 holds the reason, the plan results and the follow-up plan; an empty list prints no row', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h);
    h.call('closeCase', P.closing(caseNo));
    const made = h.call<Generated>('generateCaseDocument', { caseNo, form: 'closure' });
    expectInOrder(docTexts(h.env, made.documentId), [
      '종결 보고서',
      caseNo,
      '종결일',
      '2026. 7. 1.',
      '종결 사유',
      '■ 목표달성  □ 전출',
      '서비스 제공 결과',
      '끼니 해결 1',
      '2026. 3. 23. ~ 2026. 6. 30.',
      '평가',
      '하루 두 끼 유지, 난방비 해결',
      '사후관리 계획',
      '2026. 10. 1.',
      '2027. 4. 1.',
      '2026년 7월 1일',
      `사례관리자: ${MANAGER} (인)`,
      '복지팀장:',
    ]);

    const other = caseWithPlan(h);
    h.call('closeCase', P.closing(other, { reason: 'died' }));
    const died = h.call<Generated>('generateCaseDocument', { caseNo: other, form: 'closure' });
    const tables = docBlocks(h.env, died.documentId).filter((b): b is string[][] => Array.isArray(b));
    expect(tables.at(-1)).toEqual([['회차', '예정일', '실시일', '방법', '내용']]);
  });

  it('사례 요약 holds the case, its needs, plan and timeline', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h);
    const made = h.call<Generated>('generateCaseDocument', { caseNo, form: 'summary' });
    expect(made.planId).toBe('');
    expectInOrder(docTexts(h.env, made.documentId), [
      '사례 요약',
      caseNo,
      '서비스제공·점검',
      '김하늘',
      '주 호소 문제',
      '겨울 난방비 체납, 끼니를 거름',
      '긴급 난방비 지원과 에너지바우처 연계',
      '단기 성과목표: 3개월 안에 하루 두 끼를 먹는다',
      '끼니 해결 1',
      '경과',
      '접수·초기상담',
      '서비스계획 동의',
      `작성일 2027. 6. 1. · 작성자 ${MANAGER}`,
    ]);
  });

  it('refuses a form the case has nothing for yet, and writes nothing', () => {
    const h = startAddon();
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
    expect(refusal(h, 'generatePlanDocument', { caseNo })).toContain('먼저 서비스계획을 저장하세요');
    expect(() => h.call('generateCaseDocument', { caseNo, form: 'closure' })).toThrow('종결 기록이 없어');
    expect(h.env.documents()).toHaveLength(0);
  });
});
