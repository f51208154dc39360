/** A multi-line text field. */
import { describedBy, FieldError, Hint, Label, useField, type BaseProps } from './field-context';

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
