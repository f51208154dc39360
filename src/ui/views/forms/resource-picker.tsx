/** 자원에서 고르기: a plan item's provider picked from the resource directory. */
import { useRef, useState } from 'preact/hooks';
import type { ResourceView } from '../../api';
import { pickResources } from '../../resources';
import { serverMessage } from '../../rpc';
import { server } from '../../server';

type DirectoryState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; resources: ResourceView[] }
  | { status: 'error'; message: string };

export interface Directory {
  state: DirectoryState;
  /** Reads the directory once (the first time a picker opens), again after an error. */
  load(): void;
}

export function useDirectory(): Directory {
  const [state, setState] = useState<DirectoryState>({ status: 'idle' });
  const started = useRef(false);
  return {
    state,
    load() {
      if (started.current) return;
      started.current = true;
      setState({ status: 'loading' });
      server.listResources({}).then(
        (list) => setState({ status: 'ready', resources: list.resources }),
        (error: unknown) => {
          started.current = false;
          setState({ status: 'error', message: serverMessage(error) });
        },
      );
    },
  };
}

export function ResourcePicker(props: {
  index: number;
  directory: Directory;
  resourceId: string;
  resourceName: string;
  onPick(resource: ResourceView): void;
  onUnlink(): void;
}) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const details = useRef<HTMLDetailsElement>(null);
  const { state } = props.directory;
  const searchId = `items-${props.index}-resource-search`;
  const linked =
    props.resourceName ||
    (state.status === 'ready' ? state.resources.find((r) => r.resourceId === props.resourceId)?.name : '') ||
    props.resourceId;
  const found = state.status === 'ready' ? pickResources(state.resources, query) : [];
  return (
    <div class="resource-picker">
      {props.resourceId ? (
        <p class="small linked-resource">
          연결된 자원: <strong>{linked}</strong>{' '}
          <button
            type="button"
            class="link"
            aria-label={`항목 ${props.index + 1}의 자원 연결 풀기`}
            onClick={props.onUnlink}
          >
            연결 풀기
          </button>
        </p>
      ) : null}
      <details
        ref={details}
        open={open}
        onToggle={(e) => {
          const isOpen = e.currentTarget.open;
          setOpen(isOpen);
          if (isOpen) props.directory.load();
        }}
      >
        <summary aria-label={`항목 ${props.index + 1} 제공기관을 자원에서 고르기`}>자원에서 고르기</summary>
        <div class="picker-body">
          <label for={searchId}>자원 검색</label>
          <input
            id={searchId}
            type="search"
            value={query}
            autoComplete="off"
            placeholder="이름, 기관, 분야"
            onInput={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={(e) => {
              // Enter in the search box must not save the plan.
              if (e.key === 'Enter') e.preventDefault();
            }}
          />
          {state.status === 'loading' || state.status === 'idle' ? (
            <p class="muted small">자원 목록을 불러오는 중…</p>
          ) : state.status === 'error' ? (
            <p class="field-error">{state.message}</p>
          ) : found.length === 0 ? (
            <p class="muted small">맞는 자원이 없습니다.</p>
          ) : (
            <ul class="plain pick-list" aria-label="고를 수 있는 자원">
              {found.map((r) => (
                <li key={r.resourceId}>
                  <button
                    type="button"
                    class="pick"
                    onClick={() => {
                      props.onPick(r);
                      setOpen(false);
                      setQuery('');
                      setTimeout(() => details.current?.querySelector('summary')?.focus(), 0);
                    }}
                  >
                    <strong>{r.name}</strong>
                    {r.provider ? <span class="muted"> · {r.provider}</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </details>
    </div>
  );
}
