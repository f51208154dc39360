import { formatCaseNo, nextCaseNo, parseCaseNo } from '../../../src/domain/case-number';

describe('관리번호', () => {
  it('is prefix-year-sequence and parses back', () => {
    expect(formatCaseNo({ prefix: '행복', year: 2026, sequence: 7 })).toBe('행복-2026-0007');
    expect(parseCaseNo('행복-2026-0007')).toEqual({ prefix: '행복', year: 2026, sequence: 7 });
    expect(parseCaseNo('아무거나')).toBeNull();
  });

  it('follows the highest number of the year and restarts each year', () => {
    expect(nextCaseNo('행복', 2026, ['행복-2026-0001', '행복-2026-0009', '행복-2025-0042'], null)).toBe(
      '행복-2026-0010',
    );
    expect(nextCaseNo('행복', 2027, ['행복-2026-0009'], null)).toBe('행복-2027-0001');
  });

  it('never reuses a number whose row was deleted by hand', () => {
    expect(nextCaseNo('행복', 2026, ['행복-2026-0001'], { year: 2026, sequence: 5 })).toBe('행복-2026-0006');
  });
});
