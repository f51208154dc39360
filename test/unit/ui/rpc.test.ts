import { compact, createLimiter, isStaleEdit, serverErrorCode, serverMessage } from '../../../src/ui/rpc';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createLimiter', () => {
  it('runs at most `max` tasks at once, the rest in order', async () => {
    const run = createLimiter(2);
    const gates = [deferred<number>(), deferred<number>(), deferred<number>(), deferred<number>()];
    const started: number[] = [];
    const results = gates.map((gate, i) =>
      run(() => {
        started.push(i);
        return gate.promise;
      }),
    );
    const firstFails = expect(results[0]).rejects.toThrow('no');
    await tick();
    expect(started).toEqual([0, 1]);
    gates[1]!.resolve(1);
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.reject(new Error('no'));
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);
    gates[2]!.resolve(2);
    gates[3]!.resolve(3);
    await firstFails;
    await expect(Promise.all(results.slice(1))).resolves.toEqual([1, 2, 3]);
  });

  it('frees the slot when a task throws before returning a promise', async () => {
    const run = createLimiter(1);
    await expect(
      run(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(run(() => Promise.resolve('next'))).resolves.toBe('next');
  });
});

describe('compact', () => {
  it('drops undefined keys (they could arrive as null) and keeps everything else', () => {
    expect(compact({ a: undefined, b: '', c: 0, d: null, e: { f: undefined, g: [1, undefined] } })).toEqual({
      b: '',
      c: 0,
      d: null,
      e: { g: [1, null] },
    });
  });
});

describe('serverMessage', () => {
  it('keeps the server’s Korean message without Error: prefixes', () => {
    expect(serverMessage(new Error('Error: 관리번호: 필수 항목입니다.'))).toBe('관리번호: 필수 항목입니다.');
    expect(serverMessage(new Error('UserError: 대상자 이름: 필수 항목입니다.'))).toBe(
      '대상자 이름: 필수 항목입니다.',
    );
    expect(serverMessage(new Error('Exception: 오류'))).toBe('오류');
  });

  it('puts technical failures into words', () => {
    expect(serverMessage(new Error('NetworkError: Connection failure due to HTTP 0'))).toContain(
      '서버에 연결하지 못했습니다',
    );
    expect(serverMessage(new Error('Script function not found: saveIntake'))).toContain(
      '서버에 이 기능이 없습니다',
    );
    expect(serverMessage(undefined)).toContain('알 수 없는 오류');
  });
});

describe('codes from the server', () => {
  const stale =
    'Error: [STALE_EDIT] 행복-2026-0001 사례를 a@b.c님이 2026-03-10 10:00:00에 먼저 수정했습니다. 덮어쓰지 않도록 저장하지 않았습니다.';

  it('a stale edit is recognised by its code, and its sentence is shown without the code', () => {
    expect(isStaleEdit(new Error(stale))).toBe(true);
    expect(serverMessage(new Error(stale))).toBe(
      '행복-2026-0001 사례를 a@b.c님이 2026-03-10 10:00:00에 먼저 수정했습니다. 덮어쓰지 않도록 저장하지 않았습니다.',
    );
  });

  it('the same words under another code are not a stale edit', () => {
    expect(isStaleEdit(new Error('[REFUSED] 다른 사람이 먼저 수정했습니다. 덮어쓰지 않도록'))).toBe(false);
    expect(isStaleEdit(new Error('[INVALID_INPUT] 점검 내용: 필수 항목입니다.'))).toBe(false);
    expect(serverErrorCode(new Error('[INVALID_INPUT] 점검 내용: 필수 항목입니다.'))).toBe('INVALID_INPUT');
  });

  it('English text that did not come through our server is never shown', () => {
    expect(serverMessage(new Error('TypeError: Cannot read properties of undefined'))).toBe(
      '서버가 요청을 처리하지 못했습니다. 잠시 후 다시 시도하세요.',
    );
    expect(serverErrorCode(new Error('Maximum call stack size exceeded'))).toBeNull();
  });
});
