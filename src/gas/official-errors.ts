/**
 * Wraps an entry point so whatever it ends with reaches the sidebar as a short Korean sentence
 * (src/domain/validation.ts messageForOfficial): google.script.run hands the failure handler the
 * error's message, which must never be "Maximum call stack size exceeded" or a megabyte of echo.
 */
import { messageForOfficial, UserError } from '../domain/validation';

export function inKorean<A extends unknown[], T>(entryPoint: (...args: A) => T): (...args: A) => T {
  return (...args) => {
    try {
      return entryPoint(...args);
    } catch (error) {
      throw new UserError(messageForOfficial(error));
    }
  };
}
