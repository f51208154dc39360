/** One choice among a few, shown all at once. */
import { describedBy, FieldError, Hint, useField, type BaseProps } from './field-context';
import type { Option } from './select-field';

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
