import { AUTH, setup, thrown } from './helpers';

describe('DocumentApp', () => {
  test('build a plan document and read it back', () => {
    const { env, g } = setup();
    const doc = g.DocumentApp.create('서비스제공 계획 및 점검표 - 2026-0001');
    const body = doc.getBody();
    // A new document's body already holds one empty paragraph.
    expect(body.getNumChildren()).toBe(1);
    body
      .getChild(0)
      .asParagraph()
      .setText('서비스제공 계획')
      .setHeading(g.DocumentApp.ParagraphHeading.HEADING1);
    body.appendParagraph('사례번호: {{caseNo}}').setAlignment(g.DocumentApp.HorizontalAlignment.RIGHT);
    const table = body.appendTable([
      ['목표', '서비스', '시기'],
      ['주거 안정', '주거급여 신청', '3월'],
    ]);
    body.appendListItem('점검 방법: 전화');
    body.appendHorizontalRule();
    doc.saveAndClose();

    expect(table.getNumRows()).toBe(2);
    expect(table.getRow(1).getNumCells()).toBe(3);
    expect(table.getCell(1, 1).getText()).toBe('주거급여 신청');
    expect(body.getNumChildren()).toBe(5);
    expect(body.getChild(2).getType()).toBe(g.DocumentApp.ElementType.TABLE);
    expect(body.getChildIndex(table)).toBe(2);
    expect(body.getParagraphs()[0].getHeading()).toBe('HEADING1');

    body.replaceText('\\{\\{caseNo\\}\\}', '2026-0001');
    expect(body.getText()).toBe(
      '서비스제공 계획\n사례번호: 2026-0001\n목표\n서비스\n시기\n주거 안정\n주거급여 신청\n3월\n점검 방법: 전화\n',
    );

    const opened = g.DocumentApp.openById(doc.getId());
    expect(opened.getBody().getText()).toBe(body.getText());
    const [saved] = env.documents();
    expect(saved).toMatchObject({
      id: doc.getId(),
      name: '서비스제공 계획 및 점검표 - 2026-0001',
      url: doc.getUrl(),
      text: body.getText(),
    });
    expect(saved?.elements[0]).toEqual({ type: 'PARAGRAPH', text: '서비스제공 계획', heading: 'HEADING1' });
    expect((saved?.elements[2] as { type: string }).type).toBe('TABLE');
  });

  test('tables can be edited row by row', () => {
    const { g } = setup();
    const body = g.DocumentApp.create('t').getBody();
    const table = body.appendTable([['a', 'b']]);
    const row = table.appendTableRow();
    row.appendTableCell('c');
    row.appendTableCell('d');
    table.insertTableRow(0).appendTableCell('header');
    table.getCell(1, 0).setText('A').editAsText().setBold(true);
    expect(table.getNumRows()).toBe(3);
    expect(table.getText()).toBe('header\nA\nb\nc\nd');
    expect(table.getCell(1, 0).editAsText().isBold()).toBe(true);
    table.removeRow(0);
    const copy = table.copy();
    expect(copy.getParent()).toBeNull();
    body.appendTable(copy);
    expect(body.getTables()).toHaveLength(2);
    expect(() => body.appendTable(table)).toThrow(/detached/);
    expect(() => table.getCell(5, 0)).toThrow(/Child index \(5\)/);
  });

  test('the last paragraph of the body cannot be removed; clear leaves one', () => {
    const { g } = setup();
    const body = g.DocumentApp.create('t').getBody();
    expect(() => body.getChild(0).removeFromParent()).toThrow(/last paragraph/);
    body.appendParagraph('x');
    body.getChild(0).removeFromParent();
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
  });

  test('findText and editAsText', () => {
    const { g } = setup();
    const body = g.DocumentApp.create('t').getBody();
    const p = body.appendParagraph('위기 가구 위기 지원');
    const found = body.findText('위기');
    expect(found.getStartOffset()).toBe(0);
    expect(found.getEndOffsetInclusive()).toBe(1);
    const next = body.findText('위기', found);
    expect(next.getStartOffset()).toBe(6);
    expect(body.findText('위기', next)).toBeNull();
    p.editAsText().setBold(0, 1, true);
    expect(p.editAsText().isBold(0)).toBe(true);
    expect(p.appendText('!').getText()).toBe('위기 가구 위기 지원!');
  });

  test('openById of an unknown id fails like DocumentApp', () => {
    const { g } = setup();
    expect(thrown(() => g.DocumentApp.openById('missing'))).toMatch(/Document is missing/);
  });
});

describe('DriveApp', () => {
  test('folders, files and iterators', () => {
    const { g } = setup();
    const folder = g.DriveApp.createFolder('동 사례관리 문서');
    const sub = folder.createFolder('2026');
    const file = sub.createFile('memo.txt', 'hello', 'text/plain');
    expect(folder.getFoldersByName('2026').next().getId()).toBe(sub.getId());
    const it = g.DriveApp.getFilesByName('memo.txt');
    expect(it.hasNext()).toBe(true);
    expect(it.next().getBlob().getDataAsString()).toBe('hello');
    expect(it.hasNext()).toBe(false);
    expect(() => it.next()).toThrow(/iterator has reached the end/);
    expect(g.DriveApp.getFileById(file.getId()).getMimeType()).toBe('text/plain');
    expect(g.DriveApp.getFolderById(folder.getId()).getName()).toBe('동 사례관리 문서');
    expect(() => g.DriveApp.getFileById('nope')).toThrow(/No item with the given ID/);
  });

  test('documents and spreadsheets are Drive files; makeCopy of a Doc copies its content', () => {
    const { g } = setup();
    const template = g.DocumentApp.create('template');
    template.getBody().appendParagraph('이름: {{name}}');
    const folder = g.DriveApp.createFolder('out');
    const copyFile = g.DriveApp.getFileById(template.getId()).makeCopy('plan - 김철수', folder);
    expect(copyFile.getMimeType()).toBe('application/vnd.google-apps.document');
    expect(folder.getFiles().next().getId()).toBe(copyFile.getId());
    const copy = g.DocumentApp.openById(copyFile.getId());
    copy.getBody().replaceText('\\{\\{name\\}\\}', '김철수');
    expect(copy.getBody().getText()).toBe('\n이름: 김철수');
    expect(template.getBody().getText()).toBe('\n이름: {{name}}');
    const pdf = copyFile.getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('plan - 김철수.pdf');
    expect(pdf.getDataAsString()).toContain('이름: 김철수');

    const ss = g.SpreadsheetApp.create('partners');
    ss.getSheets()[0].getRange('A1').setValue('x');
    const ssCopy = g.DriveApp.getFileById(ss.getId()).makeCopy();
    expect(ssCopy.getName()).toBe('Copy of partners');
    expect(g.SpreadsheetApp.openById(ssCopy.getId()).getSheets()[0].getRange('A1').getValue()).toBe('x');
  });

  test('moveTo, sharing and trash', () => {
    const { g } = setup();
    const a = g.DriveApp.createFolder('a');
    const f = g.DriveApp.createFile(g.Utilities.newBlob('data', 'text/plain', 'f.txt'));
    f.moveTo(a);
    expect(f.getParents().next().getId()).toBe(a.getId());
    f.addViewers(['v@x.example']).addEditor('e@x.example');
    expect(f.getViewers().map((u: { getEmail(): string }) => u.getEmail())).toEqual(['v@x.example']);
    expect(f.getEditors().map((u: { getEmail(): string }) => u.getEmail())).toEqual(['e@x.example']);
    f.setTrashed(true);
    expect(a.getFiles().hasNext()).toBe(false);
  });

  test('drive.file alone admits no DriveApp, Folder or File call; drive.readonly admits reads only', () => {
    const { env, g } = setup();
    const folder = g.DriveApp.createFolder('a');
    const state = env.toJSON();
    const fileOnly = setup({ state, manifest: { oauthScopes: [`${AUTH}drive.file`] } });
    expect(thrown(() => fileOnly.g.DriveApp.createFolder('b'))).toBe(
      `Exception: You do not have permission to call DriveApp.createFolder. Required permissions: ${AUTH}drive`,
    );
    const readOnly = setup({ state, manifest: { oauthScopes: [`${AUTH}drive.readonly`] } });
    const seen = readOnly.g.DriveApp.getFolderById(folder.getId());
    expect(seen.getName()).toBe('a');
    expect(thrown(() => seen.createFolder('c'))).toMatch(
      /Folder.createFolder. Required permissions: .*auth\/drive$/,
    );
  });
});
