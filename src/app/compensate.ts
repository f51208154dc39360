/**
 * Whole or not at all beyond the case spreadsheet. The unit of work undoes its own sheet writes
 * (src/app/unit-of-work.ts); what a use case made elsewhere (a Drive folder of exported files, the
 * partners' sheet) is registered here as it is made, and taken back if anything after it fails,
 * the audit entry's commit included.
 */

/** Registers how to take back a step, before the step is taken: a step that fails half-way is undone too. */
export type OnFailure = (undo: () => void) => void;

export function withCompensation<T>(run: (onFailure: OnFailure) => T): T {
  const undos: (() => void)[] = [];
  try {
    return run((undo) => undos.push(undo));
  } catch (error) {
    for (const undo of undos.reverse()) tryTwice(undo);
    throw error;
  }
}

/** A service failure is usually gone on the next try; a second failure is left to the data-health check. */
function tryTwice(undo: () => void): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      undo();
      return;
    } catch {
      // tried again below, then given up: the original error is what the person must read
    }
  }
}
