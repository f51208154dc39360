import { intakeInput, planInput } from '../../../src/domain/schemas';
import {
  containsResidentRegistrationNumber,
  fieldErrors,
  parseInput,
  UserError,
} from '../../../src/domain/validation';

const intake = {
  client: { name: '김하늘', birthDate: '1950-04-02', phone: '010-0000-1234' },
  intakeDate: '2026-03-02',
  discovery: 'walkIn',
  presentingProblem: '난방비 체납',
  intakeOutcome: 'caseManagementReferral',
};

describe('payload validation', () => {
  it('passes a valid intake through unchanged, text exactly as typed', () => {
    const typed = { ...intake, client: { ...intake.client, name: '  =SUM(A1)  ' } };
    expect(parseInput(intakeInput, typed).client.name).toBe('  =SUM(A1)  ');
  });

  it('names every problem in Korean', () => {
    const bad = { ...intake, client: { name: ' ', birthDate: '1950-13-01' }, intakeOutcome: 'x' };
    expect(() => parseInput(intakeInput, bad)).toThrow(UserError);
    try {
      parseInput(intakeInput, bad);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('대상자 이름: 필수 항목입니다.');
      expect(message).toContain('생년월일: 날짜는 YYYY-MM-DD');
      expect(message).toContain('처리유형: 복지급여 신청, 복지서비스 신청');
    }
  });

  it('refuses unknown keys, __proto__ included', () => {
    const polluted = JSON.parse(JSON.stringify(intake).replace('{', '{"__proto__":{"admin":true},'));
    expect(() => parseInput(intakeInput, polluted)).toThrow('알 수 없는 항목이 있습니다: __proto__');
  });

  it('refuses a resident registration number in any field', () => {
    expect(containsResidentRegistrationNumber({ a: [{ b: '메모 500402-2123456 참고' }] })).toBe(true);
    expect(containsResidentRegistrationNumber('5004022123456')).toBe(true);
    expect(containsResidentRegistrationNumber('010-1234-5678')).toBe(false);
    for (const spelling of [
      '４８０５１７－２３４５６７８',
      '480517–2345678',
      '480517.2345678',
      '480517_2345678',
    ]) {
      expect(containsResidentRegistrationNumber(spelling)).toBe(true);
    }
    expect(containsResidentRegistrationNumber('2026-03-02 1234567')).toBe(false);
    expect(containsResidentRegistrationNumber('00012026.3.2010')).toBe(false);
    expect(containsResidentRegistrationNumber('메모 1 480517-2345678')).toBe(true);
    expect(containsResidentRegistrationNumber('1950-04-02')).toBe(false);
    expect(() =>
      parseInput(intakeInput, { ...intake, presentingProblem: '주민번호 500402-2123456' }),
    ).toThrow('생년월일 칸에 생년월일만');
  });

  it('refuses non-objects and oversized text', () => {
    expect(() => parseInput(intakeInput, 'x')).toThrow('입력 형식이 올바르지 않습니다');
    expect(() => parseInput(intakeInput, { ...intake, presentingProblem: '가'.repeat(5001) })).toThrow(
      '5,000자 이내',
    );
  });

  it('gives form errors keyed by field, with the row of a plan item', () => {
    const errors = fieldErrors(planInput, {
      caseNo: '행복-2026-0001',
      consentDate: '2026-03-20',
      shortTermGoal: '식사 해결',
      items: [{ goal: '식사', service: '도시락', startDate: '2026-03-21', endDate: '2026-03-01' }],
    });
    expect(errors['items.0.endDate']).toBe('서비스 종료일자: 시작일자보다 빠를 수 없습니다.');
  });
});
