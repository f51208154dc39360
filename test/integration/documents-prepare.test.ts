import type { DriveEntryJSON } from '../../dev/fakes/drive-store';
import { startAddon, type Harness } from '../support/addon-harness';
import {
  caseWithPlan,
  drivePath,
  FOLDER_SETTING,
  makeTemplate,
  PLAN_TEMPLATE_SETTING,
  readSetting,
  sheetRows,
  writeSetting,
} from '../support/documents-harness';
import { DRIVE_FAILURE, failing, liveDocuments, run } from '../support/fault-harness';
import { isReadableKorean, snapshot, writeCalls } from '../support/robustness-harness';

/**
 * 시트 준비 ends by drawing the default 문서 서식 (the welcome card calls prepareDocumentTemplate
 * once per form), so the first document an officer makes is a copy of a template that exists: no
 * Doc drawn while the officer waits.
 */
const FORMS = ['plan', 'intake', 'assessment', 'closure', 'summary'] as const;

const templateSetting = (h: Harness, label: string) =>
  sheetRows(h.env, '설정').find((r) => r['항목']?.startsWith(`서식: ${label}`))?.['값'] ?? '';

interface Prepared {
  form: string;
  formLabel: string;
  created: boolean;
  templateId: string;
}

describe('prepareDocumentTemplate', () => {
  it('draws each form’s template once into the 서식 folder and names it in 설정', () => {
    const h = startAddon();
    const first = FORMS.map((form) => h.call<Prepared>('prepareDocumentTemplate', { form }));
    expect(first.every((p) => p.created)).toBe(true);
    expect(new Set(first.map((p) => p.templateId)).size).toBe(FORMS.length);
    for (const prepared of first) {
      expect(templateSetting(h, prepared.formLabel)).toBe(prepared.templateId);
      const [folder, root] = drivePath(h.env, prepared.templateId);
      expect(folder?.getName()).toBe('서식');
      expect(root?.getId()).toBe(readSetting(h.env, FOLDER_SETTING));
    }
    // Run again (시트 준비 twice, or a second welcome card): nothing new is drawn or recorded.
    const docs = h.env.documents().length;
    const again = FORMS.map((form) => h.call<Prepared>('prepareDocumentTemplate', { form }));
    expect(again.map((p) => [p.created, p.templateId])).toEqual(first.map((p) => [false, p.templateId]));
    expect(h.env.documents()).toHaveLength(docs);
  });

  it('makes the first plan document of the centre a copy, with no Doc drawn', () => {
    const h = startAddon();
    const caseNo = caseWithPlan(h, 3);
    const { templateId } = h.call<Prepared>('prepareDocumentTemplate', { form: 'plan' });
    h.env.counters.reset();
    const made = h.call<{ documentId: string; templateCreated: boolean }>('generatePlanDocument', { caseNo });
    const calls = h.env.counters.snapshot();
    expect(made.templateCreated).toBe(false);
    expect(calls['DocumentApp.create'] ?? 0).toBe(0);
    expect(calls['File.makeCopy']).toBe(1);
    expect(sheetRows(h.env, '문서').map((r) => r['서식 문서 ID'])).toEqual([templateId]);
  });

  it('keeps a centre’s own template and checks it', () => {
    const h = startAddon();
    const own = makeTemplate(h.env, '우리 동 계획서', ['{{관리번호}} {{대상자명}}']);
    writeSetting(h.env, PLAN_TEMPLATE_SETTING, own);
    const docs = h.env.documents().length;
    expect(h.call<Prepared>('prepareDocumentTemplate', { form: 'plan' })).toMatchObject({
      created: false,
      templateId: own,
    });
    expect(h.env.documents()).toHaveLength(docs);

    // A template a person broke is named, and nothing is drawn in its place.
    const broken = makeTemplate(h.env, '고장 난 서식', ['{{없는칸}}']);
    writeSetting(h.env, PLAN_TEMPLATE_SETTING, broken);
    const message = run(h, 'prepareDocumentTemplate', { form: 'plan' });
    expect(isReadableKorean(message)).toBe(true);
    expect(message).toContain('없는칸');
    expect(readSetting(h.env, PLAN_TEMPLATE_SETTING)).toBe(broken);
  });

  it('refuses an unknown form in Korean and writes nothing', () => {
    const h = startAddon();
    const before = snapshot(h);
    h.env.counters.reset();
    for (const payload of [{ form: 'letter' }, {}, { form: 'plan', extra: 1 }]) {
      const message = run(h, 'prepareDocumentTemplate', payload);
      expect(isReadableKorean(message)).toBe(true);
    }
    expect(writeCalls(h)).toEqual([]);
    expect(snapshot(h)).toBe(before);
  });

  it('with the lock held elsewhere draws nothing, and goes through once it is free', () => {
    const h = startAddon();
    const hold = h.env.holdLock('document');
    const message = run(h, 'prepareDocumentTemplate', { form: 'plan' });
    hold.release();
    expect(message).toMatch(/다른 사람이 저장하는 중/);
    expect(h.env.documents()).toHaveLength(0);
    h.env.newExecution();
    expect(h.call<Prepared>('prepareDocumentTemplate', { form: 'plan' }).created).toBe(true);
  });

  it('bins what it drew when Docs fails part-way, and 설정 stays empty', () => {
    const h = startAddon();
    failing(h, /^(Body|Table|Paragraph)\./, 20, 1, DRIVE_FAILURE);
    const message = run(h, 'prepareDocumentTemplate', { form: 'plan' });
    expect(message).toMatch(/휴지통으로 옮겼습니다/);
    expect(liveDocuments(h)).toEqual([]);
    expect(readSetting(h.env, PLAN_TEMPLATE_SETTING)).toBe('');
    // The documents folder it made for the template went to the bin with it.
    expect(readSetting(h.env, FOLDER_SETTING)).toBe('');
    const entries = h.env.toJSON().driveFiles as DriveEntryJSON[];
    expect(entries.filter((e) => e.name === '동 사례관리 문서').map((e) => e.trashed)).toEqual([true]);
  });
});
