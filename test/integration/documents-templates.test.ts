import { manifest, refusal, startAddon } from '../support/addon-harness';
import {
  caseWithPlan,
  docBlocks,
  docJson,
  drive,
  FOLDER_SETTING,
  makeTemplate,
  PLAN_TEMPLATE_SETTING,
  readSetting,
  sheetRows,
  writeSetting,
  type Generated,
  type Json,
} from '../support/documents-harness';

const docs = (h: ReturnType<typeof startAddon>) =>
  h.env.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;

/** A centre's own plan template: a title line, a fields table, a repeating table with a total row. */
function centreTemplate(h: ReturnType<typeof startAddon>): string {
  const id = makeTemplate(
    h.env,
    '우리 동 계획서 서식',
    [
      '{{관리번호}} 서비스 계획서: {{ 대상자명 }} 님',
      [['관리번호', '{{관리번호}}', '계획번호', '{{계획.계획번호}}']],
      '단기 목표: {{계획.단기성과목표}}',
      [
        ['번호', '개입목표', '서비스', '기간', '이행'],
        [
          '{{항목.번호}}',
          '{{항목.개입목표}}',
          '{{항목.서비스내용}} ({{관리번호}})',
          '{{항목.기간}}',
          '{{항목.이행여부}}',
        ],
        ['단계', '', '', '', '{{단계}}'],
      ],
      '동의일: {{계획.동의일_한글}}  서명: {{대상자명}} (인)',
    ],
    { header: '행복동 주민센터 · {{관리번호}}', footer: '작성 {{작성일}}' },
  );
  // Formatting a person gave the template: shaded header row, small type in the repeating row, borders.
  const table = docs(h).openById(id).getBody().getTables()[1]!;
  table.getRow(0).getCell(1).setBackgroundColor('#ddeeff');
  table.getRow(1).editAsText().setFontSize(9);
  table.setBorderColor('#336699');
  table.setColumnWidth(1, 150);
  return id;
}

describe('a centre’s own template', () => {
  it('merges the repeating row once per plan item and keeps the rows around it', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h, 3);
    const templateId = centreTemplate(h);
    // A person pastes the Doc's address, not its id.
    writeSetting(h.env, PLAN_TEMPLATE_SETTING, `https://docs.google.com/document/d/${templateId}/edit`);

    const made = h.call<Generated>('generatePlanDocument', { caseNo });
    expect(made.templateCreated).toBe(false);
    const blocks = docBlocks(h.env, made.documentId);
    expect(blocks).toEqual([
      `${caseNo} 서비스 계획서: 김하늘 님`,
      [['관리번호', caseNo, '계획번호', `${caseNo}-P1`]],
      '단기 목표: 3개월 안에 하루 두 끼를 먹는다',
      [
        ['번호', '개입목표', '서비스', '기간', '이행'],
        [
          '1',
          '끼니 해결 1',
          `도시락 배달 (${caseNo})`,
          '2026. 3. 23. ~ 2026. 6. 30.',
          '□ 달성  □ 연장  □ 재사정',
        ],
        ['2', '난방비 해결 2', `긴급복지 신청 (${caseNo})`, '2026. 3. 20. ~', '□ 달성  □ 연장  □ 재사정'],
        [
          '3',
          '끼니 해결 3',
          `도시락 배달 (${caseNo})`,
          '2026. 3. 23. ~ 2026. 6. 30.',
          '□ 달성  □ 연장  □ 재사정',
        ],
        ['단계', '', '', '', '서비스제공·점검'],
      ],
      '동의일: 2026년 3월 20일  서명: 김하늘 (인)',
    ]);
    const merged = docs(h).openById(made.documentId);
    expect(merged.getHeader()!.getText()).toBe(`행복동 주민센터 · ${caseNo}`);
    expect(merged.getFooter()!.getText()).toBe('작성 2027. 6. 1.');

    // The template's formatting came along: the header row's shading, the repeating row's type size
    // on every item row, the table's border and column width.
    const table = docJson(h.env, made.documentId).filter((e) => e.type === 'TABLE')[1]!;
    const rows = table.children!;
    const cell = (r: number, c: number) => rows[r]!.children![c]!;
    expect(cell(0, 1).attributes).toMatchObject({ BACKGROUND_COLOR: '#ddeeff' });
    const paragraphOf = (node: Json) => node.children![0]!;
    for (const r of [1, 2, 3]) expect(paragraphOf(cell(r, 1)).attributes).toMatchObject({ FONT_SIZE: 9 });
    expect(paragraphOf(cell(4, 1)).attributes?.FONT_SIZE).toBeUndefined();
    expect(table.attributes).toMatchObject({ BORDER_COLOR: '#336699' });
    expect(merged.getBody().getTables()[1]!.getColumnWidth(1)).toBe(150);
    // The template itself is untouched.
    expect(docs(h).openById(templateId).getBody().getText()).toContain('{{항목.개입목표}}');
  });

  it('prints values that look like placeholders or regex replacements exactly as typed, once', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h, 2, {
      shortTermGoal: '월 $1 저축, 경로 C:\\가계부 {{대상자명}}',
      items: [
        {
          goal: '{{관리번호}} 그대로 $& 두기',
          service: '상담 {{항목.개입목표}}',
          startDate: '2026-03-20',
        },
      ],
    });
    writeSetting(h.env, PLAN_TEMPLATE_SETTING, centreTemplate(h));
    const made = h.call<Generated>('generatePlanDocument', { caseNo });
    const blocks = docBlocks(h.env, made.documentId);
    expect(blocks[2]).toBe('단기 목표: 월 $1 저축, 경로 C:\\가계부 {{대상자명}}');
    expect((blocks[3] as string[][])[1]).toEqual([
      '1',
      '{{관리번호}} 그대로 $& 두기',
      `상담 {{항목.개입목표}} (${caseNo})`,
      '2026. 3. 20. ~',
      '□ 달성  □ 연장  □ 재사정',
    ]);
  });

  it('reports every problem of a template, names the likely placeholder, and makes nothing', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h);
    const templateId = makeTemplate(h.env, '틀린 서식', [
      '{{대상자 이름}} 님의 계획',
      '목표: {{항목.개입목표}}',
      [
        ['목표', '욕구'],
        ['{{항목.개입목표}}', '{{욕구.욕구}}'],
      ],
      '관리번호 {{관리번호',
      '{{계획.단기목표}}',
    ]);
    writeSetting(h.env, PLAN_TEMPLATE_SETTING, templateId);
    const documentsBefore = h.env.documents().length;

    let message = '';
    try {
      h.call('generatePlanDocument', { caseNo });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(
      `'서비스제공 계획 및 점검표' 서식(문서 ID ${templateId})에 고칠 곳이 있어 문서를 만들지 않았습니다`,
    );
    expect(message).toContain(
      '{{대상자 이름}}은(는) 없는 자리표시자입니다. {{대상자명}}을(를) 쓰려던 것인가요?',
    );
    expect(message).toContain('{{항목.개입목표}}은(는) 표의 한 줄 안에만 쓸 수 있습니다');
    expect(message).toContain('1번째 표 2행: 한 줄에 여러 목록(항목, 욕구)을 섞어 쓸 수 없습니다');
    expect(message).toContain('닫히지 않은 자리표시자 "{{관리번호"');
    expect(message).toContain('{{계획.단기목표}}은(는) 없는 자리표시자입니다. {{계획.단기성과목표}}');

    // Nothing was made: no Doc, no folder, no row, no setting.
    expect(h.env.documents()).toHaveLength(documentsBefore);
    expect(drive(h.env).getFoldersByName('동 사례관리 문서').hasNext()).toBe(false);
    expect(sheetRows(h.env, '문서')).toEqual([]);
    expect(readSetting(h.env, FOLDER_SETTING)).toBe('');
  });

  it('refuses a template with a 주민등록번호 typed into it, never quoting it, and makes nothing', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h);
    const templateId = makeTemplate(
      h.env,
      '예시가 남은 서식',
      ['{{대상자명}} 님의 계획 (예: 홍길동 480517 - 2345678)', '목표: {{계획.단기성과목표}}'],
      { header: '행복동 주민센터', footer: '담당 뒷자리 2 3 4 5 6 7 8' },
    );
    writeSetting(h.env, PLAN_TEMPLATE_SETTING, templateId);
    const documentsBefore = h.env.documents().length;
    const message = refusal(h, 'generatePlanDocument', { caseNo });
    expect(message).toContain('바닥글: 주민등록번호로 보이는 내용이 있습니다');
    expect(message).toContain('문단 "{{대상자명}} 님의 계획 …": 주민등록번호로 보이는 내용이 있습니다');
    expect(message).not.toMatch(/2345678|2 3 4 5 6 7 8/);
    expect(h.env.documents()).toHaveLength(documentsBefore);
    expect(sheetRows(h.env, '문서')).toEqual([]);
  });

  it('says which setting to fix when a template or folder cannot be opened', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h);
    writeSetting(h.env, PLAN_TEMPLATE_SETTING, '1NoSuchDocumentAnywhere000000000000000000000');
    expect(() => h.call('generatePlanDocument', { caseNo })).toThrow(
      `설정 탭의 '${PLAN_TEMPLATE_SETTING}' 값을 고치거나, 비워서 기본 서식을 새로 만드세요.`,
    );
    writeSetting(h.env, PLAN_TEMPLATE_SETTING, '서식 문서');
    expect(() => h.call('generatePlanDocument', { caseNo })).toThrow('"서식 문서"을 이해할 수 없어');
    writeSetting(h.env, PLAN_TEMPLATE_SETTING, '');
    writeSetting(h.env, FOLDER_SETTING, '1NoSuchFolderAnywhere0000000000000000000000');
    expect(() => h.call('generatePlanDocument', { caseNo })).toThrow('문서 보관 폴더(ID 1NoSuchFolder');
    expect(h.env.documents()).toHaveLength(0);
  });

  it('uses the default template the centre edited in place', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h);
    h.call('generatePlanDocument', { caseNo });
    const templateId = readSetting(h.env, PLAN_TEMPLATE_SETTING);
    docs(h).openById(templateId).getBody().insertParagraph(0, '행복동 주민센터 ({{작성일}})');
    const made = h.call<Generated>('generatePlanDocument', { caseNo });
    expect(docBlocks(h.env, made.documentId)[0]).toBe('행복동 주민센터 (2027. 6. 1.)');
  });
});

describe('scopes', () => {
  it('asks for Docs and the full Drive scope, which DriveApp needs (docs/decisions/0006)', () => {
    const scopes = manifest().oauthScopes;
    expect(scopes).toEqual(
      expect.arrayContaining([
        'https://www.googleapis.com/auth/documents',
        'https://www.googleapis.com/auth/drive',
      ]),
    );
    expect(scopes).not.toContain('https://www.googleapis.com/auth/drive.file');
  });
});

describe('a template is read once per version', () => {
  /** Reading a template means reading its repeating row cell by cell; a merge never does. */
  const cellsRead = (h: ReturnType<typeof startAddon>) => h.env.counters.snapshot()['TableCell.getText'] ?? 0;

  it('merges from what it read before, and reads again once the centre edits the template', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h, 2);
    const templateId = centreTemplate(h);
    writeSetting(h.env, PLAN_TEMPLATE_SETTING, templateId);
    h.call('generatePlanDocument', { caseNo });

    h.env.counters.reset();
    const again = h.call<Generated>('generatePlanDocument', { caseNo });
    // The template is not read a second time.
    expect(cellsRead(h)).toBe(0);
    expect(docBlocks(h.env, again.documentId)[0]).toBe(`${caseNo} 서비스 계획서: 김하늘 님`);

    // A person adds a line to the template in Docs: the next document has it.
    docs(h).openById(templateId).getBody().appendParagraph('연락처: {{연락처}} / 주소: {{주소}}');
    h.env.counters.reset();
    const edited = h.call<Generated>('generatePlanDocument', { caseNo });
    expect(cellsRead(h)).toBeGreaterThan(0);
    expect(docBlocks(h.env, edited.documentId).at(-1)).toMatch(/^연락처: \S+ \/ 주소: \S/);
  });

  it('keeps what the template holds besides text, such as a page break', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h, 1);
    const templateId = makeTemplate(h.env, '쪽 나눔 서식', ['{{관리번호}} 1쪽', '2쪽: {{대상자명}}']);
    docs(h).openById(templateId).getBody().insertPageBreak(1);
    writeSetting(h.env, PLAN_TEMPLATE_SETTING, templateId);

    const made = h.call<Generated>('generatePlanDocument', { caseNo });
    const body = docJson(h.env, made.documentId);
    expect(body.map((e) => e.inline ?? e.text)).toEqual([`${caseNo} 1쪽`, 'PAGE_BREAK', '2쪽: 김하늘']);
  });

  it('reads the template again when it changed while Drive’s last-updated time stood still', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h, 2);
    const templateId = centreTemplate(h);
    writeSetting(h.env, PLAN_TEMPLATE_SETTING, templateId);
    h.call('generatePlanDocument', { caseNo });
    // What was kept is made to describe an older version of the template: another first line, and
    // no 단기 목표 paragraph (as if a person had edited the template and Drive had kept its time).
    const properties = (
      h.env.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
    ).getDocumentProperties();
    const kept = JSON.parse(properties.getProperty('templateFacts.plan')!) as {
      facts: { bodyText: string; scan: { body: { type: string; text: string }[] } };
    };
    const current = kept.facts.bodyText;
    kept.facts.scan.body[0]!.text = '옛 서식 {{관리번호}}';
    kept.facts.bodyText = current.replace(/^[^\n]*/, '옛 서식 {{관리번호}}');
    properties.setProperty('templateFacts.plan', JSON.stringify(kept));

    const made = h.call<Generated>('generatePlanDocument', { caseNo });
    const blocks = docBlocks(h.env, made.documentId);
    expect(blocks[0]).toBe(`${caseNo} 서비스 계획서: 김하늘 님`);
    expect(blocks[2]).toBe('단기 목표: 3개월 안에 하루 두 끼를 먹는다');
    // What is kept now is what the template holds.
    const after = JSON.parse(properties.getProperty('templateFacts.plan')!) as typeof kept;
    expect(after.facts.bodyText).toBe(current);
  });
});
