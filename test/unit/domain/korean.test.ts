import { withParticle } from '../../../src/domain/korean';

describe('withParticle', () => {
  test.each([
    ['‘이동목욕 서비스’', '을', '‘이동목욕 서비스’를'],
    ['밑반찬 나눔', '을', '밑반찬 나눔을'],
    ['사례회의', '을', '사례회의를'],
    ['내부판정회의', '이', '내부판정회의가'],
    ['통합사례회의', '을', '통합사례회의를'],
    ['자원 R-0007', '을', '자원 R-0007을'],
    ['R-0002', '이', 'R-0002가'],
    ['이름', '으로', '이름으로'],
    ['주소', '으로', '주소로'],
    ['서울', '으로', '서울로'],
    ['kim.sw@dong.example', '으로', 'kim.sw@dong.example로'],
    ['관리번호', '은', '관리번호는'],
    ['전화번호', '과', '전화번호와'],
    ['생년월일', '과', '생년월일과'],
  ] as const)('%s + %s → %s', (word, particle, expected) => {
    expect(withParticle(word, particle)).toBe(expected);
  });

  test('a word it cannot read keeps both forms', () => {
    expect(withParticle('★', '을')).toBe('★을(를)');
    expect(withParticle('', '으로')).toBe('(으)로');
  });
});
