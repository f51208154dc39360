/** A one-line text field (text, phone, e-mail, number) and the date field built on it. */
import { describedBy, FieldError, Hint, Label, useField, type BaseProps } from './field-context';

export interface TextProps extends BaseProps {
  type?: 'text' | 'tel' | 'email' | 'date' | 'number' | 'search';
  autoComplete?: string;
  inputMode?: 'text' | 'tel' | 'email' | 'numeric' | 'decimal';
  step?: string;
  min?: string;
  max?: string;
  maxLength?: number;
  placeholder?: string;
  /** Values to offer as one types (a <datalist>): the 직원 명부's addresses, with names as labels. */
  suggestions?: readonly { value: string; label: string }[];
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
        list={props.suggestions?.length ? `${id}-list` : undefined}
        aria-required={props.required ? 'true' : undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, Boolean(props.hint), Boolean(error))}
        disabled={ctx.disabled}
        onInput={(e) => ctx.set(props.path, e.currentTarget.value)}
      />
      {props.suggestions?.length ? (
        <datalist id={`${id}-list`}>
          {props.suggestions.map((s) => (
            <option key={s.value} value={s.value} label={s.label} />
          ))}
        </datalist>
      ) : null}
      <Hint id={id} hint={props.hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}

export const DateField = (props: BaseProps) => <TextField {...props} type="date" />;
