/**
 * The 설정 tab: every time rule of DOMAIN.md with its default, editable by the centre. A value a
 * person mistyped falls back to the default and is reported, so a typo never stops the add-on.
 */
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
}

interface SettingSpec<K extends keyof Settings> {
  key: K;
  name: string;
  description: string;
  defaultValue: Settings[K];
  parse(text: string): Settings[K] | undefined;
}

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
] as const;

export const DEFAULT_SETTINGS: Settings = Object.fromEntries(
  SETTING_SPECS.map((s) => [s.key, s.defaultValue]),
) as unknown as Settings;

export function formatSettingValue(value: Settings[keyof Settings]): string {
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
