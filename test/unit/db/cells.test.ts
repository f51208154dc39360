import { fromCell, toCell } from '../../../src/db/cells';
import { seoulMidnight } from '../../../src/domain/dates';
import { ITEM_OUTCOMES } from '../../../src/domain/vocabulary';

const text = { kind: 'text' } as const;
const date = { kind: 'date' } as const;
const number = { kind: 'number' } as const;
const flag = { kind: 'boolean' } as const;
const outcome = { kind: 'choice', vocabulary: ITEM_OUTCOMES } as const;

describe('cells', () => {
  it('writes dates as Seoul midnight and choices as their Korean label', () => {
    expect(toCell(date, '2026-03-02')).toEqual(seoulMidnight('2026-03-02'));
    expect(toCell(outcome, 'extended')).toBe('연장');
    expect(toCell(text, null)).toBe('');
    expect(toCell(flag, null)).toBe(false);
  });

  it('reads back what a person may have typed, and reports what it cannot understand', () => {
    expect(fromCell(date, seoulMidnight('2026-03-02'))).toEqual({ ok: true, value: '2026-03-02' });
    expect(fromCell(date, '2026-03-02')).toEqual({ ok: true, value: '2026-03-02' });
    expect(fromCell(date, '다음 주')).toEqual({ ok: false, problem: '날짜가 아닙니다: "다음 주"' });
    expect(fromCell(number, '1,000')).toEqual({ ok: true, value: 1000 });
    expect(fromCell(flag, '예')).toEqual({ ok: true, value: true });
    expect(fromCell(outcome, '달성')).toEqual({ ok: true, value: 'achieved' });
    expect(fromCell(outcome, '거의 달성')).toMatchObject({ ok: false });
    expect(fromCell(text, 1012345678)).toEqual({ ok: true, value: '1012345678' });
  });
});
