/** The form around the fields of a view: heading, kept-draft notice, refusals, 저장 / 취소. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useShell } from '../context';
import { serverMessage } from '../rpc';
import { FormFields } from './field-context';
import { formatSavedAt } from './saved-at';
import type { FormApi } from './use-form';
import { ViewHeading } from './view-heading';

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
      <FormFields form={form}>{props.children}</FormFields>
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
