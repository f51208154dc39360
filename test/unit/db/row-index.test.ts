import { decodeRowIndex, encodeRowIndex } from '../../../src/db/row-index';

const owner = { caseNo: '행복-2026-0001', version: 4 };

describe('행 위치 (the row index on a 사례 row)', () => {
  it('writes runs of rows short and reads them back', () => {
    const index = new Map([
      ['점검', [480, 120, 121, 122]],
      ['종결', []],
      ['욕구', [7]],
    ]);
    const text = encodeRowIndex(index, owner);
    expect(text).toMatch(/^점검:120-122,480;종결:;욕구:7#[0-9a-z]+$/);
    expect(decodeRowIndex(text, owner)).toEqual(
      new Map([
        ['점검', [120, 121, 122, 480]],
        ['종결', []],
        ['욕구', [7]],
      ]),
    );
    expect(decodeRowIndex(encodeRowIndex(new Map(), owner), owner)).toEqual(new Map());
  });

  it('is no index when it belongs to another case or another version of the row', () => {
    const text = encodeRowIndex(new Map([['점검', [12]]]), owner);
    expect(decodeRowIndex(text, { ...owner, caseNo: '행복-2026-0002' })).toBeNull();
    expect(decodeRowIndex(text, { ...owner, version: 5 })).toBeNull();
    // A person who shortens it by hand keeps the old check, which no longer fits.
    expect(decodeRowIndex(text.replace('점검:12', '점검:13'), owner)).toBeNull();
  });

  it('reads anything a person could have typed there as no index at all', () => {
    for (const body of [
      '   ',
      '점검',
      '점검:0',
      '점검:12,11',
      '점검:5-3',
      '점검:1-99999',
      '점검:1;점검:2',
      '점검:=1+1',
      '점검:1.5',
      ':1',
      '메모: 나중에 확인',
    ]) {
      expect(decodeRowIndex(body, owner)).toBeNull();
      // Even with the check it would carry if the add-on had written it.
      const signed = encodeRowIndex(new Map(), owner).replace(/^[^#]*/, body);
      expect(decodeRowIndex(signed, owner)).toBeNull();
    }
  });
});
