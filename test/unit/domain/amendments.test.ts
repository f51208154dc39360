import {
  assertAmendable,
  childSequence,
  diffRecord,
  latestId,
  shownValue,
} from '../../../src/domain/amendments';
import { ASSESSMENT_FIELDS, CHECK_FIELDS, PLAN_ITEM_FIELDS } from '../../../src/domain/fields-catalogue';

describe('기록 바로잡기: the old → new trail', () => {
  const { assessedOn, riskLevel, strengths } = ASSESSMENT_FIELDS;
  const stored = { assessedOn: '2026-03-02', riskLevel: 'medium', strengths: '' };

  it('names each changed field by its header, choices by their Korean label, in the catalogue order', () => {
    const { changes, detail } = diffRecord({ assessedOn, riskLevel, strengths }, stored, {
      riskLevel: 'high',
      assessedOn: '2026-03-03',
    });
    expect(detail).toBe('사정일: 2026-03-02 → 2026-03-03; 위기도: 보통 → 높음');
    expect(changes).toEqual({ riskLevel: 'high', assessedOn: '2026-03-03' });
  });

  it('leaves out what was sent unchanged and shows an empty value as (없음)', () => {
    const { changes, detail } = diffRecord({ assessedOn, riskLevel, strengths }, stored, {
      assessedOn: '2026-03-02',
      strengths: '이웃과 인사함',
    });
    expect(detail).toBe('강점: (없음) → 이웃과 인사함');
    expect(changes).toEqual({ strengths: '이웃과 인사함' });
    expect(diffRecord({ riskLevel }, stored, { riskLevel: 'medium' }).detail).toBe('');
  });

  it('shows a flag as 예/아니오 and treats an unset flag as 아니오', () => {
    const { needsChanged } = CHECK_FIELDS;
    expect(shownValue(needsChanged, true)).toBe('예');
    expect(diffRecord({ needsChanged }, { needsChanged: null }, { needsChanged: false }).detail).toBe('');
    expect(diffRecord({ needsChanged }, { needsChanged: false }, { needsChanged: true }).detail).toBe(
      '욕구 변화: 아니오 → 예',
    );
    expect(shownValue(PLAN_ITEM_FIELDS.timesPerWeek, 3)).toBe('3');
  });
});

describe('기록 바로잡기: which record may be amended', () => {
  it('finds the latest child id by its number, not by text order', () => {
    expect(childSequence('행복-2026-0001-S10', 'S')).toBe(10);
    expect(childSequence('행복-2026-0001-P2-3', 'P')).toBe(2);
    expect(latestId(['행복-2026-0001-S9', '행복-2026-0001-S10', '행복-2026-0001-S2'], 'S')).toBe(
      '행복-2026-0001-S10',
    );
    expect(latestId([], 'C')).toBeUndefined();
  });

  it('refuses an unknown record as NOT_FOUND and an older one as WRONG_STAGE, in Korean', () => {
    expect(() => assertAmendable('check', 'X-C9', 'X', false, false)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => assertAmendable('check', 'X-C1', 'X', true, false)).toThrow(/가장 최근 점검만/);
    expect(() => assertAmendable('planItem', 'X-P1-1', 'X', true, false)).toThrow(
      expect.objectContaining({ code: 'WRONG_STAGE' }),
    );
    expect(() => assertAmendable('assessment', 'X-S2', 'X', true, true)).not.toThrow();
  });
});
