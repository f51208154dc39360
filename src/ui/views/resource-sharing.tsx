/**
 * 자원 공유: the three ways the directory leaves or enters the 동, each looked at before it happens.
 * 협력기관에 게시 shows the very rows and addresses first and asks to confirm; HSDS 내보내기 makes
 * CSV files in Drive; 가져오기 always runs a dry run and imports exactly what it showed.
 */
import type { ComponentChildren } from 'preact';
import { ErrorNotice } from '../error-notice';
import { useState } from 'preact/hooks';
import type { ImportSummary, PublicationPlan, ResourceImportInput } from '../api';
import { useShell } from '../context';
import { ViewHeading } from '../form';
import { serverMessage } from '../rpc';
import { server } from '../server';

export function ResourceSharing({ onBack }: { onBack(): void }) {
  return (
    <div class="resource-sharing">
      <button type="button" class="back link" onClick={onBack}>
        ← 지역 자원
      </button>
      <ViewHeading title="자원 공유·가져오기" subtitle="대상자 정보는 어느 것에도 들어가지 않습니다" />
      <Publish />
      <ExportCsv />
      <ImportResources />
    </div>
  );
}

/** A running call's state, shared by the three sections. */
function useCall() {
  const { announce } = useShell();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const run = <T,>(start: string, call: () => Promise<T>, done: (result: T) => void) => {
    if (busy) return;
    setBusy(true);
    setError('');
    announce(start);
    call().then(
      (result) => {
        setBusy(false);
        done(result);
      },
      (failure: unknown) => {
        setBusy(false);
        const message = serverMessage(failure);
        setError(message);
        announce(message, 'error');
      },
    );
  };
  return { busy, error, run, announce };
}

/** A button that starts one call of a section; it stays disabled while any call of the section runs. */
function CallButton<T>(props: {
  call: ReturnType<typeof useCall>;
  tone: 'primary' | 'secondary';
  disabled?: boolean;
  start: string;
  request: () => Promise<T>;
  done: (result: T) => void;
  children: ComponentChildren;
}) {
  const { call } = props;
  return (
    <button
      type="button"
      class={props.tone}
      disabled={call.busy || props.disabled === true}
      onClick={() => call.run(props.start, props.request, props.done)}
    >
      {props.children}
    </button>
  );
}

function Publish() {
  const call = useCall();
  const [plan, setPlan] = useState<PublicationPlan | null>(null);
  const [url, setUrl] = useState('');
  const [header, ...rows] = plan?.table ?? [];
  const nameColumn = header ? Math.max(0, header.indexOf('자원명')) : 0;
  return (
    <section class="section sharing" aria-labelledby="publish-title">
      <h3 id="publish-title">협력기관에 게시</h3>
      <p class="hint">
        공유 표시한 자원의 공개 항목만 별도 시트에 옮기고, 설정의 협력기관 이메일에만 보기 권한을 줍니다.
      </p>
      <ErrorNotice message={call.error} />
      {plan === null ? (
        <CallButton
          call={call}
          tone="secondary"
          start="게시할 내용을 확인하는 중…"
          request={() => server.previewPublication({})}
          done={(p) => {
            setPlan(p);
            setUrl('');
            call.announce(
              `게시하면 자원 ${p.table.length - 1}건이 협력기관 ${p.sharedWith.length}곳에 보입니다.`,
            );
          }}
        >
          게시 미리보기
        </CallButton>
      ) : (
        <div class="publish-preview" data-testid="publish-preview">
          <p>
            <strong>받는 곳 ({plan.sharedWith.length})</strong>:{' '}
            {plan.sharedWith.length > 0
              ? plan.sharedWith.join(', ')
              : '없음 (설정에서 협력기관 이메일을 넣으세요)'}
          </p>
          <p>
            <strong>게시할 자원 {rows.length}건</strong> · 보이는 항목: {header?.join(', ')}
          </p>
          <ul class="plain small">
            {rows.map((row, i) => (
              <li key={i}>{row[nameColumn]}</li>
            ))}
          </ul>
          {plan.withheld.length > 0 ? (
            <div class="notice warning">
              <p>게시하지 않는 자원 {plan.withheld.length}건 (공개 내용에 대상자 정보로 보이는 것이 있음):</p>
              <ul class="plain">
                {plan.withheld.map((w) => (
                  <li key={w.resourceId}>
                    {w.name} ({w.resourceId}): {w.reason}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <p class="muted small">
            {plan.spreadsheetId
              ? '지난번에 만든 협력기관 시트를 새 내용으로 덮어씁니다.'
              : '협력기관용 시트를 새로 만듭니다.'}
          </p>
          <div class="form-actions">
            <CallButton
              call={call}
              tone="primary"
              start="게시하는 중…"
              request={() => server.publishResources({})}
              done={(result) => {
                setPlan(null);
                setUrl(result.url);
                call.announce(
                  `자원 ${result.count}건을 게시했습니다. 보기 공유: ${result.sharedWith.join(', ') || '없음'}`,
                  'success',
                );
              }}
            >
              {call.busy ? '게시하는 중…' : '이대로 게시'}
            </CallButton>
            <button type="button" class="secondary" disabled={call.busy} onClick={() => setPlan(null)}>
              취소
            </button>
          </div>
        </div>
      )}
      {url ? (
        <p>
          <a href={url} target="_blank" rel="noopener noreferrer">
            게시한 협력기관 시트 열기
          </a>
        </p>
      ) : null}
    </section>
  );
}

function ExportCsv() {
  const call = useCall();
  const [scope, setScope] = useState<'shareable' | 'all'>('shareable');
  const [made, setMade] = useState<{ url: string; count: number } | null>(null);
  return (
    <section class="section sharing" aria-labelledby="export-title">
      <h3 id="export-title">HSDS CSV 내보내기</h3>
      <fieldset class="field radio-group">
        <legend>내보낼 범위</legend>
        {(
          [
            ['shareable', '공유용: 공유 표시한 자원의 공개 항목'],
            ['all', '전체 백업: 모든 자원, 내부 항목 포함 (밖으로 보내지 마세요)'],
          ] as const
        ).map(([value, label]) => (
          <div class="choice" key={value}>
            <input
              type="radio"
              id={`export-${value}`}
              name="export-scope"
              checked={scope === value}
              onChange={() => setScope(value)}
            />
            <label for={`export-${value}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <ErrorNotice message={call.error} />
      <CallButton
        call={call}
        tone="secondary"
        start="CSV 파일을 만드는 중…"
        request={() => server.exportResourcesCsv({ scope })}
        done={(result) => {
          setMade({ url: result.url, count: result.count });
          call.announce(
            `자원 ${result.count}건을 CSV 파일 ${result.files.length}개로 내보냈습니다.`,
            'success',
          );
        }}
      >
        {call.busy ? '만드는 중…' : 'CSV 파일 만들기'}
      </CallButton>
      {made ? (
        <p>
          <a href={made.url} target="_blank" rel="noopener noreferrer">
            내보낸 폴더 열기 (자원 {made.count}건)
          </a>
        </p>
      ) : null}
    </section>
  );
}

function ImportResources() {
  const call = useCall();
  const [address, setAddress] = useState('');
  const [files, setFiles] = useState<{ name: string; content: string }[]>([]);
  const [summary, setSummary] = useState<{ input: ResourceImportInput; result: ImportSummary } | null>(null);
  const source = (): ResourceImportInput => (files.length > 0 ? { files } : { spreadsheet: address });
  const readFiles = (list: FileList | null) => {
    setSummary(null);
    Promise.all(
      [...(list ?? [])].map((file) => file.text().then((content) => ({ name: file.name, content }))),
    ).then(setFiles, () => call.announce('파일을 읽지 못했습니다.', 'error'));
  };
  return (
    <section class="section sharing" aria-labelledby="import-title">
      <h3 id="import-title">자원 가져오기</h3>
      <p class="hint">
        먼저 미리보기로 무엇이 추가·수정되는지 확인합니다. 미리보기는 아무것도 저장하지 않습니다.
      </p>
      <div class="field">
        <label for="import-sheet">협력기관 시트 주소</label>
        <input
          id="import-sheet"
          type="text"
          value={address}
          autoComplete="off"
          placeholder="https://docs.google.com/spreadsheets/d/…"
          disabled={files.length > 0}
          onInput={(e) => {
            setAddress(e.currentTarget.value);
            setSummary(null);
          }}
        />
      </div>
      <div class="field">
        <label for="import-files">또는 HSDS CSV 파일</label>
        <input
          id="import-files"
          type="file"
          accept=".csv,text/csv"
          multiple
          onChange={(e) => readFiles(e.currentTarget.files)}
        />
      </div>
      <ErrorNotice message={call.error} />
      <CallButton
        call={call}
        tone="secondary"
        disabled={files.length === 0 && address.trim() === ''}
        start="가져올 자료를 확인하는 중…"
        request={() => {
          const input = source();
          return server.previewResourceImport(input).then((result) => ({ input, result }));
        }}
        done={(preview) => {
          setSummary(preview);
          call.announce(importLine(preview.result, '가져오면'));
        }}
      >
        미리보기 (저장하지 않음)
      </CallButton>
      {summary ? (
        <div class="import-preview" data-testid="import-preview">
          <p>
            <strong>{summary.result.source}</strong>: {importLine(summary.result, '가져오면')}
          </p>
          <ul class="plain small">
            {summary.result.changes.map((c) => (
              <li key={`${c.action}-${c.resourceId}`}>
                {c.action === 'new' ? '새로' : '수정'} · {c.name}
                {c.fields.length > 0 ? ` (${c.fields.join(', ')})` : ''}
              </li>
            ))}
          </ul>
          {summary.result.skippedRows.length > 0 ? (
            <div class="notice warning">
              <p>건너뛰는 줄:</p>
              <ul class="plain small">
                {summary.result.skippedRows.map((row) => (
                  <li key={row.where}>
                    {row.where}: {row.problems.join(' ')}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {summary.result.notes.map((note) => (
            <p key={note} class="muted small">
              {note}
            </p>
          ))}
          <CallButton
            call={call}
            tone="primary"
            disabled={summary.result.created + summary.result.updated === 0}
            start="가져오는 중…"
            request={() =>
              server.importResources({ ...summary.input, previewToken: summary.result.previewToken })
            }
            done={(result) => {
              setSummary(null);
              call.announce(`가져왔습니다: ${importLine(result, '')}`, 'success');
            }}
          >
            이대로 가져오기
          </CallButton>
        </div>
      ) : null}
    </section>
  );
}

function importLine(s: ImportSummary, lead: string): string {
  return `${lead ? `${lead} ` : ''}새 자원 ${s.created}건, 수정 ${s.updated}건, 그대로 ${s.unchanged}건, 건너뜀 ${s.skipped}건.`;
}
