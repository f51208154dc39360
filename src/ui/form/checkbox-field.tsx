/** A yes/no field, and the error line of a group of rows. */
import { describedBy, FieldError, Hint, useField, type BaseProps } from './field-context';

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
