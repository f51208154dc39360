import { dayOfCell, fromCell, serialDateKey, toCell, type DayOfInstant } from '../../../src/db/cells';
import { ITEM_OUTCOMES } from '../../../src/domain/vocabulary';

const text = { kind: 'text' } as const;
const date = { kind: 'date' } as const;
const number = { kind: 'number' } as const;
const flag = { kind: 'boolean' } as const;
const outcome = { kind: 'choice', vocabulary: ITEM_OUTCOMES } as const;

/** The wall date in Seoul by the zone's own history (what Utilities.formatDate gives in the add-on). */
const seoulWallDate: DayOfInstant = (instant) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Seoul' }).format(instant);
const dayOf = dayOfCell(seoulWallDate);
/** What older versions wrote for a day: midnight at UTC+9. */
const seoulMidnight = (day: string) => new Date(`${day}T00:00:00+09:00`);

describe('cells', () => {
  it('writes a date as its whole serial number, so no time zone can move it, and choices as their Korean label', () => {
    expect(toCell(date, '2026-03-02')).toBe(46083);
    // Seoul was UTC+8:30 in 1961 and on summer time in July 1987: the day is still the day.
    for (const day of ['1961-02-02', '1987-07-01', '1900-01-01'])
      expect(serialDateKey(toCell(date, day) as number)).toBe(day);
    expect(toCell(outcome, 'extended')).toBe('연장');
    expect(toCell(text, null)).toBe('');
    expect(toCell(flag, null)).toBe(false);
  });

  it('reads back what a person may have typed, and reports what it cannot understand', () => {
    expect(fromCell(date, seoulMidnight('2026-03-02'), dayOf)).toEqual({ ok: true, value: '2026-03-02' });
    expect(fromCell(date, 46083, dayOf)).toEqual({ ok: true, value: '2026-03-02' });
    expect(fromCell(date, '2026-03-02', dayOf)).toEqual({ ok: true, value: '2026-03-02' });
    expect(fromCell(date, '다음 주', dayOf)).toEqual({ ok: false, problem: '날짜가 아닙니다: "다음 주"' });
    expect(fromCell(number, '1,000', dayOf)).toEqual({ ok: true, value: 1000 });
    expect(fromCell(flag, '예', dayOf)).toEqual({ ok: true, value: true });
    expect(fromCell(outcome, '달성', dayOf)).toEqual({ ok: true, value: 'achieved' });
    expect(fromCell(outcome, '거의 달성', dayOf)).toMatchObject({ ok: false });
    expect(fromCell(text, 1012345678, dayOf)).toEqual({ ok: true, value: '1012345678' });
  });

  it('reads a date cell as the wall date of the spreadsheet, asking its zone only off midnight at UTC+9', () => {
    const zone = jest.fn(seoulWallDate);
    const read = dayOfCell(zone);
    // What older versions wrote (midnight at +9), for a day when Seoul's clock said 23:30 or 01:00.
    expect(read(seoulMidnight('1961-02-02'))).toBe('1961-02-02');
    expect(read(seoulMidnight('1987-07-01'))).toBe('1987-07-01');
    expect(zone).not.toHaveBeenCalled();
    // A day typed by hand (or written as a serial) is midnight on Seoul's clock of the time.
    expect(read(new Date('1961-02-02T00:00:00+08:30'))).toBe('1961-02-02');
    expect(read(new Date('1987-07-01T00:00:00+10:00'))).toBe('1987-07-01');
    expect(zone).toHaveBeenCalledTimes(2);
  });
});
