/**
 * Forms, one concept per file under src/ui/form/: the form hook, the fields (sharing one context),
 * the two shells around them, and a view's heading. Views import them from here.
 */
export { useForm, type FormApi, type FormOptions } from './form/use-form';
export { TextField, DateField } from './form/text-field';
export { TextArea } from './form/text-area';
export { SelectField, optionsOf, type Option } from './form/select-field';
export { RadioGroup } from './form/radio-group';
export { CheckboxField, GroupError } from './form/checkbox-field';
export { FormShell } from './form/form-shell';
export { FormShellInline } from './form/form-shell-inline';
export { ViewHeading } from './form/view-heading';
export { formatSavedAt } from './form/saved-at';
