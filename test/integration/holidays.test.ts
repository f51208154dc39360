import { HOLIDAY_YEARS } from '../../src/domain/holidays';
import { startReminders } from '../support/reminders-harness';

/**
 * When the bundled holiday list ends, due dates would silently stop avoiding holidays. From
 * 1 October of the list's last year (2027 with @hyunbinseo/holidays-kr 5.2027.x) the 대시보드 and
 * the data-health report say so, through dist/ in the fakes on the fake clock.
 */
const last = Math.max(...HOLIDAY_YEARS);
const WARNING = `${last + 1}년 공휴일 정보가 아직 없습니다`;

function warnings(when: string) {
  const h = startReminders({ now: `${last}-03-02 09:00` });
  h.setClock(when);
  h.call('refreshDashboard');
  const attention = h
    .dashboard()
    .flat()
    .filter((cell) => cell.includes('공휴일 정보가 아직 없습니다'));
  const health = h.call<{ notices: string[]; problems: unknown[] }>('checkDataHealth');
  return { h, attention, health };
}

describe('the holiday list running out', () => {
  it('says nothing on 30 September of its last year', () => {
    const { attention, health } = warnings(`${last}-09-30 10:00`);
    expect(attention).toEqual([]);
    expect(health.notices).toEqual([]);
  });

  it('warns on the 대시보드 and in the data-health report from 1 October', () => {
    const { h, attention, health } = warnings(`${last}-10-01 10:00`);
    expect(attention).toEqual([expect.stringContaining(WARNING)]);
    expect(attention[0]).toContain("'설정' 탭의 추가 휴일");
    expect(health.notices).toEqual([expect.stringContaining(WARNING)]);
    expect(health.problems).toEqual([]);
    // The daily run writes the same 대시보드.
    h.runAt(`${last}-10-01 10:05`);
    expect(h.dashboard().flat().join('\n')).toContain(WARNING);
  });

  it('still warns on 1 January of the uncovered year, and the centre’s own days still count', () => {
    const { h, attention, health } = warnings(`${last + 1}-01-01 10:00`);
    expect(attention).toEqual([expect.stringContaining(WARNING)]);
    expect(health.notices).toEqual([expect.stringContaining(WARNING)]);
    h.setSetting('추가 휴일 (YYYY-MM-DD, 쉼표로 구분)', `${last + 1}-01-03, ${last + 1}-01-04`);
    h.setClock(`${last + 1}-01-04 10:00`);
    expect(h.call('getTodayList', {})).toMatchObject({ holiday: '추가 휴일', isWorkingDay: false });
  });
});
