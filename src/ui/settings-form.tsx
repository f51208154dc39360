/**
 * Fields over the 설정 tab, shared by the welcome card of a new sheet and the settings view: each
 * setting as the text the tab holds, checked with the server's own rule (settingProblem) as it is
 * typed, sent only when it changed.
 */
import { FieldError } from './form/field-context';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { SETTING_SPECS, settingProblem, type SettingKey } from '../domain/settings';
import type { SettingsChange } from './api';

type Values = Partial<Record<SettingKey, string>>;

export interface SettingsEditor {
  values: Values;
  errors: Partial<Record<SettingKey, string>>;
  set(key: SettingKey, text: string): void;
  /** Checks every field; the keys with a problem, in the order shown. */
  check(required?: readonly SettingKey[]): SettingKey[];
  /** What differs from the values the editor started with. */
  changes(): SettingsChange;
}

export function useSettingsEditor(initial: Values): SettingsEditor {
  const [start] = useState(initial);
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Partial<Record<SettingKey, string>>>({});
  const problemOf = (key: SettingKey, text: string, required: boolean) =>
    required && text.trim() === ''
      ? `${specOf(key).name}: 필수 항목입니다.`
      : // A 서식 may be given by a document's name too: the server looks it up in Drive.
        TEMPLATE_KEYS.includes(key)
        ? null
        : settingProblem(key, text);
  return {
    values,
    errors,
    set(key, text) {
      setValues((v) => ({ ...v, [key]: text }));
      // A shown error goes away as soon as the value is right (never appears while typing).
      if (errors[key] && !problemOf(key, text, false)) setErrors((e) => ({ ...e, [key]: undefined }));
    },
    check(required = []) {
      const found: Partial<Record<SettingKey, string>> = {};
      for (const key of Object.keys(values) as SettingKey[]) {
        const problem = problemOf(key, values[key] ?? '', required.includes(key));
        if (problem) found[key] = problem;
      }
      setErrors(found);
      return SETTING_SPECS.map((s) => s.key).filter((key) => found[key]);
    },
    changes() {
      const changed: Values = {};
      for (const key of Object.keys(values) as SettingKey[]) {
        if (values[key] !== start[key]) changed[key] = values[key];
      }
      return { values: changed };
    },
  };
}

export function specOf(key: SettingKey) {
  return SETTING_SPECS.find((s) => s.key === key)!;
}

export const settingFieldId = (key: SettingKey) => `setting-${key}`;

/** The document templates: picked by a document's address, ID or name. */
export const TEMPLATE_KEYS: readonly SettingKey[] = [
  'planTemplateId',
  'intakeTemplateId',
  'assessmentTemplateId',
  'closureTemplateId',
  'summaryTemplateId',
];

const HOURS = Array.from({ length: 24 }, (_, hour) => String(hour));

interface InputProps {
  editor: SettingsEditor;
  settingKey: SettingKey;
  /** The field's name when the tab's own (longer) name would not fit. */
  label?: string;
  hint?: string;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
  /** Shown under the hint (e.g. the name of the document a 서식 setting points at). */
  note?: ComponentChildren;
}

/** One setting: a dropdown for the hour and yes/no settings, else the text as the tab holds it. */
export function SettingInput(props: InputProps) {
  const { editor, settingKey: key } = props;
  const spec = specOf(key);
  const id = settingFieldId(key);
  const error = editor.errors[key];
  const value = editor.values[key] ?? '';
  const hint = props.hint ?? spec.description;
  const common = {
    id,
    name: key,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-required': props.required ? ('true' as const) : undefined,
    'aria-describedby': `${id}-hint${error ? ` ${id}-err` : ''}`,
    disabled: props.disabled,
  };
  const choices =
    key === 'reminderHour' ? HOURS : typeof spec.defaultValue === 'boolean' ? ['예', '아니오'] : null;
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <div class="label-row">
        <label for={id}>{props.label ?? spec.name}</label>
        {props.required ? (
          <span class="req" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {choices ? (
        <select {...common} value={value} onChange={(e) => editor.set(key, e.currentTarget.value)}>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {key === 'reminderHour' ? `${choice}시` : choice}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type="text"
          value={value}
          autoComplete="off"
          placeholder={props.placeholder}
          onInput={(e) => editor.set(key, e.currentTarget.value)}
        />
      )}
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {props.note}
      <FieldError id={id} error={error} />
    </div>
  );
}
