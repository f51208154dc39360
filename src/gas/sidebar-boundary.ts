/**
 * Wraps an entry point the sidebar calls, for what crosses back over google.script.run:
 * - every 주민등록번호 in the result is masked (one typed into the sheet by hand is still there,
 *   and the data-health report names it; the sidebar never shows it);
 * - whatever the call ends with reaches the sidebar as a short Korean sentence
 *   (src/domain/validation.ts messageForOfficial): the failure handler gets the error's message,
 *   which must never be "Maximum call stack size exceeded" or a megabyte of echo.
 */
import { maskResidentNumbersIn } from '../domain/resident-number';
import { messageForOfficial, UserError } from '../domain/validation';

export function forTheSidebar<A extends unknown[], T>(entryPoint: (...args: A) => T): (...args: A) => T {
  return (...args) => {
    let result: T;
    try {
      result = entryPoint(...args);
    } catch (error) {
      throw new UserError(messageForOfficial(error));
    }
    return maskResidentNumbersIn(result);
  };
}
