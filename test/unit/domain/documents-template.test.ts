import { placeholderData, type MergeData } from '../../../src/domain/documents/fields';
import {
  fill,
  findPlaceholders,
  malformedPlaceholders,
  suggest,
} from '../../../src/domain/documents/placeholders';
import {
  checkTemplate,
  leftoverPlaceholders,
  literalPattern,
  repeatedRows,
  scalarReplacements,
  type TemplateScan,
} from '../../../src/domain/documents/template';

const data: MergeData = {
  ...placeholderData(),
  scalars: {
    ...placeholderData().scalars,
    관리번호: '행복-2026-0001',
    대상자명: '김하늘',
    단계: '$1 {{관리번호}}',
  },
  lists: {
    ...placeholderData().lists,
    항목: [
      { 번호: '1', 개입목표: '끼니', 서비스내용: '도시락' },
      { 번호: '2', 개입목표: '{{대상자명}}', 서비스내용: '상담' },
    ],
  },
};

const scan = (body: TemplateScan['body'], header = '', footer = ''): TemplateScan => ({
  body,
  header,
  footer,
});

describe('placeholders', () => {
  it('are found with or without spaces, and list ones know their list', () => {
    expect(findPlaceholders('{{ 대상자명 }} / {{항목. 개입목표}}')).toEqual([
      { raw: '{{ 대상자명 }}', name: '대상자명', list: null, field: '대상자명' },
      { raw: '{{항목. 개입목표}}', name: '항목.개입목표', list: '항목', field: '개입목표' },
    ]);
  });

  it('are filled in one pass: a value that looks like a placeholder stays as typed', () => {
    expect(fill('{{단계}} / {{대상자명}}', data)).toBe('$1 {{관리번호}} / 김하늘');
    expect(fill('{{항목.개입목표}}', data, data.lists.항목[1])).toBe('{{대상자명}}');
  });

  it('suggest the name a typo meant', () => {
    expect(suggest('대상자이름')).toBe('대상자명');
    expect(suggest('항목.서비스')).toBe('항목.서비스내용');
    expect(suggest('전혀다른이름입니다')).toBeNull();
  });

  it('report broken braces, one line at a time', () => {
    expect(malformedPlaceholders('{{관리번호}} {{대상자명')).toEqual([
      expect.stringContaining('"{{대상자명"'),
    ]);
    expect(malformedPlaceholders('{{}}')).toEqual(['빈 자리표시자 {{}}']);
    expect(malformedPlaceholders('{{대상자\n명}}')).toHaveLength(1);
    expect(malformedPlaceholders('{ 관리번호 } }} 그대로')).toEqual([]);
  });
});

describe('checking a template', () => {
  it('finds the one repeating row of a table', () => {
    const result = checkTemplate(
      scan([
        { type: 'PARAGRAPH', text: '{{관리번호}}' },
        {
          type: 'TABLE',
          text: '',
          cells: [
            ['목표 서비스'],
            ['{{항목.개입목표}}', '{{항목.서비스내용}} {{관리번호}}'],
            ['합계 {{단계}}'],
          ],
        },
      ]),
    );
    expect(result).toEqual({ problems: [], repeats: [{ blockIndex: 1, rowIndex: 1, list: '항목' }] });
  });

  it('names every problem with where it is', () => {
    const { problems, repeats } = checkTemplate(
      scan(
        [
          { type: 'PARAGRAPH', text: '{{대상자 이름}}' },
          { type: 'TABLE', text: '', cells: [['{{항목.개입목표}}'], ['{{항목.서비스내용}}']] },
          { type: 'TABLE', text: '', cells: [['{{항목.목표}}', '{{욕구.욕구}}']] },
          // Copied with the template as it is (File.makeCopy): no problem of its own.
          { type: 'TABLE_OF_CONTENTS', text: '' },
        ],
        '{{항목.번호}}',
        '{{작성일',
      ),
    );
    expect(problems).toEqual([
      '머리글: {{항목.번호}}은(는) 표의 한 줄 안에만 쓸 수 있습니다. 그 줄이 항목마다 한 번씩 반복됩니다.',
      expect.stringMatching(/^바닥글: 닫히지 않은 자리표시자 "\{\{작성일"/),
      '문단 "{{대상자 이름}}": {{대상자 이름}}은(는) 없는 자리표시자입니다. {{대상자명}}을(를) 쓰려던 것인가요?',
      '1번째 표: 반복할 줄은 표마다 한 줄이어야 합니다 (지금 1, 2행). 목록 자리표시자를 한 줄에 모으세요.',
      '2번째 표 1행: {{항목.목표}}은(는) 없는 자리표시자입니다. {{항목.개입목표}}을(를) 쓰려던 것인가요?',
      '2번째 표 1행: 한 줄에 여러 목록(항목, 욕구)을 섞어 쓸 수 없습니다. 목록마다 다른 표에 쓰세요.',
    ]);
    expect(repeats).toEqual([]);
  });

  it('refuses a 주민등록번호 typed into it, wherever, and never quotes it (issue 12)', () => {
    const { problems } = checkTemplate(
      scan(
        [
          { type: 'PARAGRAPH', text: '예시 480517-2345678 {{대상자명}}' },
          { type: 'TABLE', text: '', cells: [['{{항목.개입목표}}', '뒷자리 2 3 4 5 6 7 8']] },
        ],
        '',
        '담당 ④⑧⓪⑤①⑦-②③④⑤⑥⑦⑧',
      ),
    );
    expect(problems).toEqual([
      '바닥글: 주민등록번호로 보이는 내용이 있습니다. 서식에서 지우세요 (사례관리 문서에는 쓰지 않습니다).',
      '문단 "예시 ******-*****…": 주민등록번호로 보이는 내용이 있습니다. 서식에서 지우세요 (사례관리 문서에는 쓰지 않습니다).',
      '1번째 표 1행: 주민등록번호로 보이는 내용이 있습니다. 서식에서 지우세요 (사례관리 문서에는 쓰지 않습니다).',
    ]);
  });
});

describe('merging', () => {
  const template = scan([
    { type: 'PARAGRAPH', text: '{{관리번호}} {{ 대상자명 }}' },
    {
      type: 'TABLE',
      text: '',
      cells: [['헤더 {{관리번호}}'], ['{{항목.번호}}', '{{항목.개입목표}} ({{대상자명}})']],
    },
  ]);
  const check = checkTemplate(template);

  it('repeats the row once per entry, filled in one pass', () => {
    expect(repeatedRows(template.body[1]!.cells!, check.repeats[0]!, data)).toEqual([
      ['1', '끼니 (김하늘)'],
      ['2', '{{대상자명}} (김하늘)'],
    ]);
  });

  it('lists each scalar once, and marks values a regex replacement would mangle', () => {
    expect(scalarReplacements(template, data)).toEqual([
      { raw: '{{관리번호}}', value: '행복-2026-0001', direct: true },
      { raw: '{{ 대상자명 }}', value: '김하늘', direct: true },
      { raw: '{{대상자명}}', value: '김하늘', direct: true },
    ]);
    const tricky = scan([{ type: 'PARAGRAPH', text: '{{단계}}' }]);
    expect(scalarReplacements(tricky, data)).toEqual([
      { raw: '{{단계}}', value: '$1 {{관리번호}}', direct: false },
    ]);
  });

  it('finds a placeholder left in the output that no value explains', () => {
    const merged = '행복-2026-0001 김하늘\n헤더 행복-2026-0001\n1\n끼니 (김하늘)\n2\n{{대상자명}} (김하늘)';
    expect(leftoverPlaceholders(merged, template, check, data)).toEqual([]);
    expect(leftoverPlaceholders(`${merged}\n{{관리번호}}`, template, check, data)).toEqual(['{{관리번호}}']);
  });

  it('searches placeholders literally', () => {
    expect(literalPattern('{{항목.개입목표}}')).toBe('\\{\\{항목\\.개입목표\\}\\}');
  });
});
