/** What falls due when, from the time rules in the settings. Pure: dates in, dates out. */
import { addDays, addMonths, maxDateKey, type DateKey } from './dates';
import type { Settings } from './settings';

export function reassessmentDue(lastAssessedOn: DateKey, settings: Settings): DateKey {
  return addMonths(lastAssessedOn, settings.reassessmentMonths);
}

/** The next check falls one cycle after the latest contact (a check, or the plan's agreement). */
export function checkDue(lastContacts: readonly (DateKey | null)[], settings: Settings): DateKey | null {
  const last = maxDateKey(lastContacts);
  return last ? addDays(last, settings.checkCycleDays) : null;
}

export function followUpDates(closedOn: DateKey, settings: Settings): DateKey[] {
  return settings.followUpMonths.map((months) => addMonths(closedOn, months));
}
