/** A dropdown of a vocabulary's choices, and the options it and the radio group take. */
import { describedBy, FieldError, Hint, Label, useField, type BaseProps } from './field-context';

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
