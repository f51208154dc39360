import type { TodayItem, TodayList } from '../../../src/ui/api';
import { dayLine, reminderLines, todayCount, todayLines, todayRequest } from '../../../src/ui/today';
import { todayListInput } from '../../../src/domain/reminder-schemas';
import { fieldErrors } from '../../../src/domain/validation';

const item = (over: Partial<TodayItem>): TodayItem => ({
  kind: 'check',
  kindLabel: '점검',
  status: 'dueSoon',
  caseNo: '행복-2026-0001',
  clientName: '박민준',
  caseManager: 'kim@dong.example',
  dueOn: '2026-03-06',
  ruleDueOn: '2026-03-06',
  daysOverdue: -3,
  when: '3일 남음',
  title: '점검 하기',
  reason: '',
  refId: '',
  ...over,
});

const reminders = (over: Partial<TodayList['reminders']> = {}): TodayList['reminders'] => ({
  enabled: true,
  owner: 'kim@dong.example',
  lastRun: null,
  lastFailure: null,
  hour: 8,
  ...over,
});

describe('todayRequest', () => {
  it('asks for "me" when known, the signed-in user otherwise, everyone for 전체; always a valid input', () => {
    expect(todayRequest('mine', 'lee@dong.example')).toEqual({ caseManager: 'lee@dong.example' });
    expect(todayRequest('mine', null)).toEqual({ scope: 'mine' });
    expect(todayRequest('all', 'lee@dong.example')).toEqual({ scope: 'all' });
    for (const input of [
      todayRequest('mine', 'a@b.c'),
      todayRequest('mine', null),
      todayRequest('all', null),
    ])
      expect(fieldErrors(todayListInput, { ...input, limit: 1 })).toEqual({});
  });
});

describe('todayLines', () => {
  it('puts overdue lines first and gives each line a unique key', () => {
    const overdue = item({ status: 'overdue', caseNo: 'A', when: '3일 지남' });
    const soon = item({ caseNo: 'B' });
    const lines = todayLines({ overdue: [overdue], dueSoon: [soon, soon] });
    expect(lines.map((l) => [l.tone, l.item.caseNo])).toEqual([
      ['overdue', 'A'],
      ['soon', 'B'],
      ['soon', 'B'],
    ]);
    expect(new Set(lines.map((l) => l.key)).size).toBe(3);
  });

  it('is empty when nothing is due; counts come from before the limit', () => {
    expect(todayLines({ overdue: [], dueSoon: [] })).toEqual([]);
    expect(todayCount({ counts: { overdue: 2, dueSoon: 5 } })).toBe(7);
  });
});

describe('dayLine', () => {
  it('names the weekday and a holiday or day off', () => {
    const base = { today: '2026-03-03', weekday: '화', holiday: '', isWorkingDay: true };
    expect(dayLine(base)).toBe('2026-03-03 (화)');
    expect(
      dayLine({ ...base, today: '2026-03-02', weekday: '월', holiday: '대체공휴일', isWorkingDay: false }),
    ).toBe('2026-03-02 (월) · 대체공휴일');
    expect(dayLine({ ...base, weekday: '토', isWorkingDay: false })).toBe('2026-03-03 (토) · 쉬는 날');
  });
});

describe('reminderLines', () => {
  it('says on or off, the last run, and a failure as a warning', () => {
    expect(reminderLines(reminders())).toEqual({
      state: '매일 알림: 켜짐 (8시, kim@dong.example)',
      lastRun: '',
      failure: '',
    });
    expect(reminderLines(reminders({ enabled: false, owner: '' })).state).toMatch(/^매일 알림: 꺼짐/);
    const lastRun = {
      day: '2026-03-03',
      at: '2026-03-03 08:01:00',
      status: 'done' as const,
      sent: 2,
      pending: 0,
      text: '2명에게 보냈습니다.',
      tone: 'ok' as never,
    };
    const lastFailure = {
      day: '2026-03-03',
      at: '2026-03-03 09:00:00',
      message: '메일 한도 초과',
      reported: true,
    };
    const failed = reminderLines(reminders({ lastRun, lastFailure }));
    expect(failed.lastRun).toBe('마지막 실행 2026-03-03 08:01:00: 2명에게 보냈습니다.');
    expect(failed.failure).toBe('알림 실패 (2026-03-03 09:00:00): 메일 한도 초과');
  });

  it('drops a failure that a later successful run overtook', () => {
    const lastFailure = { day: '2026-03-02', at: '2026-03-02 08:00:00', message: '오류', reported: true };
    const lastRun = {
      day: '2026-03-03',
      at: '2026-03-03 08:00:00',
      status: 'done' as const,
      sent: 1,
      pending: 0,
      text: '',
      tone: 'ok' as never,
    };
    expect(reminderLines(reminders({ lastRun, lastFailure })).failure).toBe('');
    expect(
      reminderLines(reminders({ lastRun: { ...lastRun, status: 'failed' }, lastFailure })).failure,
    ).toMatch(/^알림 실패/);
  });
});
