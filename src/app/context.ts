import { seoulDateKey, type DateKey } from '../domain/dates';
import type { RangeBatchReader } from '../db/case-batch';
import type { ZoneDay } from '../db/cells';

export type { RangeBatchReader, ZoneDay };

/**
 * What a use case needs from the outside world. src/gas/ builds it from the Apps Script services;
 * nothing under src/app or src/domain names an Apps Script global.
 */
export interface AppContext {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  now(): Date;
  /** Email of the person running the call ('' when Apps Script will not say). */
  currentUser(): string;
  /** An instant's wall date in a time zone, by the zone's history: how a Date cell's day is told. */
  zoneDay: ZoneDay;
  /** Runs `work` holding the document lock, so two saves never interleave. */
  withDocumentLock<T>(work: () => T): T;
  /**
   * Many ranges in one round trip (the advanced Sheets service's values.batchGet), where the service
   * is there; absent, reads go table by table.
   */
  readRanges?: RangeBatchReader;
  /**
   * The 변경이력's seal (src/domain/audit-trail.ts): an HMAC-SHA256 under this spreadsheet's key,
   * which lives where no sheet editor can read it. `seal` makes the key on first use; `verifier` is
   * null while there is none. Absent only in contexts that tests build by hand (rows go unsealed).
   */
  auditSeal?: {
    seal(text: string): string;
    verifier(): ((text: string) => string) | null;
  };
  /**
   * The add-on's script properties under this spreadsheet's id: seen alike by the sidebar and by a
   * time-driven run that has no document properties (decision 0014: the 변경이력's keeper and
   * whether 변경이력 접수 holds rows). Absent in contexts tests build by hand.
   */
  shared?: {
    get(key: string): string | null;
    set(key: string, value: string): void;
  };
  /** Document properties: small values that must survive edits to the sheet. */
  properties: {
    get(key: string): string | null;
    set(key: string, value: string): void;
  };
}

/** Today in Seoul on the server's clock: the day "not after today" date rules compare with. */
export function todayOf(ctx: AppContext): DateKey {
  return seoulDateKey(ctx.now());
}
