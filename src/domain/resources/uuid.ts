/**
 * Name-based UUIDs (RFC 9562 §5.5, version 5: SHA-1), so an HSDS export gives every record the
 * same UUID each time: HSDS 3.0 requires UUIDs, and partners match re-exports by id. Pure code (the
 * domain layer never names Apps Script's `Utilities.computeDigest`); SHA-1 here is an id function,
 * not a security measure.
 */

/** RFC 9562 Appendix C: the namespace for names that are URLs. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** The UTF-8 bytes of a text (Korean names are three bytes a syllable). */
function utf8(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 63),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      );
  }
  return bytes;
}

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));

/** SHA-1 (FIPS 180-4) of some bytes: 20 bytes. */
export function sha1(message: readonly number[]): number[] {
  const bitLength = message.length * 8;
  const padded = [...message, 0x80];
  while (padded.length % 64 !== 56) padded.push(0);
  // The length as a 64-bit big-endian number (the high word is 0 below 512 MB).
  padded.push(0, 0, 0, 0);
  for (let shift = 24; shift >= 0; shift -= 8) padded.push((bitLength >>> shift) & 0xff);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Array<number>(80);
  for (let block = 0; block < padded.length; block += 64) {
    for (let i = 0; i < 16; i++) {
      const at = block + i * 4;
      w[i] =
        ((padded[at] as number) << 24) |
        ((padded[at + 1] as number) << 16) |
        ((padded[at + 2] as number) << 8) |
        (padded[at + 3] as number);
    }
    for (let i = 16; i < 80; i++)
      w[i] = rotl(
        (w[i - 3] as number) ^ (w[i - 8] as number) ^ (w[i - 14] as number) ^ (w[i - 16] as number),
        1,
      );
    let [a, b, c, d, e] = h as [number, number, number, number, number];
    for (let i = 0; i < 80; i++) {
      const [f, k] =
        i < 20
          ? [(b & c) | (~b & d), 0x5a827999]
          : i < 40
            ? [b ^ c ^ d, 0x6ed9eba1]
            : i < 60
              ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
              : [b ^ c ^ d, 0xca62c1d6];
      const t = (rotl(a, 5) + f + e + k + (w[i] as number)) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = t;
    }
    h[0] = ((h[0] as number) + a) | 0;
    h[1] = ((h[1] as number) + b) | 0;
    h[2] = ((h[2] as number) + c) | 0;
    h[3] = ((h[3] as number) + d) | 0;
    h[4] = ((h[4] as number) + e) | 0;
  }
  return h.flatMap((word) => [24, 16, 8, 0].map((shift) => (word >>> shift) & 0xff));
}

/** SHA-1 of a text's UTF-8 bytes, as hex (for the test vectors). */
export function sha1Hex(text: string): string {
  return hex(sha1(utf8(text)));
}

function hex(bytes: readonly number[]): string {
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The UUIDv5 of `name` in `namespace` (a UUID in its usual text form). */
export function uuidV5(namespace: string, name: string): string {
  const ns = (namespace.replace(/-/g, '').match(/../g) ?? []).map((pair) => parseInt(pair, 16));
  if (ns.length !== 16 || ns.some(Number.isNaN)) throw new Error(`not a UUID: ${namespace}`);
  const bytes = sha1([...ns, ...utf8(name)]).slice(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const text = hex(bytes);
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

/**
 * The namespace of every id this add-on gives an HSDS record:
 * uuidV5(URL_NAMESPACE, 'https://openreferral.org/hsds/dong-case'), fixed so ids never change.
 */
export const DONG_CASE_NAMESPACE = uuidV5(URL_NAMESPACE, 'https://openreferral.org/hsds/dong-case');

/** A record's id: `hsdsId('service', '행복-자원-0001')`. Same parts, same UUID, in every export. */
export function hsdsId(...parts: readonly string[]): string {
  return uuidV5(DONG_CASE_NAMESPACE, parts.join(':'));
}
