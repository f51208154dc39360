import { findHeaderRow } from '../../../src/db/header-row';

describe('findHeaderRow', () => {
  const headers = ['관리번호', '대상자명', '단계'];

  it('finds the header in row 1', () => {
    expect(
      findHeaderRow(
        [
          ['관리번호', '대상자명', '단계'],
          ['행복-2026-0001', '김하나', '접수'],
        ],
        headers,
      ),
    ).toMatchObject({
      rowNumber: 1,
      matched: 3,
    });
  });

  it('finds the header below a title row a person inserted', () => {
    const match = findHeaderRow(
      [
        ['2026년 사례 목록', '', ''],
        ['', '관리번호', ' 대상자명 ', '단계'],
      ],
      headers,
    );
    expect(match).toMatchObject({ rowNumber: 2, matched: 3 });
    expect(match?.cells.indexOf('대상자명')).toBe(2);
  });

  it('prefers the row with more column names over a title that repeats one', () => {
    expect(findHeaderRow([['관리번호'], ['관리번호', '대상자명', '단계']], headers)?.rowNumber).toBe(2);
  });

  it('says null for a tab that holds none of the columns', () => {
    expect(findHeaderRow([['이름', '메모'], []], headers)).toBeNull();
  });
});
