/**
 * 내 사례: the case list by stage, overdue first, with search, 내 사례/전체, 새 접수 and unfinished drafts;
 * below it, the 서비스체계 빈틈 보고서 for the 통합사례회의 and the whole sheet's 시트 점검.
 */
import { ErrorNotice } from '../error-notice';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaseList, CaseSummary, DataHealthReport } from '../api';
import { dueInfo, groupCases, nextDueKind, type CaseGroup } from '../cases';
import { useShell } from '../context';
import { formatSavedAt, ViewHeading } from '../form';
import { serverMessage } from '../rpc';
import { server } from '../server';
import { todayCount, todayRequest } from '../today';
import { ListSkeleton } from '../skeleton';
import { CaseRowButton } from './case-row';
import { GapReport } from './gap-report';
import { ScopeToggle, type Scope } from './scope-toggle';
import { Welcome } from './welcome';

export type { Scope };

interface HomeProps {
  me: string | null;
  scope: Scope;
  onScope(scope: Scope): void;
  onMe(email: string): void;
  onForgetMe(): void;
  onListed(list: CaseList): void;
  onOpenCase(caseNo: string): void;
  onNewIntake(): void;
  onResumeDraft(form: string, caseNo: string | null): void;
  onToday(): void;
  onResources(): void;
  onSettings(): void;
  /** The welcome card set the sheet up: show the home view afresh and say what was done. */
  onSetUp(message: string): void;
}

type ListState =
  | { status: 'loading'; list: CaseList | null }
  | { status: 'ready'; list: CaseList }
  | { status: 'error'; message: string; list: CaseList | null };

const SEARCH_DELAY_MS = 300;

export function Home(props: HomeProps) {
  const { drafts, today } = useShell();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<ListState>({ status: 'loading', list: null });
  /** Set when the list failed because the sheet has not been set up: the welcome card shows. */
  const [missingTabs, setMissingTabs] = useState<string[] | null>(null);
  const requestId = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const filterMine = props.scope === 'mine' && props.me !== null;

  const load = (text: string) => {
    const id = ++requestId.current;
    setState((s) => ({ status: 'loading', list: s.list }));
    server
      .listCases({
        query: text.trim() === '' ? undefined : text.trim(),
        caseManager: filterMine ? (props.me ?? undefined) : undefined,
      })
      .then(
        (list) => {
          if (id !== requestId.current) return; // an older answer arriving late
          setState({ status: 'ready', list });
          props.onListed(list);
        },
        (error: unknown) => {
          if (id !== requestId.current) return;
          setState((s) => ({ status: 'error', message: serverMessage(error), list: s.list }));
          // Only a failed list costs this call: a new sheet has none of the add-on's tabs.
          server.getSetupStatus({}).then(
            (status) => {
              if (id === requestId.current && !status.ready) setMissingTabs(status.missingTabs);
            },
            () => undefined,
          );
        },
      );
  };

  useEffect(() => {
    load(query);
    return () => clearTimeout(timer.current);
  }, [props.scope, props.me]);

  // How many things are due, for the 오늘 할 일 button (limit 1: the counts come before the cut).
  const [due, setDue] = useState<{ total: number; overdue: number } | null>(null);
  useEffect(() => {
    let current = true;
    server.getTodayList({ ...todayRequest(props.scope, props.me), limit: 1 }).then(
      (list) => {
        if (current) setDue({ total: todayCount(list), overdue: list.counts.overdue });
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [props.scope, props.me]);

  const onQuery = (text: string) => {
    setQuery(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => load(text), SEARCH_DELAY_MS);
  };

  const list = state.list;
  const pending = drafts.list();
  const title = props.scope === 'mine' ? '내 사례' : '전체 사례';
  const loadedToday = list?.today ?? today;

  return (
    <div class="home">
      <ViewHeading title={title} />
      <nav class="home-nav" aria-label="바로 가기">
        <button
          type="button"
          class={`secondary${due && due.overdue > 0 ? ' has-overdue' : ''}`}
          onClick={props.onToday}
        >
          오늘 할 일{due ? ` (${due.total})` : ''}
        </button>
        <button type="button" class="secondary" onClick={props.onResources}>
          지역 자원
        </button>
        <button type="button" class="secondary" onClick={props.onSettings}>
          설정
        </button>
      </nav>
      <button
        type="button"
        class="primary wide new-intake"
        onClick={props.onNewIntake}
        disabled={missingTabs !== null}
        aria-describedby={missingTabs !== null ? 'welcome-title' : undefined}
      >
        ＋ 새 접수
      </button>
      {missingTabs !== null ? <Welcome missingTabs={missingTabs} onReady={props.onSetUp} /> : null}

      {pending.length > 0 ? (
        <section class="drafts" aria-labelledby="drafts-title">
          <h3 id="drafts-title">작성 중인 입력</h3>
          <p class="muted small">
            이 컴퓨터에만 남아 있고, {drafts.keepDays()}일 동안 고치지 않으면 지워집니다.
          </p>
          <ul class="plain">
            {pending.map((d) => (
              <li key={d.key}>
                <button type="button" class="link" onClick={() => props.onResumeDraft(d.form, d.caseNo)}>
                  이어서 입력: {d.label}
                </button>
                <span class="muted"> ({formatSavedAt(d.savedAt)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {missingTabs !== null ? null : (
        <>
          {list && list.problemCount > 0 ? <DataHealthNotice count={list.problemCount} /> : null}

          <form
            role="search"
            class="search"
            onSubmit={(e) => {
              e.preventDefault();
              clearTimeout(timer.current);
              load(query);
            }}
          >
            <label for="case-search">이름, 관리번호, 전화번호로 찾기</label>
            <div class="search-row">
              <input
                id="case-search"
                type="search"
                value={query}
                autoComplete="off"
                placeholder="예: 김하늘, 2026-0001, 2345-6789"
                onInput={(e) => onQuery(e.currentTarget.value)}
              />
              <button type="submit" class="secondary">
                검색
              </button>
            </div>
          </form>

          <ScopeToggle name="scope" scope={props.scope} onScope={props.onScope} />

          {props.scope === 'mine' && props.me !== null ? (
            <p class="muted small me-line">
              내 계정: <span class="wrap">{props.me}</span>{' '}
              <button type="button" class="link" onClick={props.onForgetMe}>
                계정 바꾸기
              </button>
            </p>
          ) : null}
          {props.scope === 'mine' && props.me === null && list && list.cases.length > 0 ? (
            <ChooseMe list={list} onMe={props.onMe} />
          ) : null}
        </>
      )}
      <div aria-busy={state.status === 'loading' ? 'true' : undefined}>
        {state.status === 'error' && missingTabs === null ? (
          <ErrorNotice message={state.message} onRetry={() => load(query)} />
        ) : null}
        {state.status === 'loading' && !list ? <ListSkeleton label="사례 목록을 불러오는 중…" /> : null}
        {list ? (
          <CaseGroups
            list={list}
            today={loadedToday}
            query={query}
            showManager={!filterMine}
            scope={filterMine ? 'mine' : 'all'}
            onOpenCase={props.onOpenCase}
          />
        ) : null}
      </div>
      {missingTabs === null && list ? (
        <>
          <GapReport />
          {list.problemCount > 0 ? null : <DataHealthNotice count={0} />}
        </>
      ) : null}
    </div>
  );
}

function ChooseMe({ list, onMe }: { list: CaseList; onMe(email: string): void }) {
  const managers = [...new Set(list.cases.map((c) => c.caseManager).filter(Boolean))].sort();
  const [choice, setChoice] = useState('');
  return (
    <div class="notice info">
      <p>내 계정을 아직 알 수 없어 전체 사례를 보여 줍니다. 한 번 저장하면 자동으로 알게 됩니다.</p>
      {managers.length > 0 ? (
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (choice) onMe(choice);
          }}
        >
          <label for="me-select">내 계정 고르기</label>
          <div class="search-row">
            <select id="me-select" value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
              <option value="">선택하세요</option>
              {managers.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
            <button type="submit" class="secondary" disabled={!choice}>
              확인
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

interface GroupsProps {
  list: CaseList;
  today: string;
  query: string;
  showManager: boolean;
  scope: Scope;
  onOpenCase(caseNo: string): void;
}

function CaseGroups(props: GroupsProps) {
  const { list } = props;
  if (list.cases.length === 0) {
    const q = props.query.trim();
    return (
      <div class="empty">
        {q ? (
          <p>‘{q}’에 맞는 사례가 없습니다. 이름, 관리번호, 전화번호를 다시 확인하세요.</p>
        ) : props.scope === 'mine' ? (
          <p>
            아직 담당한 사례가 없습니다 — 새 접수로 시작하세요. 다른 사람의 사례는 ‘전체’에서 볼 수 있습니다.
          </p>
        ) : (
          <p>아직 사례가 없습니다 — 새 접수로 시작하세요.</p>
        )}
      </div>
    );
  }
  const groups = groupCases(list.cases);
  const overdue = list.cases.filter((c) => c.overdue).length;
  return (
    <div class="groups">
      <p class="summary-line">
        {list.cases.length}건{overdue > 0 ? <span class="danger-text"> · 기한 지남 {overdue}건</span> : null}
      </p>
      {groups.map((g) => (
        <Group key={g.stage ?? 'none'} group={g} {...props} />
      ))}
    </div>
  );
}

function Group(props: GroupsProps & { group: CaseGroup }) {
  const { group } = props;
  const id = `group-${group.stage ?? 'none'}`;
  const rows = (
    <ul class="case-list">
      {group.cases.map((c) => (
        <li key={c.caseNo}>
          <CaseRow
            summary={c}
            today={props.today}
            showManager={props.showManager}
            onOpen={props.onOpenCase}
          />
        </li>
      ))}
    </ul>
  );
  const heading = (
    <>
      {group.label} <span class="count">{group.cases.length}건</span>
      {group.overdue > 0 ? <span class="danger-text"> · 기한 지남 {group.overdue}</span> : null}
    </>
  );
  if (group.finished) {
    return (
      <details class="group">
        <summary>
          <h3 class="inline">{heading}</h3>
        </summary>
        {rows}
      </details>
    );
  }
  return (
    <section class="group" aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      {rows}
    </section>
  );
}

function CaseRow(props: {
  summary: CaseSummary;
  today: string;
  showManager: boolean;
  onOpen(caseNo: string): void;
}) {
  const c = props.summary;
  const due = dueInfo(c.nextDue, props.today);
  return (
    <CaseRowButton
      name={c.clientName}
      tone={c.overdue ? 'overdue' : 'plain'}
      onOpen={() => props.onOpen(c.caseNo)}
      badges={
        <>
          {c.overdue ? <span class="badge danger">기한 지남</span> : null}{' '}
          {c.caseType === 'highDifficulty' ? <span class="badge">고난도</span> : null}
        </>
      }
      meta={
        <>
          {c.caseNo}
          {c.birthDate ? ` · ${c.birthDate}생` : ''}
          {props.showManager && c.caseManager ? ` · 담당 ${c.caseManager.split('@')[0]}` : ''}
        </>
      }
      due={
        c.nextDue
          ? {
              state: due.state,
              text: `${nextDueKind(c)} ${c.nextDue}${due.text ? ` (${due.text})` : ''}`,
            }
          : null
      }
    />
  );
}

/**
 * Rows someone broke by hand in the sheet, listed on demand so they can be fixed there. Shown as a
 * warning when the case list itself met broken 사례 rows; otherwise a folded 시트 점검 at the foot of
 * the list, since what only the whole check finds (a 단계 typed by hand that no record explains, a
 * duplicated 관리번호, an orphan row) must be reachable without a broken row to show the way.
 */
function DataHealthNotice({ count }: { count: number }) {
  const [report, setReport] = useState<DataHealthReport | null>(null);
  const [failed, setFailed] = useState('');
  const load = (event: Event) => {
    if (report || !(event.currentTarget as HTMLDetailsElement).open) return;
    setFailed('');
    server.checkDataHealth({}).then(setReport, (error: unknown) => setFailed(serverMessage(error)));
  };
  const found = report !== null && (report.total > 0 || report.notices.length > 0);
  return (
    <details class={count > 0 ? 'notice warning' : 'section data-health'} onToggle={load}>
      <summary>
        {count > 0 ? `확인이 필요한 줄이 있습니다 (사례 탭 ${count}건)` : '시트 점검 (손으로 고친 값 확인)'}
      </summary>
      <p>
        시트에서 직접 고친 값 중 형식이 맞지 않거나 기록과 맞지 않는 것을 모든 탭에서 찾습니다. 알려 준 탭과
        줄을 고치면 사라집니다.
      </p>
      {failed ? <p class="field-error">{failed}</p> : null}
      {report === null && !failed ? <p class="muted">확인하는 중…</p> : null}
      {report !== null && !found ? <p class="empty">확인이 필요한 줄이 없습니다.</p> : null}
      {found ? (
        <ul class="plain health">
          {report.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
          {report.problems.map((p) => (
            <li key={`${p.table}-${p.rowNumber}-${p.column}`}>
              <strong>
                {p.table} {p.rowNumber}행{p.column ? ` · ${p.column}` : ''}
              </strong>
              : {p.problem}
            </li>
          ))}
          {report.total > report.problems.length ? (
            <li>외 {report.total - report.problems.length}건</li>
          ) : null}
        </ul>
      ) : null}
    </details>
  );
}
