/**
 * Text as a person meant it, for matching only (never for storing): the same words however they
 * were typed, pasted or encoded. A name pasted from a PDF may be in NFD, carry a zero-width space or
 * a soft hyphen; a number may be typed in full-width (４８０５) or another script's digits (٤٨).
 */

/** Characters that show nothing: zero-width spaces and joiners, soft hyphens, bidi marks, fillers. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
/** Full-width ASCII (Ａ１－) and the ideographic space, read as the ASCII they stand for. */
const FULL_WIDTH = /[\u3000\uFF01-\uFF5E]/g;
const DECIMAL_DIGIT = /\p{Nd}/u;
/** Digits that are not decimal digits: superscripts (²), subscripts (₂), circled (②, ❷), ⑵, ⒉. */
const OTHER_NUMBER = /\p{No}/gu;
/** Circled digits NFKC leaves alone (dingbats ❶ ➀ ➊, double-circled ⓵, negative ⓫): run start, value. */
const CIRCLED_RUNS: readonly [number, number][] = [
  [0x2776, 1],
  [0x2780, 1],
  [0x278a, 1],
  [0x24f5, 1],
  [0x24eb, 11],
];
const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/gu;

const digitValues = new Map<string, string>();

/**
 * The value of any Unicode decimal digit. Unicode lays each script's digits out as a run of ten
 * consecutive code points from zero (some runs touch, as the mathematical digits do), so the value
 * is the distance from the start of the run, modulo ten.
 */
function asciiDigit(digit: string): string {
  const known = digitValues.get(digit);
  if (known !== undefined) return known;
  const point = digit.codePointAt(0) as number;
  let start = point;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  const value = String((point - start) % 10);
  digitValues.set(digit, value);
  return value;
}

/** A digit written some other way (², ②, ❷, ⑵) as the ASCII digits it stands for. */
function otherNumber(character: string): string {
  const compatible = character.normalize('NFKC');
  if (compatible !== character) return compatible;
  const point = character.codePointAt(0) as number;
  if (point === 0x24ff) return '0';
  for (const [start, first] of CIRCLED_RUNS)
    if (point >= start && point < start + 10) return String(first + point - start);
  return character;
}

/**
 * NFC, invisible characters removed, full-width forms made ASCII, and every digit (decimal in any
 * script, superscript, circled) made ASCII digits.
 */
export function foldText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(FULL_WIDTH, (c) => c.normalize('NFKC'))
    .replace(OTHER_NUMBER, otherNumber)
    .replace(NON_ASCII_DIGIT, asciiDigit);
}

/** Only letters and digits, lower case: "김·하늘", "김 하늘" and "김하늘" become one. */
export function lettersAndDigits(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
}
