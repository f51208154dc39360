/**
 * The five forms as document models. Each layout reads its values by placeholder name, so the same
 * function gives the filled form (from a case's merge data) and its default template (from
 * placeholder data, where every value is its own `{{name}}`).
 */
import { LIST_FIELDS, type ListName, type MergeData } from './fields';
import type { DocumentForm } from './forms';
import { DOCUMENT_FORMS } from './forms';
import type { Block, DocumentModel, FieldCell } from './model';
import {
  ASSESSMENT_FIELDS as A,
  CASE_FIELDS as C,
  CLOSURE_FIELDS as CL,
  INTAKE_FIELDS as I,
  NEED_FIELDS as N,
  PLAN_FIELDS as PL,
  PLAN_ITEM_FIELDS as PI,
} from '../fields-catalogue';

class FormData {
  constructor(private readonly data: MergeData) {}

  /** A scalar's value; a name that is not in the catalogue is a bug in a layout, not a user error. */
  value(name: string): string {
    const value = this.data.scalars[name];
    if (value === undefined) throw new Error(`layout uses unknown field ${name}`);
    return value;
  }

  label(text: string): FieldCell {
    return { text, label: true };
  }

  /** A label cell and the value cell beside it. */
  pair(text: string, name: string): FieldCell[] {
    return [this.label(text), { text: this.value(name) }];
  }

  table(list: ListName, columns: [header: string, field: string][]): Block {
    const known = LIST_FIELDS[list].map((f) => f.name as string);
    for (const [, f] of columns)
      if (!known.includes(f)) throw new Error(`layout uses unknown field ${list}.${f}`);
    return {
      kind: 'table',
      list,
      header: columns.map(([header]) => header),
      rows: this.data.lists[list].map((entry) => columns.map(([, f]) => entry[f] ?? '')),
    };
  }
}

const title = (form: DocumentForm): Block => ({ kind: 'title', text: DOCUMENT_FORMS.label(form) });
const heading = (text: string): Block => ({ kind: 'heading', text });
const paragraph = (text: string, align?: 'left' | 'center' | 'right'): Block =>
  align ? { kind: 'paragraph', text, align } : { kind: 'paragraph', text };

/** 서비스제공 계획 및 점검표, field for field as in the seed handbook (① to ⑮). */
function planForm(d: FormData): DocumentModel {
  return {
    title: DOCUMENT_FORMS.label('plan'),
    landscape: true,
    blocks: [
      title('plan'),
      {
        kind: 'fields',
        rows: [
          [
            ...d.pair('① 관리번호', '관리번호'),
            ...d.pair('대상자명', '대상자명'),
            ...d.pair(C.birthDate.label, '생년월일'),
            ...d.pair('담당사례관리자', '담당사례관리자'),
            ...d.pair(C.assistant.label, '보조담당자'),
          ],
          [
            d.label('② 성과목표'),
            ...d.pair(PL.shortTermGoal.label, '계획.단기성과목표'),
            ...d.pair(PL.longTermGoal.label, '계획.장기성과목표'),
          ],
        ],
      },
      d.table('항목', [
        [`③ ${PI.goal.label}`, '개입목표'],
        [`④ ${PI.service.label}`, '서비스내용'],
        [`⑤ ${PI.priority.label}`, '우선순위'],
        [`⑥ ${PI.timing.label}`, '개입시기'],
        [`⑦ ${PI.startDate.label}`, '시작일자'],
        [`⑧ ${PI.endDate.label}`, '종료일자'],
        ['⑨ 횟수 (회/1주당)', '횟수'],
        [`⑩ ${PI.provider.label}`, '제공기관'],
        [`⑪ ${PI.providerContact.label}`, '담당자'],
        [`⑫ ${PI.checkMethod.label}`, '점검방법'],
        ['⑬ 이행여부 (달성 / 연장 / 재사정)', '이행여부'],
      ]),
      paragraph(
        `본인은 ${d.value('계획.동의일_한글')}부터 상기와 같은 서비스 제공 및 이용에 동의하며, ` +
          '계획된 목표를 성취하기 위해 적극적으로 참여하고 협력할 것을 상호 약속합니다. ' +
          '또한 더 나은 생활지원을 위해 협력하는 기관들과 본인 및 가족의 기초정보 및 서비스 진행과정에 ' +
          '대한 정보를 공유하는 것에 대해 동의합니다.',
      ),
      paragraph(`제3자 정보제공 동의: ${d.value('정보제공동의')}`),
      paragraph(`결재: ${d.value('결재')}`),
      paragraph(d.value('계획.동의일_한글'), 'center'),
      {
        kind: 'signatures',
        lines: [
          { label: '⑭ 성명', name: d.value('대상자명') },
          { label: '⑮ 사례관리자', name: d.value('담당사례관리자') },
        ],
      },
    ],
  };
}

/** 초기상담 기록지: what the handbook says to gather at intake, and the 처리유형 it ended with. */
function intakeForm(d: FormData): DocumentModel {
  return {
    title: DOCUMENT_FORMS.label('intake'),
    blocks: [
      title('intake'),
      {
        kind: 'fields',
        rows: [
          [...d.pair('관리번호', '관리번호'), ...d.pair(I.intakeDate.label, '초기상담.접수일')],
          [...d.pair('대상자명', '대상자명'), ...d.pair(C.birthDate.label, '생년월일')],
          [...d.pair(C.phone.label, '연락처'), ...d.pair(I.discovery.label, '초기상담.발굴경로')],
          [...d.pair(C.address.label, '주소'), ...d.pair('담당사례관리자', '담당사례관리자')],
          d.pair(C.household.label, '가구상황'),
        ],
      },
      heading('상담 내용'),
      {
        kind: 'fields',
        rows: [
          d.pair(I.presentingProblem.label, '초기상담.주호소문제'),
          d.pair(I.potentialProblems.label, '초기상담.잠재적문제'),
          d.pair(I.strengths.label, '초기상담.강점'),
          d.pair(I.weaknesses.label, '초기상담.약점'),
        ],
      },
      heading('초기상담결과 처리'),
      paragraph(d.value('초기상담.처리유형선택')),
      paragraph(d.value('초기상담.접수일_한글'), 'center'),
      { kind: 'signatures', lines: [{ label: '상담자', name: d.value('초기상담.기록자') }] },
    ],
  };
}

/** 욕구사정 기록지: per life domain the problem, the client's demand and the need, as the handbook pairs them. */
function assessmentForm(d: FormData): DocumentModel {
  return {
    title: DOCUMENT_FORMS.label('assessment'),
    blocks: [
      title('assessment'),
      {
        kind: 'fields',
        rows: [
          [...d.pair('관리번호', '관리번호'), ...d.pair('대상자명', '대상자명')],
          [...d.pair(C.birthDate.label, '생년월일'), ...d.pair('담당사례관리자', '담당사례관리자')],
          [...d.pair(A.kind.label, '욕구사정.구분선택'), ...d.pair(A.assessedOn.label, '욕구사정.사정일')],
          d.pair(A.riskLevel.label, '욕구사정.위기도'),
        ],
      },
      heading('생활 영역별 욕구'),
      d.table('욕구', [
        [N.domain.label, '생활영역'],
        ['(제시된) 문제', '문제'],
        [N.demand.label, '요구'],
        [N.need.label, '욕구'],
      ]),
      heading('강점과 지지체계'),
      {
        kind: 'fields',
        rows: [
          d.pair(A.strengths.label, '욕구사정.강점'),
          d.pair('지지체계 (공식·비공식)', '욕구사정.지지체계'),
          d.pair(A.functionalEvaluation.label, '욕구사정.기능평가'),
        ],
      },
      paragraph(d.value('욕구사정.사정일_한글'), 'center'),
      { kind: 'signatures', lines: [{ label: '사정자', name: d.value('욕구사정.사정자') }] },
    ],
  };
}

/** 종결 보고서: why the case ended, what the plan achieved, and the 사후관리 that follows. */
function closureForm(d: FormData): DocumentModel {
  return {
    title: DOCUMENT_FORMS.label('closure'),
    blocks: [
      title('closure'),
      {
        kind: 'fields',
        rows: [
          [...d.pair('관리번호', '관리번호'), ...d.pair('대상자명', '대상자명')],
          [...d.pair(C.birthDate.label, '생년월일'), ...d.pair('담당사례관리자', '담당사례관리자')],
          [...d.pair('접수일', '접수일'), ...d.pair(CL.closedOn.label, '종결.종결일')],
        ],
      },
      heading('종결 사유'),
      paragraph(d.value('종결.사유선택')),
      heading('서비스 제공 결과'),
      d.table('항목', [
        [PI.goal.label, '개입목표'],
        [PI.service.label, '서비스내용'],
        [PI.provider.label, '제공기관'],
        ['기간', '기간'],
        [PI.outcome.label, '이행여부'],
      ]),
      heading('평가'),
      paragraph(d.value('종결.평가')),
      heading('사후관리 계획'),
      d.table('사후관리', [
        ['회차', '번호'],
        ['예정일', '예정일'],
        ['실시일', '실시일'],
        ['방법', '방법'],
        ['내용', '내용'],
      ]),
      paragraph(`결재: ${d.value('결재')}`),
      paragraph(d.value('종결.종결일_한글'), 'center'),
      {
        kind: 'signatures',
        lines: [
          { label: '사례관리자', name: d.value('종결.처리자') },
          { label: '복지팀장', name: '' },
        ],
      },
    ],
  };
}

/** 사례 요약: the case on one page for a case conference or a hand-over. */
function summaryForm(d: FormData): DocumentModel {
  return {
    title: DOCUMENT_FORMS.label('summary'),
    blocks: [
      title('summary'),
      {
        kind: 'fields',
        rows: [
          [...d.pair('관리번호', '관리번호'), ...d.pair('단계', '단계')],
          [...d.pair('대상자명', '대상자명'), ...d.pair(C.birthDate.label, '생년월일')],
          [...d.pair(C.phone.label, '연락처'), ...d.pair(C.address.label, '주소')],
          d.pair(C.household.label, '가구상황'),
          [...d.pair('담당사례관리자', '담당사례관리자'), ...d.pair(C.caseType.label, '사례유형')],
          [...d.pair('접수일', '접수일'), ...d.pair('선정일', '선정일')],
          [...d.pair('다음 점검일', '다음점검일'), ...d.pair('다음 재사정일', '다음재사정일')],
        ],
      },
      heading('주 호소 문제'),
      paragraph(d.value('초기상담.주호소문제')),
      heading('욕구 (최근 욕구사정)'),
      d.table('욕구', [
        [N.domain.label, '생활영역'],
        ['문제', '문제'],
        [N.demand.label, '요구'],
        [N.need.label, '욕구'],
      ]),
      heading('서비스 계획 (최근)'),
      paragraph(`단기 성과목표: ${d.value('계획.단기성과목표')}`),
      paragraph(`장기 성과목표: ${d.value('계획.장기성과목표')}`),
      d.table('항목', [
        [PI.goal.label, '개입목표'],
        [PI.service.label, '서비스내용'],
        [PI.provider.label, '제공기관'],
        ['기간', '기간'],
        [PI.outcome.label, '이행결과'],
      ]),
      heading('경과'),
      d.table('경과', [
        ['날짜', '날짜'],
        ['구분', '구분'],
        ['내용', '내용'],
      ]),
      paragraph(`작성일 ${d.value('작성일')} · 작성자 ${d.value('작성자')}`, 'right'),
    ],
  };
}

const LAYOUTS: Record<DocumentForm, (d: FormData) => DocumentModel> = {
  plan: planForm,
  intake: intakeForm,
  assessment: assessmentForm,
  closure: closureForm,
  summary: summaryForm,
};

export function buildModel(form: DocumentForm, data: MergeData): DocumentModel {
  return LAYOUTS[form](new FormData(data));
}
