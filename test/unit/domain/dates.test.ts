import {
  addDays,
  addMonths,
  daysBetween,
  isDateKey,
  seoulDateKey,
  seoulTimestamp,
} from '../../../src/domain/dates';

describe('calendar dates in Seoul', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isDateKey('2026-02-28')).toBe(true);
    expect(isDateKey('2026-02-29')).toBe(false);
    expect(isDateKey('2026-2-3')).toBe(false);
    expect(isDateKey('20260203')).toBe(false);
  });

  it('reads the Seoul calendar day of an instant, across the UTC date line', () => {
    expect(seoulDateKey(new Date('2026-03-01T15:30:00Z'))).toBe('2026-03-02');
    expect(seoulDateKey(new Date('2026-03-01T14:59:59Z'))).toBe('2026-03-01');
    expect(seoulTimestamp(new Date('2026-03-01T15:30:05Z'))).toBe('2026-03-02 00:30:05');
  });

  it('adds months clamped to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', 12)).toBe('2027-03-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
  });
});
