import { MANAGER, refusal, startAddon, tabRows, workbookState, type Harness } from '../support/addon-harness';
import { auditLog } from '../support/audit-log';

/** The settings view's 직원 명부 and 서식 fields, through dist/ in the fakes. */
type Staff = { email: string; name: string; phone: string; role: string | null };

const SUPERVISOR = 'park.lead@dong.example';

function staffOf(h: Harness): Staff[] {
  return h.call<{ staff: Staff[] }>('getStaff', {}).staff;
}

describe('직원 명부 from the settings view', () => {
  it('adds, edits and removes workers in the 직원 tab, and the audit log says so', () => {
    const h = startAddon();
    expect(staffOf(h)).toEqual([]);
    h.call('saveStaff', {
      staff: [
        { email: MANAGER, name: '김사복', phone: '02-123-4567', role: 'caseManager' },
        { email: SUPERVISOR, name: '박팀장', phone: '', role: 'supervisor' },
        { email: 'choi.sw@dong.example', name: '최사복', phone: '', role: 'caseManager' },
      ],
    });
    expect(tabRows(h.env, '직원').map((r) => [r['이메일'], r['이름'], r['연락처'], r['역할']])).toEqual([
      [MANAGER, '김사복', '02-123-4567', '사례관리자'],
      [SUPERVISOR, '박팀장', '', '복지팀장'],
      ['choi.sw@dong.example', '최사복', '', '사례관리자'],
    ]);

    // Now a 복지팀장 is named: only they may change the list.
    h.env.setUser(SUPERVISOR);
    const result = h.call<{ added: number; changed: number; removed: number }>('saveStaff', {
      staff: [
        { email: MANAGER, name: '김사복', phone: '02-123-9999', role: 'caseManager' },
        { email: SUPERVISOR, name: '박팀장', phone: '', role: 'supervisor' },
        { email: 'jung.sw@dong.example', name: '정사복', phone: '', role: 'caseManager' },
      ],
    });
    expect(result).toMatchObject({ added: 1, changed: 1, removed: 1 });
    expect(staffOf(h).map((s) => s.name)).toEqual(['김사복', '박팀장', '정사복']);
    expect(staffOf(h)[0]!.phone).toBe('02-123-9999');
    expect(auditLog(h.env).at(-1)!['내용']).toContain('추가 1명, 수정 1명, 삭제 1명');
  });

  it('refuses, in Korean and writing nothing, a bad e-mail, a twin address, a missing name', () => {
    const h = startAddon();
    const before = workbookState(h.env);
    expect(
      refusal(h, 'saveStaff', { staff: [{ email: 'kim@', name: '김', phone: '', role: 'caseManager' }] }),
    ).toContain('이메일: 이메일 주소 형식이 아닙니다.');
    expect(
      refusal(h, 'saveStaff', {
        staff: [
          { email: MANAGER, name: '김', phone: '', role: 'caseManager' },
          { email: MANAGER.toUpperCase(), name: '김', phone: '', role: 'supervisor' },
        ],
      }),
    ).toContain('1번째 직원과 같은 주소입니다');
    expect(
      refusal(h, 'saveStaff', { staff: [{ email: MANAGER, name: ' ', phone: '', role: 'caseManager' }] }),
    ).toContain('이름: 필수 항목입니다.');
    expect(workbookState(h.env)).toBe(before);
  });

  it('once a 복지팀장 is named, refuses a case manager’s change and a list without any 복지팀장', () => {
    const h = startAddon();
    const team = [
      { email: MANAGER, name: '김사복', phone: '', role: 'caseManager' },
      { email: SUPERVISOR, name: '박팀장', phone: '', role: 'supervisor' },
    ];
    h.call('saveStaff', { staff: team });
    expect(refusal(h, 'saveStaff', { staff: team })).toContain('복지팀장만 할 수 있습니다');
    h.env.setUser(SUPERVISOR);
    expect(refusal(h, 'saveStaff', { staff: [team[0]] })).toContain('복지팀장이 한 명도 남지 않습니다');
    expect(staffOf(h)).toHaveLength(2);
  });
});

describe('서식 settings take a document’s address or name and show its name', () => {
  function docs(h: Harness) {
    const DocumentApp = h.env.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const DriveApp = h.env.globals.DriveApp as GoogleAppsScript.Drive.DriveApp;
    const plan = DocumentApp.create('행복동 계획서 서식');
    const text = DriveApp.createFile('메모.txt', '서식 아님');
    return { plan, text };
  }
  const setting = (h: Harness, name: string) =>
    tabRows(h.env, '설정').find((r) => r['항목'] === name)?.['값'] ?? '';
  const PLAN = '서식: 서비스제공 계획 및 점검표 (문서 ID)';

  it('saves the ID of a pasted Docs address, and getSettings names the document', () => {
    const h = startAddon();
    const { plan } = docs(h);
    h.call('saveSettings', { values: { planTemplateId: `${plan.getUrl()}?usp=sharing` } });
    expect(setting(h, PLAN)).toBe(plan.getId());
    const answer = h.call<{ templates: Record<string, unknown> }>('getSettings', {});
    expect(answer.templates.planTemplateId).toEqual({
      name: '행복동 계획서 서식',
      url: expect.stringContaining(`/document/d/${plan.getId()}/`),
    });
  });

  it('finds a document by its exact name', () => {
    const h = startAddon();
    const { plan } = docs(h);
    h.call('saveSettings', { values: { planTemplateId: '행복동 계획서 서식' } });
    expect(setting(h, PLAN)).toBe(plan.getId());
  });

  it('refuses a name nobody has, a file that is not a Google Doc, and writes nothing', () => {
    const h = startAddon();
    const { text } = docs(h);
    const before = workbookState(h.env);
    expect(refusal(h, 'saveSettings', { values: { planTemplateId: '없는 서식' } })).toContain(
      '서식: 서비스제공 계획 및 점검표: 이름이 ‘없는 서식’인 Google 문서를 찾지 못했습니다.',
    );
    expect(refusal(h, 'saveSettings', { values: { intakeTemplateId: text.getId() } })).toContain(
      '서식: 초기상담 기록지: Google 문서가 아닙니다 (메모.txt).',
    );
    expect(workbookState(h.env)).toBe(before);
  });
});
