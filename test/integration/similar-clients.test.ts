import {
  OTHER_MANAGER,
  refusal,
  startAddon,
  tabRows,
  workbookState,
  type Harness,
} from '../support/addon-harness';
import { auditLog } from '../support/audit-log';
import * as P from '../support/payloads';

/**
 * No resident twice: an intake whose name and birth date, or whose phone, match an existing case
 * is shown that case and is saved only once the case manager says 다른 사람입니다; a draft sent again
 * after a slow save returns the case it already opened instead of a second one.
 */
const TODAY = '2026-05-01';
const KEY = 'dtestdraftkey0001';

function withCase(): { h: Harness; caseNo: string } {
  const h = startAddon({ now: `${TODAY}T10:00:00+09:00` });
  const { caseNo } = h.call<{ caseNo: string }>('saveIntake', P.intake());
  return { h, caseNo };
}

interface Matches {
  matches: { caseNo: string; clientName: string; birthDate: string; stageLabel: string; because: string }[];
}

describe('findSimilarClients', () => {
  it('finds a case by name and birth date (spaces aside) or by the phone digits, and nothing else', () => {
    const { h, caseNo } = withCase();
    const byName = h.call<Matches>('findSimilarClients', { name: '김 하늘', birthDate: '1948-05-17' });
    expect(byName.matches).toEqual([
      expect.objectContaining({
        caseNo,
        clientName: '김하늘',
        birthDate: '1948-05-17',
        stageLabel: '초기상담',
        because: '이름·생년월일',
      }),
    ]);
    const byPhone = h.call<Matches>('findSimilarClients', { name: '박다른', phone: '01000001234' });
    expect(byPhone.matches.map((m) => [m.caseNo, m.because])).toEqual([[caseNo, '연락처']]);
    // The same name with another birth date is another person.
    expect(
      h.call<Matches>('findSimilarClients', { name: '김하늘', birthDate: '1990-01-01' }).matches,
    ).toEqual([]);
    expect(refusal(h, 'findSimilarClients', { birthDate: '1948-13-01' })).toMatch(/생년월일: 날짜는/);
  });
});

describe('findSimilarClients is logged: it shows other residents’ records (issue 12)', () => {
  it('writes one 변경이력 row per case shown, naming the officer and the case, in one append', () => {
    const { h, caseNo } = withCase();
    const { caseNo: second } = h.call<{ caseNo: string }>('saveIntake', {
      ...P.intake({ client: { name: '박다른', birthDate: '1950-02-02', phone: '01000001234' } }),
      notDuplicateOf: [caseNo],
    });
    const before = auditLog(h.env).length;
    h.env.setUser(OTHER_MANAGER);
    h.env.counters.reset();
    // Same name and birth date as the first case, the phone of the second.
    const { matches } = h.call<Matches>('findSimilarClients', {
      name: '김하늘',
      birthDate: '1948-05-17',
      phone: '010-0000-1234',
    });
    const appends = h.env.counters.total('Range.setValues');
    expect(matches.map((m) => m.caseNo).sort()).toEqual([caseNo, second].sort());

    const added = auditLog(h.env).slice(before);
    expect(added.map((r) => [r['관리번호'], r['사용자'], r['작업']]).sort()).toEqual(
      [
        [caseNo, OTHER_MANAGER, '중복 확인 열람'],
        [second, OTHER_MANAGER, '중복 확인 열람'],
      ].sort(),
    );
    for (const row of added) {
      expect(row['일시']).toMatch(/^2026-05-01 \d{2}:\d{2}:\d{2}$/);
      expect(row['서명']).toMatch(/^[A-Za-z0-9+/]{43}=$/);
      // What was shown is named by the case; the names and birth dates are not copied into the log.
      expect(row['내용']).not.toMatch(/김하늘|박다른|1948|1950|01000001234/);
    }
    expect(added.find((r) => r['관리번호'] === second)!['내용']).toContain('연락처');
    expect(appends).toBe(1);
  });

  it('writes nothing when nothing was shown', () => {
    const { h } = withCase();
    const state = workbookState(h.env);
    h.env.counters.reset();
    expect(
      h.call<Matches>('findSimilarClients', { name: '김하늘', birthDate: '1990-01-01' }).matches,
    ).toEqual([]);
    expect(workbookState(h.env)).toBe(state);
    expect(h.env.counters.total('LockService', 'Lock.')).toBe(0);
  });
});

describe('saveIntake from a sidebar draft', () => {
  it('refuses the same resident until 다른 사람입니다 names the case, writing nothing before', () => {
    const { h, caseNo } = withCase();
    const again = P.intake({ draftKey: KEY });
    const message = refusal(h, 'saveIntake', again);
    expect(message).toContain(
      `같은 사람으로 보이는 사례가 있어 접수하지 않았습니다: ${caseNo} 김하늘 (1948-05-17`,
    );
    expect(message).toContain("'다른 사람입니다'");
    const { caseNo: second } = h.call<{ caseNo: string }>('saveIntake', {
      ...again,
      notDuplicateOf: [caseNo],
    });
    expect(second).not.toBe(caseNo);
    expect(tabRows(h.env, '사례')).toHaveLength(2);
    expect(tabRows(h.env, '변경이력').pop()?.['내용']).toContain(`다른 사람으로 확인: ${caseNo}`);
  });

  it('opens one case for one draft, however often it is sent', () => {
    const h = startAddon({ now: `${TODAY}T10:00:00+09:00` });
    const draft = P.intake({ draftKey: KEY });
    const first = h.call<{ caseNo: string }>('saveIntake', draft);
    const state = workbookState(h.env);
    // The answer was lost (a slow save); the sidebar sends the same draft again.
    expect(h.call('saveIntake', draft)).toEqual(first);
    expect(workbookState(h.env)).toBe(state);
    expect(tabRows(h.env, '사례')).toHaveLength(1);
    expect(tabRows(h.env, '초기상담')[0]?.['입력 키']).toBe(KEY);
    // Another draft of another person is a new case.
    const other = h.call<{ caseNo: string }>(
      'saveIntake',
      P.intake({ draftKey: 'dotherdraft0002', client: { name: '이순자', birthDate: '1950-02-02' } }),
    );
    expect(other.caseNo).not.toBe(first.caseNo);
  });

  it('refuses a draft key that is not one, in Korean', () => {
    const { h } = withCase();
    expect(refusal(h, 'saveIntake', P.intake({ draftKey: '짧음' }))).toMatch(/입력 키: 영문·숫자 8~64자/);
  });
});
