import type { ComponentChildren } from 'preact';
import { FormFields } from './field-context';
import type { FormApi } from './use-form';

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
      <FormFields form={form}>{props.children}</FormFields>
      <button type="submit" class="secondary" disabled={form.saving}>
        {form.saving ? '저장 중…' : props.submitLabel}
      </button>
    </form>
  );
}
