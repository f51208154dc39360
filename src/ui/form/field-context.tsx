/** What every field shares: the form's values and errors (through context), its label, hint and error. */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { fieldId, getPath } from '../paths';

export interface FieldContextValue {
  values: unknown;
  errors: Record<string, string>;
  set(path: string, value: unknown): void;
  disabled: boolean;
}

export const FieldContext = createContext<FieldContextValue>({
  values: {},
  errors: {},
  set: () => undefined,
  disabled: false,
});

export function useField(path: string) {
  const ctx = useContext(FieldContext);
  const id = fieldId(path);
  const error = ctx.errors[path];
  return { ctx, id, error, value: getPath(ctx.values, path) };
}

export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The label's text is exactly the field's name; the required mark sits beside it (aria-required says it). */
export function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
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

export function Hint({ id, hint }: { id: string; hint?: ComponentChildren }) {
  return hint ? (
    <p class="hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p class="field-error" id={`${id}-err`}>
      {error}
    </p>
  ) : null;
}

export interface BaseProps {
  path: string;
  label: string;
  required?: boolean;
  hint?: ComponentChildren;
}

/** The fields of a form, given the form's values and errors; disabled while it saves. */
export function FormFields(props: {
  form: Pick<FieldContextValue, 'errors' | 'set'> & { values: unknown; saving: boolean };
  children: ComponentChildren;
}) {
  const { form } = props;
  return (
    <FieldContext.Provider
      value={{ values: form.values, errors: form.errors, set: form.set, disabled: form.saving }}
    >
      {props.children}
    </FieldContext.Provider>
  );
}
