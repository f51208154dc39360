/**
 * Case files that arrived with a command's result (the server returns the case as it stands after
 * the save): the next load of that case takes it from here instead of asking the server again.
 */
import type { CaseFileView } from './api';

/** A delivered file is "right after the save" for this long; an older one is asked for again. */
const FRESH_MS = 30_000;
const delivered = new Map<string, { file: CaseFileView; at: number }>();

/** Keeps the `case` a result carries; returns the result unchanged. */
export function keepDeliveredCaseFile<T>(result: T): T {
  const file = (result as { case?: CaseFileView } | null)?.case;
  if (file && typeof file === 'object' && typeof file.caseNo === 'string')
    delivered.set(file.caseNo, { file, at: Date.now() });
  return result;
}

/** The file a save just delivered for `caseNo`, once: later loads ask the server. */
export function takeDeliveredCaseFile(caseNo: string): CaseFileView | undefined {
  const kept = delivered.get(caseNo);
  delivered.delete(caseNo);
  return kept && Date.now() - kept.at < FRESH_MS ? kept.file : undefined;
}
