import type { ResourceRecord } from '../../../src/domain/records';
import { clientDataIn, clientDataInText, clientMarkers } from '../../../src/domain/resources';

const CLIENT = {
  caseNo: '행복-2026-0007',
  clientName: '김하늘',
  phone: '010-2345-6789',
  birthDate: '1948-05-17',
  address: '서울시 행복구 햇살로 12, 101동 202호',
} as const;
const markers = clientMarkers([
  CLIENT,
  { ...CLIENT, caseNo: '행복-2026-0008', clientName: '', phone: '', address: '' },
  // A Seoul landline has nine digits (issue 12).
  { ...CLIENT, caseNo: '행복-2026-0009', clientName: '', phone: '02-765-4321', address: '' },
]);

/** Every way a client's identifiers reached a shareable resource's text in the adversarial check. */
const LEAKS: [string, string, string][] = [
  ['name', '김하늘 님 댁 옆 반찬가게', '대상자 이름'],
  ['name with spaces', '김 하늘 님 댁 옆', '대상자 이름'],
  ['name with a zero-width space', '김\u200B하늘 님 이웃', '대상자 이름'],
  ['name with a middle dot', '김·하늘 어르신', '대상자 이름'],
  ['name in NFD', '김하늘'.normalize('NFD') + ' 님', '대상자 이름'],
  ['name with a soft hyphen', '김\u00AD하늘', '대상자 이름'],
  ['name in full-width spacing', '김\u3000하늘', '대상자 이름'],
  ['phone', '연락 010-2345-6789', '대상자 전화번호'],
  ['phone, digits only', '01023456789', '대상자 전화번호'],
  ['phone with +82', '+82 10-2345-6789', '대상자 전화번호'],
  ['phone with 82 and dashes', '82-10-2345-6789', '대상자 전화번호'],
  ['phone without 010', '2345-6789로 연락', '대상자 전화번호'],
  ['phone with dots and brackets', '(010) 2345.6789', '대상자 전화번호'],
  ['phone in full-width digits', '０１０－２３４５－６７８９', '대상자 전화번호'],
  ['phone with a zero-width space', '010-2345-\u200B6789', '대상자 전화번호'],
  ['Seoul landline', '연락 02-765-4321', '대상자 전화번호'],
  ['Seoul landline, digits only', '027654321로 연락', '대상자 전화번호'],
  ['birth date', '1948-05-17생', '대상자 생년월일'],
  ['birth date with dots', '1948.5.17 어르신', '대상자 생년월일'],
  ['birth date, Korean style', '1948년 5월 17일생 할머니', '대상자 생년월일'],
  ['birth date, two-digit year', '48년 5월 17일생', '대상자 생년월일'],
  ['birth date, digits only', '19480517', '대상자 생년월일'],
  ['birth date, YYMMDD', '480517 어르신', '대상자 생년월일'],
  ['address', '햇살로 12 할머니 댁 반찬 배달', '대상자 주소'],
  ['address without a space', '햇살로12 101동', '대상자 주소'],
  // Issue 12's second probe: an apartment unit alone, and a 관리번호 said without its prefix.
  ['apartment unit', '101동 202호 어르신께 반찬', '대상자 주소'],
  ['apartment unit, spaced', '101 동 202 호', '대상자 주소'],
  ['apartment unit, short', '101-202호 배달', '대상자 주소'],
  ['apartment unit, short without 호', '101-202 댁', '대상자 주소'],
  ['apartment unit in full-width digits', '１０１동 ２０２호', '대상자 주소'],
  ['case number', '행복-2026-0007 연계', '관리번호'],
  ['case number without its prefix', '2026-0007 건으로 연계', '관리번호'],
  ['case number without its prefix, spaced', '2026 0008 참고', '관리번호'],
  ['case number without its prefix, digits only', '20260009 참고', '관리번호'],
  ['case number with other dashes', '행복–2026–0008', '관리번호'],
  ['case number with spaces', '행복 2026 0007', '관리번호'],
  // Anyone's 주민등록번호, not only a listed client's: it is never a resource's text (issue 12).
  ['주민등록번호 of someone not listed', '보호자 620101-1234567 연락', '주민등록번호'],
  ['주민등록번호 with spaced digits', '6 2 0 1 0 1 - 2 3 4 5 6 7 8', '주민등록번호'],
];

/** A resource's own text that resembles client data but is not any client's. */
const CLEAN = [
  '행복동 반찬가게: 주 2회 배달',
  '연락처 02-2345-6780, 010-2345-6780',
  '1948-05-18 개소',
  '햇살로 120 (행복종합사회복지관)',
  '햇살로12번길 3',
  '행복-2026-0070 참고 아님',
  '운영 2026.03.02 ~ 2026.12.31',
  '101동 203호 (행복경로당)',
  '102동 202호 작은도서관',
  '문의 02-101-2020',
  '2026-0070 사업 참고',
  '대표전화 02-2026-0007',
];

describe('the partner guard', () => {
  it.each(LEAKS)('finds a client’s %s', (_, text, kind) => {
    expect(clientDataInText(text, markers)).toBe(kind);
  });

  it.each(CLEAN)('lets "%s" through', (text) => {
    expect(clientDataInText(text, markers)).toBe('');
  });

  it('reads a resource’s public fields, not its internal notes', () => {
    const resource = (fields: Partial<ResourceRecord>) =>
      ({
        resourceId: 'r',
        name: '반찬가게',
        category: '',
        provider: '',
        notes: '',
        ...fields,
      }) as ResourceRecord;
    expect(clientDataIn(resource({ contact: '+82 10 2345 6789' }), markers)).toBe('대상자 전화번호');
    expect(clientDataIn(resource({ address: '햇살로 12' }), markers)).toBe('대상자 주소');
    expect(clientDataIn(resource({ notes: '김하늘 님 연결' }), markers)).toBe('');
  });

  it('costs one look-up per piece of text, not one per client', () => {
    const many = Array.from({ length: 20000 }, (_, i) => ({
      ...CLIENT,
      caseNo: `행복-2026-${String(i).padStart(4, '0')}`,
      clientName: `이${String.fromCharCode(0xac00 + i)}${String.fromCharCode(0xac00 + ((i * 7) % 11000))}`,
      phone: `010-${String(1000 + (i % 9000))}-${String(i).padStart(4, '0')}`,
    }));
    const big = clientMarkers(many);
    const started = Date.now();
    for (let i = 0; i < 500; i++)
      clientDataInText(`행복동 반찬가게 ${i}: 주 2회 배달, 02-000-${1000 + i}`, big);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
