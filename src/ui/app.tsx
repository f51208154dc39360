/**
 * The sidebar: which view is showing, the case it is about, the status line (aria-live), and the
 * keyboard rule that Escape goes back one level (form → case → list).
 */
import { ErrorNotice } from './error-notice';
import { withParticle } from '../domain/korean';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CaseFileView, CaseList, ResourceView } from './api';
import { takeDeliveredCaseFile } from './case-files';
import { FORM_TITLES, localToday, type FormKind } from './cases';
import { ShellContext, type NoticeKind, type Shell } from './context';
import { browserStorage, createDrafts, createPrefs, DRAFT_DAYS_PREF, draftDays } from './drafts';
import { serverMessage } from './rpc';
import { server } from './server';
import { CaseForm } from './views/case-forms';
import { CaseView } from './views/case-view';
import { Home, type Scope } from './views/home';
import { IntakeForm } from './views/intake-form';
import { ResourceForm } from './views/resource-form';
import { ResourcesView } from './views/resources';
import { ResourceSharing } from './views/resource-sharing';
import { SettingsView } from './views/settings';
import { TodayView } from './views/today';

export type View =
  | { name: 'home' }
  | { name: 'intake' }
  | { name: 'today' }
  | { name: 'resources' }
  | { name: 'settings' }
  | { name: 'sharing' }
  | { name: 'resourceForm'; resource: ResourceView | null }
  | { name: 'case'; caseNo: string }
  | { name: 'form'; form: FormKind; caseNo: string };

type CaseState =
  | { caseNo: string; status: 'loading'; file: CaseFileView | null }
  | { caseNo: string; status: 'ready'; file: CaseFileView }
  | { caseNo: string; status: 'error'; message: string; file: CaseFileView | null };

interface Notice {
  text: string;
  kind: NoticeKind;
  /** Changes on every announcement, so the same words said twice are read out twice. */
  serial: number;
}

const storage = browserStorage();
const prefs = createPrefs(storage);
const drafts = createDrafts(storage, {
  keepDays: () => draftDays(prefs.get(DRAFT_DAYS_PREF)),
  now: () => Date.now(),
});
const FORM_KINDS = Object.keys(FORM_TITLES) as (FormKind | 'intake')[];

function parentOf(view: View): View | null {
  switch (view.name) {
    case 'home':
      return null;
    case 'intake':
    case 'case':
    case 'today':
    case 'resources':
    case 'settings':
      return { name: 'home' };
    case 'resourceForm':
    case 'sharing':
      return { name: 'resources' };
    case 'form':
      return { name: 'case', caseNo: view.caseNo };
  }
}

/** The user showSidebar wrote into the page (src/gas/main.ts), '' in the preview's plain page. */
function pageUser(): string {
  const user = (globalThis as { DONG_CASE_USER?: unknown }).DONG_CASE_USER;
  return typeof user === 'string' ? user : '';
}

export function App() {
  const [view, setView] = useState<View>({ name: 'home' });
  const [caseState, setCaseState] = useState<CaseState | null>(null);
  const [today, setToday] = useState(localToday);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [me, setMeState] = useState<string | null>(() => prefs.get('me') || pageUser() || null);
  const [scope, setScopeState] = useState<Scope>(() => (prefs.get('scope') === 'all' ? 'all' : 'mine'));
  const serial = useRef(0);
  /** Bumped when the sheet was just set up: the home view mounts afresh and loads again. */
  const [homeSerial, setHomeSerial] = useState(0);
  const caseRequest = useRef(0);

  const announce = (text: string, kind: NoticeKind = 'info') => {
    serial.current += 1;
    setNotice({ text, kind, serial: serial.current });
  };

  const setMe = (email: string) => {
    if (!email || email === me) return;
    prefs.set('me', email);
    setMeState(email);
  };

  const loadCase = (caseNo: string, learnMe = false): Promise<void> => {
    const id = ++caseRequest.current;
    setCaseState((s) => ({ caseNo, status: 'loading', file: s && s.caseNo === caseNo ? s.file : null }));
    // Right after a save, its result carried the case as it now stands: no second round trip.
    const delivered = takeDeliveredCaseFile(caseNo);
    return (delivered ? Promise.resolve(delivered) : server.getCase({ caseNo })).then(
      (file) => {
        if (id !== caseRequest.current) return;
        setCaseState({ caseNo, status: 'ready', file });
        // Right after our own save, the case was last changed by us: that is who "me" is.
        if (learnMe && file.updatedBy) setMe(file.updatedBy);
      },
      (error: unknown) => {
        if (id !== caseRequest.current) return;
        const message = serverMessage(error);
        setCaseState((s) => ({
          caseNo,
          status: 'error',
          message,
          file: s && s.caseNo === caseNo ? s.file : null,
        }));
        throw new Error(message);
      },
    );
  };

  const go = (next: View) => {
    setView(next);
    if ((next.name === 'case' || next.name === 'form') && caseState?.caseNo !== next.caseNo) {
      loadCase(next.caseNo).catch(() => undefined);
    }
  };

  const back = () => {
    const parent = parentOf(view);
    if (!parent) return;
    if (view.name === 'form' || view.name === 'intake' || view.name === 'resourceForm') {
      if (drafts.available)
        announce(
          `입력한 내용은 이 컴퓨터에 ${drafts.keepDays()}일 동안 임시로 남아 있습니다. 다시 열면 이어서 입력할 수 있습니다.`,
        );
    } else {
      setNotice(null);
    }
    go(parent);
  };

  /**
   * After a save: read the case again (the form keeps showing 저장 중… meanwhile), then show it and
   * say what happened. The case view never shows the state from before the save.
   */
  const saved = (caseNo: string, message: string): Promise<void> =>
    loadCase(caseNo, true).then(
      () => {
        setView({ name: 'case', caseNo });
        announce(message, 'success');
      },
      (error: unknown) => {
        setView({ name: 'case', caseNo });
        announce(`${message}\n다만 사례를 다시 불러오지 못했습니다: ${serverMessage(error)}`, 'error');
      },
    );

  const backRef = useRef(back);
  backRef.current = back;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
      // Not while a save is under way: its answer decides where to go.
      if (document.querySelector('form[aria-busy="true"]')) return;
      event.preventDefault();
      backRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const shell: Shell = useMemo(() => ({ announce, drafts, today }), [today]);

  const onListed = (list: CaseList) => {
    if (list.today) setToday(list.today);
    if (list.currentUser) setMe(list.currentUser);
  };

  const resumeDraft = (form: string, caseNo: string | null) => {
    if (form === 'resource') resumeResourceDraft(caseNo);
    else if (form === 'intake' || !caseNo) go({ name: 'intake' });
    else if ((FORM_KINDS as string[]).includes(form)) go({ name: 'form', form: form as FormKind, caseNo });
    else go({ name: 'case', caseNo });
  };

  /** A resource edit's draft needs the resource (its version): read it again, then open the form. */
  const resumeResourceDraft = (resourceId: string | null) => {
    if (!resourceId) {
      go({ name: 'resourceForm', resource: null });
      return;
    }
    announce('자원을 불러오는 중…');
    server.listResources({ query: resourceId, includeInactive: true }).then(
      (list) => {
        const resource = list.resources.find((r) => r.resourceId === resourceId);
        if (resource) {
          setNotice(null);
          go({ name: 'resourceForm', resource });
        } else {
          go({ name: 'resources' });
          announce(
            `자원 ${withParticle(resourceId, '을')} 찾을 수 없습니다. 목록에서 다시 고르세요.`,
            'error',
          );
        }
      },
      (error: unknown) => announce(serverMessage(error), 'error'),
    );
  };

  const setScope = (next: Scope) => {
    prefs.set('scope', next);
    setScopeState(next);
  };

  return (
    <ShellContext.Provider value={shell}>
      <div class="app">
        <div class={`status-bar${notice ? ` status-${notice.kind}` : ' idle'}`}>
          <div class="status" role="status" aria-live="polite" aria-atomic="true" data-testid="status">
            {notice ? (
              <p key={notice.serial} class="pre">
                {notice.text}
              </p>
            ) : null}
          </div>
          {notice ? (
            <button type="button" class="close-notice" aria-label="알림 닫기" onClick={() => setNotice(null)}>
              ×
            </button>
          ) : null}
        </div>
        <main class="view">
          {/* The sidebar's own title bar already says 동 사례관리; the h1 is for screen readers
              (inside the main landmark, so no content sits outside a landmark). */}
          <h1 class="visually-hidden">동 사례관리</h1>
          {renderView()}
        </main>
      </div>
    </ShellContext.Provider>
  );

  function renderView() {
    switch (view.name) {
      case 'home':
        return (
          <Home
            key={homeSerial}
            me={me}
            scope={scope}
            onScope={setScope}
            onMe={setMe}
            onForgetMe={() => {
              prefs.set('me', '');
              setMeState(null);
            }}
            onListed={onListed}
            onOpenCase={(caseNo) => {
              setNotice(null);
              go({ name: 'case', caseNo });
            }}
            onNewIntake={() => {
              setNotice(null);
              go({ name: 'intake' });
            }}
            onResumeDraft={resumeDraft}
            onToday={() => {
              setNotice(null);
              go({ name: 'today' });
            }}
            onResources={() => {
              setNotice(null);
              go({ name: 'resources' });
            }}
            onSettings={() => {
              setNotice(null);
              go({ name: 'settings' });
            }}
            onSetUp={(message) => {
              setHomeSerial((n) => n + 1);
              announce(message, 'success');
            }}
          />
        );
      case 'sharing':
        return <ResourceSharing onBack={back} />;
      case 'settings':
        return <SettingsView onBack={back} prefs={prefs} />;
      case 'today':
        return (
          <TodayView
            me={me}
            scope={scope}
            onScope={setScope}
            onBack={back}
            onOpenCase={(caseNo) => {
              setNotice(null);
              go({ name: 'case', caseNo });
            }}
          />
        );
      case 'resources':
        return (
          <ResourcesView
            onBack={back}
            onAdd={() => {
              setNotice(null);
              go({ name: 'resourceForm', resource: null });
            }}
            onEdit={(resource) => {
              setNotice(null);
              go({ name: 'resourceForm', resource });
            }}
            onSharing={() => {
              setNotice(null);
              go({ name: 'sharing' });
            }}
          />
        );
      case 'resourceForm':
        return (
          <ResourceForm
            key={view.resource?.resourceId ?? 'new'}
            resource={view.resource}
            onCancel={back}
            onSaved={(message) => {
              setView({ name: 'resources' });
              announce(message, 'success');
            }}
          />
        );
      case 'intake':
        return (
          <IntakeForm
            onCancel={back}
            onSaved={(caseNo, message) => saved(caseNo, message)}
            onOpenCase={(caseNo) => go({ name: 'case', caseNo })}
          />
        );
      case 'case':
      case 'form':
        return renderCase(view);
    }
  }

  function renderCase(current: Extract<View, { caseNo: string }>) {
    const state = caseState && caseState.caseNo === current.caseNo ? caseState : null;
    const file = state?.file ?? null;
    if (!file) {
      return (
        <div aria-busy={state?.status !== 'error' ? 'true' : undefined}>
          <button type="button" class="back link" onClick={back}>
            ← 뒤로
          </button>
          {state?.status === 'error' ? (
            <ErrorNotice
              message={state.message}
              onRetry={() => loadCase(current.caseNo).catch(() => undefined)}
            />
          ) : (
            <p class="muted">{current.caseNo} 사례를 불러오는 중…</p>
          )}
        </div>
      );
    }
    const reload = () => loadCase(current.caseNo);
    if (current.name === 'case') {
      return (
        <CaseView
          file={file}
          loading={state?.status === 'loading'}
          onAction={(form) => {
            setNotice(null);
            go({ name: 'form', form, caseNo: file.caseNo });
          }}
          onBack={back}
          onReload={reload}
          onOpenCase={(caseNo) => go({ name: 'case', caseNo })}
        />
      );
    }
    return (
      <CaseForm
        key={`${current.form}-${file.caseNo}`}
        kind={current.form}
        file={file}
        onCancel={back}
        onDone={(message) => saved(file.caseNo, message)}
        onReloadCase={reload}
      />
    );
  }
}
