/**
 * Korean particles chosen by how the word before them ends: 을/를, 이/가, 은/는, 과/와 and 으로/로
 * after a final consonant (받침) or not, with ㄹ taking 로. Used wherever a message puts a name,
 * a number or a label a person typed before a particle ("이동목욕 서비스를", "이름으로").
 */
export type Particle = '을' | '이' | '은' | '과' | '으로';

const PAIRS: Record<Particle, [withFinal: string, withoutFinal: string]> = {
  을: ['을', '를'],
  이: ['이', '가'],
  은: ['은', '는'],
  과: ['과', '와'],
  으로: ['으로', '로'],
};

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** The final consonant ㄹ's index among the 28 finals. */
const RIEUL = 8;
/** How each digit is read: 영 일 이 삼 사 오 육 칠 팔 구 (the final of that syllable). */
const DIGIT_FINALS = [21, RIEUL, 0, 16, 0, 0, 1, RIEUL, RIEUL, 0];

/** Index of the final consonant of the word's last sound (0 = none), or null when unknown. */
function finalOf(word: string): number | null {
  // Closing quotes and brackets are not read aloud: ‘이동목욕 서비스’ ends in 스.
  const trimmed = word.replace(/[\s'"’”)\]}>」』.,!?]+$/u, '');
  const last = trimmed.at(-1);
  if (!last) return null;
  const code = last.charCodeAt(0);
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return (code - HANGUL_FIRST) % 28;
  if (/\d/.test(last)) return DIGIT_FINALS[Number(last)]!;
  // Latin letters as Koreans read them: …l (ㄹ), …m, …n, …ng have a final; vowels and most others not.
  if (/[a-z]/i.test(last)) return /l$/i.test(trimmed) ? RIEUL : /(m|n|ng)$/i.test(trimmed) ? 4 : 0;
  return null;
}

/** `word` followed by the right form of `particle`: withParticle('이름', '으로') → '이름으로'. */
export function withParticle(word: string, particle: Particle): string {
  const final = finalOf(word);
  const [withFinal, withoutFinal] = PAIRS[particle];
  if (final === null) return particle === '으로' ? `${word}(으)로` : `${word}${withFinal}(${withoutFinal})`;
  if (particle === '으로') return `${word}${final === 0 || final === RIEUL ? withoutFinal : withFinal}`;
  return `${word}${final === 0 ? withoutFinal : withFinal}`;
}
