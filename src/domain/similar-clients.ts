/**
 * 대상자 누락 방지 also means no resident twice: an intake whose name and birth date, or whose phone
 * number, match an existing case is shown that case first. Pure: the caller reads only the 사례
 * tab's 관리번호, 대상자명, 생년월일 and 연락처 columns.
 */

export interface ClientKey {
  name?: string;
  birthDate?: string | null;
  phone?: string;
}

export interface ClientColumns {
  caseNos: readonly unknown[];
  names: readonly unknown[];
  birthDates: readonly unknown[];
  phones: readonly unknown[];
}

/** Spaces do not tell two people apart ("김 하늘" is 김하늘); case does not either. */
const normalName = (name: unknown) =>
  String(name ?? '')
    .replace(/\s+/g, '')
    .toLowerCase();
/** A phone number is its digits; fewer than 9 digits is too little to say "the same phone". */
const phoneDigits = (phone: unknown) => {
  const digits = String(phone ?? '').replace(/\D/g, '');
  return digits.length >= 9 ? digits : '';
};

export interface SimilarMatch {
  caseNo: string;
  /** Why it looks like the same person: 이름·생년월일 or 연락처. */
  because: string;
}

/** The cases that look like the same resident, at most `limit`, newest 관리번호 first. */
export function similarClients(key: ClientKey, columns: ClientColumns, limit = 5): SimilarMatch[] {
  const name = normalName(key.name);
  const birth = key.birthDate ?? '';
  const phone = phoneDigits(key.phone);
  const found: SimilarMatch[] = [];
  for (let i = columns.caseNos.length - 1; i >= 0 && found.length < limit; i--) {
    const caseNo = String(columns.caseNos[i] ?? '');
    if (!caseNo) continue;
    const reasons: string[] = [];
    if (
      name &&
      birth &&
      normalName(columns.names[i]) === name &&
      String(columns.birthDates[i] ?? '') === birth
    )
      reasons.push('이름·생년월일');
    if (phone && phoneDigits(columns.phones[i]) === phone) reasons.push('연락처');
    if (reasons.length > 0) found.push({ caseNo, because: reasons.join(', ') });
  }
  return found;
}
