/**
 * The 변경이력 as one log (decision 0014): the keeper's saves are in 변경이력, everyone else's wait in
 * 변경이력 접수 until the keeper's hourly run moves them. Tests that look for an entry made by a
 * second officer read both tabs through this, in 순번 order (rows without one first, as they stand).
 */
import type { FakeGasEnvironment } from '../../dev/fakes/environment-api';
import { MANAGER, tabRows, type Harness } from './addon-harness';

export const AUDIT_TAB = '변경이력';
export const INTAKE_TAB = '변경이력 접수';

export function auditLog(env: FakeGasEnvironment): Record<string, string>[] {
  const tab = (name: string) =>
    env.dumpSpreadsheet().sheets.some((s) => s.name === name) ? tabRows(env, name) : [];
  const seq = (row: Record<string, string>) => Number(row['순번'] || 0);
  return [...tab(AUDIT_TAB), ...tab(INTAKE_TAB)].sort((a, b) => seq(a) - seq(b));
}

/**
 * The keeper's (MANAGER's, who set the workbook up) hourly trigger run, now: it moves 변경이력 접수
 * into 변경이력 first. Returns what the move did (undefined when there was nothing to move).
 */
export function runKeeperHour(h: Harness): unknown {
  h.env.newExecution();
  h.env.setUser(MANAGER);
  h.env.setExecutionContext('trigger');
  try {
    return h.call<{ auditMove?: unknown }>('runDailyReminders').auditMove;
  } finally {
    h.env.setExecutionContext('ui');
  }
}
