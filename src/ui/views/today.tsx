/** 오늘 할 일: what is overdue (red) and due soon, by case; a line opens its case. */
import { ErrorNotice } from '../error-notice';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TodayList } from '../api';
import { ViewHeading } from '../form';
import { serverMessage } from '../rpc';
import { server } from '../server';
import { dayLine, reminderLines, todayLines, todayRequest, type TodayLine, type TodayScope } from '../today';
import { CaseRowButton } from './case-row';
import { ScopeToggle } from './scope-toggle';

interface TodayProps {
  me: string | null;
  scope: TodayScope;
  onScope(scope: TodayScope): void;
  onOpenCase(caseNo: string): void;
  onBack(): void;
}

type State =
  | { status: 'loading'; list: TodayList | null }
  | { status: 'ready'; list: TodayList }
  | { status: 'error'; message: string; list: TodayList | null };

export function TodayView(props: TodayProps) {
  const [state, setState] = useState<State>({ status: 'loading', list: null });
  const request = useRef(0);

  const load = () => {
    const id = ++request.current;
    setState((s) => ({ status: 'loading', list: s.list }));
    server.getTodayList(todayRequest(props.scope, props.me)).then(
      (list) => {
        if (id === request.current) setState({ status: 'ready', list });
      },
      (error: unknown) => {
        if (id === request.current)
          setState((s) => ({ status: 'error', message: serverMessage(error), list: s.list }));
      },
    );
  };
  useEffect(load, [props.scope, props.me]);

  const list = state.list;
  return (
    <div class="today">
      <button type="button" class="back link" onClick={props.onBack}>
        ← 사례 목록
      </button>
      <ViewHeading title="오늘 할 일" subtitle={list ? dayLine(list) : undefined} />
      <ScopeToggle name="today-scope" scope={props.scope} onScope={props.onScope} />
      <div aria-busy={state.status === 'loading' ? 'true' : undefined}>
        {state.status === 'error' ? <ErrorNotice message={state.message} onRetry={load} /> : null}
        {state.status === 'loading' && !list ? <p class="muted">오늘 할 일을 불러오는 중…</p> : null}
        {list ? <TodayBody list={list} onOpenCase={props.onOpenCase} /> : null}
      </div>
    </div>
  );
}

function TodayBody({ list, onOpenCase }: { list: TodayList; onOpenCase(caseNo: string): void }) {
  const lines = todayLines(list);
  const overdue = lines.filter((l) => l.tone === 'overdue');
  const soon = lines.filter((l) => l.tone === 'soon');
  const reminders = reminderLines(list.reminders);
  return (
    <>
      {lines.length === 0 ? (
        <p class="empty">오늘 할 일이 없습니다.</p>
      ) : (
        <>
          {overdue.length > 0 ? (
            <TodaySection
              id="today-overdue"
              title="기한 지남"
              count={list.counts.overdue}
              lines={overdue}
              onOpenCase={onOpenCase}
            />
          ) : null}
          {soon.length > 0 ? (
            <TodaySection
              id="today-soon"
              title="곧 할 일"
              count={list.counts.dueSoon}
              lines={soon}
              onOpenCase={onOpenCase}
            />
          ) : null}
          {list.truncated ? (
            <p class="muted small">목록이 길어 일부만 보여 줍니다. 사례 목록에서 나머지를 확인하세요.</p>
          ) : null}
        </>
      )}
      <section class="reminder-status" aria-labelledby="reminder-status-title">
        <h3 id="reminder-status-title" class="visually-hidden">
          매일 알림 상태
        </h3>
        <p class="muted small">{reminders.state}</p>
        {reminders.lastRun ? <p class="muted small">{reminders.lastRun}</p> : null}
        {reminders.failure ? (
          <div class="notice warning" role="note">
            <p class="pre">{reminders.failure}</p>
          </div>
        ) : null}
      </section>
    </>
  );
}

function TodaySection(props: {
  id: string;
  title: string;
  count: number;
  lines: TodayLine[];
  onOpenCase(caseNo: string): void;
}) {
  return (
    <section class="group" aria-labelledby={props.id}>
      <h3 id={props.id} class={props.id === 'today-overdue' ? 'danger-text' : undefined}>
        {props.title} <span class="count">{props.count}건</span>
      </h3>
      <ul class="case-list">
        {props.lines.map(({ key, tone, item }) => (
          <li key={key}>
            <CaseRowButton
              name={item.clientName}
              variant="today-row"
              tone={tone}
              onOpen={() => props.onOpenCase(item.caseNo)}
              badges={<span class="badge">{item.kindLabel}</span>}
              meta={item.caseNo}
              title={item.title}
              due={{
                state: tone === 'overdue' ? 'overdue' : 'soon',
                text:
                  `${item.when} · ${item.dueOn}` +
                  (item.ruleDueOn !== item.dueOn ? ` (원래 ${item.ruleDueOn}, 쉬는 날이라 옮김)` : ''),
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
