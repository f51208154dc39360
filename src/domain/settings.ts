/**
 * The 설정 tab: every time rule of DOMAIN.md with its default, editable by the centre. A value a
 * person mistyped falls back to the default and is reported, so a typo never stops the add-on.
 */
import { isDateKey } from './dates';

export interface Settings {
  casePrefix: string;
  reassessmentMonths: number;
  checkCycleDays: number;
  followUpMonths: number[];
  dueSoonDays: number;
  reassessmentDueSoonDays: number;
  intakeToAssessmentDays: number;
  intakeToPlanDays: number;
  selectionToPlanDays: number;
  partnerEmails: string[];
  partnerSpreadsheetId: string;
  publishResourcesDaily: boolean;
  resourceVerifyMonths: number;
  /** Documents (src/domain/documents): where they go and which template each form uses. */
  documentFolderId: string;
  documentFolderName: string;
  planTemplateId: string;
  intakeTemplateId: string;
  assessmentTemplateId: string;
  closureTemplateId: string;
  summaryTemplateId: string;
  // Daily reminders (src/app/reminders.ts, docs/reminders.md)
  reminderHour: number;
  supervisorEmails: string[];
  reminderRecipients: string[];
  inactivityDays: number;
  /** 활동 기록 counts as contact for the 점검 and 활동 없음 due rules (issue 14). */
  activityCountsAsCheck: boolean;
  remindOnHolidays: boolean;
  extraHolidays: string[];
}

interface SettingSpec<K extends keyof Settings> {
  key: K;
  name: string;
  description: string;
  defaultValue: Settings[K];
  parse(text: string): Settings[K] | undefined;
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** Partners' addresses: the only people the partner sheet is ever shared with (DOMAIN.md lessons). */
const emailList = (text: string): string[] | undefined => {
  const emails = text
    .split(/[\s,;]+/)
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');
  if (emails.length > 50 || !emails.every((e) => EMAIL.test(e))) return undefined;
  return [...new Set(emails)];
};

/** A spreadsheet id, or the URL a person copied from the address bar. */
const spreadsheetId = (text: string): string | undefined => {
  const trimmed = text.trim();
  const fromUrl = /\/d\/([A-Za-z0-9_-]{10,})/.exec(trimmed)?.[1];
  if (fromUrl) return fromUrl;
  return /^[A-Za-z0-9_-]{10,}$/.test(trimmed) ? trimmed : undefined;
};

const YES = new Set(['예', '네', 'yes', 'y', 'true', 'o', '1']);
const NO = new Set(['아니오', '아니요', 'no', 'n', 'false', 'x', '0']);
const yesNo = (text: string): boolean | undefined => {
  const word = text.trim().toLowerCase();
  return YES.has(word) ? true : NO.has(word) ? false : undefined;
};

/** A Drive file or folder id, or the address a person copied from the browser. */
const driveFileId = (text: string): string | undefined => {
  const trimmed = text.trim();
  const fromUrl = /(?:\/d\/|\/folders\/|[?&]id=)([A-Za-z0-9_-]{20,})/.exec(trimmed)?.[1];
  if (fromUrl) return fromUrl;
  return /^[A-Za-z0-9_-]{20,}$/.test(trimmed) ? trimmed : undefined;
};

const TEMPLATE_HELP =
  '비워 두면 처음 만들 때 기본 서식을 만들고 그 ID를 여기에 적습니다. 그 문서를 고치거나, {{자리표시자}}를 쓴 다른 Google 문서의 ID를 넣으세요.';

/** Days off a centre adds itself ("2026-10-10, 2026-12-31"); see src/domain/holidays.ts. */
const dateList = (text: string): string[] | undefined => {
  const days = text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (days.length > 60 || !days.every(isDateKey)) return undefined;
  return [...new Set(days)].sort();
};

const wholeNumber = (min: number, max: number) => (text: string) => {
  const value = Number(text.trim());
  return Number.isInteger(value) && value >= min && value <= max ? value : undefined;
};

function spec<K extends keyof Settings>(s: SettingSpec<K>): SettingSpec<K> {
  return s;
}

export const SETTING_SPECS = [
  spec({
    key: 'casePrefix',
    name: '관리번호 앞글자 (동 이름)',
    description: '관리번호의 앞부분. 예: 행복 → 행복-2026-0001',
    defaultValue: '행복',
    parse: (text) => (/^[0-9A-Za-z가-힣]{1,10}$/.test(text.trim()) ? text.trim() : undefined),
  }),
  spec({
    key: 'reassessmentMonths',
    name: '재사정 주기 (개월)',
    description: '열린 사례는 마지막 욕구사정 후 이 기간 안에 재사정합니다 (지침: 최소 연 1회).',
    defaultValue: 12,
    parse: wholeNumber(1, 24),
  }),
  spec({
    key: 'checkCycleDays',
    name: '기본 점검 주기 (일)',
    description: '계획에 따로 정하지 않았을 때 점검(모니터링) 간격.',
    defaultValue: 30,
    parse: wholeNumber(1, 180),
  }),
  spec({
    key: 'followUpMonths',
    name: '사후관리 시점 (종결 후 개월, 쉼표로 구분)',
    description: '종결 후 사후관리 연락을 할 시점. 예: 3,9',
    defaultValue: [3, 9],
    parse: (text) => {
      const months = text.split(',').map((part) => Number(part.trim()));
      return months.length > 0 &&
        months.length <= 6 &&
        months.every((m) => Number.isInteger(m) && m >= 1 && m <= 36)
        ? [...months].sort((a, b) => a - b)
        : undefined;
    },
  }),
  spec({
    key: 'dueSoonDays',
    name: '임박 알림 (일 전)',
    description: '점검·사후관리 기한이 이 날수 안으로 다가오면 "임박"으로 알립니다.',
    defaultValue: 7,
    parse: wholeNumber(0, 60),
  }),
  spec({
    key: 'reassessmentDueSoonDays',
    name: '재사정 임박 알림 (일 전)',
    description: '재사정 기한이 이 날수 안으로 다가오면 "임박"으로 알립니다.',
    defaultValue: 30,
    parse: wholeNumber(0, 120),
  }),
  spec({
    key: 'intakeToAssessmentDays',
    name: '접수 → 욕구사정 기한 (일)',
    description: '접수 후 이 기간 안에 욕구·위기도 조사를 마칩니다.',
    defaultValue: 10,
    parse: wholeNumber(1, 90),
  }),
  spec({
    key: 'intakeToPlanDays',
    name: '접수 → 서비스계획 기한 (일)',
    description: '접수 후 이 기간 안에 서비스제공 계획에 합의합니다.',
    defaultValue: 30,
    parse: wholeNumber(1, 180),
  }),
  spec({
    key: 'selectionToPlanDays',
    name: '선정 → 서비스계획 기한 (일)',
    description: '대상자 선정 후 이 기간 안에 계획을 세웁니다.',
    defaultValue: 15,
    parse: wholeNumber(1, 90),
  }),
  spec({
    key: 'partnerEmails',
    name: '협력기관 공유 이메일 (쉼표로 구분)',
    description:
      '자원 목록을 게시하면 이 주소들에만 보기 권한으로 공유합니다. 목록에서 빼면 다음 게시 때 권한을 거둡니다.',
    defaultValue: [],
    parse: emailList,
  }),
  spec({
    key: 'partnerSpreadsheetId',
    name: '협력기관 자원목록 시트 ID',
    description:
      '처음 게시할 때 추가 기능이 만든 협력기관용 시트 (사례 시트와 별개). 비우면 다음 게시 때 새로 만듭니다.',
    defaultValue: '',
    parse: spreadsheetId,
  }),
  spec({
    key: 'publishResourcesDaily',
    name: '자원 목록 매일 자동 게시 (예/아니오)',
    description: '예: 매일 알림과 함께 협력기관용 자원 목록을 최신으로 다시 게시합니다.',
    defaultValue: false,
    parse: yesNo,
  }),
  spec({
    key: 'resourceVerifyMonths',
    name: '자원 정보 확인 주기 (개월)',
    description: '마지막으로 확인한 지 이 기간이 지난 자원은 "확인 필요"로 표시합니다.',
    defaultValue: 12,
    parse: wholeNumber(1, 60),
  }),
  spec({
    key: 'documentFolderId',
    name: '문서 보관 폴더 (Drive 폴더 ID)',
    description:
      '만든 문서를 사례별 하위 폴더에 담을 Drive 폴더. 비워 두면 처음 문서를 만들 때 새로 만들고 그 ID를 여기에 적습니다. 이 추가 기능이 만든 폴더여야 합니다.',
    defaultValue: '',
    parse: driveFileId,
  }),
  spec({
    key: 'documentFolderName',
    name: '문서 보관 폴더 이름',
    description: '문서 보관 폴더를 새로 만들 때 붙일 이름.',
    defaultValue: '동 사례관리 문서',
    parse: (text) => (text.trim().length > 0 && text.trim().length <= 100 ? text.trim() : undefined),
  }),
  spec({
    key: 'planTemplateId',
    name: '서식: 서비스제공 계획 및 점검표 (문서 ID)',
    description: TEMPLATE_HELP,
    defaultValue: '',
    parse: driveFileId,
  }),
  spec({
    key: 'intakeTemplateId',
    name: '서식: 초기상담 기록지 (문서 ID)',
    description: TEMPLATE_HELP,
    defaultValue: '',
    parse: driveFileId,
  }),
  spec({
    key: 'assessmentTemplateId',
    name: '서식: 욕구사정 기록지 (문서 ID)',
    description: TEMPLATE_HELP,
    defaultValue: '',
    parse: driveFileId,
  }),
  spec({
    key: 'closureTemplateId',
    name: '서식: 종결 보고서 (문서 ID)',
    description: TEMPLATE_HELP,
    defaultValue: '',
    parse: driveFileId,
  }),
  spec({
    key: 'summaryTemplateId',
    name: '서식: 사례 요약 (문서 ID)',
    description: TEMPLATE_HELP,
    defaultValue: '',
    parse: driveFileId,
  }),
  spec({
    key: 'reminderHour',
    name: '매일 알림 시각 (시, 0~23)',
    description: '매일 이 시각이 지나면 한 시간 안에 담당자별 할 일 메일을 보내고 대시보드를 새로 고칩니다.',
    defaultValue: 8,
    parse: wholeNumber(0, 23),
  }),
  spec({
    key: 'supervisorEmails',
    name: '슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)',
    description:
      '담당자별 현황 요약과 알림 실행 문제(메일 할당량 부족, 실패)를 받는 주소. 비우면 요약 메일을 보내지 않습니다.',
    defaultValue: [],
    parse: emailList,
  }),
  spec({
    key: 'reminderRecipients',
    name: '알림 받을 주소 추가 (쉼표로 구분)',
    description:
      '알림 메일은 이 시트의 편집자에게만 보냅니다. 그룹으로 공유해 편집자 목록에 나오지 않는 담당자는 여기에 적으세요.',
    defaultValue: [],
    parse: emailList,
  }),
  spec({
    key: 'inactivityDays',
    name: '활동 없음 알림 (일)',
    description:
      '열린 사례에 이 기간 동안 아무 기록(사정, 회의, 계획, 점검)이 없으면 알립니다. 활동 기록은 아래 설정이 예일 때 셉니다.',
    defaultValue: 90,
    parse: wholeNumber(14, 365),
  }),
  spec({
    key: 'activityCountsAsCheck',
    name: '활동 기록을 점검으로 셈 (예/아니오)',
    description:
      '예: 활동 기록(직접실천·간접실천 모든 종류)을 대상자와의 연락으로 보아 다음 점검일을 활동일부터 다시 셉니다. 활동 없음 알림도 활동 기록을 셉니다. 이행여부(달성·연장·재사정)는 여전히 점검에서 기록합니다.',
    defaultValue: false,
    parse: yesNo,
  }),
  spec({
    key: 'remindOnHolidays',
    name: '주말·공휴일에도 알림 메일 (예/아니오)',
    description: '아니오: 주말과 공휴일에는 메일을 보내지 않고 대시보드만 새로 고칩니다.',
    defaultValue: false,
    parse: yesNo,
  }),
  spec({
    key: 'extraHolidays',
    name: '추가 휴일 (YYYY-MM-DD, 쉼표로 구분)',
    description:
      '공휴일 목록에 없는 쉬는 날 (새로 정한 임시공휴일 등). 기한이 휴일이면 그 전 근무일로 당겨 알립니다.',
    defaultValue: [],
    parse: dateList,
  }),
] as const;

export const DEFAULT_SETTINGS: Settings = Object.fromEntries(
  SETTING_SPECS.map((s) => [s.key, s.defaultValue]),
) as unknown as Settings;

export function formatSettingValue(value: Settings[keyof Settings]): string {
  if (typeof value === 'boolean') return value ? '예' : '아니오';
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** Reads settings from name → text pairs; unknown or broken values keep the default and are reported. */
export function readSettings(rows: readonly { name: string; value: string }[]): {
  settings: Settings;
  problems: string[];
} {
  const byName = new Map(rows.map((row) => [row.name.trim(), row.value]));
  const settings = { ...DEFAULT_SETTINGS } as Record<keyof Settings, unknown>;
  const problems: string[] = [];
  for (const s of SETTING_SPECS) {
    const text = byName.get(s.name);
    if (text === undefined || text.trim() === '') continue;
    const parsed = s.parse(text);
    if (parsed === undefined)
      problems.push(`설정 '${s.name}'의 값 "${text}"을 이해할 수 없어 기본값을 씁니다.`);
    else settings[s.key] = parsed;
  }
  return { settings: settings as Settings, problems };
}

export type SettingKey = (typeof SETTING_SPECS)[number]['key'];

/**
 * Why the text typed for a setting would not be understood, or null when it would ('' means "use
 * the default"). The settings form checks with it before sending; the server again before writing.
 */
export function settingProblem(key: SettingKey, text: string): string | null {
  const spec = SETTING_SPECS.find((s) => s.key === key);
  if (!spec || text.trim() === '') return null;
  return spec.parse(text) === undefined ? `${spec.name}: 이 값은 쓸 수 없습니다. ${spec.description}` : null;
}
