/**
 * Every entry point of docs/api.md that changes the case spreadsheet (the menu's reminder switches
 * and 대시보드 새로 고침 included), with the steps that bring a fresh workbook to where it may run
 * and a valid payload: the table the fault and identity suites
 * run through; below it, the ones that reach the partners' sheet and Drive (`OUTWARD_COMMANDS`).
 */
import { MANAGER, startAddon, type Harness } from './addon-harness';
import * as P from './payloads';
import { folderFiles, resource, setSetting } from './resources-harness';
import { rowsOf } from './robustness-harness';

export type Step = (h: Harness, caseNo: string) => void;

export interface Command {
  fn: string;
  before: Step[];
  /** Built before anything is made to fail (it may read the sheet). */
  payload: (h: Harness, caseNo: string) => unknown;
  /** Also calls Docs/Drive: a failing Docs or Drive call is part of its fault suite. */
  documents?: boolean;
}

export const CONFERENCE = (caseNo: string) => ({
  caseNo,
  kind: 'internalReview',
  heldOn: '2026-03-12',
  decision: 'selected',
  caseType: 'general',
});
export const CONSENT = (caseNo: string) => ({
  caseNo,
  consentedOn: '2026-03-12',
  recipient: '행복종합사회복지관',
  items: '이름, 연락처',
  purpose: '도시락 배달 연계',
  until: '2027-03-12',
  withheld: '',
});

/** A 서비스체계 개선 act: what the 빈틈 보고서 counts. */
const ADVOCACY = (caseNo: string) => ({
  caseNo,
  on: '2026-04-10',
  level: 'system',
  counterpart: '구청 복지정책과',
  action: '야간 돌봄 서비스가 없어 건의',
  gapKind: 'noService',
});

const toPlan: Step[] = [
  (h, c) => h.call('saveAssessment', P.assessment(c)),
  (h, c) => h.call('recordConference', CONFERENCE(c)),
  (h, c) => h.call('recordConsent', CONSENT(c)),
];
const toChecks: Step[] = [...toPlan, (h, c) => h.call('savePlan', P.plan(c))];
const toClosed: Step[] = [...toChecks, (h, c) => h.call('closeCase', P.closing(c))];

/** The case's version as the 사례 tab holds it (what a form loaded now would carry). */
export function versionOf(h: Harness, caseNo: string): number {
  const row = rowsOf(h, '사례').find((r) => r['관리번호'] === caseNo);
  return Number(row?.['버전'] ?? 0);
}

export const COMMANDS: Command[] = [
  {
    fn: 'saveIntake',
    before: [],
    payload: () => P.intake({ client: { name: '박두리', birthDate: '1950-05-05' } }),
  },
  { fn: 'saveAssessment', before: [], payload: (_h, c) => P.assessment(c) },
  {
    fn: 'recordConference',
    before: [(h, c) => h.call('saveAssessment', P.assessment(c))],
    payload: (_h, c) => CONFERENCE(c),
  },
  {
    fn: 'recordConsent',
    before: [(h, c) => h.call('saveAssessment', P.assessment(c))],
    payload: (_h, c) => CONSENT(c),
  },
  { fn: 'savePlan', before: toPlan, payload: (_h, c) => P.plan(c) },
  {
    fn: 'recordCheck',
    before: toChecks,
    payload: (_h, c) => P.check(c, { itemOutcomes: [{ itemId: `${c}-P1-1`, outcome: 'extended' }] }),
  },
  { fn: 'closeCase', before: toChecks, payload: (_h, c) => P.closing(c) },
  {
    fn: 'recordFollowUp',
    before: toClosed,
    payload: (_h, c) => ({ caseNo: c, contactedOn: '2026-07-10', method: 'phone', note: '잘 지내심' }),
  },
  {
    fn: 'reopenCase',
    before: toClosed,
    payload: (_h, c) => ({ caseNo: c, reopenedOn: '2026-07-10', reason: '새 위기' }),
  },
  {
    fn: 'reassignCases',
    before: [],
    payload: (_h, c) => ({ caseNos: [c], caseManager: 'lee.sw@dong.example' }),
  },
  { fn: 'recordAdvocacy', before: toChecks, payload: (_h, c) => ADVOCACY(c) },
  {
    fn: 'recordActivity',
    before: toChecks,
    payload: (_h, c) => ({ caseNo: c, on: '2026-04-02', kind: 'counselling', content: '30분 상담' }),
  },
  { fn: 'requestApproval', before: toChecks, payload: (_h, c) => ({ caseNo: c, subject: 'plan' }) },
  {
    fn: 'decideApproval',
    before: [...toChecks, (h, c) => h.call('requestApproval', { caseNo: c, subject: 'plan' })],
    payload: (_h, c) => ({ approvalId: `${c}-K1`, decision: 'approved' }),
  },
  {
    fn: 'updateClient',
    before: [],
    payload: (h, c) => ({ caseNo: c, version: versionOf(h, c), phone: '010-0000-9999' }),
  },
  {
    fn: 'withdrawConsent',
    before: toPlan,
    payload: (_h, c) => ({ caseNo: c, consentId: `${c}-D1`, on: '2026-04-01', reason: '본인 요청' }),
  },
  {
    fn: 'saveHouseholdMembers',
    before: [],
    payload: (h, c) => ({
      caseNo: c,
      version: versionOf(h, c),
      members: [{ relation: 'spouse', birthYear: 1950, note: '거동 불편' }, { relation: '자녀' }],
    }),
  },
  {
    fn: 'linkHousehold',
    before: [
      (h) => void h.call('saveIntake', P.intake({ client: { name: '김바다', birthDate: '1975-07-07' } })),
    ],
    payload: (h, c) => ({
      caseNo: c,
      version: versionOf(h, c),
      // Without the steps before (a hostile-payload run), any other number will do.
      otherCaseNo: rowsOf(h, '사례').find((r) => r['관리번호'] !== c)?.['관리번호'] ?? '행복-2026-9998',
    }),
  },
  {
    fn: 'unlinkHousehold',
    before: [
      (h) => void h.call('saveIntake', P.intake({ client: { name: '김바다', birthDate: '1975-07-07' } })),
      (h, c) =>
        void h.call('linkHousehold', {
          caseNo: c,
          version: versionOf(h, c),
          otherCaseNo: rowsOf(h, '사례').find((r) => r['관리번호'] !== c)?.['관리번호'],
        }),
    ],
    payload: (h, c) => ({ caseNo: c, version: versionOf(h, c) }),
  },
  {
    fn: 'saveStaff',
    before: [],
    // The one writing names themself 복지팀장, so a run that wrote nothing may run again.
    payload: () => ({
      staff: [{ email: MANAGER, name: '김사복', phone: '02-123-4567', role: 'supervisor' }],
    }),
  },
  {
    fn: 'amendAssessment',
    before: [(h, c) => h.call('saveAssessment', P.assessment(c))],
    payload: (h, c) => ({
      caseNo: c,
      version: versionOf(h, c),
      assessmentId: `${c}-S1`,
      changes: { riskLevel: 'crisis' },
    }),
  },
  {
    fn: 'amendPlanItem',
    before: toChecks,
    payload: (h, c) => ({
      caseNo: c,
      version: versionOf(h, c),
      itemId: `${c}-P1-1`,
      changes: { timesPerWeek: 4 },
    }),
  },
  {
    fn: 'amendCheck',
    before: [...toChecks, (h, c) => h.call('recordCheck', P.check(c))],
    payload: (h, c) => ({
      caseNo: c,
      version: versionOf(h, c),
      checkId: `${c}-C1`,
      changes: { needsChanged: true },
    }),
  },
  { fn: 'getCase', before: [], payload: (_h, c) => ({ caseNo: c }) },
  { fn: 'saveSettings', before: [], payload: () => ({ values: { reminderHour: '9' } }) },
  { fn: 'saveResource', before: [], payload: () => ({ name: '도시락 배달', kind: 'material' }) },
  { fn: 'generatePlanDocument', before: toChecks, payload: (_h, c) => ({ caseNo: c }), documents: true },
  {
    fn: 'generateCaseDocument',
    before: [],
    payload: (_h, c) => ({ caseNo: c, form: 'intake', pdf: true }),
    documents: true,
  },
  {
    fn: 'referClient',
    before: toPlan,
    payload: (_h, c) => ({
      caseNo: c,
      referredOn: '2026-03-20',
      recipient: '행복종합사회복지관',
      fields: ['name'],
      purpose: '도시락 배달 연계',
    }),
    documents: true,
  },
  {
    fn: 'prepareDocumentTemplate',
    before: [],
    payload: () => ({ form: 'plan' }),
    documents: true,
  },
  // The menu's switches and refresh: no payload. Setup switched the reminders on for the one who ran it.
  {
    fn: 'enableDailyReminders',
    before: [(h) => void h.call('disableDailyReminders')],
    payload: () => undefined,
  },
  { fn: 'disableDailyReminders', before: [], payload: () => undefined },
  { fn: 'refreshDashboard', before: [], payload: () => undefined },
  {
    fn: 'generateGapReport',
    before: [...toChecks, (h, c) => h.call('recordAdvocacy', ADVOCACY(c))],
    payload: () => ({ from: '2026-04-01', to: '2026-04-30' }),
    documents: true,
  },
];

/** A fresh workbook with one case, taken through `before`. */
export function preparedFor(start: () => Harness, command: Command): { h: Harness; caseNo: string } {
  const h = start();
  const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
  for (const step of command.before) step(h, caseNo);
  return { h, caseNo };
}

/**
 * Entry points that reach beyond the case spreadsheet (the partners' sheet, Drive files) or are
 * no one case's: `prepare` brings a fresh workbook to where the call may run and returns its payload.
 */
export interface OutwardCommand {
  name: string;
  fn: string;
  prepare: (h: Harness) => unknown;
}

const PARTNERS = '협력기관 공유 이메일 (쉼표로 구분)';

/** Two shareable resources and a partner to share them with. */
function stocked(h: Harness): void {
  h.call('saveResource', resource());
  h.call('saveResource', resource({ name: '밑반찬 나눔', kind: 'human' }));
  setSetting(h, PARTNERS, 'partner@center.example');
}

/** HSDS CSV files exported by another 동's workbook, as a person would pick them for import. */
function partnerFiles(): { name: string; content: string }[] {
  const other = startAddon();
  stocked(other);
  const { folderId } = other.call<{ folderId: string }>('exportResourcesCsv', { scope: 'all' });
  return folderFiles(other, folderId);
}

export const OUTWARD_COMMANDS: OutwardCommand[] = [
  {
    name: 'publishResources, the first time (it makes the partners’ sheet)',
    fn: 'publishResources',
    prepare: (h) => stocked(h),
  },
  {
    name: 'publishResources again (it replaces the partners’ list)',
    fn: 'publishResources',
    prepare: (h) => {
      stocked(h);
      h.call('publishResources');
      h.call('saveResource', resource({ name: '이동 목욕', kind: 'human' }));
      setSetting(h, PARTNERS, 'partner@center.example, second@center.example');
    },
  },
  {
    name: 'exportResourcesCsv (full backup)',
    fn: 'exportResourcesCsv',
    prepare: (h) => (stocked(h), { scope: 'all' }),
  },
  { name: 'exportResourcesJson (shareable)', fn: 'exportResourcesJson', prepare: (h) => (stocked(h), {}) },
  {
    name: 'importResources',
    fn: 'importResources',
    prepare: (h) => {
      const files = partnerFiles();
      const { previewToken } = h.call<{ previewToken: string }>('previewResourceImport', { files });
      return { files, previewToken };
    },
  },
  { name: 'previewResourceImport', fn: 'previewResourceImport', prepare: () => ({ files: partnerFiles() }) },
];
