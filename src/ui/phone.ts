/**
 * Korean phone numbers shown the way people read them (010-2345-6789, 02-123-4567), whatever way
 * they were typed. Display only: the sheet keeps what was typed.
 */
export function formatPhone(typed: string): string {
  const digits = typed.replace(/[\s.\-()]/g, '');
  if (!/^0\d{8,10}$/.test(digits)) return typed;
  // Seoul's area code is two digits; every other area and mobile prefix three.
  const area = digits.startsWith('02') ? 2 : 3;
  const rest = digits.slice(area);
  if (rest.length < 7 || rest.length > 8) return typed;
  const middle = rest.length - 4;
  return `${digits.slice(0, area)}-${rest.slice(0, middle)}-${rest.slice(middle)}`;
}
