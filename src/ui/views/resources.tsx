/**
 * 지역 자원: search and filter the resource directory, see who checked each resource and how often
 * plans use it (a count, never who), add and edit (./resource-form.tsx), and mark one checked today.
 */
import { ErrorNotice } from '../error-notice';
import { formatPhone } from '../phone';
import { withParticle } from '../../domain/korean';
import { useEffect, useRef, useState } from 'preact/hooks';
import { RESOURCE_KINDS, SECTORS } from '../../domain/vocabulary';
import type { ResourceList, ResourceView } from '../api';
import { useShell } from '../context';
import { ViewHeading } from '../form';
import {
  listRequest,
  NO_FILTER,
  usageText,
  verifiedText,
  verifyPayload,
  type ResourceFilter,
} from '../resources';
import { serverMessage } from '../rpc';
import { server } from '../server';

interface ResourcesProps {
  onBack(): void;
  onSharing(): void;
  onAdd(): void;
  onEdit(resource: ResourceView): void;
}

type State =
  | { status: 'loading'; list: ResourceList | null }
  | { status: 'ready'; list: ResourceList }
  | { status: 'error'; message: string; list: ResourceList | null };

const SEARCH_DELAY_MS = 300;

export function ResourcesView(props: ResourcesProps) {
  const { announce, today } = useShell();
  const [filter, setFilter] = useState<ResourceFilter>(NO_FILTER);
  const [state, setState] = useState<State>({ status: 'loading', list: null });
  const [verifying, setVerifying] = useState<string | null>(null);
  const request = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(filter);
  latest.current = filter;

  const load = (next: ResourceFilter = latest.current): Promise<void> => {
    const id = ++request.current;
    setState((s) => ({ status: 'loading', list: s.list }));
    return server.listResources(listRequest(next)).then(
      (list) => {
        if (id === request.current) setState({ status: 'ready', list });
      },
      (error: unknown) => {
        if (id === request.current)
          setState((s) => ({ status: 'error', message: serverMessage(error), list: s.list }));
      },
    );
  };

  useEffect(() => {
    void load(NO_FILTER);
    return () => clearTimeout(timer.current);
  }, []);

  const change = (patch: Partial<ResourceFilter>, delay = 0) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setFilter(next);
    clearTimeout(timer.current);
    if (delay > 0) timer.current = setTimeout(() => void load(next), delay);
    else void load(next);
  };

  const verify = (resource: ResourceView) => {
    if (verifying) return;
    setVerifying(resource.resourceId);
    announce(`${resource.name}: 확인 기록을 저장하는 중…`);
    server.saveResource(verifyPayload(resource, today)).then(
      () =>
        load().then(() => {
          setVerifying(null);
          announce(
            `${withParticle(resource.name, '을')} 오늘(${today}) 확인한 것으로 기록했습니다.`,
            'success',
          );
        }),
      (error: unknown) => {
        setVerifying(null);
        announce(serverMessage(error), 'error');
      },
    );
  };

  const list = state.list;
  return (
    <div class="resources">
      <button type="button" class="back link" onClick={props.onBack}>
        ← 사례 목록
      </button>
      <ViewHeading title="지역 자원" />
      <button type="button" class="primary wide" onClick={props.onAdd}>
        ＋ 자원 등록
      </button>
      <button type="button" class="secondary wide" onClick={props.onSharing}>
        협력기관 게시 · CSV 내보내기 · 가져오기
      </button>
      <form
        role="search"
        class="search"
        onSubmit={(e) => {
          e.preventDefault();
          change({});
        }}
      >
        <label for="resource-search">자원 찾기</label>
        <div class="search-row">
          <input
            id="resource-search"
            type="search"
            value={filter.query}
            autoComplete="off"
            placeholder="예: 반찬, 돌봄, 복지관"
            onInput={(e) => change({ query: e.currentTarget.value }, SEARCH_DELAY_MS)}
          />
          <button type="submit" class="secondary">
            검색
          </button>
        </div>
      </form>
      <div class="filters">
        <div class="filter">
          <label for="resource-kind">유형</label>
          <select
            id="resource-kind"
            value={filter.kind}
            onChange={(e) => change({ kind: e.currentTarget.value })}
          >
            <option value="">전체</option>
            {RESOURCE_KINDS.keys.map((k) => (
              <option key={k} value={k}>
                {RESOURCE_KINDS.labels[k]}
              </option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="resource-sector">공공/민간</label>
          <select
            id="resource-sector"
            value={filter.sector}
            onChange={(e) => change({ sector: e.currentTarget.value })}
          >
            <option value="">전체</option>
            {SECTORS.keys.map((k) => (
              <option key={k} value={k}>
                {SECTORS.labels[k]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="choice">
        <input
          id="resource-shareable"
          type="checkbox"
          checked={filter.shareableOnly}
          onChange={(e) => change({ shareableOnly: e.currentTarget.checked })}
        />
        <label for="resource-shareable">협력기관 공유 자원만</label>
      </div>

      <div aria-busy={state.status === 'loading' ? 'true' : undefined}>
        {state.status === 'error' ? (
          <ErrorNotice message={state.message} onRetry={() => void load()} />
        ) : null}
        {state.status === 'loading' && !list ? <p class="muted">자원 목록을 불러오는 중…</p> : null}
        {list && list.problemCount > 0 ? (
          <div class="notice warning" role="note">
            <p>
              시트에 형식이 맞지 않는 값이 {list.problemCount}건 있습니다. 자원 탭에서 직접 고친 행을
              확인하세요.
            </p>
          </div>
        ) : null}
        {list ? (
          list.resources.length === 0 ? (
            <p class="empty">
              {filter.query.trim() || filter.kind || filter.sector || filter.shareableOnly
                ? '조건에 맞는 자원이 없습니다. 검색어나 필터를 바꿔 보세요.'
                : '아직 등록한 자원이 없습니다 — ‘자원 등록’으로 시작하세요.'}
            </p>
          ) : (
            <>
              <p class="summary-line">
                {list.total}건
                {list.total > list.resources.length ? ` 중 ${list.resources.length}건 표시` : ''}
              </p>
              <ul class="case-list resource-list">
                {list.resources.map((r) => (
                  <li key={r.resourceId}>
                    <ResourceCard
                      resource={r}
                      busy={verifying !== null}
                      verifiedToday={r.verifiedOn === today}
                      onEdit={() => props.onEdit(r)}
                      onVerify={() => verify(r)}
                    />
                  </li>
                ))}
              </ul>
            </>
          )
        ) : null}
      </div>
    </div>
  );
}

function ResourceCard(props: {
  resource: ResourceView;
  busy: boolean;
  verifiedToday: boolean;
  onEdit(): void;
  onVerify(): void;
}) {
  const r = props.resource;
  const titleId = `res-${r.resourceId}`;
  return (
    <article class="resource-card" aria-labelledby={titleId}>
      <h3 class="resource-name" id={titleId}>
        {r.name || '(이름 없음)'}
      </h3>
      <p class="resource-badges">
        {r.kindLabel ? <span class="badge stage">{r.kindLabel}</span> : null}
        {r.sectorLabel ? <span class="badge">{r.sectorLabel}</span> : null}
        {r.category ? <span class="badge">{r.category}</span> : null}
        {r.shareable ? <span class="badge">공유</span> : null}
        {r.status === 'inactive' ? <span class="badge danger">{r.statusLabel}</span> : null}
      </p>
      <dl class="mini">
        {r.provider ? <Fact label="제공기관" value={r.provider} /> : null}
        {r.contact || r.contactPerson ? (
          <Fact label="연락처" value={[r.contactPerson, formatPhone(r.contact)].filter(Boolean).join(' ')} />
        ) : null}
        {r.area ? <Fact label="지역" value={r.area} /> : null}
        {r.eligibility ? <Fact label="대상" value={r.eligibility} /> : null}
      </dl>
      <p class={`small${r.needsVerification ? ' warning-text' : ' muted'}`}>
        {verifiedText(r)}
        {r.needsVerification ? ' · 확인 필요' : ''}
      </p>
      <p class="small muted">{usageText(r)}</p>
      <div class="card-actions">
        <button type="button" class="secondary" aria-label={`${r.name} 수정`} onClick={props.onEdit}>
          수정
        </button>
        <button
          type="button"
          class="secondary"
          aria-label={`${r.name} ${props.verifiedToday ? '오늘 확인함' : '확인함 (오늘 검증)'}`}
          disabled={props.busy || props.verifiedToday}
          onClick={props.onVerify}
        >
          {props.verifiedToday ? '오늘 확인함' : '확인함 (오늘 검증)'}
        </button>
      </div>
    </article>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
