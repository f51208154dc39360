import {
  isSettled,
  ledgerIssues,
  ledgerKey,
  mailLabel,
  parseLedger,
  recoverLedger,
  serializeLedger,
  fitsInProperty,
  type Ledger,
  type LedgerEntry,
} from '../../../src/domain/reminder-log';

const DAY = '2026-03-04';

function entry(over: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    audience: 'manager',
    recipient: 'kim.sw@dong.example',
    state: 'sent',
    attempts: 1,
    at: '08:05',
    overdue: 2,
    dueSoon: 1,
    note: '',
    logged: '',
    ...over,
  };
}

describe("the day's sent-log", () => {
  it('round-trips through its stored text, and starts fresh on another day', () => {
    const ledger: Ledger = { day: DAY, entries: { [ledgerKey('manager', 'Kim.SW@dong.example')]: entry() } };
    expect(Object.keys(ledger.entries)).toEqual(['manager:kim.sw@dong.example']);
    expect(parseLedger(serializeLedger(ledger), DAY)).toEqual(ledger);
    expect(parseLedger(serializeLedger(ledger), '2026-03-05')).toEqual({ day: '2026-03-05', entries: {} });
    expect(parseLedger('not json', DAY)).toEqual({ day: DAY, entries: {} });
    expect(parseLedger(null, DAY)).toEqual({ day: DAY, entries: {} });
    // Entries someone mangled are dropped, not trusted.
    const mangled = JSON.stringify({ day: DAY, entries: { a: { state: 'maybe', audience: 'manager' } } });
    expect(parseLedger(mangled, DAY).entries).toEqual({});
  });

  it('settles sent, uncertain, given-up and not-allowed mail; retries the rest', () => {
    expect(isSettled(undefined)).toBe(false);
    for (const state of ['sent', 'uncertain', 'gaveUp', 'notAllowed'] as const)
      expect(isSettled(entry({ state }))).toBe(true);
    for (const state of ['sending', 'failed', 'quota'] as const)
      expect(isSettled(entry({ state }))).toBe(false);
  });

  it('turns a mail left "sending" by a killed run into "uncertain" rather than sending it again', () => {
    const ledger: Ledger = {
      day: DAY,
      entries: { 'manager:kim.sw@dong.example': entry({ state: 'sending' }) },
    };
    const recovered = recoverLedger(ledger, [], '09:05');
    expect(recovered.entries['manager:kim.sw@dong.example']).toMatchObject({
      state: 'uncertain',
      at: '09:05',
    });
  });

  it('reads back from the 발송기록 tab what the property no longer holds, attempts counted', () => {
    const recovered = recoverLedger(
      {
        day: DAY,
        entries: {
          'manager:lee.sw@dong.example': entry({ recipient: 'lee.sw@dong.example', state: 'failed' }),
        },
      },
      [
        { audience: 'manager', recipient: 'Lee.SW@dong.example', state: 'sent' },
        { audience: 'supervisor', recipient: 'lead@dong.example', state: 'failed' },
        { audience: 'supervisor', recipient: 'lead@dong.example', state: 'failed', at: `${DAY} 10:05` },
        { audience: 'manager', recipient: '김담당 (옆 동)', state: 'notAllowed', note: '주소 아님' },
      ],
      '11:05',
    );
    expect(recovered.entries).toEqual({
      'manager:lee.sw@dong.example': expect.objectContaining({ state: 'sent', logged: 'sent' }),
      'supervisor:lead@dong.example': expect.objectContaining({ state: 'failed', attempts: 2, at: '10:05' }),
      'manager:김담당 (옆 동)': expect.objectContaining({ state: 'notAllowed', note: '주소 아님' }),
    });
  });

  it('keeps in the property only what the tab does not hold, so it stays small', () => {
    const entries: Record<string, LedgerEntry> = {};
    for (let i = 0; i < 200; i++) {
      const recipient = `manager${i}@dong.example`;
      entries[ledgerKey('manager', recipient)] = entry({ recipient, logged: i < 190 ? 'sent' : '' });
    }
    const ledger = { day: DAY, entries };
    expect(Object.keys(parseLedger(serializeLedger(ledger), DAY).entries)).toHaveLength(10);
    expect(fitsInProperty(ledger)).toBe(true);
    for (const e of Object.values(entries)) e.logged = '';
    expect(fitsInProperty(ledger)).toBe(false);
  });
});

describe('what the log says to people', () => {
  it('labels a manager’s mail for the dashboard', () => {
    expect(mailLabel(entry(), true)).toBe('보냄 08:05');
    expect(mailLabel(entry({ state: 'quota' }), true)).toBe('할당량 부족 (대기)');
    expect(mailLabel(undefined, true)).toBe('보낼 예정');
    expect(mailLabel(undefined, false)).toBe('보낼 일 없음');
  });

  it('names every mail that did not go out cleanly', () => {
    const issues = ledgerIssues({
      day: DAY,
      entries: {
        a: entry({ recipient: 'a@x.example', state: 'quota' }),
        b: entry({ recipient: 'b@x.example', state: 'quota' }),
        c: entry({ recipient: 'c@x.example', state: 'failed', note: 'Service unavailable' }),
        d: entry({ recipient: 'd@x.example', state: 'uncertain' }),
        e: entry({ recipient: 'e@x.example', state: 'notAllowed', note: '시트 편집자가 아니어서' }),
        f: entry({ recipient: 'lead@x.example', state: 'quota', audience: 'supervisor' }),
        g: entry({ recipient: 'g@x.example', state: 'gaveUp', note: 'Invalid email' }),
        h: entry({ recipient: 'h@x.example' }),
      },
    });
    expect(issues).toEqual([
      expect.stringContaining(
        '메일 할당량이 모자라 2명에게 오늘 알림을 아직 보내지 못했습니다 (a@x.example, b@x.example)',
      ),
      expect.stringContaining('슈퍼바이저 요약 1통도 아직 보내지 못했습니다 (lead@x.example)'),
      'c@x.example에게 보내지 못했습니다 (Service unavailable). 다음 실행 때 다시 시도합니다.',
      expect.stringContaining('d@x.example: 지난 실행이 발송 도중 멈춰'),
      expect.stringContaining(
        'e@x.example: 시트 편집자가 아니어서 이 주소로는 알림을 보내지 않았습니다 (할 일 3건)',
      ),
      expect.stringContaining('g@x.example에게 3번 보내지 못해'),
    ]);
  });
});
