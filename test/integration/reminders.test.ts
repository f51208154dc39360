import { MANAGER, OTHER_MANAGER, tabRows } from '../support/addon-harness';
import * as P from '../support/payloads';
import { caseInService, sentLog, startReminders, SUPERVISOR } from '../support/reminders-harness';

/**
 * The daily reminders through dist/ in the fakes, on the fake clock. Dates are chosen on working
 * days unless a test is about days off: 2026-03-04 is a Wednesday.
 */

/** Due for its yearly reassessment on 2026-03-03 (a Tuesday); checked recently, nothing else due. */
function yearOldCase(h: ReturnType<typeof startReminders>, name = '김하늘', caseManager?: string) {
  return caseInService(h, {
    intake: '2025-02-20',
    assessed: '2025-03-03',
    selected: '2025-03-05',
    planned: '2025-03-10',
    checks: ['2026-02-24'],
    name,
    ...(caseManager ? { caseManager } : {}),
  });
}

/** Assessed last month, planned and checked since: nothing due on 2026-03-04. */
function recentCase(h: ReturnType<typeof startReminders>) {
  return caseInService(h, {
    intake: '2026-01-20',
    assessed: '2026-02-04',
    selected: '2026-02-06',
    planned: '2026-02-10',
    checks: ['2026-02-25'],
    name: '이순자',
  });
}

describe('the daily digest', () => {
  it('mails a reassessment overdue by one day to the case’s owner, and not a case assessed last month', () => {
    const h = startReminders();
    const due = yearOldCase(h);
    const fine = recentCase(h);

    expect(h.runAt('2026-03-04 10:00')).toMatchObject({ status: 'done', sent: 1 });
    const mails = h.env.mails();
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.to).toBe(MANAGER);
    expect(mail!.subject).toBe('[동 사례관리] 3월 4일 (수) 오늘 할 일: 기한 지남 1건');
    expect(mail!.htmlBody).toContain(due);
    expect(mail!.htmlBody).toContain('정기 재사정 하기');
    expect(mail!.htmlBody).toContain('1일 지남');
    expect(mail!.body).toContain(`${due} 김*늘: 정기 재사정 하기 (기한 2026-03-03, 1일 지남)`);
    // The client's name is masked and nothing the client said travels by mail.
    expect(mail!.htmlBody).not.toContain('김하늘');
    expect(mail!.htmlBody).not.toContain('난방비');
    // The other case is not mentioned at all.
    expect(mail!.htmlBody).not.toContain(fine);
    expect(mail!.htmlBody).not.toContain('이*자');
    // Each line links to the case's row of the 사례 tab.
    const url = h.env.dumpSpreadsheet().id;
    expect(mail!.htmlBody).toMatch(
      new RegExp(`href="https://docs\\.google\\.com/spreadsheets/d/${url}/edit#gid=\\d+&amp;range=A2"`),
    );
  });

  it('sends nothing on a second run the same day, and again the next day while still overdue', () => {
    const h = startReminders();
    const caseNo = yearOldCase(h);
    h.runAt('2026-03-04 10:00');
    expect(h.runAt('2026-03-04 11:00')).toMatchObject({ status: 'alreadyDone', sent: 0 });
    expect(h.runAt('2026-03-04 17:00')).toMatchObject({ status: 'alreadyDone' });
    expect(h.env.mails()).toHaveLength(1);
    expect(sentLog(h)).toEqual([
      expect.objectContaining({
        기준일: '2026-03-04',
        구분: '담당자 할 일',
        '받는 사람': MANAGER,
        상태: '발송',
      }),
    ]);

    expect(h.runAt('2026-03-05 10:00')).toMatchObject({ status: 'done', sent: 1 });
    expect(h.mailsTo(MANAGER)).toHaveLength(2);
    expect(h.mailsTo(MANAGER)[1]!.body).toContain(
      `${caseNo} 김*늘: 정기 재사정 하기 (기한 2026-03-03, 2일 지남)`,
    );

    // Once reassessed there is nothing to say, and nothing is sent.
    h.call('saveAssessment', P.assessment(caseNo, { kind: 're', assessedOn: '2026-03-05' }));
    expect(h.runAt('2026-03-06 10:00')).toMatchObject({ status: 'done', sent: 0 });
    expect(h.env.mails()).toHaveLength(2);
    expect(h.dashboard()[2]![0]).toContain('알릴 일이 없어 메일을 보내지 않았습니다');
  });

  it('sends nothing at all when there is nothing to say, the supervisor included', () => {
    const h = startReminders();
    recentCase(h);
    h.setSetting('슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)', SUPERVISOR);
    expect(h.runAt('2026-03-04 10:00')).toMatchObject({ status: 'done', sent: 0, pending: 0 });
    expect(h.runAt('2026-03-04 11:00')).toMatchObject({ status: 'alreadyDone' });
    expect(h.env.mails()).toEqual([]);
    expect(sentLog(h)).toEqual([]);
  });

  it('waits for the hour set in 설정', () => {
    const h = startReminders();
    yearOldCase(h);
    expect(h.runAt('2026-03-04 07:30')).toMatchObject({ status: 'notYet' });
    h.setSetting('매일 알림 시각 (시, 0~23)', '9');
    expect(h.runAt('2026-03-04 08:30')).toMatchObject({ status: 'notYet' });
    expect(h.env.mails()).toHaveLength(0);
    expect(h.runAt('2026-03-04 09:05')).toMatchObject({ status: 'done', sent: 1 });
  });

  it('lists overdue lines first, then the ones coming up', () => {
    const h = startReminders();
    const caseNo = caseInService(h, {
      intake: '2026-01-05',
      assessed: '2026-01-12',
      selected: '2026-01-14',
      planned: '2026-01-20',
      itemEnd: '2026-03-09',
    });
    h.runAt('2026-03-04 10:00');
    const mail = h.mailsTo(MANAGER)[0]!;
    expect(mail.subject).toContain('기한 지남 1건 · 다가옴 1건');
    const overdueAt = mail.htmlBody!.indexOf('기한 지남 (1건)');
    const soonAt = mail.htmlBody!.indexOf('곧 다가옴 (1건)');
    expect(overdueAt).toBeGreaterThan(0);
    expect(soonAt).toBeGreaterThan(overdueAt);
    expect(mail.htmlBody!.indexOf('점검(모니터링) 하기')).toBeLessThan(soonAt);
    expect(mail.htmlBody!.indexOf('이행여부(달성·연장·재사정) 기록')).toBeGreaterThan(soonAt);
    expect(mail.body).toContain(
      `${caseNo} 김*늘: 서비스 종료: 이행여부(달성·연장·재사정) 기록 (기한 2026-03-09, 5일 남음)`,
    );
  });
});

describe('schedules and days off', () => {
  it('fires the follow-ups after closure on schedule, and stops when the last one is recorded', () => {
    const h = startReminders();
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake({ intakeDate: '2026-02-02' }));
    h.setClock('2026-03-04 09:00');
    expect(h.call('closeCase', P.closing(caseNo, { closedOn: '2026-03-04' }))).toMatchObject({
      followUpDates: ['2026-06-04', '2026-12-04'],
    });

    expect(h.runAt('2026-05-26 10:00')).toMatchObject({ sent: 0 }); // 9 days ahead: not yet
    h.runAt('2026-05-28 10:00'); // 7 days ahead: coming up
    expect(h.mailsTo(MANAGER).at(-1)!.body).toContain(
      `${caseNo} 김*늘: 사후관리 연락 (기한 2026-06-04, 7일 남음)`,
    );
    h.runAt('2026-06-05 10:00'); // a day late
    expect(h.mailsTo(MANAGER).at(-1)!.body).toContain('사후관리 연락 (기한 2026-06-04, 1일 지남)');
    expect(h.mailsTo(MANAGER)).toHaveLength(2);

    h.call('recordFollowUp', { caseNo, contactedOn: '2026-06-05', method: 'phone', note: '잘 지내심' });
    expect(h.runAt('2026-06-08 10:00')).toMatchObject({ sent: 0 });
    h.runAt('2026-12-07 10:00');
    expect(h.mailsTo(MANAGER).at(-1)!.body).toContain('사후관리 연락 (기한 2026-12-04, 3일 지남)');
    expect(h.mailsTo(MANAGER).at(-1)!.htmlBody).toContain('2/2회차');

    h.call('recordFollowUp', { caseNo, contactedOn: '2026-12-07', method: 'homeVisit', note: '안정적' });
    expect(h.runAt('2026-12-08 10:00')).toMatchObject({ sent: 0 });
    expect(h.mailsTo(MANAGER)).toHaveLength(3);
  });

  it('moves a due date that falls on a public holiday to the working day before, and sends nothing on the holiday', () => {
    const h = startReminders();
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake({ intakeDate: '2026-02-02' }));
    // Three months after 2026-03-03 is 2026-06-03, 전국동시지방선거일.
    h.call('closeCase', P.closing(caseNo, { closedOn: '2026-03-03' }));

    h.runAt('2026-06-02 10:00');
    const mail = h.mailsTo(MANAGER)[0]!;
    expect(mail.body).toContain(`${caseNo} 김*늘: 사후관리 연락 (기한 2026-06-02, 오늘)`);
    expect(mail.htmlBody).toContain('2026-06-03이 휴일이라 당김');

    expect(h.runAt('2026-06-03 10:00')).toMatchObject({ status: 'done', sent: 0 });
    expect(h.dashboard()[2]![0]).toContain('휴일이라 알림 메일을 보내지 않았습니다');
    h.runAt('2026-06-04 10:00');
    expect(h.mailsTo(MANAGER).at(-1)!.body).toContain('(기한 2026-06-02, 2일 지남)');
  });

  it('takes days off from 설정 too', () => {
    const h = startReminders();
    yearOldCase(h);
    h.setSetting('추가 휴일 (YYYY-MM-DD, 쉼표로 구분)', '2026-03-04');
    expect(h.runAt('2026-03-04 10:00')).toMatchObject({ sent: 0 });
    h.setSetting('주말·공휴일에도 알림 메일 (예/아니오)', '예');
    expect(h.runAt('2026-03-05 10:00')).toMatchObject({ sent: 1 });
  });
});

describe('who sends and who receives', () => {
  it('works when the person who installed the trigger is not the case manager', () => {
    const h = startReminders();
    const caseNo = yearOldCase(h);
    h.setSetting('슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)', SUPERVISOR);
    h.callAs(SUPERVISOR, 'enableDailyReminders');
    expect(
      h.env
        .triggers()
        .map((t) => t.owner)
        .sort(),
    ).toEqual([SUPERVISOR, MANAGER].sort());

    // The manager's old trigger notices it is no longer the one and removes itself.
    expect(h.runAt('2026-03-04 10:00', MANAGER)).toMatchObject({ status: 'notOwner' });
    expect(h.env.triggers().map((t) => t.owner)).toEqual([SUPERVISOR]);
    expect(h.env.mails()).toHaveLength(0);

    // The supervisor's trigger: no UI, no active spreadsheet, mail to the case's owner.
    expect(h.runAt('2026-03-04 10:05', SUPERVISOR)).toMatchObject({ status: 'done', sent: 2 });
    const toManager = h.mailsTo(MANAGER);
    expect(toManager).toHaveLength(1);
    expect(toManager[0]!.sentBy).toBe(SUPERVISOR);
    expect(toManager[0]!.body).toContain(caseNo);
    const summary = h.mailsTo(SUPERVISOR)[0]!;
    expect(summary.subject).toBe('[동 사례관리] 3월 4일 (수) 사례 현황: 기한 지남 1건');
    expect(summary.body).toContain(`- ${MANAGER}: 열린 사례 1, 기한 지남 1 (점검 0, 재사정 1)`);
    expect(h.env.ui.alerts).toEqual([]);
  });

  it('mails only known people: an owner who is not an editor of the sheet is reported, not mailed', () => {
    const h = startReminders();
    yearOldCase(h, '박민준', OTHER_MANAGER);
    h.setSetting('슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)', SUPERVISOR);
    h.runAt('2026-03-04 10:00');
    expect(h.mailsTo(OTHER_MANAGER)).toHaveLength(0);
    const summary = h.mailsTo(SUPERVISOR)[0]!;
    expect(summary.body).toContain(
      `${OTHER_MANAGER}: 시트 편집자가 아니어서 이 주소로는 알림을 보내지 않았습니다`,
    );
    expect(h.dashboard().flat().join('\n')).toContain('시트 편집자가 아니어서');

    // Shared with them, they get their digest the next day.
    h.share(OTHER_MANAGER);
    h.runAt('2026-03-05 10:00');
    expect(h.mailsTo(OTHER_MANAGER)).toHaveLength(1);
  });

  it('tells the supervisor about open cases nobody owns', () => {
    const h = startReminders();
    const caseNo = yearOldCase(h);
    h.setSetting('슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)', SUPERVISOR);
    const sheet = (h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .getActiveSpreadsheet()
      .getSheetByName('사례')!;
    sheet.getRange(2, 9).setValue(''); // 담당 사례관리자, cleared by hand
    h.runAt('2026-03-04 10:00');
    expect(h.mailsTo(MANAGER)).toHaveLength(0);
    const summary = h.mailsTo(SUPERVISOR)[0]!;
    expect(summary.body).toContain('[담당자가 없는 열린 사례 1건]');
    expect(summary.body).toContain(`- ${caseNo} 김*늘: 담당 사례관리자 지정`);
  });
});

/** Four managers with something due, all editors, and a supervisor. */
function busyTeam(h: ReturnType<typeof startReminders>) {
  const team = [MANAGER, OTHER_MANAGER, 'jung.sw@dong.example', 'kang.sw@dong.example'];
  h.share(...team.slice(1));
  team.forEach((manager, i) => yearOldCase(h, ['김하늘', '이순자', '정영호', '강미숙'][i], manager));
  h.setSetting('슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)', SUPERVISOR);
  return team;
}

function expectEachMailedOnce(h: ReturnType<typeof startReminders>, recipients: string[]) {
  const counts = new Map<string, number>();
  for (const mail of h.env.mails()) counts.set(mail.to, (counts.get(mail.to) ?? 0) + 1);
  expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(recipients.map((r) => [r, 1])));
}

describe('quota, time limit and interruptions', () => {
  it('checks the mail quota first, reports the shortfall, and sends the rest once the quota allows', () => {
    const h = startReminders();
    const team = busyTeam(h);
    h.env.setMailQuota(0);
    expect(h.runAt('2026-03-04 10:00')).toMatchObject({ status: 'partial', sent: 0, pending: 5 });
    expect(h.env.mails()).toHaveLength(0);
    expect(h.dashboard()[2]![0]).toContain('5통은 아직 못 보냄');
    expect(h.dashboard().flat().join('\n')).toContain('메일 할당량이 모자라 4명에게');

    // Two left: one digest, and the supervisor's summary that says who is still waiting.
    h.env.setMailQuota(2);
    expect(h.runAt('2026-03-04 11:00')).toMatchObject({ status: 'partial', sent: 2, pending: 3 });
    const summary = h.mailsTo(SUPERVISOR)[0]!;
    expect(summary.body).toContain('메일 할당량이 모자라 3명에게 오늘 알림을 아직 보내지 못했습니다');
    expect(summary.body).toContain('할당량 부족 (대기)');

    h.env.setMailQuota(100);
    expect(h.runAt('2026-03-04 12:00')).toMatchObject({ status: 'done', sent: 3, pending: 0 });
    expect(h.runAt('2026-03-04 13:00')).toMatchObject({ status: 'alreadyDone' });
    expectEachMailedOnce(h, [...team, SUPERVISOR]);
    const states = sentLog(h).map((r) => `${r['받는 사람']} ${r['상태']}`);
    // One row per change of state: five waited, five were sent.
    expect(states.filter((s) => s.endsWith('할당량 부족 (대기)'))).toHaveLength(5);
    expect(states.filter((s) => s.endsWith(' 발송'))).toHaveLength(5);
  });

  it('stops before the time limit and resumes where it stopped on the next run', () => {
    const h = startReminders();
    const team = busyTeam(h);
    // Each mail takes two minutes: the run must stop starting mail after four and a half.
    h.hooks.afterSend = () => h.env.clock.advance(2 * 60_000);
    expect(h.runAt('2026-03-04 10:00')).toMatchObject({ status: 'partial', sent: 3, pending: 2 });
    expect(h.env.mails()).toHaveLength(3);
    expect(h.mailsTo(SUPERVISOR)).toHaveLength(0);
    expect(h.dashboard()[2]![0]).toContain('다음 실행(한 시간 뒤)에 이어서 보냅니다');

    expect(h.runAt('2026-03-04 11:00')).toMatchObject({ status: 'done', sent: 2 });
    expectEachMailedOnce(h, [...team, SUPERVISOR]);
  });

  it('neither duplicates nor loses anything when Apps Script kills a run in the middle of a send', () => {
    const first = startReminders();
    const team = busyTeam(first);
    let frozen: ReturnType<typeof first.env.toJSON> | undefined;
    first.hooks.afterSend = (n) => {
      if (n === 2) {
        // The second mail has left; the run dies before it can write anything down.
        frozen = first.env.toJSON();
        throw new Error('Exceeded maximum execution time');
      }
    };
    first.runAt('2026-03-04 10:00');
    expect(frozen!.mails).toHaveLength(2);

    const h = startReminders({ state: frozen! });
    // The dead run's lock ended with its execution: a run minutes later takes over at once.
    expect(h.runAt('2026-03-04 10:03')).toMatchObject({ status: 'done', sent: 3 });
    expect(h.runAt('2026-03-04 11:00')).toMatchObject({ status: 'alreadyDone', sent: 0 });
    expectEachMailedOnce(h, [...team, SUPERVISOR]);
    // The mail whose fate the dead run could not record is reported, not sent again.
    const second = frozen!.mails[1]!.to;
    expect(h.mailsTo(SUPERVISOR)[0]!.body).toContain(
      `${second}: 지난 실행이 발송 도중 멈춰 메일이 갔는지 확인할 수 없습니다`,
    );
    expect(sentLog(h).find((r) => r['받는 사람'] === second)!['상태']).toBe('발송 여부 확인 필요');
  });

  it('is one unit under the lock: a save made while it mails waits its turn, and nothing is lost or sent twice', () => {
    const h = startReminders();
    const team = busyTeam(h);
    const caseNo = yearOldCase(h, '정미자');
    const activity = { caseNo, on: '2026-03-04', kind: 'counselling', content: '아침 안부 전화' };
    const saved = () => tabRows(h.env, '활동기록').filter((r) => r['내용'] === '아침 안부 전화');
    // The case manager saves from the sidebar (another execution) while the run is handing over mail.
    let during: string | undefined;
    h.hooks.afterSend = (n) => {
      if (n !== 1) return;
      during = h.env.runAsTrigger(() => {
        h.env.setExecutionContext('ui');
        try {
          h.call('recordActivity', activity);
          return 'saved';
        } catch (error) {
          return (error as Error).message;
        }
      });
    };
    expect(h.runAt('2026-03-04 10:00')).toMatchObject({ status: 'done', sent: team.length + 1 });
    // The save could not slip between the run's reading and its recording: it was told to retry,
    // with what was typed kept, and wrote nothing.
    expect(during).toContain('입력한 내용은 그대로 있습니다');
    expect(saved()).toEqual([]);
    // Retried once the run let go, it is saved whole.
    h.call('recordActivity', activity);
    expect(saved()).toHaveLength(1);
    // Nobody got a second digest, then or in the next hour's run, and each mail is logged once.
    expect(h.runAt('2026-03-04 11:00')).toMatchObject({ status: 'alreadyDone', sent: 0 });
    expectEachMailedOnce(h, [...team, SUPERVISOR]);
    for (const to of [...team, SUPERVISOR])
      expect(sentLog(h).filter((r) => r['받는 사람'] === to && r['상태'] === '발송')).toHaveLength(1);
  });

  it('steps aside while someone holds the document lock, and runs the next hour', () => {
    const h = startReminders();
    yearOldCase(h);
    const saving = h.env.holdLock('document');
    h.setClock('2026-03-04 10:00');
    expect(h.runAt('2026-03-04 10:00')).toMatchObject({ status: 'busy', sent: 0 });
    expect(h.env.mails()).toHaveLength(0);
    saving.release();
    expect(h.runAt('2026-03-04 11:00')).toMatchObject({ status: 'done', sent: 1 });
  });

  it('retries a mail MailApp refused, and reports it', () => {
    const h = startReminders();
    yearOldCase(h);
    h.setSetting('슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)', SUPERVISOR);
    let refuse = true;
    h.hooks.beforeSend = (m) => {
      if (refuse && m.to === MANAGER) throw new Error('Service unavailable: Gmail');
    };
    expect(h.runAt('2026-03-04 10:00')).toMatchObject({ status: 'partial', sent: 1, pending: 1 });
    expect(h.mailsTo(SUPERVISOR)[0]!.body).toContain(
      `${MANAGER}에게 보내지 못했습니다 (Service unavailable: Gmail)`,
    );
    refuse = false;
    expect(h.runAt('2026-03-04 11:00')).toMatchObject({ status: 'done', sent: 1 });
    expectEachMailedOnce(h, [MANAGER, SUPERVISOR]);
  });

  it('leaves the trace of a failed run in the dashboard and in one mail to the supervisor', () => {
    const h = startReminders();
    yearOldCase(h);
    h.setSetting('슈퍼바이저(복지팀장) 이메일 (쉼표로 구분)', SUPERVISOR);
    h.runAt('2026-03-03 10:00'); // caches the supervisors' addresses, as any ordinary day would
    const ss = (
      h.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActiveSpreadsheet();
    ss.deleteSheet(ss.getSheetByName('점검')!);

    expect(() => h.runAt('2026-03-04 10:00')).toThrow("'점검' 탭이 없거나");
    expect(() => h.runAt('2026-03-04 11:00')).toThrow("'점검' 탭이 없거나");
    const failures = h.mailsTo(SUPERVISOR).filter((m) => m.subject.includes('실행 실패'));
    expect(failures).toHaveLength(1);
    expect(failures[0]!.body).toContain("'점검' 탭이 없거나 머리글이 바뀌었습니다");
    expect(h.dashboard()[2]![0]).toContain('매일 알림 실행 실패');

    h.call('setupWorkbook');
    expect(h.runAt('2026-03-04 12:00')).toMatchObject({ status: 'done' });
    expect(h.dashboard()[2]![0]).toContain('발송 완료');
  });
});

describe('turning the reminders on and off', () => {
  it('setupWorkbook installs one hourly trigger, and running it again adds none', () => {
    const h = startReminders();
    h.call('setupWorkbook');
    expect(h.env.triggers()).toEqual([
      expect.objectContaining({
        handlerFunction: 'runDailyReminders',
        eventType: 'CLOCK',
        everyHours: 1,
        owner: MANAGER,
      }),
    ]);
  });

  it('the menu turns them off (and setup leaves them off) and on again', () => {
    const h = startReminders();
    h.call('onOpen');
    const captions = h.env.ui.menus.at(-1)!.items.map((i) => ('caption' in i ? i.caption : ''));
    expect(captions).toEqual(
      expect.arrayContaining(['매일 알림 켜기', '매일 알림 끄기', '대시보드 새로 고침']),
    );

    h.call('disableDailyReminders');
    expect(h.env.triggers()).toEqual([]);
    h.call('setupWorkbook');
    expect(h.env.triggers()).toEqual([]);
    yearOldCase(h);
    expect(h.runAt('2026-03-04 10:00')).toMatchObject({ status: 'disabled' });

    const on = h.call<{ message: string }>('enableDailyReminders');
    h.call('enableDailyReminders');
    expect(on.message).toContain('매일 8시 이후');
    expect(h.env.ui.toasts.at(-1)!.message).toContain('매일 알림을 켰습니다');
    expect(h.env.triggers()).toHaveLength(1);
    expect(h.runAt('2026-03-04 11:00')).toMatchObject({ status: 'done', sent: 1 });
  });
});

describe('the sidebar’s 오늘 할 일 and the 대시보드 tab', () => {
  it('getTodayList gives the same lines live: my cases or everyone’s, names unmasked', () => {
    const h = startReminders();
    h.share(OTHER_MANAGER);
    const mine = yearOldCase(h);
    const theirs = yearOldCase(h, '박민준', OTHER_MANAGER);
    h.setClock('2026-03-04 10:00');
    const list = h.call<{
      today: string;
      overdue: { caseNo: string; clientName: string; kind: string; when: string }[];
      counts: { overdue: number; dueSoon: number };
      reminders: { enabled: boolean; owner: string; hour: number };
    }>('getTodayList', {});
    expect(list.today).toBe('2026-03-04');
    expect(list.overdue).toEqual([
      expect.objectContaining({ caseNo: mine, clientName: '김하늘', kind: 'reassessment', when: '1일 지남' }),
    ]);
    expect(list.reminders).toMatchObject({ enabled: true, owner: MANAGER, hour: 8 });
    const all = h.call<{ overdue: { caseNo: string }[] }>('getTodayList', { scope: 'all' });
    expect(all.overdue.map((i) => i.caseNo).sort()).toEqual([mine, theirs].sort());
    const one = h.call<{ overdue: { caseNo: string }[] }>('getTodayList', { caseManager: OTHER_MANAGER });
    expect(one.overdue.map((i) => i.caseNo)).toEqual([theirs]);
    expect(() => h.call('getTodayList', { scope: 'everyone' })).toThrow(
      "범위: 'mine'(내 사례) 또는 'all'(전체)",
    );
    expect(() => h.call('getTodayList', { secret: 1 })).toThrow('알 수 없는 항목이 있습니다: secret');
  });

  it('the 대시보드 shows caseload, overdue checks and reassessments and follow-ups per manager', () => {
    const h = startReminders();
    const caseNo = yearOldCase(h, '=김하늘');
    const { caseNo: closed } = h.call<{ caseNo: string }>(
      'saveIntake',
      P.intake({ intakeDate: '2025-11-03' }),
    );
    h.call('closeCase', P.closing(closed, { closedOn: '2025-12-03' }));
    h.setClock('2026-03-04 10:00');
    expect(h.call('refreshDashboard')).toEqual({ overdue: 2, dueSoon: 0, managers: 1 });
    expect(h.env.mails()).toHaveLength(0);
    const rows = h.dashboard();
    expect(rows[0]![0]).toBe('동 사례관리 대시보드');
    const header = rows.findIndex((r) => r[0] === '담당 사례관리자');
    expect(rows[header]).toEqual([
      '담당 사례관리자',
      '열린 사례',
      '사후관리 중',
      '점검 지남',
      '재사정 지남',
      '사후관리 예정·지남',
      '그 밖의 기한 지남',
      '다가옴',
      '오늘 알림 메일',
    ]);
    expect(rows[header + 1]!.slice(0, 8)).toEqual([MANAGER, '1', '1', '0', '1', '1', '0', '0']);
    // A name typed with a leading '=' stays text on the dashboard too.
    expect(rows.some((r) => r[0] === caseNo && r[1] === '=김하늘')).toBe(true);
    expect(rows.flat()).toContain('2026-03-03');
  });
});

describe('a case the 사례회의 did not select (비선정)', () => {
  /** Assessed in January and waiting for its plan: the plan is overdue on 2026-03-04. */
  function waitingForPlan(h: ReturnType<typeof startReminders>): string {
    const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake({ intakeDate: '2026-01-20' }));
    h.call('saveAssessment', P.assessment(caseNo, { assessedOn: '2026-01-26' }));
    return caseNo;
  }

  it('gets no reminder at all once the meeting decided 비선정, though the same case unselected would', () => {
    const waiting = startReminders();
    const pending = waitingForPlan(waiting);
    expect(waiting.runAt('2026-03-04 10:00')).toMatchObject({ status: 'done', sent: 1 });
    expect(waiting.mailsTo(MANAGER)[0]!.htmlBody).toContain(pending);

    const h = startReminders();
    const ended = waitingForPlan(h);
    h.call('recordConference', {
      caseNo: ended,
      kind: 'caseMeeting',
      heldOn: '2026-02-20',
      decision: 'notSelected',
    });
    h.runAt('2026-03-04 10:00');
    expect(h.mailsTo(MANAGER)).toHaveLength(0);
    expect(h.env.mails().filter((m) => m.htmlBody?.includes(ended))).toHaveLength(0);
  });
});
