import { startAddon, tabRows, type CaseFile, type Harness } from '../support/addon-harness';
import * as P from '../support/payloads';
import { spreadsheetOf } from '../support/robustness-harness';

/**
 * Seoul's clock was not always UTC+9: UTC+8:30 from 1954 to 1961, summer time (UTC+10, or +9:30
 * under +8:30) in 1948–51, 1955–60 and 1987–88. Clients born then are 65–80 now, the people a 동
 * serves most. A birth date must show in the 사례 tab as the day that was typed into the form, read
 * back as that day (batched or not), and a date a person types into the tab must read as typed.
 */
const TODAY = '2026-05-01';

function client(name: string, birthDate: string, phone: string) {
  return { name, birthDate, phone, address: '행복동 1-1', household: '독거' };
}

function intake(h: Harness, name: string, birthDate: string, phone: string): string {
  return h.call<{ caseNo: string }>('saveIntake', P.intake({ client: client(name, birthDate, phone) }))
    .caseNo;
}

function birthCell(h: Harness, caseNo: string) {
  const sheet = spreadsheetOf(h).getSheetByName('사례') as GoogleAppsScript.Spreadsheet.Sheet;
  const values = sheet.getDataRange().getValues();
  const header = values[0] as string[];
  const row = values.findIndex((r) => r[header.indexOf('관리번호')] === caseNo);
  return sheet.getRange(row + 1, header.indexOf('생년월일') + 1);
}

function similarByBirth(h: Harness, name: string, birthDate: string): string[] {
  return h
    .call<{ matches: { caseNo: string }[] }>('findSimilarClients', { name, birthDate })
    .matches.map((m) => m.caseNo);
}

describe('birth dates in the years Seoul was not on UTC+9', () => {
  const DAYS = ['1961-02-02', '1955-06-15', '1987-07-01', '1949-08-01'];

  it('show in the 사례 tab as the day typed, read back as that day, and need no slower read', () => {
    const h = startAddon({ now: `${TODAY}T10:00:00+09:00` });
    const modern = intake(h, '기준', '1970-01-05', '010-1000-0000');
    h.env.counters.reset();
    h.call('getCase', { caseNo: modern });
    const usual = h.env.counters.snapshot();
    DAYS.forEach((day, i) => {
      const caseNo = intake(h, `대상${i}`, day, `010-2000-000${i}`);
      expect(tabRows(h.env, '사례').find((r) => r['관리번호'] === caseNo)?.['생년월일']).toBe(day);
      h.env.counters.reset();
      expect(h.call<CaseFile>('getCase', { caseNo }).client.birthDate).toBe(day);
      // The same three batch reads as a client born in 1970: no fall-back to reading tab by tab.
      expect(h.env.counters.snapshot()).toEqual(usual);
      expect(similarByBirth(h, `대상${i}`, day)).toEqual([caseNo]);
    });
  });

  it('typed by hand into the tab, read as typed in the case file and in the duplicate check', () => {
    const h = startAddon({ now: `${TODAY}T10:00:00+09:00` });
    DAYS.forEach((day, i) => {
      const caseNo = intake(h, `손입력${i}`, '1970-01-05', `010-3000-000${i}`);
      // Sheets turns the typed text into midnight on Seoul's clock of that day (+8:30, +10 …).
      birthCell(h, caseNo).setValue(day);
      expect(h.call<CaseFile>('getCase', { caseNo }).client.birthDate).toBe(day);
      expect(similarByBirth(h, `손입력${i}`, day)).toEqual([caseNo]);
    });
  });

  it('written by an older version as midnight at UTC+9 (shown 23:30 the day before), still read as that day', () => {
    const h = startAddon({ now: `${TODAY}T10:00:00+09:00` });
    const caseNo = intake(h, '예전값', '1970-01-05', '010-4000-0000');
    birthCell(h, caseNo).setValue(new Date('1961-02-02T00:00:00+09:00'));
    expect(tabRows(h.env, '사례').find((r) => r['관리번호'] === caseNo)?.['생년월일']).toBe('1961-02-01');
    expect(h.call<CaseFile>('getCase', { caseNo }).client.birthDate).toBe('1961-02-02');
    expect(similarByBirth(h, '예전값', '1961-02-02')).toEqual([caseNo]);
    // Saving the case again writes the day itself: the tab now shows it right.
    h.call('updateClient', {
      caseNo,
      version: h.call<CaseFile>('getCase', { caseNo }).version,
      client: { phone: '010-4000-0001' },
    });
    expect(tabRows(h.env, '사례').find((r) => r['관리번호'] === caseNo)?.['생년월일']).toBe('1961-02-02');
  });
});

describe('a spreadsheet someone moved to another time zone after set-up', () => {
  it('shows and reads the days the add-on wrote and a person typed', () => {
    const h = startAddon({ now: `${TODAY}T10:00:00+09:00` });
    spreadsheetOf(h).setSpreadsheetTimeZone('America/Los_Angeles');
    const caseNo = intake(h, '다른시간대', '1948-05-17', '010-5000-0000');
    expect(tabRows(h.env, '사례').find((r) => r['관리번호'] === caseNo)?.['생년월일']).toBe('1948-05-17');
    expect(h.call<CaseFile>('getCase', { caseNo }).client.birthDate).toBe('1948-05-17');
    birthCell(h, caseNo).setValue('1987-07-01');
    expect(h.call<CaseFile>('getCase', { caseNo }).client.birthDate).toBe('1987-07-01');
    expect(similarByBirth(h, '다른시간대', '1987-07-01')).toEqual([caseNo]);
  });
});
