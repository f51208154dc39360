import { formatPhone } from '../../../src/ui/phone';

describe('formatPhone', () => {
  test.each([
    ['01023456789', '010-2345-6789'],
    ['010 2345 6789', '010-2345-6789'],
    ['010-2345-6789', '010-2345-6789'],
    ['0212345678', '02-1234-5678'],
    ['021234567', '02-123-4567'],
    ['0311234567', '031-123-4567'],
    ['03112345678', '031-1234-5678'],
  ])('%s → %s', (typed, shown) => {
    expect(formatPhone(typed)).toBe(shown);
  });

  test.each(['', '1588-1234', '+82 10-2345-6789', '내선 203', '010-1234'])(
    '%s is shown as typed',
    (typed) => {
      expect(formatPhone(typed)).toBe(typed);
    },
  );
});
