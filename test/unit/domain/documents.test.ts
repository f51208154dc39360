import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assembleCaseFile, type CaseFile } from '../../../src/domain/case-file';
import {
  mergeData,
  placeholderCatalogue,
  placeholderData,
  selectSubject,
  type MergeData,
} from '../../../src/domain/documents/fields';
import {
  formatChoices,
  formatDate,
  formatDateLong,
  formatPeriod,
} from '../../../src/domain/documents/format';
import { DOCUMENT_FORMS } from '../../../src/domain/documents/forms';
import { renderDocumentHtml } from '../../../src/domain/documents/html';
import { generateCaseDocumentInput } from '../../../src/domain/documents/input';
import { buildModel } from '../../../src/domain/documents/layouts';
import { modelTexts } from '../../../src/domain/documents/model';
import { documentFileName, nextVersion } from '../../../src/domain/documents/naming';
import { mergeModel } from '../../../src/domain/documents/template';
import type * as R from '../../../src/domain/records';
import { readSettings } from '../../../src/domain/settings';
import { parseInput } from '../../../src/domain/validation';
import { ITEM_OUTCOMES } from '../../../src/domain/vocabulary';

const CASE_NO = '행복-2026-0001';

function item(n: number, overrides: Partial<R.PlanItemRecord> = {}): R.PlanItemRecord {
  return {
    itemId: `${CASE_NO}-P1-${n}`,
    planId: `${CASE_NO}-P1`,
    caseNo: CASE_NO,
    goal: `목표 ${n}`,
    service: `서비스 ${n}`,
    priority: n,
    timing: '즉시',
    startDate: '2026-03-23',
    endDate: '2026-06-30',
    timesPerWeek: 2,
    provider: '행복종합사회복지관',
    providerContact: '박민준',
    checkMethod: '전화',
    resourceId: '',
    outcome: null,
    outcomeOn: null,
    ...overrides,
  };
}

function caseFile(
  overrides: {
    items?: R.PlanItemRecord[];
    plans?: R.PlanRecord[];
    consents?: R.ConsentRecord[];
    approvals?: R.ApprovalRecord[];
    staff?: R.StaffRecord[];
  } = {},
): CaseFile {
  const record: R.CaseRecord = {
    caseNo: CASE_NO,
    clientName: '김하늘',
    birthDate: '1948-05-17',
    phone: '010-0000-1234',
    address: '행복동 12-3',
    household: '독거',
    caseType: 'general',
    stage: 'intervention',
    caseManager: 'kim.sw@dong.example',
    assistant: '',
    openedOn: '2026-03-02',
    selectedOn: '2026-03-12',
    closedOn: null,
    nextCheckDue: '2026-04-19',
    nextReassessmentDue: '2027-03-09',
    version: 4,
    updatedAt: '',
    updatedBy: '',
    dueSchedule: '',
    rowIndex: '',
  };
  return assembleCaseFile(
    record,
    {
      intakes: [
        {
          caseNo: CASE_NO,
          intakeDate: '2026-03-02',
          discovery: 'outreach',
          presentingProblem: '난방비 체납',
          potentialProblems: '',
          strengths: '',
          weaknesses: '',
          intakeOutcome: 'caseManagementReferral',
          recordedBy: 'kim.sw@dong.example',
        },
      ],
      assessments: [],
      needs: [],
      conferences: [],
      consents: overrides.consents ?? [],
      plans: overrides.plans ?? [
        {
          planId: `${CASE_NO}-P1`,
          caseNo: CASE_NO,
          consentDate: '2026-03-20',
          shortTermGoal: '3개월 안에 하루 두 끼',
          longTermGoal: '겨울을 안전하게',
          createdBy: 'kim.sw@dong.example',
        },
      ],
      planItems: overrides.items ?? [item(1), item(2, { outcome: 'achieved', endDate: null })],
      checks: [],
      closures: [],
      followUps: [],
      advocacy: [],
      activities: [],
      approvals: overrides.approvals ?? [],
    },
    overrides.staff,
  );
}

function data(file = caseFile(), form = 'plan', planId?: string): MergeData {
  return mergeData(selectSubject(file, form, { planId, today: '2026-03-25', user: 'lee@dong.example' }));
}

describe('printing values', () => {
  it('prints calendar days without any time zone, in the public-document style', () => {
    expect(formatDate('2026-03-02')).toBe('2026. 3. 2.');
    expect(formatDate('2026-12-31')).toBe('2026. 12. 31.');
    expect(formatDate(null)).toBe('');
    expect(formatDateLong('2026-03-20')).toBe('2026년 3월 20일');
    expect(formatPeriod('2026-03-20', null)).toBe('2026. 3. 20. ~');
  });

  it('prints every choice with the chosen one filled', () => {
    expect(formatChoices(ITEM_OUTCOMES.labels, 'extended')).toBe('□ 달성  ■ 연장  □ 재사정');
    expect(formatChoices(ITEM_OUTCOMES.labels, null)).toBe('□ 달성  □ 연장  □ 재사정');
  });
});

describe('the 서비스제공 계획 및 점검표 model', () => {
  it('has the fields ① to ⑮ of the seed handbook, in order', () => {
    const texts = modelTexts(buildModel('plan', data()));
    const expected = [
      '서비스제공 계획 및 점검표',
      '① 관리번호',
      CASE_NO,
      '대상자명',
      '김하늘',
      '생년월일',
      '1948. 5. 17.',
      '담당사례관리자',
      'kim.sw@dong.example',
      '② 성과목표',
      '단기 성과목표',
      '3개월 안에 하루 두 끼',
      '장기 성과목표',
      '겨울을 안전하게',
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
      '⑬ 이행여부 (달성 / 연장 / 재사정)',
      '목표 1',
      '서비스 1',
      '1',
      '즉시',
      '2026. 3. 23.',
      '2026. 6. 30.',
      '2',
      '행복종합사회복지관',
      '박민준',
      '전화',
      '□ 달성  □ 연장  □ 재사정',
      '목표 2',
    ];
    let at = 0;
    for (const want of expected) {
      const found = texts.indexOf(want, at);
      expect([want, found]).not.toEqual([want, -1]);
      at = found + 1;
    }
    expect(texts).toContain('■ 달성  □ 연장  □ 재사정');
    expect(texts.slice(-6)).toEqual([
      '본인은 2026년 3월 20일부터 상기와 같은 서비스 제공 및 이용에 동의하며, 계획된 목표를 성취하기 위해 ' +
        '적극적으로 참여하고 협력할 것을 상호 약속합니다. 또한 더 나은 생활지원을 위해 협력하는 기관들과 ' +
        '본인 및 가족의 기초정보 및 서비스 진행과정에 대한 정보를 공유하는 것에 대해 동의합니다.',
      '제3자 정보제공 동의: 없음',
      '결재: 요청하지 않음',
      '2026년 3월 20일',
      '⑭ 성명: 김하늘 (인)',
      '⑮ 사례관리자: kim.sw@dong.example (인)',
    ]);
  });

  it('says who signed each 정보제공 동의 and where it stands on the day the document is made', () => {
    const consent = (n: number, over: Partial<R.ConsentRecord>): R.ConsentRecord => ({
      consentId: `${CASE_NO}-D${n}`,
      caseNo: CASE_NO,
      consentedOn: '2026-03-12',
      recipient: '행복종합사회복지관',
      items: '이름, 연락처',
      purpose: '도시락',
      until: null,
      withheld: '',
      consentBy: null,
      guardianName: '',
      guardianRelation: '',
      recordedBy: 'kim.sw@dong.example',
      withdrawnOn: null,
      withdrawalReason: '',
      ...over,
    });
    const file = caseFile({
      consents: [
        consent(1, {
          consentBy: 'guardian',
          guardianName: '김민수',
          guardianRelation: '아들',
          until: '2026-04-10',
        }),
        consent(2, { recipient: '희망지역아동센터', withdrawnOn: '2026-03-20' }),
      ],
    });
    // The document is made on 2026-03-25 (see `data`).
    expect(modelTexts(buildModel('plan', data(file)))).toContain(
      '제3자 정보제공 동의: 행복종합사회복지관 (보호자 김민수 (아들) 동의, 2026. 3. 12., 16일 남음); ' +
        '희망지역아동센터 (본인 동의, 2026. 3. 12., 철회 2026. 3. 20.)',
    );
  });

  it("prints the 결재 of the plan it prints: the latest request's standing, by the 직원 명부's names", () => {
    const approval = (n: number, over: Partial<R.ApprovalRecord>): R.ApprovalRecord => ({
      approvalId: `${CASE_NO}-K${n}`,
      caseNo: CASE_NO,
      subject: 'plan',
      targetId: `${CASE_NO}-P1`,
      status: 'requested',
      requestedAt: '2026-03-21 09:30:12',
      requestedBy: 'kim.sw@dong.example',
      decidedAt: '',
      decidedBy: '',
      comment: '',
      ...over,
    });
    const staff: R.StaffRecord[] = [
      { email: 'kim.sw@dong.example', name: '김사회', phone: '', role: 'caseManager' },
      { email: 'park.tl@dong.example', name: '박팀장', phone: '', role: 'supervisor' },
    ];
    const returned = approval(1, {
      status: 'returned',
      decidedAt: '2026-03-22 10:12:45',
      decidedBy: 'park.tl@dong.example',
      comment: '목표를 구체적으로',
    });
    const line = (approvals: R.ApprovalRecord[]) =>
      modelTexts(buildModel('plan', data(caseFile({ approvals, staff })))).find((t) => t.startsWith('결재'));
    expect(line([returned])).toBe('결재: 반려 (박팀장, 2026-03-22 10:12) — 의견: 목표를 구체적으로');
    expect(line([returned, approval(2, { requestedAt: '2026-03-23 14:00:00' })])).toBe(
      '결재: 요청 중 (2026-03-23, 요청: 김사회)',
    );
    const approved = approval(2, {
      status: 'approved',
      decidedAt: '2026-03-24 16:05:00',
      decidedBy: 'park.tl@dong.example',
    });
    // Rows in any order (a person sorted the tab): the last request of the plan stands.
    expect(line([approved, returned])).toBe('결재: 승인 (박팀장, 2026-03-24 16:05)');
    // A 결재 of another plan or of a closure is not this plan's.
    expect(
      line([
        approval(3, { targetId: `${CASE_NO}-P0`, status: 'approved', decidedBy: 'park.tl@dong.example' }),
        approval(4, { subject: 'closure', targetId: `${CASE_NO}-C1` }),
      ]),
    ).toBe('결재: 요청하지 않음');
    // Without a 직원 명부 the address is printed.
    expect(modelTexts(buildModel('plan', data(caseFile({ approvals: [approved] }))))).toContain(
      '결재: 승인 (park.tl@dong.example, 2026-03-24 16:05)',
    );
  });

  it('prints the latest plan unless told which', () => {
    const plans: R.PlanRecord[] = [
      {
        planId: `${CASE_NO}-P2`,
        caseNo: CASE_NO,
        consentDate: '2026-05-01',
        shortTermGoal: '둘째',
        longTermGoal: '',
        createdBy: '',
      },
      {
        planId: `${CASE_NO}-P1`,
        caseNo: CASE_NO,
        consentDate: '2026-03-20',
        shortTermGoal: '첫째',
        longTermGoal: '',
        createdBy: '',
      },
    ];
    expect(data(caseFile({ plans })).scalars['계획.단기성과목표']).toBe('둘째');
    expect(data(caseFile({ plans }), 'plan', `${CASE_NO}-P1`).scalars['계획.단기성과목표']).toBe('첫째');
    expect(() => data(caseFile({ plans }), 'plan', `${CASE_NO}-P9`)).toThrow(
      '계획번호 행복-2026-0001-P9은(는)',
    );
  });

  it('refuses forms the case has no record for yet', () => {
    expect(() => data(caseFile({ plans: [] }), 'plan')).toThrow('먼저 서비스계획을 저장하세요');
    expect(() => data(caseFile(), 'assessment')).toThrow('먼저 욕구사정을 저장하세요');
    expect(() => data(caseFile(), 'closure')).toThrow('먼저 종결을 기록하세요');
    expect(() => data(caseFile(), 'summary')).not.toThrow();
  });
});

describe('default templates', () => {
  const tricky = caseFile({
    items: [
      item(1, { goal: '{{관리번호}} 그대로', service: '$1 $& \\ 그대로' }),
      item(2, { goal: '{{항목.개입목표}}' }),
    ],
  });

  it.each(DOCUMENT_FORMS.keys)('%s: merging its default template gives the form itself', (form) => {
    const values = data(tricky, form === 'closure' || form === 'assessment' ? 'summary' : form);
    const template = buildModel(form, placeholderData());
    expect(mergeModel(template, values)).toEqual(buildModel(form, values));
  });

  it('the plan template repeats exactly one row of item placeholders', () => {
    const template = buildModel('plan', placeholderData());
    const table = template.blocks.find((b) => b.kind === 'table');
    expect(table).toMatchObject({
      list: '항목',
      rows: [expect.arrayContaining(['{{항목.개입목표}}', '{{항목.이행여부}}'])],
    });
    expect(modelTexts(template)).toContain('⑭ 성명: {{대상자명}} (인)');
  });

  it('docs/documents.md lists every placeholder of the catalogue', () => {
    const doc = readFileSync(path.join(__dirname, '../../../docs/documents.md'), 'utf8');
    for (const { placeholder } of placeholderCatalogue()) expect(doc).toContain(`\`${placeholder}\``);
  });

  it('every placeholder a layout uses is in the catalogue', () => {
    const known = new Set(placeholderCatalogue().map((p) => p.placeholder));
    for (const form of DOCUMENT_FORMS.keys) {
      for (const text of modelTexts(buildModel(form, placeholderData())))
        for (const [raw] of text.matchAll(/\{\{[^{}]*\}\}/g)) expect(known).toContain(raw);
    }
  });
});

describe('HTML of a model', () => {
  it('escapes text and keeps the structure', () => {
    const html = renderDocumentHtml(
      buildModel('plan', data(caseFile({ items: [item(1, { goal: '<b>밥</b> & "국"' })] }))),
    );
    expect(html).toContain('doc-landscape');
    expect(html).toContain('&lt;b&gt;밥&lt;/b&gt; &amp; &quot;국&quot;');
    expect(html).not.toContain('<b>밥');
    expect(html).toContain('<th scope="row">① 관리번호</th>');
    expect(html).toContain('data-list="항목"');
  });
});

describe('names, versions, settings and input', () => {
  it('names files by case, form, day and version, and counts versions per plan', () => {
    expect(documentFileName(CASE_NO, 'plan', '2026-03-20', 2)).toBe(
      '행복-2026-0001 서비스제공 계획 및 점검표 2026-03-20 v2',
    );
    const existing = [
      { caseNo: CASE_NO, form: 'plan' as const, planId: 'P1', version: 1 },
      { caseNo: CASE_NO, form: 'plan' as const, planId: 'P1', version: 2 },
      { caseNo: CASE_NO, form: 'plan' as const, planId: 'P2', version: 1 },
      { caseNo: CASE_NO, form: 'summary' as const, planId: '', version: 5 },
    ];
    expect(nextVersion(existing, CASE_NO, 'plan', 'P1')).toBe(3);
    expect(nextVersion(existing, CASE_NO, 'plan', 'P3')).toBe(1);
    expect(nextVersion(existing, '다른-2026-0001', 'summary', '')).toBe(1);
  });

  it('reads a Doc or folder id from an address a person pasted', () => {
    const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd';
    const { settings, problems } = readSettings([
      {
        name: '서식: 서비스제공 계획 및 점검표 (문서 ID)',
        value: `https://docs.google.com/document/d/${id}/edit?tab=t.0`,
      },
      { name: '문서 보관 폴더 (Drive 폴더 ID)', value: `https://drive.google.com/drive/folders/${id}` },
      { name: '서식: 사례 요약 (문서 ID)', value: '요약 서식' },
    ]);
    expect(settings.planTemplateId).toBe(id);
    expect(settings.documentFolderId).toBe(id);
    expect(settings.summaryTemplateId).toBe('');
    expect(problems).toEqual([expect.stringContaining('"요약 서식"')]);
  });

  it('refuses an unknown form in Korean', () => {
    expect(() => parseInput(generateCaseDocumentInput, { caseNo: CASE_NO, form: 'letter' })).toThrow(
      '서식: plan(서비스제공 계획 및 점검표)',
    );
    expect(parseInput(generateCaseDocumentInput, { caseNo: CASE_NO, form: 'plan', planId: '' })).toEqual({
      caseNo: CASE_NO,
      form: 'plan',
    });
  });
});
