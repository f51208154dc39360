/**
 * 설정: a form over the 설정 tab. The tab stays the store (a value typed there by hand shows here),
 * each value is checked with the server's rule as the server will check it, and only the changed
 * ones are sent.
 */
import { ErrorNotice } from '../error-notice';
import { useEffect, useState } from 'preact/hooks';
import type { SettingField, SettingKey, TemplateInfo } from '../api';
import { useShell } from '../context';
import { ViewHeading } from '../form';
import { serverMessage } from '../rpc';
import { server } from '../server';
import { SettingInput, settingFieldId, specOf, TEMPLATE_KEYS, useSettingsEditor } from '../settings-form';
import { ListSkeleton } from '../skeleton';
import { DRAFT_DAY_CHOICES, DRAFT_DAYS_PREF, draftDays, type Prefs } from '../drafts';
import { StaffEditor } from './staff-editor';

/** The tab's rows in groups a person looks for; every setting appears in one. */
const GROUPS: { title: string; keys: SettingKey[] }[] = [
  { title: '기본', keys: ['casePrefix', 'supervisorEmails', 'reminderHour', 'reminderRecipients'] },
  {
    title: '기한과 주기',
    keys: [
      'intakeToAssessmentDays',
      'selectionToPlanDays',
      'intakeToPlanDays',
      'checkCycleDays',
      'reassessmentMonths',
      'followUpMonths',
      'dueSoonDays',
      'reassessmentDueSoonDays',
      'inactivityDays',
      'activityCountsAsCheck',
    ],
  },
  { title: '휴일', keys: ['remindOnHolidays', 'extraHolidays'] },
  {
    title: '협력기관과 자원',
    keys: ['partnerEmails', 'partnerSpreadsheetId', 'publishResourcesDaily', 'resourceVerifyMonths'],
  },
  {
    title: '문서와 서식 (문서 주소나 이름으로)',
    keys: [
      'documentFolderId',
      'documentFolderName',
      'planTemplateId',
      'intakeTemplateId',
      'assessmentTemplateId',
      'closureTemplateId',
      'summaryTemplateId',
    ],
  },
];

type State =
  | { status: 'loading' }
  | {
      status: 'ready';
      fields: SettingField[];
      problems: string[];
      templates?: Partial<Record<SettingKey, TemplateInfo>>;
      serial: number;
    }
  | { status: 'error'; message: string };

export function SettingsView({ onBack, prefs }: { onBack(): void; prefs: Prefs }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const load = () => {
    setState({ status: 'loading' });
    server.getSettings({}).then(
      (answer) => setState({ status: 'ready', ...answer, serial: Date.now() }),
      (error: unknown) => setState({ status: 'error', message: serverMessage(error) }),
    );
  };
  useEffect(load, []);
  return (
    <div class="settings">
      <button type="button" class="back link" onClick={onBack}>
        ← 사례 목록
      </button>
      <ViewHeading title="설정" subtitle="시트의 ‘설정’ 탭에 저장됩니다" />
      {state.status === 'loading' ? <ListSkeleton label="설정을 불러오는 중…" rows={3} /> : null}
      {state.status === 'error' ? <ErrorNotice message={state.message} onRetry={load} /> : null}
      {state.status === 'ready' ? (
        <SettingsForm
          key={state.serial}
          fields={state.fields}
          problems={state.problems}
          templates={state.templates ?? {}}
          onSaved={load}
        />
      ) : null}
      {state.status === 'ready' ? <StaffEditor /> : null}
      <ThisComputer prefs={prefs} />
    </div>
  );
}

/** What only this computer keeps: how long unsent input (client data) stays in its storage. */
function ThisComputer({ prefs }: { prefs: Prefs }) {
  const { announce } = useShell();
  const [days, setDays] = useState(() => draftDays(prefs.get(DRAFT_DAYS_PREF)));
  return (
    <fieldset class="group-box">
      <legend>이 컴퓨터</legend>
      <div class="field">
        <div class="label-row">
          <label for="draft-days">임시 입력 보관 기간</label>
        </div>
        <select
          id="draft-days"
          value={String(days)}
          aria-describedby="draft-days-hint"
          onChange={(e) => {
            const next = draftDays(e.currentTarget.value);
            prefs.set(DRAFT_DAYS_PREF, String(next));
            setDays(next);
            announce(`저장하지 않은 입력은 이제 이 컴퓨터에 ${next}일 동안 남습니다.`, 'success');
          }}
        >
          {DRAFT_DAY_CHOICES.map((choice) => (
            <option key={choice} value={String(choice)}>
              {choice}일
            </option>
          ))}
        </select>
        <p class="hint" id="draft-days-hint">
          저장하지 않은 입력(대상자 정보 포함)은 이 브라우저에 남습니다. 여럿이 쓰는 컴퓨터라면 짧게 두세요.
          이 기간 동안 고치지 않은 입력은 지워집니다. 이 설정은 이 컴퓨터에만 적용됩니다.
        </p>
      </div>
    </fieldset>
  );
}

function SettingsForm(props: {
  fields: SettingField[];
  problems: string[];
  templates: Partial<Record<SettingKey, TemplateInfo>>;
  onSaved(): void;
}) {
  const { announce } = useShell();
  const editor = useSettingsEditor(Object.fromEntries(props.fields.map((f) => [f.key, f.value])));
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState('');

  const save = (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setFailure('');
    const problems = editor.check(['casePrefix']);
    if (problems.length > 0) {
      announce(`설정을 확인하세요: ${problems.length}개 항목에 문제가 있습니다.`, 'error');
      document.getElementById(settingFieldId(problems[0]!))?.focus();
      return;
    }
    const change = editor.changes();
    if (Object.keys(change.values).length === 0) {
      announce('바뀐 설정이 없습니다.');
      return;
    }
    setSaving(true);
    server.saveSettings(change).then(
      (result) => {
        setSaving(false);
        announce(`설정을 저장했습니다: ${result.changed.join(', ')}`, 'success');
        props.onSaved();
      },
      (error: unknown) => {
        setSaving(false);
        setFailure(serverMessage(error));
        announce('설정을 저장하지 못했습니다: 위쪽의 안내를 확인하세요.', 'error');
      },
    );
  };

  return (
    <form class="form" noValidate onSubmit={save} aria-busy={saving ? 'true' : undefined}>
      {props.problems.length > 0 ? (
        <div class="notice warning">
          <p>설정 탭에 이해할 수 없는 값이 있어 기본값을 쓰고 있습니다:</p>
          <ul class="plain">
            {props.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ErrorNotice message={failure} />
      {GROUPS.map((group) => (
        <fieldset key={group.title} class="group-box">
          <legend>{group.title}</legend>
          {group.keys.map((key) => (
            <SettingInput
              key={key}
              editor={editor}
              settingKey={key}
              required={key === 'casePrefix'}
              disabled={saving}
              {...(TEMPLATE_KEYS.includes(key) ? templateProps(key, props.templates[key]) : {})}
            />
          ))}
        </fieldset>
      ))}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? '저장 중…' : '설정 저장'}
        </button>
        <button type="button" class="secondary" onClick={props.onSaved} disabled={saving}>
          되돌리기
        </button>
      </div>
    </form>
  );
}

/** A 서식 field: named without "(문서 ID)", and the document it points at shown by its name. */
function templateProps(key: SettingKey, info: TemplateInfo | undefined) {
  return {
    label: specOf(key).name.replace(/\s*\(문서 ID\)$/, ''),
    hint: '문서 주소, 문서 이름 또는 ID. 비워 두면 처음 만들 때 기본 서식을 만듭니다. {{자리표시자}}를 쓴 Google 문서여야 합니다.',
    placeholder: '예: https://docs.google.com/document/d/…',
    note: info ? (
      'problem' in info ? (
        <p class="field-error">지금 서식: {info.problem}</p>
      ) : (
        <p class="hint template-name">
          지금 서식:{' '}
          <a href={info.url} target="_blank" rel="noreferrer">
            {info.name}
          </a>
        </p>
      )
    ) : undefined,
  };
}
