import { randomBytes, randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Drive ids are 44 URL-safe characters; the shape matters to code that validates ids. */
export function driveId(): string {
  const bytes = randomBytes(43);
  let out = '1';
  for (const b of bytes) out += ALPHABET[b % 64];
  return out;
}

export function sheetId(): number {
  return randomInt(1, 2 ** 31 - 1);
}

export function triggerId(): string {
  return String(randomInt(1e9, 9e9)) + String(randomInt(1e9, 9e9));
}
