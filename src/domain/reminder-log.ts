/**
 * The sent-log of the daily reminders: who was mailed what on which day, and in what state each
 * mail is. It is what makes a run idempotent (a second run the same day sends nothing) and
 * resumable (a run cut off part-way leaves the rest pending for the next one).
 *
 * Two places, for two reasons. What changed since the 발송기록 tab was last written lives in
 * document properties and is written after every single mail, because a run can be killed at any
 * statement and a property write is one fast call. The 발송기록 tab holds everything else: the
 * history people read, written in one batch at the end of a run, and sooner whenever the property
 * would pass its 9 KB (many recipients, long hand-typed 담당 values). Its rows for today are read
 * back at the start of a run, so the property never has to hold the whole day.
 *
 * A mail is marked `sending` *before* it is handed to MailApp. If the run dies before it can say
 * `sent`, the next run finds `sending` and cannot know whether the mail left: it does not send it
 * again (a duplicate digest is what people complain about) and reports it as `uncertain` to the
 * supervisor and on the dashboard instead (never silently dropped).
 */
import type { DateKey } from './dates';

export type Audience = 'manager' | 'supervisor' | 'failure';

export type SendState =
  /** Handed to MailApp, not yet confirmed (only ever seen after a run died mid-send). */
  | 'sending'
  | 'sent'
  /** The previous run died while sending: not re-sent, reported. */
  | 'uncertain'
  /** MailApp refused; retried on the next run. */
  | 'failed'
  /** Failed three times: not retried today, reported. */
  | 'gaveUp'
  /** Held back because the daily mail quota would not cover it; sent when it does. */
  | 'quota'
  /** Not a known recipient (not an editor of the sheet nor listed in 설정): never mailed, reported. */
  | 'notAllowed';

export const AUDIENCE_LABELS: Record<Audience, string> = {
  manager: '담당자 할 일',
  supervisor: '슈퍼바이저 요약',
  failure: '실행 실패 알림',
};

export const SEND_STATE_LABELS: Record<SendState, string> = {
  sending: '발송 중',
  sent: '발송',
  uncertain: '발송 여부 확인 필요',
  failed: '발송 실패 (재시도)',
  gaveUp: '발송 실패',
  quota: '할당량 부족 (대기)',
  notAllowed: '미발송: 주소 확인 필요',
};

/** States after which nothing more is sent to that recipient today. */
const SETTLED: ReadonlySet<SendState> = new Set(['sent', 'uncertain', 'gaveUp', 'notAllowed']);

export const MAX_ATTEMPTS = 3;

export interface LedgerEntry {
  audience: Audience;
  recipient: string;
  state: SendState;
  attempts: number;
  /** "HH:mm" in Seoul of the last change. */
  at: string;
  overdue: number;
  dueSoon: number;
  note: string;
  /** The state last written to the 발송기록 tab ('' = not yet). */
  logged: SendState | '';
}

export interface Ledger {
  day: DateKey;
  entries: Record<string, LedgerEntry>;
}

export function ledgerKey(audience: Audience, recipient: string): string {
  return `${audience}:${recipient.trim().toLowerCase()}`;
}

export function isSettled(entry: LedgerEntry | undefined): boolean {
  return entry !== undefined && SETTLED.has(entry.state);
}

/** Today's ledger from its stored text; another day's (or unreadable) text starts a fresh one. */
export function parseLedger(text: string | null, day: DateKey): Ledger {
  if (!text) return { day, entries: {} };
  try {
    const parsed = JSON.parse(text) as { day?: unknown; entries?: unknown };
    if (parsed.day !== day || !parsed.entries || typeof parsed.entries !== 'object')
      return { day, entries: {} };
    const entries: Record<string, LedgerEntry> = {};
    for (const [key, raw] of Object.entries(parsed.entries as Record<string, Partial<LedgerEntry>>)) {
      if (!raw || typeof raw.state !== 'string' || !(raw.state in SEND_STATE_LABELS)) continue;
      if (raw.audience !== 'manager' && raw.audience !== 'supervisor' && raw.audience !== 'failure') continue;
      entries[key] = {
        audience: raw.audience,
        recipient: String(raw.recipient ?? ''),
        state: raw.state,
        attempts: Number(raw.attempts) || 0,
        at: String(raw.at ?? ''),
        overdue: Number(raw.overdue) || 0,
        dueSoon: Number(raw.dueSoon) || 0,
        note: String(raw.note ?? ''),
        logged: raw.logged && raw.logged in SEND_STATE_LABELS ? raw.logged : '',
      };
    }
    return { day, entries };
  } catch {
    return { day, entries: {} };
  }
}

/** A property value holds at most 9 KB (UTF-8 bytes): the ledger keeps well under it. */
const PROPERTY_LIMIT = 8000;

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const point = char.codePointAt(0) as number;
    bytes += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * The property's text: only what the 발송기록 tab does not hold yet (an entry whose state was
 * written there is read back from the tab by `recoverLedger`). So the property stays small however
 * many people are mailed: the growing part of the day's state lives in the sheet.
 */
export function serializeLedger(ledger: Ledger): string {
  const unlogged: Record<string, LedgerEntry> = {};
  for (const [key, entry] of Object.entries(ledger.entries))
    if (entry.logged !== entry.state) unlogged[key] = entry;
  return JSON.stringify({ day: ledger.day, entries: unlogged });
}

/** Whether the property can take the ledger now, or its entries must first go to the tab. */
export function fitsInProperty(ledger: Ledger): boolean {
  return utf8Bytes(serializeLedger(ledger)) <= PROPERTY_LIMIT;
}

/** One row of the 발송기록 tab as `recoverLedger` reads it back. */
export interface LoggedRow {
  audience: Audience;
  recipient: string;
  state: SendState;
  overdue?: number;
  dueSoon?: number;
  at?: string;
  note?: string;
}

/**
 * What the previous run of the day left behind: a mail still `sending` was cut off mid-call and
 * becomes `uncertain`; the 발송기록 tab's rows of today (in the order written) give every entry the
 * property no longer holds, with its attempts counted from the failures logged, and a mail the tab
 * says was sent counts as sent whatever the property says.
 */
export function recoverLedger(ledger: Ledger, loggedToday: readonly LoggedRow[], at: string): Ledger {
  const entries = { ...ledger.entries };
  for (const [key, entry] of Object.entries(entries)) {
    if (entry.state === 'sending')
      entries[key] = {
        ...entry,
        state: 'uncertain',
        at,
        note: '지난 실행이 발송 도중 멈춰 보냈는지 알 수 없습니다. 중복을 막으려고 다시 보내지 않았습니다.',
      };
  }
  const fromTab = new Map<string, { row: LoggedRow; failures: number }>();
  for (const row of loggedToday) {
    const key = ledgerKey(row.audience, row.recipient);
    const failures =
      (fromTab.get(key)?.failures ?? 0) + (row.state === 'failed' || row.state === 'gaveUp' ? 1 : 0);
    fromTab.set(key, { row, failures });
  }
  for (const [key, { row, failures }] of fromTab) {
    const entry = entries[key];
    const sentPerTab = row.state === 'sent' || row.state === 'uncertain';
    if (entry && (isSettled(entry) || !sentPerTab)) continue;
    entries[key] = {
      audience: row.audience,
      recipient: row.recipient.trim().toLowerCase(),
      state: row.state,
      attempts: entry?.attempts ?? Math.max(failures, row.state === 'sent' ? 1 : 0),
      at: entry?.at ?? (row.at ?? at).slice(-5),
      overdue: entry?.overdue ?? row.overdue ?? 0,
      dueSoon: entry?.dueSoon ?? row.dueSoon ?? 0,
      note: entry?.note ?? row.note ?? '',
      logged: row.state,
    };
  }
  return { day: ledger.day, entries };
}

/** One row of the 발송기록 tab. */
export interface ReminderLogRecord {
  day: DateKey | null;
  audience: Audience | null;
  recipient: string;
  state: SendState | null;
  overdue: number | null;
  dueSoon: number | null;
  at: string;
  runBy: string;
  note: string;
}

/** The vocabularies of the tab's two choice columns, shaped like src/domain/vocabulary.ts's. */
function labelled<K extends string>(labels: Record<K, string>) {
  const keys = Object.keys(labels) as K[];
  return {
    keys,
    labels,
    label: (key: K): string => labels[key],
    parse: (text: string): K | undefined =>
      (keys as string[]).includes(text) ? (text as K) : keys.find((k) => labels[k] === text.trim()),
  };
}

export const AUDIENCES = labelled(AUDIENCE_LABELS);
export const SEND_STATES = labelled(SEND_STATE_LABELS);

/** How a manager's digest stands today, in the words of the dashboard and the supervisor's table. */
export function mailLabel(entry: LedgerEntry | undefined, hasNews: boolean): string {
  if (!entry) return hasNews ? '보낼 예정' : '보낼 일 없음';
  return entry.state === 'sent' ? `보냄 ${entry.at}` : SEND_STATE_LABELS[entry.state];
}

/** Every mail that did not go out cleanly, as sentences someone can act on. Never silent. */
export function ledgerIssues(
  ledger: Ledger,
  audiences: readonly Audience[] = ['manager', 'supervisor', 'failure'],
): string[] {
  const entries = Object.values(ledger.entries).filter((e) => audiences.includes(e.audience));
  const issues: string[] = [];
  const quota = entries.filter((e) => e.state === 'quota' && e.audience === 'manager');
  if (quota.length > 0)
    issues.push(
      `메일 할당량이 모자라 ${quota.length}명에게 오늘 알림을 아직 보내지 못했습니다 (${quota
        .map((e) => e.recipient)
        .join(', ')}). 할당량이 회복되면 다음 실행(한 시간마다) 때 보냅니다.`,
    );
  const summaries = entries.filter((e) => e.state === 'quota' && e.audience !== 'manager');
  if (summaries.length > 0)
    issues.push(
      `메일 할당량이 모자라 슈퍼바이저 요약 ${summaries.length}통도 아직 보내지 못했습니다 (${summaries
        .map((e) => e.recipient)
        .join(', ')}).`,
    );
  for (const e of entries) {
    if (e.state === 'failed')
      issues.push(`${e.recipient}에게 보내지 못했습니다 (${e.note}). 다음 실행 때 다시 시도합니다.`);
    if (e.state === 'gaveUp')
      issues.push(
        `${e.recipient}에게 ${MAX_ATTEMPTS}번 보내지 못해 오늘은 더 시도하지 않습니다 (${e.note}). 주소를 확인하세요.`,
      );
    if (e.state === 'uncertain')
      issues.push(
        `${e.recipient}: 지난 실행이 발송 도중 멈춰 메일이 갔는지 확인할 수 없습니다. 중복을 막으려고 다시 보내지 않았으니 확인해 주세요.`,
      );
    if (e.state === 'notAllowed')
      issues.push(
        `${e.recipient}: ${e.note} 이 주소로는 알림을 보내지 않았습니다 (할 일 ${e.overdue + e.dueSoon}건). ` +
          "주소가 맞으면 시트를 공유하거나 설정 '알림 받을 주소 추가'에 적고, 틀리면 사례 탭의 담당 사례관리자를 고치세요.",
      );
  }
  return issues;
}
