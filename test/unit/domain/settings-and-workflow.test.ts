import { DEFAULT_SETTINGS, readSettings } from '../../../src/domain/settings';
import { checkDue, followUpDates, reassessmentDue } from '../../../src/domain/schedule';
import { assertAllowed } from '../../../src/domain/workflow';

describe('settings tab', () => {
  it('uses defaults and reports a mistyped value instead of failing', () => {
    const { settings, problems } = readSettings([
      { name: '재사정 주기 (개월)', value: '6' },
      { name: '기본 점검 주기 (일)', value: '한 달' },
    ]);
    expect(settings.reassessmentMonths).toBe(6);
    expect(settings.checkCycleDays).toBe(DEFAULT_SETTINGS.checkCycleDays);
    expect(problems[0]).toContain('한 달');
  });
});

describe('due dates', () => {
  it('reassesses a year after the last assessment, checks a cycle after the last contact', () => {
    expect(reassessmentDue('2026-03-10', DEFAULT_SETTINGS)).toBe('2027-03-10');
    expect(checkDue(['2026-03-01', null, '2026-04-01'], DEFAULT_SETTINGS)).toBe('2026-05-01');
    expect(followUpDates('2026-06-30', DEFAULT_SETTINGS)).toEqual(['2026-09-30', '2027-03-30']);
  });
});

describe('stage machine', () => {
  it('refuses a check on a closed case and says what to do instead', () => {
    expect(() => assertAllowed('check', 'followUp', '행복-2026-0001')).toThrow('사후관리로 기록하세요');
    expect(() => assertAllowed('plan', 'intake', '행복-2026-0001')).toThrow('욕구사정을 마친 뒤');
    expect(() => assertAllowed('check', 'intervention', '행복-2026-0001')).not.toThrow();
  });
});
