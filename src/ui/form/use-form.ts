/**
 * The form hook: values kept as typed (and in a local draft), validated with the server's own zod
 * schema before sending, errors beside each field, server refusals shown as they come.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { z } from 'zod';
import { containsResidentRegistrationNumber, fieldErrors, RRN_MESSAGE } from '../../domain/validation';
import { useShell } from '../context';
import { draftKey, mergeDraft } from '../drafts';
import { fieldId, findTextPath, setPath } from '../paths';
import { isStaleEdit, serverMessage } from '../rpc';

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

  /** Drops the draft and every trace of this filling-in: the form as it first opened. */
  const backToInitial = () => {
    drafts.clear(key);
    const fresh = latest.current.initial();
    current.current = fresh;
    setValues(fresh);
    setErrors({});
    setAttempted(false);
    setFormError(null);
    setRestoredAt(null);
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
      backToInitial();
      announce('임시 입력을 지우고 처음 상태로 되돌렸습니다.');
    },
    reset: backToInitial,
    submit,
    clearStale: () => {
      setStale(false);
      setFormError(null);
    },
    formRef,
  };
}
