/**
 * Forms: values kept as typed (and in a local draft), validated with the server's own zod schema
 * before sending, errors beside each field, server refusals shown as they come.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { z } from 'zod';
import { containsResidentRegistrationNumber, fieldErrors, RRN_MESSAGE } from '../domain/validation';
import { useShell } from './context';
import { draftKey, mergeDraft } from './drafts';
import { fieldId, findTextPath, getPath, setPath } from './paths';
import { isStaleEdit, serverMessage } from './rpc';

export interface FormOptions<V, P, R> {
  /** Which form (part of the draft key). */
  form: string;
  caseNo: string | null;
  /** The draft in words, for the home view's list of unfinished input. */
  draftLabel: string;
  initial: () => V;
  schema: z.ZodType;
  toPayload: (values: V) => P;
  /** Error keys of the payload → the form's field paths, when they differ. */
  errorsToFields?: (errors: Record<string, string>, values: V) => Record<string, string>;
  send: (payload: P) => Promise<R>;
  /** May return a promise (e.g. reading the case again): the button shows 저장 중… until it settles. */
  onSaved: (result: R, payload: P) => void | Promise<void>;
}

export interface FormApi<V> {
  values: V;
  errors: Record<string, string>;
  saving: boolean;
  /** A refusal from the server, or errors that belong to no one field. */
  formError: string | null;
  stale: boolean;
  /** When the values came from a kept draft: its time. */
  restoredAt: string | null;
  set(path: string, value: unknown): void;
  replace(values: V): void;
  discardDraft(): void;
  /** Back to fresh values without keeping a draft (after a save that stays on the same view). */
  reset(): void;
  submit(event?: Event): void;
  clearStale(): void;
  formRef: { current: HTMLFormElement | null };
}

export function useForm<V, P, R>(options: FormOptions<V, P, R>): FormApi<V> {
  const { drafts, announce } = useShell();
  const latest = useRef(options);
  latest.current = options;
  const key = draftKey(options.form, options.caseNo);
  const [restored] = useState(() => drafts.load<V>(key));
  const [values, setValues] = useState<V>(() =>
    restored ? mergeDraft(options.initial(), restored.values) : options.initial(),
  );
  // The latest values even before Preact re-renders (two input events may come in one turn).
  const current = useRef(values);
  current.current = values;
  const [restoredAt, setRestoredAt] = useState<string | null>(restored?.savedAt ?? null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const formRef = useRef<HTMLFormElement | null>(null);
  const mounted = useRef(true);
  const inFlight = useRef(false);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const validate = (next: V): Record<string, string> => {
    const { schema, toPayload, errorsToFields } = latest.current;
    const raw = fieldErrors(schema, toPayload(next));
    return errorsToFields ? errorsToFields(raw, next) : raw;
  };

  /** The form field that holds a 주민등록번호, with its label as shown (null when it has none). */
  const residentNumberField = (payload: P, formValues: V): { path: string; label: string } | null => {
    const where = findTextPath(payload, (text) => containsResidentRegistrationNumber(text));
    if (where === null) return null;
    const { errorsToFields } = latest.current;
    const path = errorsToFields
      ? (Object.keys(errorsToFields({ [where]: '' }, formValues))[0] ?? where)
      : where;
    const label = document.querySelector(`label[for="${fieldId(path)}"]`)?.textContent?.trim();
    return label ? { path, label } : null;
  };

  const keep = (next: V) => {
    drafts.save(key, {
      form: options.form,
      caseNo: options.caseNo,
      label: latest.current.draftLabel,
      savedAt: new Date().toISOString(),
      values: next,
    });
  };

  const update = (next: V) => {
    current.current = next;
    setValues(next);
    keep(next);
    if (attempted) setErrors(validate(next));
  };

  /** After a render, focus the first field marked invalid; errors with no field go to the top box. */
  const focusProblems = (found: Record<string, string>) => {
    setTimeout(() => {
      const form = formRef.current;
      if (!form) return;
      const orphans = Object.entries(found)
        .filter(([path]) => !document.getElementById(`${fieldId(path)}-err`))
        .map(([, message]) => message);
      if (orphans.length > 0) setFormError(orphans.join('\n'));
      const first = form.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (first) first.focus();
      else form.querySelector<HTMLElement>('.form-error')?.focus();
    }, 0);
  };

  const submit = (event?: Event) => {
    event?.preventDefault();
    // A ref, not the state: a double click arrives before Preact has re-rendered.
    if (inFlight.current) return;
    const { toPayload, send, onSaved } = latest.current;
    const payload = toPayload(current.current);
    setAttempted(true);
    setFormError(null);
    setStale(false);
    if (containsResidentRegistrationNumber(payload)) {
      const field = residentNumberField(payload, current.current);
      setErrors(
        field ? { [field.path]: '주민등록번호는 입력할 수 없습니다. 이 칸에서 번호를 지우세요.' } : {},
      );
      setFormError(
        field
          ? `‘${field.label}’ 칸에 주민등록번호로 보이는 값이 있어 저장하지 않았습니다. 주민등록번호는 어디에도 저장하지 않습니다.`
          : RRN_MESSAGE,
      );
      announce(
        `저장하지 않았습니다: ${field ? `‘${field.label}’ 칸에 ` : ''}주민등록번호로 보이는 값이 있습니다.`,
        'error',
      );
      focusProblems({});
      return;
    }
    const found = validate(current.current);
    setErrors(found);
    const count = Object.keys(found).length;
    if (count > 0) {
      announce(`입력 내용을 확인하세요: ${count}개 항목에 문제가 있습니다.`, 'error');
      focusProblems(found);
      return;
    }
    inFlight.current = true;
    setSaving(true);
    announce('저장 중…');
    send(payload).then(
      (result) => {
        drafts.clear(key);
        const done = () => {
          inFlight.current = false;
          if (mounted.current) setSaving(false);
        };
        Promise.resolve(onSaved(result, payload)).then(done, done);
      },
      (error: unknown) => {
        inFlight.current = false;
        const message = serverMessage(error);
        if (!mounted.current) return;
        setSaving(false);
        setFormError(message);
        setStale(isStaleEdit(error));
        // The details are in the form's alert box; the status line only says what happened.
        announce(
          isStaleEdit(error)
            ? '저장하지 못했습니다: 그 사이 다른 사람이 이 사례를 수정했습니다. 입력한 내용은 남아 있습니다.'
            : '저장하지 못했습니다: 양식 위쪽의 안내를 확인하세요. 입력한 내용은 남아 있습니다.',
          'error',
        );
        focusProblems({});
      },
    );
  };

  return {
    values,
    errors,
    saving,
    formError,
    stale,
    restoredAt,
    set: (path, value) => update(setPath(current.current, path, value)),
    replace: (next) => update(next),
    discardDraft: () => {
      drafts.clear(key);
      const fresh = latest.current.initial();
      current.current = fresh;
      setValues(fresh);
      setErrors({});
      setAttempted(false);
      setFormError(null);
      setRestoredAt(null);
      announce('임시 입력을 지우고 처음 상태로 되돌렸습니다.');
    },
    reset: () => {
      drafts.clear(key);
      const fresh = latest.current.initial();
      current.current = fresh;
      setValues(fresh);
      setErrors({});
      setAttempted(false);
      setFormError(null);
      setRestoredAt(null);
    },
    submit,
    clearStale: () => {
      setStale(false);
      setFormError(null);
    },
    formRef,
  };
}

// Fields -----------------------------------------------------------------------------------------

interface FieldContextValue {
  values: unknown;
  errors: Record<string, string>;
  set(path: string, value: unknown): void;
  disabled: boolean;
}

const FieldContext = createContext<FieldContextValue>({
  values: {},
  errors: {},
  set: () => undefined,
  disabled: false,
});

function useField(path: string) {
  const ctx = useContext(FieldContext);
  const id = fieldId(path);
  const error = ctx.errors[path];
  return { ctx, id, error, value: getPath(ctx.values, path) };
}

function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The label's text is exactly the field's name; the required mark sits beside it (aria-required says it). */
function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <div class="label-row">
      <label for={id}>{label}</label>
      {required ? (
        <span class="req" aria-hidden="true">
          *
        </span>
      ) : null}
    </div>
  );
}

function Hint({ id, hint }: { id: string; hint?: ComponentChildren }) {
  return hint ? (
    <p class="hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p class="field-error" id={`${id}-err`}>
      {error}
    </p>
  ) : null;
}

interface BaseProps {
  path: string;
  label: string;
  required?: boolean;
  hint?: ComponentChildren;
}

interface TextProps extends BaseProps {
  type?: 'text' | 'tel' | 'email' | 'date' | 'number' | 'search';
  autoComplete?: string;
  inputMode?: 'text' | 'tel' | 'email' | 'numeric' | 'decimal';
  step?: string;
  min?: string;
  max?: string;
  maxLength?: number;
  placeholder?: string;
}

export function TextField(props: TextProps) {
  const { ctx, id, error, value } = useField(props.path);
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <Label id={id} label={props.label} required={props.required} />
      <input
        id={id}
        name={props.path}
        // Preact's input types are split by `type`; every type used here takes the same attributes.
        type={(props.type ?? 'text') as 'text'}
        value={typeof value === 'string' ? value : ''}
        autoComplete={props.autoComplete ?? 'off'}
        inputMode={props.inputMode}
        step={props.step}
        min={props.min}
        max={props.max}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        aria-required={props.required ? 'true' : undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, Boolean(props.hint), Boolean(error))}
        disabled={ctx.disabled}
        onInput={(e) => ctx.set(props.path, e.currentTarget.value)}
      />
      <Hint id={id} hint={props.hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}

export const DateField = (props: BaseProps) => <TextField {...props} type="date" />;

export function TextArea(props: BaseProps & { rows?: number; maxLength?: number }) {
  const { ctx, id, error, value } = useField(props.path);
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <Label id={id} label={props.label} required={props.required} />
      <textarea
        id={id}
        name={props.path}
        rows={props.rows ?? 3}
        value={typeof value === 'string' ? value : ''}
        maxLength={props.maxLength}
        aria-required={props.required ? 'true' : undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, Boolean(props.hint), Boolean(error))}
        disabled={ctx.disabled}
        onInput={(e) => ctx.set(props.path, e.currentTarget.value)}
        onKeyDown={(e) => {
          // Ctrl+Enter (⌘+Enter) saves from a text area, where Enter starts a new line.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            e.currentTarget.form?.requestSubmit();
          }
        }}
      />
      <Hint id={id} hint={props.hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** The options of a vocabulary (src/domain/vocabulary.ts), in its order. */
export function optionsOf<K extends string>(vocab: {
  keys: readonly K[];
  labels: Record<K, string>;
}): Option[] {
  return vocab.keys.map((key) => ({ value: key, label: vocab.labels[key] }));
}

export function SelectField(props: BaseProps & { options: Option[]; placeholder?: string }) {
  const { ctx, id, error, value } = useField(props.path);
  const current = typeof value === 'string' ? value : '';
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <Label id={id} label={props.label} required={props.required} />
      <select
        id={id}
        name={props.path}
        value={current}
        aria-required={props.required ? 'true' : undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, Boolean(props.hint), Boolean(error))}
        disabled={ctx.disabled}
        onChange={(e) => ctx.set(props.path, e.currentTarget.value)}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Hint id={id} hint={props.hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}

export function RadioGroup(props: BaseProps & { options: (Option & { hint?: string })[] }) {
  const { ctx, id, error, value } = useField(props.path);
  return (
    <fieldset
      class={`field radio-group${error ? ' has-error' : ''}`}
      id={id}
      aria-describedby={describedBy(id, Boolean(props.hint), Boolean(error))}
    >
      <legend>
        {props.label}
        {props.required ? (
          <span class="req" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </legend>
      <Hint id={id} hint={props.hint} />
      {props.options.map((o) => {
        const optionId = `${id}-${o.value}`;
        return (
          <div class="choice" key={o.value}>
            <input
              type="radio"
              id={optionId}
              name={props.path}
              value={o.value}
              checked={value === o.value}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={o.hint ? `${optionId}-hint` : undefined}
              disabled={ctx.disabled}
              onChange={() => ctx.set(props.path, o.value)}
            />
            {/* The hint is the option's description, not part of its name (read once, after it). */}
            <div class="choice-text">
              <label for={optionId}>{o.label}</label>
              {o.hint ? (
                <span class="choice-hint" id={`${optionId}-hint`}>
                  {o.hint}
                </span>
              ) : null}
            </div>
          </div>
        );
      })}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

export function CheckboxField(props: BaseProps) {
  const { ctx, id, error, value } = useField(props.path);
  return (
    <div class={`field choice checkbox${error ? ' has-error' : ''}`}>
      <input
        type="checkbox"
        id={id}
        name={props.path}
        checked={value === true}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, Boolean(props.hint), Boolean(error))}
        disabled={ctx.disabled}
        onChange={(e) => ctx.set(props.path, e.currentTarget.checked)}
      />
      <label for={id}>{props.label}</label>
      <Hint id={id} hint={props.hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}

/** An error that belongs to a group of rows ("욕구: 하나 이상 입력하세요"). */
export function GroupError({ path }: { path: string }) {
  const { id, error } = useField(path);
  return <FieldError id={id} error={error} />;
}

// The form around the fields -----------------------------------------------------------------------

interface FormShellProps<V> {
  form: FormApi<V>;
  title: string;
  /** What the form is about (관리번호 · 이름). */
  subtitle?: string;
  intro?: ComponentChildren;
  onCancel(): void;
  /** Fetches the case again after a stale refusal; the typed values stay. */
  onReloadCase?: () => Promise<void>;
  submitLabel?: string;
  children: ComponentChildren;
}

export function FormShell<V>(props: FormShellProps<V>) {
  const { form } = props;
  const { announce, drafts } = useShell();
  const [reloading, setReloading] = useState(false);
  const reload = () => {
    if (!props.onReloadCase) return;
    setReloading(true);
    props.onReloadCase().then(
      () => {
        setReloading(false);
        form.clearStale();
        announce(
          '최신 사례 내용을 불러왔습니다. 입력한 내용은 그대로 있습니다: 확인한 뒤 다시 저장하세요.',
          'success',
        );
      },
      (error: unknown) => {
        setReloading(false);
        announce(serverMessage(error), 'error');
      },
    );
  };
  return (
    <form
      ref={form.formRef}
      class="form"
      noValidate
      onSubmit={form.submit}
      aria-busy={form.saving ? 'true' : undefined}
    >
      <ViewHeading title={props.title} subtitle={props.subtitle} />
      {form.restoredAt ? (
        <div class="notice info draft-notice">
          <p>
            이전에 입력하던 내용을 불러왔습니다 ({formatSavedAt(form.restoredAt)}). 저장하지 않으면 이
            컴퓨터에 {drafts.keepDays()}일 동안 남습니다.
          </p>
          <button type="button" class="link" onClick={form.discardDraft}>
            처음부터 다시 입력
          </button>
        </div>
      ) : null}
      {props.intro}
      {form.formError ? (
        <div class="notice error form-error" role="alert" tabIndex={-1}>
          <p class="pre">{form.formError}</p>
          {form.stale && props.onReloadCase ? (
            <button type="button" class="secondary" onClick={reload} disabled={reloading}>
              {reloading ? '불러오는 중…' : '사례 다시 불러오기'}
            </button>
          ) : null}
        </div>
      ) : null}
      <FieldContext.Provider
        value={{ values: form.values, errors: form.errors, set: form.set, disabled: form.saving }}
      >
        {props.children}
      </FieldContext.Provider>
      <div class="form-actions">
        <button type="submit" class="primary" disabled={form.saving}>
          {form.saving ? '저장 중…' : (props.submitLabel ?? '저장')}
        </button>
        <button type="button" class="secondary" onClick={props.onCancel} disabled={form.saving}>
          취소
        </button>
      </div>
      <p class="hint keys-hint">Esc: 뒤로 (입력한 내용은 이 컴퓨터에 임시로 남습니다)</p>
    </form>
  );
}

/** A small form inside a view (no heading, no cancel): 담당자 변경. */
export function FormShellInline<V>(props: {
  form: FormApi<V>;
  submitLabel: string;
  children: ComponentChildren;
}) {
  const { form } = props;
  return (
    <form
      ref={form.formRef}
      class="form inline"
      noValidate
      onSubmit={form.submit}
      aria-busy={form.saving ? 'true' : undefined}
    >
      {form.formError ? (
        <div class="notice error form-error" role="alert" tabIndex={-1}>
          <p class="pre">{form.formError}</p>
        </div>
      ) : null}
      <FieldContext.Provider
        value={{ values: form.values, errors: form.errors, set: form.set, disabled: form.saving }}
      >
        {props.children}
      </FieldContext.Provider>
      <button type="submit" class="secondary" disabled={form.saving}>
        {form.saving ? '저장 중…' : props.submitLabel}
      </button>
    </form>
  );
}

let firstView = true;

export function ViewHeading({ title, subtitle }: { title: string; subtitle?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A new view starts at its heading, so keyboard and screen reader users know where they are
    // (not the first view: opening the sidebar should not take focus from the sheet).
    if (firstView) firstView = false;
    else ref.current?.focus();
  }, [title, subtitle]);
  return (
    <div class="view-heading">
      <h2 ref={ref} tabIndex={-1}>
        {title}
      </h2>
      {subtitle ? <p class="subtitle">{subtitle}</p> : null}
    </div>
  );
}

export function formatSavedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getMonth() + 1}월 ${date.getDate()}일 ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
