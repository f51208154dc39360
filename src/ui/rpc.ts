/**
 * Pure helpers for talking to the server through google.script.run: a small concurrency limit,
 * payload cleaning, and turning what comes back as an error into words for the person at the desk.
 */

/** Runs at most `max` tasks at once; the rest wait their turn in order. */
export function createLimiter(max: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    if (running >= max) return;
    const start = waiting.shift();
    if (start) start();
  };
  return function run<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      waiting.push(() => {
        running++;
        let settled: Promise<T>;
        try {
          settled = task();
        } catch (error) {
          settled = Promise.reject(error);
        }
        settled.then(resolve, reject).finally(() => {
          running--;
          next();
        });
      });
      next();
    });
  };
}

/**
 * A copy that google.script.run can carry faithfully: keys whose value is `undefined` are left out
 * (they could arrive as null, which a strict schema refuses), and nothing but plain data remains.
 */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : compact(item))) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (item !== undefined) out[key] = compact(item);
    }
    return out as T;
  }
  return value;
}

import { readWireMessage, type ErrorCode } from '../domain/validation';

const PREFIX = /^(?:(?:Uncaught\s+)?(?:Error|UserError|ScriptError|Exception|TypeError)\s*:\s*)+/;

function rawMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return raw.replace(PREFIX, '').trim();
}

/**
 * The code the server gave its refusal (src/gas/serve.ts: `[STALE_EDIT] …`), `BUG` for a failure
 * it logged, or null when the error did not come from our server (no connection, a timeout).
 */
export function serverErrorCode(error: unknown): ErrorCode | null {
  return readWireMessage(rawMessage(error)).code;
}

/** The server's own (Korean) sentence, without its code and the "Error:" prefixes Apps Script may add. */
export function serverMessage(error: unknown): string {
  const { code, message } = readWireMessage(rawMessage(error));
  const text = message.trim();
  if (code !== null && text) return text;
  if (!text) return '알 수 없는 오류로 저장하지 못했습니다. 잠시 후 다시 시도하세요.';
  if (/^NetworkError|Connection failure|Failed to fetch/i.test(text)) {
    return '서버에 연결하지 못했습니다. 인터넷 연결을 확인하고 다시 시도하세요. 입력한 내용은 그대로 남아 있습니다.';
  }
  if (/^Script function not found/i.test(text)) {
    return '서버에 이 기능이 없습니다. 부가기능을 최신 버전으로 다시 설치했는지 관리자에게 확인하세요.';
  }
  if (/(timed out|Exceeded maximum execution time|시간이 초과)/i.test(text)) {
    return '서버 응답 시간이 초과되었습니다. 잠시 후 다시 시도하세요. 입력한 내용은 그대로 남아 있습니다.';
  }
  // Not from our server's serve (Apps Script itself, the browser): never its English text.
  return /[가-힣]/.test(text) ? text : '서버가 요청을 처리하지 못했습니다. 잠시 후 다시 시도하세요.';
}

/** The server refused an edit because someone saved the record after the form was opened. */
export function isStaleEdit(error: unknown): boolean {
  return serverErrorCode(error) === 'STALE_EDIT';
}
