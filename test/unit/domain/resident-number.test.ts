import { hasResidentNumber, maskResidentNumbers } from '../../../src/domain/resident-number';

/** Every spelling of 480517-2345678 people type, paste or let a phone keyboard produce. */
const SPELLINGS: [string, string][] = [
  ['plain', '480517-2345678'],
  ['no separator', '4805172345678'],
  ['in a sentence', '주민번호 480517-2345678 확인함'],
  ['space', '480517 2345678'],
  ['spaces around the dash', '480517 - 2345678'],
  ['en dash', '480517–2345678'],
  ['em dash', '480517—2345678'],
  ['minus sign U+2212', '480517−2345678'],
  ['full-width hyphen', '480517－2345678'],
  ['small hyphen U+FE63', '480517﹣2345678'],
  ['Hangul ㅡ', '480517ㅡ2345678'],
  ['CJK 一', '480517一2345678'],
  ['katakana ー', '480517ー2345678'],
  ['half-width ｰ', '480517ｰ2345678'],
  ['tilde', '480517~2345678'],
  ['wave dash', '480517〜2345678'],
  ['slash', '480517/2345678'],
  ['colon', '480517:2345678'],
  ['comma', '480517,2345678'],
  ['plus', '480517+2345678'],
  ['brackets', '480517(2345678)'],
  ['dot', '480517.2345678'],
  ['middle dot', '480517·2345678'],
  ['underscore', '480517_2345678'],
  ['soft hyphen', '480517\u00AD2345678'],
  ['zero-width space between', '480517\u200B2345678'],
  ['zero-width spaces inside', '48\u200B0517-23\u200C45\u200D678'],
  ['word joiner', '480517\u20602345678'],
  ['BOM inside', '4805\uFEFF17-2345678'],
  ['non-breaking space', '480517\u00A02345678'],
  ['ideographic space', '480517\u30002345678'],
  ['full-width digits', '４８０５１７－２３４５６７８'],
  ['Arabic-Indic digits', '٤٨٠٥١٧-٢٣٤٥٦٧٨'],
  ['Devanagari digits', '४८०५१७-२३४५६७८'],
  ['mathematical digits', '𝟒𝟖𝟎𝟓𝟏𝟕-𝟐𝟑𝟒𝟓𝟔𝟕𝟖'],
  ['spaced digits', '4 8 0 5 1 7 - 2 3 4 5 6 7 8'],
  ['spaced digits, no dash', '4 8 0 5 1 7 2 3 4 5 6 7 8'],
  ['dotted front', '48.05.17-2345678'],
  ['dotted throughout', '48.05.17.2345678'],
  ['split back', '480517-2 345678'],
  ['back split in two', '480517-234-5678'],
  ['front split', '4805 17-2345678'],
  ['two dashes', '480517--2345678'],
  // Issue 12's second probe.
  ['wide gap around the dash', '480517  -  2345678'],
  ['two dashes, spaced', '480517 -- 2345678'],
  ['back split 2 and 5', '480517-23-45678'],
  ['back split in three', '480517-2-345-678'],
  ['superscript digits', '⁴⁸⁰⁵¹⁷-²³⁴⁵⁶⁷⁸'],
  ['circled digits', '④⑧⓪⑤①⑦-②③④⑤⑥⑦⑧'],
  ['dingbat circled digits', '❹❽⓿❺❶❼-❷❸❹❺❻❼❽'],
  ['subscript digits', '₄₈₀₅₁₇₋₂₃₄₅₆₇₈'],
  ['back half spaced after 뒷자리', '뒷자리 2 3 4 5 6 7 8'],
  ['back half split after 뒷자리', '뒷자리: 2-345678'],
  ['back half after 뒷자리 in circled digits', '뒷자리 ②③④⑤⑥⑦⑧'],
  ['back half after 뒷자리', '뒷자리 2345678'],
  ['back half after 뒷자리는', '주민번호 뒷자리는 2345678입니다'],
  ['back half after 뒷번호', '뒷번호: 2345678'],
  ['foreigner back digit 5', '480517-5345678'],
  ['two of them', '480517-2345678, 500402-1234567'],
];

/** Dates, phone numbers and other numbers officials write every day. */
const NOT_RESIDENT_NUMBERS = [
  '2026-03-02',
  '1948-05-17',
  '1948.05.17',
  '1948년 5월 17일',
  '19480517',
  '480517',
  '010-1234-5678',
  '01012345678',
  '+82 10-1234-5678',
  '02-123-4567',
  '1588-1234',
  '생년월일 1948-05-17 연락처 010-1234-5678',
  '1948-05-17 010-1234-5678',
  '2026-03-02 ~ 2026-04-01',
  '2026.3.2 ~ 2026.4.1 주 2회',
  '2026-03-02 1234567',
  '00012026.3.2010',
  '계좌 110-234-567890',
  '480517-0345678',
  '481317-2345678',
  '1480517-2345678',
  '480517-23456789',
  '480517 다음에 2345678',
  '관리번호 행복-2026-0001',
  '사업자 123-45-67890',
  '계좌 480517-23-456789',
  '2026.3.2  ~  2026.4.1',
  '① 2026-03-02 ② 2026-04-01',
  '뒷자리 0 1 2 3',
  '2345678',
];

describe('the 주민등록번호 filter', () => {
  it.each(SPELLINGS)('catches %s', (_, text) => {
    expect(hasResidentNumber(text)).toBe(true);
    expect(maskResidentNumbers(text)).not.toMatch(/2\s*3\s*4\s*5\s*6\s*7\s*8|٢|२|𝟐|２/u);
  });

  it.each(NOT_RESIDENT_NUMBERS)('leaves %s alone', (text) => {
    expect(hasResidentNumber(text)).toBe(false);
    expect(maskResidentNumbers(text)).toBe(text);
  });

  it('masks the number and keeps the words around it', () => {
    expect(maskResidentNumbers('주민번호 480517-2345678 확인, 연락처 010-1234-5678')).toBe(
      '주민번호 ******-******* 확인, 연락처 010-1234-5678',
    );
  });
});
