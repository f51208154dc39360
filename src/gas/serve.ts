/**
 * The one wiring of every server function the sidebar calls (google.script.run):
 * - it builds the AppContext from the Apps Script services and hands it, with the payload, to the
 *   use case;
 * - every 주민등록번호 in the result is masked (one typed into the sheet by hand is still there,
 *   and the data-health report names it; the sidebar never shows it);
 * - whatever the call ends with reaches the sidebar as `[CODE] 한국어 문장` (wireMessage in
 *   src/domain/validation.ts), at most MAX_MESSAGE characters: a refusal (UserError) with its code
 *   and its own sentence; anything else is a bug: its stack goes to the execution log
 *   (console.error, with a short reference), and the sidebar gets `[BUG]` and a Korean sentence
 *   naming that reference. Google's service failing (src/app/service-failure.ts) is not a bug: it
 *   is logged the same way, and the sidebar gets `[SERVICE_BUSY]` and "try again later". No engine text ("TypeError…", "Maximum call stack size exceeded", a
 *   service's English error) ever reaches the person at the desk.
 *
 * `serve<Input>()(useCase)` also states, for the compiler only, what the sidebar sends: the client's
 * types and names are derived from the exports of src/gas/main.ts that carry that mark
 * (src/contract/server.ts), so a renamed or added server function is a compile error in src/ui.
 */
import type { AppContext } from '../app/context';
import { maskResidentNumbersIn } from '../domain/resident-number';
import { isServiceFailure } from '../app/service-failure';
import { UserError, wireMessage } from '../domain/validation';
import { appContext } from './app-context';

declare const served: unique symbol;

/** A server function the sidebar may call: one plain object in, one plain object out. */
export type Served<Input, Result> = ((payload: Input) => Result) & { readonly [served]: true };

/** No fields: what the sidebar sends to a function that takes nothing. */
export type NoInput = Record<string, never>;

/** A short reference for one failure, to find its stack in the execution log: `B-` and 6 characters. */
function reference(): string {
  const n = (Date.now() % 1e9) * 1000 + Math.floor(Math.random() * 1000);
  return `B-${n.toString(36).toUpperCase().slice(-6)}`;
}

/** The sidebar's sentence for `error`; a bug is logged with its stack first. */
export function failureFor(error: unknown): Error {
  if (error instanceof UserError) return new Error(wireMessage(error.code, error.message));
  const ref = reference();
  const service = isServiceFailure(error);
  // Duck-typed: an error thrown by a service may come from another realm (instanceof is false).
  const { stack, name, message } = (error ?? {}) as { stack?: unknown; name?: unknown; message?: unknown };
  const detail =
    typeof stack === 'string' ? stack : message !== undefined ? `${name}: ${message}` : String(error);
  console.error(`[${ref}] ${detail}`);
  if (service)
    return new Error(
      wireMessage(
        'SERVICE_BUSY',
        `Google 서비스가 응답하지 않아 처리하지 못했습니다. 잠시 후 다시 시도하세요. (기록 번호 ${ref})`,
      ),
    );
  return new Error(
    wireMessage(
      'BUG',
      `처리하지 못했습니다. 저장되지 않았을 수 있으니 잠시 후 다시 시도하고, 계속되면 담당자에게 오류 번호 ${ref}를 알려 주세요.`,
    ),
  );
}

/** Any entry point (a menu item, a trigger) with the sidebar's error and masking rules. */
export function forTheSidebar<A extends unknown[], T>(entryPoint: (...args: A) => T): (...args: A) => T {
  return (...args) => {
    let result: T;
    try {
      result = entryPoint(...args);
    } catch (error) {
      throw failureFor(error);
    }
    return maskResidentNumbersIn(result);
  };
}

export function serve<Input = NoInput>() {
  return <Result>(useCase: (ctx: AppContext, payload: unknown) => Result): Served<Input, Result> =>
    forTheSidebar((payload?: unknown) => useCase(appContext(), payload)) as Served<Input, Result>;
}
