import * as gazette from '@hyunbinseo/holidays-kr/all';
import {
  dayOfWeek,
  HOLIDAY_YEARS,
  holidayCoverageWarning,
  holidayName,
  isWorkingDay,
  KOREAN_PUBLIC_HOLIDAYS,
  previousWorkingDay,
  weekdayLabel,
} from '../../../src/domain/holidays';
import { isDateKey } from '../../../src/domain/dates';
import { DEFAULT_SETTINGS, readSettings } from '../../../src/domain/settings';

describe('working days', () => {
  it('knows the weekday of a calendar day', () => {
    expect(weekdayLabel('2026-03-04')).toBe('수');
    expect(dayOfWeek('2026-03-01')).toBe(0);
    expect(dayOfWeek('2026-03-07')).toBe(6);
  });

  it('treats weekends and public holidays as days off', () => {
    expect(isWorkingDay('2026-03-04')).toBe(true);
    expect(isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-02')).toBe(false); // 대체공휴일(삼일절)
    expect(isWorkingDay('2026-06-03')).toBe(false); // 지방선거일
    expect(isWorkingDay('2026-07-17')).toBe(false); // 제헌절, a public holiday again from 2026
    expect(isWorkingDay('2025-07-17')).toBe(true); // …but not in 2025
    expect(holidayName('2026-09-25')).toBe('추석');
    expect(holidayName('2026-03-04')).toBe('');
  });

  it('moves a day off back to the last working day before it', () => {
    expect(previousWorkingDay('2026-03-04')).toBe('2026-03-04');
    expect(previousWorkingDay('2026-03-08')).toBe('2026-03-06'); // Sunday → Friday
    expect(previousWorkingDay('2026-06-03')).toBe('2026-06-02');
    expect(previousWorkingDay('2026-09-26')).toBe('2026-09-23'); // 추석 연휴 Thu–Sat
    expect(previousWorkingDay('2027-02-09')).toBe('2027-02-05'); // 설 연휴 + 대체공휴일
    expect(previousWorkingDay('2026-03-02')).toBe('2026-02-27'); // 대체공휴일 Monday → Friday
    expect(previousWorkingDay('2025-10-09')).toBe('2025-10-02'); // 개천절 … 한글날, 2025
  });

  it('takes the days a centre adds in 설정', () => {
    expect(isWorkingDay('2026-03-04', ['2026-03-04'])).toBe(false);
    expect(previousWorkingDay('2026-03-04', ['2026-03-04'])).toBe('2026-03-03');
    expect(holidayName('2026-03-04', ['2026-03-04'])).toBe('추가 휴일');
  });
});

describe('the holiday list (data)', () => {
  const days = Object.keys(KOREAN_PUBLIC_HOLIDAYS);

  it('holds valid dates of the years it claims, each with a name', () => {
    for (const day of days) {
      expect(isDateKey(day)).toBe(true);
      expect(HOLIDAY_YEARS).toContain(Number(day.slice(0, 4)));
      expect(KOREAN_PUBLIC_HOLIDAYS[day]).toMatch(/[가-힣]/);
    }
    for (const year of HOLIDAY_YEARS) {
      expect(days).toContain(`${year}-01-01`);
      expect(days).toContain(`${year}-10-09`);
      expect(days).toContain(`${year}-12-25`);
    }
  });

  it('places every 대체공휴일 on a weekday, after the holiday it replaces', () => {
    const substitutes = days.filter((d) => KOREAN_PUBLIC_HOLIDAYS[d]!.startsWith('대체공휴일'));
    expect(substitutes.length).toBeGreaterThanOrEqual(13);
    for (const day of substitutes) {
      expect([1, 2, 3, 4, 5]).toContain(dayOfWeek(day));
    }
  });

  it('puts each 설날 and 추석 as three consecutive days', () => {
    for (const name of ['설날', '추석']) {
      for (const year of HOLIDAY_YEARS) {
        const main = days.find((d) => d.startsWith(`${year}`) && KOREAN_PUBLIC_HOLIDAYS[d] === name)!;
        const [y, m, d] = main.split('-').map(Number) as [number, number, number];
        const around = [-1, 1].map((o) => new Date(Date.UTC(y, m - 1, d + o)).toISOString().slice(0, 10));
        expect(around.map((day) => KOREAN_PUBLIC_HOLIDAYS[day])).toEqual([`${name} 전날`, `${name} 다음 날`]);
      }
    }
  });
});

describe('the holiday list and the official gazette', () => {
  it('holds every day of every year the package covers, with its names', () => {
    const years = Object.entries(gazette);
    expect(years.length).toBeGreaterThanOrEqual(10);
    expect(HOLIDAY_YEARS).toEqual(years.map(([name]) => Number(name.slice(1))));
    for (const [, year] of years) {
      for (const [day, names] of Object.entries(year as Record<string, readonly string[]>))
        expect(KOREAN_PUBLIC_HOLIDAYS[day]).toBe(names.join('·'));
    }
    const ours = Object.keys(KOREAN_PUBLIC_HOLIDAYS);
    const theirs = years.flatMap(([, year]) => Object.keys(year));
    expect(ours.sort()).toEqual(theirs.sort());
  });

  it('has 노동절 and its 대체공휴일, which the hand-kept table missed', () => {
    expect(isWorkingDay('2026-05-01')).toBe(false);
    expect(holidayName('2027-05-01')).toBe('노동절');
    expect(holidayName('2027-05-03')).toBe('대체공휴일(노동절)');
    expect(previousWorkingDay('2027-05-03')).toBe('2027-04-30');
    expect(holidayName('2025-05-05')).toBe('어린이날·부처님 오신 날');
  });

  it('warns from 1 October when next year is unknown, and all year when this year is', () => {
    const last = Math.max(...HOLIDAY_YEARS);
    expect(holidayCoverageWarning(`${last}-09-30`)).toBeNull();
    expect(holidayCoverageWarning(`${last}-10-01`)).toContain(`${last + 1}년 공휴일 정보가 아직 없습니다`);
    expect(holidayCoverageWarning(`${last + 1}-01-01`)).toContain(
      `${last + 1}년 공휴일 정보가 아직 없습니다`,
    );
    expect(holidayCoverageWarning(`${last - 1}-10-01`)).toBeNull();
    // Outside the list only weekends are days off: what the warning is about.
    expect(isWorkingDay(`${last + 1}-01-01`)).toBe(dayOfWeek(`${last + 1}-01-01`) % 6 !== 0);
  });
});

describe('reminder settings', () => {
  it('has defaults for every reminder rule', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      reminderHour: 8,
      supervisorEmails: [],
      reminderRecipients: [],
      inactivityDays: 90,
      remindOnHolidays: false,
      extraHolidays: [],
    });
  });

  it('reads what a person typed, and reports what it cannot', () => {
    const { settings, problems } = readSettings([
      { name: '매일 알림 시각 (시, 0~23)', value: '7' },
      { name: '슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)', value: 'Lead@Dong.example, b@dong.example' },
      { name: '추가 휴일 (YYYY-MM-DD, 쉼표로 구분)', value: '2026-12-31, 2026-10-10' },
      { name: '주말·공휴일에도 알림 메일 (예/아니오)', value: '예' },
      { name: '활동 없음 알림 (일)', value: '3' },
    ]);
    expect(settings.reminderHour).toBe(7);
    expect(settings.supervisorEmails).toEqual(['lead@dong.example', 'b@dong.example']);
    expect(settings.extraHolidays).toEqual(['2026-10-10', '2026-12-31']);
    expect(settings.remindOnHolidays).toBe(true);
    expect(settings.inactivityDays).toBe(90);
    expect(problems).toEqual([expect.stringContaining('활동 없음 알림')]);
    expect(
      readSettings([{ name: '추가 휴일 (YYYY-MM-DD, 쉼표로 구분)', value: '2026-02-30' }]).problems,
    ).toHaveLength(1);
  });
});
